/**
 * Corrupted copies of a fixture, written to a temp dir under the publisher's file
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

const NAME = 'sbo-encounters-fy22-fy25-aug.csv';
const good = readFileSync(join(import.meta.dirname, 'fixtures', 'sbo-encounters-fy22-aug-sep-mexico.csv'), 'utf8');
const lines = good.split('\r\n'); // lines[0] is the header (row 1); the file ends with CRLF

async function errorFor(content: string | Buffer): Promise<InputError> {
  const path = join(mkdtempSync(join(tmpdir(), 'cbp-sbo-bad-')), NAME);
  writeFileSync(path, content);
  const e = await inputErrorOf(parseWith(adapter, { encounters: path }));
  expect(e.at.file).toBe(NAME);
  return e;
}

const withLines = (edit: (ls: string[]) => string[]) => edit([...lines]).join('\r\n');

describe('cbp-sbo rejects bad input', () => {
  it('a renamed header', async () => {
    const e = await errorFor(good.replace('Encounter Count', 'Encounters'));
    expect(e.at).toMatchObject({ row: 1, column: '9' });
    expect(e.expected).toBe('header "Encounter Count"');
    expect(e.found).toBe('"Encounters"');
  });

  it('a footnote row below the table', async () => {
    const e = await errorFor(`${good}"Note: Data are current as of September 2025, and subject to change."\r\n`);
    expect(e.at).toMatchObject({ row: 25, column: 'Fiscal Year' });
    expect(e.expected).toContain('nothing may follow the table');
    expect(e.found).toContain('Note: Data are current');
  });

  it('an unquoted footnote that a comma splits in two cells', async () => {
    const e = await errorFor(`${good}Source: CBP, OFO and USBP\r\n`);
    expect(e.at).toMatchObject({ row: 25, column: 'Fiscal Year' });
    expect(e.found).toBe('"Source: CBP, OFO and USBP"');
  });

  it('text in a count', async () => {
    const e = await errorFor(good.replace(',3424\r\n', ',3.4k\r\n'));
    expect(e.at).toMatchObject({ row: 4, column: 'Encounter Count' });
    expect(e.expected).toBe('a whole non-negative number');
    expect(e.found).toBe('"3.4k"');
  });

  it('a duplicated cell', async () => {
    const e = await errorFor(withLines((ls) => [...ls.slice(0, -1), ls[3], '']));
    expect(e.at).toMatchObject({ row: 25, column: 'Month (abbv)' });
    expect(e.expected).toContain('already at row 4');
    expect(e.found).toContain('2022, AUG, Office of Field Operations, FMUA, Mexico, Title 8');
  });

  it('a duplicated month (September relabelled August)', async () => {
    const e = await errorFor(good.replaceAll('2022,Remaining,SEP,', '2022,FYTD,AUG,'));
    expect(e.at).toMatchObject({ row: 13, column: 'Month (abbv)' });
    expect(e.expected).toContain('already at row 2');
  });

  it('a missing month', async () => {
    const e = await errorFor(good.replaceAll('2022,FYTD,AUG,', '2022,FYTD,JUN,'));
    expect(e.at).toMatchObject({ row: 13, column: 'Month (abbv)' });
    expect(e.expected).toBe('2022-07 after 2022-06 (no month missing)');
    expect(e.found).toBe('2022-09');
  });

  it('an unknown label, listing the expected ones', async () => {
    const e = await errorFor(good.replace('Office of Field Operations,FMUA,', 'Office of Field Operations,Family Units,'));
    expect(e.at).toMatchObject({ row: 4, column: 'Demographic' });
    expect(e.expected).toBe('one of "Single Adults", "FMUA", "UAC", "Accompanied Minors"');
    expect(e.found).toBe('"Family Units"');
  });

  it('an unknown citizenship group', async () => {
    const e = await errorFor(good.replace('FMUA,Mexico,', 'FMUA,Cuba,'));
    expect(e.at).toMatchObject({ row: 4, column: 'Citizenship Grouping' });
    expect(e.expected).toBe('one of "El Salvador", "Guatemala", "Honduras", "Mexico", "Other"');
  });

  it('an encounter type that contradicts component and authority', async () => {
    const e = await errorFor(good.replace('UAC,Mexico,Title 8,Inadmissibles,243', 'UAC,Mexico,Title 8,Apprehensions,243'));
    expect(e.at).toMatchObject({ row: 7, column: 'Encounter Type' });
    expect(e.expected).toBe('"Inadmissibles" (Office of Field Operations, Title 8)');
    expect(e.found).toBe('"Apprehensions"');
  });

  it('a "Remaining" month in a year marked (FYTD)', async () => {
    const e = await errorFor(good.replaceAll('2022,Remaining,SEP,', '2022 (FYTD),Remaining,SEP,'));
    expect(e.at).toMatchObject({ row: 13, column: 'Month Grouping' });
  });

  it('an empty file', async () => {
    const e = await errorFor('');
    expect(e.at).toMatchObject({ row: 1, column: 'Fiscal Year' });
    expect(e.found).toBe('an empty file');
  });

  it('a header with no data rows', async () => {
    const e = await errorFor(`${lines[0]}\r\n`);
    expect(e.at).toMatchObject({ row: 2, column: 'Fiscal Year' });
    expect(e.expected).toBe('data rows below the header');
  });

  // The real file is pure ASCII, so there is no Latin-1 case: binary content must fail clearly.
  it('binary garbage', async () => {
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    const e = await errorFor(bytes);
    expect(e.message).toMatch(/^unreadable file in sbo-encounters-fy22-fy25-aug\.csv, row 1: expected a UTF-8 CSV with 9 columns.*found bytes that are not UTF-8/);
  });

  it('a truncated gzip saved under the .csv name', async () => {
    const e = await errorFor(gzipSync(good).subarray(0, 200));
    expect(e.message).toMatch(/^unreadable file in sbo-encounters-fy22-fy25-aug\.csv/);
  });
});
