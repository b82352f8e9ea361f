/**
 * Corrupted copies of the fixture, written to a temp dir under the publisher's file
 * name: each must fail with one InputError naming the file, row and column.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { InputError } from '../../errors.js';
import { inputErrorOf } from '../../../test/input-error.js';
import { parseWith } from '../../../test/parse-context.js';
import adapter from './index.js';

const NAME = 'nationwide-encounters-fy20-fy23-state.csv';
const good = readFileSync(join(import.meta.dirname, 'fixtures', 'nationwide-encounters-fy20-fy21-sep-oct-sample.csv'), 'utf8');
const lines = good.split('\r\n'); // lines[0] is the header (row 1); the file ends with CRLF

async function errorFor(content: string | Buffer): Promise<InputError> {
  const path = join(mkdtempSync(join(tmpdir(), 'cbp-state-bad-')), NAME);
  writeFileSync(path, content);
  const e = await inputErrorOf(parseWith(adapter, { encounters: path }));
  expect(e.at.file).toBe(NAME);
  return e;
}

describe('cbp-state rejects bad input', () => {
  it('a renamed header', async () => {
    const e = await errorFor(good.replace('Land Border Region', 'Region'));
    expect(e.at).toMatchObject({ row: 1, column: '4' });
    expect(e.expected).toBe('header "Land Border Region"');
    expect(e.found).toBe('"Region"');
  });

  it('a footnote row below the table', async () => {
    const e = await errorFor(`${good}"* Other includes air and sea ports, by state of the port"\r\n`);
    expect(e.at).toMatchObject({ row: 48, column: 'Fiscal Year' });
    expect(e.found).toContain('Other includes air and sea ports');
  });

  it('text in a count', async () => {
    const e = await errorFor(good.replace('CANADA,Title 8,74\r\n', 'CANADA,Title 8,seventy-four\r\n'));
    expect(e.at).toMatchObject({ row: 4, column: 'Encounter Count' });
    expect(e.expected).toBe('a whole non-negative number');
    expect(e.found).toBe('"seventy-four"');
  });

  it('a duplicated cell', async () => {
    const e = await errorFor([...lines.slice(0, -1), lines[8], ''].join('\r\n'));
    expect(e.at).toMatchObject({ row: 48, column: 'Month (abbv)' });
    expect(e.expected).toContain('already at row 9');
    expect(e.found).toContain('2020, SEP, Other, FL, Single Adults, CHINA, PEOPLES REPUBLIC OF, Title 8');
  });

  it('a duplicated month (October relabelled September)', async () => {
    const e = await errorFor(good.replaceAll('2021,FYTD,OCT,', '2020,FYTD,SEP,'));
    expect(e.at.column).toBe('Month (abbv)');
    expect(e.found).toMatch(/^a second row for 2020, SEP, /);
  });

  it('a missing month', async () => {
    const e = await errorFor(good.replaceAll('2021,FYTD,OCT,', '2021,FYTD,NOV,'));
    expect(e.at).toMatchObject({ row: 27, column: 'Month (abbv)' });
    expect(e.expected).toBe('2020-10 after 2020-09 (no month missing)');
    expect(e.found).toBe('2020-11');
  });

  it('an unknown demographic, listing the expected ones', async () => {
    const e = await errorFor(good.replace('ME,UC / Single Minors,CANADA,Title 42', 'ME,UAC,CANADA,Title 42'));
    expect(e.at).toMatchObject({ row: 6, column: 'Demographic' });
    expect(e.expected).toBe('one of "Single Adults", "FMUA", "UC / Single Minors", "Accompanied Minors"');
    expect(e.found).toBe('"UAC"');
  });

  it('an unknown region', async () => {
    const e = await errorFor(good.replace('2020,FYTD,SEP,Other,FL,Single Adults,CANADA', '2020,FYTD,SEP,Coastal Border,FL,Single Adults,CANADA'));
    expect(e.at).toMatchObject({ row: 8, column: 'Land Border Region' });
    expect(e.expected).toBe('one of "Southwest Land Border", "Northern Land Border", "Other"');
  });

  it('a citizenship outside the release\'s 22 labels', async () => {
    const e = await errorFor(good.replace('ME,Single Adults,MEXICO,', 'ME,Single Adults,FRANCE,'));
    expect(e.at).toMatchObject({ row: 5, column: 'Citizenship' });
    expect(e.expected).toMatch(/^one of "BRAZIL", "CANADA", "CHINA, PEOPLES REPUBLIC OF", .* "VENEZUELA"$/);
    expect(e.found).toBe('"FRANCE"');
  });

  it('an unknown state, and a state off the southwest border', async () => {
    const unknown = await errorFor(good.replace('Other,FL,Single Adults,CANADA', 'Other,Florida,Single Adults,CANADA'));
    expect(unknown.at).toMatchObject({ row: 8, column: 'State' });
    expect(unknown.found).toBe('"Florida"');
    const offBorder = await errorFor(good.replace('2020,FYTD,SEP,Southwest Land Border,TX,Accompanied Minors,CANADA', '2020,FYTD,SEP,Southwest Land Border,FL,Accompanied Minors,CANADA'));
    expect(offBorder.at).toMatchObject({ row: 17, column: 'State' });
    expect(offBorder.expected).toBe('one of "AZ", "CA", "NM", "TX" on the Southwest Land Border');
  });

  it('an empty file', async () => {
    const e = await errorFor('');
    expect(e.at).toMatchObject({ row: 1, column: 'Fiscal Year' });
    expect(e.found).toBe('an empty file');
  });

  it('a header with no data rows', async () => {
    const e = await errorFor(`${lines[0]}\r\n`);
    expect(e.at).toMatchObject({ row: 2, column: 'Fiscal Year' });
  });

  // The real file is pure ASCII, so there is no Latin-1 case: binary content must fail clearly.
  it('binary garbage', async () => {
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    const e = await errorFor(bytes);
    expect(e.message).toMatch(/^unreadable file in nationwide-encounters-fy20-fy23-state\.csv, row 1: expected a UTF-8 CSV with 9 columns.*found bytes that are not UTF-8/);
  });

  it('a truncated gzip saved under the .csv name', async () => {
    const e = await errorFor(gzipSync(good).subarray(0, 300));
    expect(e.message).toMatch(/^unreadable file in nationwide-encounters-fy20-fy23-state\.csv/);
  });
});
