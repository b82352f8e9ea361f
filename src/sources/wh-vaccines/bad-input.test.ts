/**
 * Corrupted copies of the fixture: each must fail with one InputError naming the file,
 * row and column, or give null (never 0) for a blank figure.
 */
import { writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { fixtureFiles, replaceLine } from '../../../test/fixture-copies.js';
import { expectInputError } from '../../../test/input-error.js';
import { parseWith } from '../../../test/parse-context.js';
import adapter from './index.js';

const FILE = 'us_covid19_vaccine_donations_by_recipient_2021-08-03.csv';
const { corrupted } = fixtureFiles(adapter.describe, import.meta.dirname);
const parseEdited = async (edit: (lines: string[]) => string[]) => parseWith(adapter, await corrupted('donations', edit));
const at = (row: number, column?: string) => ({ file: FILE, row, ...(column ? { column } : {}) });

describe('wh-vaccines rejects bad input', () => {
  it('a renamed header', async () => {
    const e = await expectInputError(parseEdited(replaceLine(1, 'doses_donated_and_shipped', 'doses')), { file: FILE, row: 1, column: '6' });
    expect(e.found).toBe('"doses"');
  });

  it('a date that is not a date', async () => {
    const e = await expectInputError(parseEdited(replaceLine(3, '2021-08-03', '2021-02-30')), at(3, 'as_of_date'));
    expect(e.expected).toBe('a date YYYY-MM-DD');
  });

  it('a date other than the fact sheet\'s', async () => {
    await expectInputError(parseEdited(replaceLine(3, '2021-08-03', '2021-09-03')), at(3, 'as_of_date'));
  });

  it('a blank figure is null, never 0', async () => {
    const obs = await parseWith(adapter, await corrupted('donations', replaceLine(2, ',4049000', ',')));
    expect(obs.find((o) => o.geography === 'MX')?.value).toBeNull();
  });

  it('text in a figure', async () => {
    const e = await expectInputError(parseEdited(replaceLine(2, '4049000', '4.049 M')), at(2, 'doses_donated_and_shipped'));
    expect(e.found).toBe('"4.049 M"');
  });

  it('a figure that is not a whole thousand', async () => {
    await expectInputError(parseEdited(replaceLine(2, '4049000', '4049001')), at(2, 'doses_donated_and_shipped'));
  });

  it('a label that names another country than the ISO code', async () => {
    const e = await expectInputError(parseEdited(replaceLine(6, 'Republic of Korea,KOR', 'Republic of Korea,PRK')), at(6, 'recipient_as_published'));
    expect(e.found).toContain('KOR');
  });

  it('an unknown country label', async () => {
    const e = await expectInputError(parseEdited(replaceLine(3, ',CAR,', ',C.A.R.,')), at(3, 'recipient_as_published'));
    expect(e.found).toBe('"C.A.R."');
  });

  it('a regional grouping as recipient', async () => {
    const e = await expectInputError(parseEdited(replaceLine(2, 'Mexico,Mexico,MEX', 'African Union,African Union,MEX')), at(2, 'recipient_as_published'));
    expect(e.message).toContain('regional grouping');
  });

  it('a group code instead of a country code', async () => {
    await expectInputError(parseEdited(replaceLine(2, ',MEX,', ',OTHER,')), at(2, 'recipient_iso3'));
  });

  it('a recipient listed twice', async () => {
    const e = await expectInputError(parseEdited((l) => [...l, l[1]]), at(11, 'recipient_iso3'));
    expect(e.found).toContain('row 2');
  });

  it('another donor', async () => {
    await expectInputError(parseEdited(replaceLine(2, 'United States', 'Canada')), at(2, 'donor'));
  });

  it('a footnote below the table', async () => {
    await expectInputError(parseEdited((l) => [...l, 'Source: The White House\r']), at(11, 'as_of_date'));
  });

  it('binary content (the real file is pure ASCII, so there is no Latin-1 case)', async () => {
    const paths = await corrupted('donations', (l) => l);
    await writeFile(paths.donations, Buffer.from([0x61, 0x73, 0xff, 0xfe, 0x0a, 0x80, 0x81]));
    const e = await expectInputError(parseWith(adapter, paths), { file: FILE, row: 1 });
    expect(e.found).toContain('not UTF-8');
  });
});
