/**
 * Corrupted copies of the fixture: each must fail with one InputError naming the file,
 * row and column, or give null (never 0) for a blank amount.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { fixtureFiles, replaceLine } from '../../../test/fixture-copies.js';
import { expectInputError } from '../../../test/input-error.js';
import { parseWith } from '../../../test/parse-context.js';
import adapter from './index.js';

const FILE = 'mx_covid_vaccine_contracts_and_donations.csv';
const { corrupted } = fixtureFiles(adapter.describe, import.meta.dirname);
const parseEdited = async (edit: (lines: string[]) => string[]) => parseWith(adapter, await corrupted('contracts', edit));
const at = (row: number, column: string) => ({ file: FILE, row, column });

describe('poder-vacunas rejects bad input', () => {
  it('a renamed header', async () => {
    const e = await expectInputError(parseEdited(replaceLine(1, 'CONTRACT_AMOUNT', 'MONTO')), { file: FILE, row: 1, column: '9' });
    expect(e.found).toBe('"MONTO"');
  });

  it('a currency other than doses', async () => {
    const e = await expectInputError(parseEdited(replaceLine(6, ',DOSIS', ',MXN')), at(6, 'CONTRACT_CURRENCY'));
    expect(e.expected).toBe('one of "DOSIS"');
    expect(e.found).toBe('"MXN"');
  });

  it('a date that is not a date', async () => {
    const e = await expectInputError(parseEdited(replaceLine(6, '09/03/2022', '31/02/2022')), at(6, 'CONTRACT_START_DATE'));
    expect(e.expected).toBe('a date DD/MM/YYYY');
  });

  it('a date written month first', async () => {
    await expectInputError(parseEdited(replaceLine(9, '27/07/2022', '07/27/2022')), at(9, 'CONTRACT_START_DATE'));
  });

  it('a missing start date', async () => {
    await expectInputError(parseEdited(replaceLine(6, '09/03/2022,', ',')), at(6, 'CONTRACT_START_DATE'));
  });

  it('an end date before the start', async () => {
    await expectInputError(parseEdited(replaceLine(6, '09/03/2022,', '09/03/2022,01/01/2022')), at(6, 'CONTRACT_END_DATE'));
  });

  it('a blank amount is null, never 0', async () => {
    const obs = await parseEdited(replaceLine(6, ',9386800,', ',,'));
    expect(obs.find((o) => o.category === 'vaccine-supplier:astrazeneca-us-government')?.value).toBeNull();
  });

  it('an amount with decimals', async () => {
    const e = await expectInputError(parseEdited(replaceLine(6, ',9386800,', ',9386800.5,')), at(6, 'CONTRACT_AMOUNT'));
    expect(e.found).toBe('"9386800.5"');
  });

  it('an unknown supplier', async () => {
    const e = await expectInputError(parseEdited(replaceLine(2, 'AstraZeneca UK Limited', 'Bharat Biotech')), at(2, 'SUPPLIER_NAMES'));
    expect(e.expected).toContain('"AstraZeneca UK Limited"');
  });

  it('a donation from an undeclared donor', async () => {
    const e = await expectInputError(parseEdited(replaceLine(9, 'GOBIERNO DE CANADÁ', 'GOBIERNO DE ESPAÑA')), at(9, 'CONTRACT_TITLE'));
    expect(e.found).toContain('ESPAÑA');
  });

  it('a donation labelled as a direct award', async () => {
    await expectInputError(parseEdited(replaceLine(7, ',DONACION,', ',ADJUDICACION DIRECTA,')), at(7, 'CONTRACT_TITLE'));
  });

  it('an unknown procurement method', async () => {
    await expectInputError(parseEdited(replaceLine(7, ',DONACION,', ',LICITACION PUBLICA,')), at(7, 'PROCUREMENT_METHOD'));
  });

  it('an agreement id twice', async () => {
    const e = await expectInputError(parseEdited(replaceLine(7, '11,', '10,')), at(7, 'OCID'));
    expect(e.found).toContain('row 6');
  });

  it('the same supplier twice on one day', async () => {
    const e = await expectInputError(parseEdited((l) => [...l, l[5].replace(/^10,/, '16,')]), at(11, 'CONTRACT_START_DATE'));
    expect(e.expected).toContain('already at row 6');
  });

  it('a Latin-1 copy of the file (its titles have accents)', async () => {
    const paths = await corrupted('contracts', (l) => l);
    await writeFile(paths.contracts, Buffer.from(await readFile(paths.contracts, 'utf8'), 'latin1'));
    const e = await expectInputError(parseWith(adapter, paths), { file: FILE, row: 2 });
    expect(e.found).toContain('not UTF-8');
  });

  it('a footnote below the table', async () => {
    await expectInputError(parseEdited((l) => [...l, 'Fuente: PODER, con datos de SSA y SRE']), at(11, 'OCID'));
  });
});
