/**
 * Corrupted copies of the fixtures in a temp dir, under the package's file names:
 * each must fail with one InputError naming the file, row and column.
 */
import { gzipSync } from 'node:zlib';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { InputError } from '../../errors.js';
import { fixtureFiles, replaceLine } from '../../../test/fixture-copies.js';
import { inputErrorOf } from '../../../test/input-error.js';
import { parseWith } from '../../../test/parse-context.js';
import adapter from './index.js';

const { corrupted } = fixtureFiles(adapter.describe, import.meta.dirname);
type Edit = (lines: string[]) => string[];

async function errorFor(id: string, edit: Edit): Promise<InputError> {
  return inputErrorOf(parseWith(adapter, await corrupted(id, edit)));
}

describe('unhcr rejects bad input', () => {
  it('a renamed header', async () => {
    const e = await errorFor('population', replaceLine(1, 'asylum_seekers', 'asylum_seeker'));
    expect(e.at).toEqual({ file: 'population.csv', row: 1, column: '9' });
    expect(e.expected).toBe('header "asylum_seekers"');
    expect(e.found).toBe('"asylum_seeker"');
  });

  it('text in a count, including a literal NA', async () => {
    const e = await errorFor('asylum-applications', replaceLine(3, ',51827', ',fifty thousand'));
    expect(e.at).toEqual({ file: 'asylum_applications.csv', row: 3, column: 'applied' });
    expect(e.expected).toBe('a whole non-negative number or an empty cell (NA)');
    expect(e.found).toBe('"fifty thousand"');
    const na = await errorFor('population', replaceLine(9, 'MEX,,12', 'MEX,NA,12'));
    expect(na.at).toEqual({ file: 'population.csv', row: 9, column: 'refugees' });
    const decimal = await errorFor('asylum-decisions', replaceLine(2, ',1810', ',1810.5'));
    expect(decimal.at).toEqual({ file: 'asylum_decisions.csv', row: 2, column: 'dec_total' });
  });

  it('a duplicated row', async () => {
    const e = await errorFor('population', (lines) => [...lines, lines[4]]);
    expect(e.at).toEqual({ file: 'population.csv', row: 15, column: 'year' });
    expect(e.expected).toBe('one row per year, coo_iso, coa_iso (this one is already at row 5)');
    expect(e.found).toBe('a second row for 2021, HTI, MEX');
  });

  it('a duplicated key with a blank code in it', async () => {
    const e = await errorFor('asylum-applications', (lines) => [...lines, lines[8].replace(',700', ',9')]);
    expect(e.at).toEqual({ file: 'asylum_applications.csv', row: 11, column: 'year' });
    expect(e.found).toBe('a second row for 2021, HND, ESP, G, N, (blank), P');
  });

  it('two codes for one group in the same cell (STA and XXA are both stateless)', async () => {
    const e = await errorFor('flows', (lines) => [...lines, '2021,Stateless,STA,XXA,Mexico,MEX,MEX,,7,,']);
    expect(e.at).toEqual({ file: 'flows.csv', row: 8, column: 'asylum_seekers' });
    expect(e.expected).toContain('already at row 4');
    expect(e.found).toContain('2021, STATELESS, MX, ALL in unhcr/new-asylum-applications');
  });

  it('an unknown country code, and a name in place of a code', async () => {
    const e = await errorFor('population', replaceLine(5, ',HAI,HTI,', ',HAI,HTX,'));
    expect(e.at).toEqual({ file: 'population.csv', row: 5, column: 'coo_iso' });
    expect(e.expected).toContain('a country or nationality known to corridor');
    expect(e.found).toBe('"HTX"');
    const name = await errorFor('flows', replaceLine(2, ',MEX,MEX,', ',MEX,Mexico,'));
    expect(name.at).toEqual({ file: 'flows.csv', row: 2, column: 'coa_iso' });
    expect(name.expected).toBe('a three-letter ISO 3166-1 alpha-3 code');
  });

  it('a group as country of asylum', async () => {
    const e = await errorFor('solutions', replaceLine(3, ',USA,USA,', ',STA,XXA,'));
    expect(e.at).toEqual({ file: 'solutions.csv', row: 3, column: 'coa_iso' });
    expect(e.found).toBe('"XXA", which is not a country');
  });

  it('a year out of range or not a year', async () => {
    const late = await errorFor('asylum-decisions', replaceLine(3, '2021,', '2099,'));
    expect(late.at).toEqual({ file: 'asylum_decisions.csv', row: 3, column: 'year' });
    expect(late.expected).toMatch(/^a year from 1951 to 20\d\d$/);
    const short = await errorFor('population', replaceLine(2, '1983,', '83,'));
    expect(short.at).toEqual({ file: 'population.csv', row: 2, column: 'year' });
    expect(short.found).toBe('"83"');
  });

  it('an unknown code in a closed list, listing the expected ones', async () => {
    const e = await errorFor('asylum-applications', replaceLine(7, ',IN,C,', ',IN,X,'));
    expect(e.at).toEqual({ file: 'asylum_applications.csv', row: 7, column: 'app_pc' });
    expect(e.expected).toBe('one of "P", "C"');
    const region = await errorFor('countries', replaceLine(3, 'The Americas', 'Americas'));
    expect(region.at).toEqual({ file: 'countries.csv', row: 3, column: 'unhcr_region' });
  });

  it('known codes in a combination no category declares', async () => {
    const e = await errorFor('asylum-applications', replaceLine(2, ',G,N,FI,', ',G,SP,FI,'));
    expect(e.at).toEqual({ file: 'asylum_applications.csv', row: 2, column: 'dec_level' });
    expect(e.found).toBe('"G, SP, FI"');
  });

  it('a row with a cell missing', async () => {
    const e = await errorFor('flows', replaceLine(3, ',5000,,', ',5000,'));
    expect(e.at).toMatchObject({ file: 'flows.csv', row: 3 });
    expect(e.message).toMatch(/^unreadable file in flows\.csv, row 3: expected UTF-8 rows of 11 comma-separated cells/);
  });

  it('a Latin-1 file', async () => {
    const paths = await corrupted('flows', (lines) => lines);
    writeFileSync(paths['flows'], Buffer.from(readFileSync(paths['flows'], 'utf8').replace('Haiti', 'Haïti'), 'latin1'));
    const e = await inputErrorOf(parseWith(adapter, paths));
    expect(e.at).toEqual({ file: 'flows.csv', row: 2 });
    expect(e.found).toMatch(/not utf-8 encoded/);
  });

  it('a duplicated ISO code in countries.csv', async () => {
    const e = await errorFor('countries', (lines) => [...lines, lines[6]]);
    expect(e.at).toEqual({ file: 'countries.csv', row: 17, column: 'iso_code' });
  });

  it('an empty file, and a header with no data', async () => {
    const empty = await errorFor('asylum-decisions', () => []);
    expect(empty.at).toEqual({ file: 'asylum_decisions.csv', row: 1, column: 'year' });
    expect(empty.found).toBe('an empty file');
    const headerOnly = await errorFor('solutions', (lines) => lines.slice(0, 1));
    expect(headerOnly.at).toEqual({ file: 'solutions.csv', row: 2, column: 'year' });
  });

  it('the package .rda (a compressed R data file) in place of the CSV conversion', async () => {
    const paths = await corrupted('population', (lines) => lines);
    writeFileSync(paths['population'], gzipSync(Buffer.from('RDX3\nX\n')));
    const e = await inputErrorOf(parseWith(adapter, paths));
    expect(e.at).toEqual({ file: 'population.csv', row: 1 });
    expect(e.message).toMatch(/not a CSV file .*it does not parse \.rda/);
  });
});
