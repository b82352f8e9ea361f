import { describe, expect, it } from 'vitest';
import { parseWith } from '../../../test/parse-context.js';
import adapter from './index.js';
import { fixtureFiles, replaceLine } from '../../../test/fixture-copies.js';
import { expectInputError } from '../../../test/input-error.js';

const MONTHLY = 'family_child_total_monthly_2000_2019.csv';
const NATIONWIDE = 'nationwide_total_apprehensions_1925_2019.csv';
const SW = 'southwest_border_apprehensions_1960_2019.csv';
const { corrupted } = fixtureFiles(adapter.describe, import.meta.dirname);
const parseCorrupted = async (id: string, edit: (lines: string[]) => string[]) => parseWith(adapter, await corrupted(id, edit));

describe('cbp-legacy-annual rejects bad input', () => {
  it('a renamed header', async () => {
    await expectInputError(parseCorrupted('monthly', replaceLine(1, 'family_apprehensions', 'family_units')), { file: MONTHLY, row: 1, column: '6' });
  });

  it('a footnote row', async () => {
    const e = await expectInputError(parseCorrupted('nationwide', (l) => [...l, 'Source: CBP statistics,']), { file: NATIONWIDE, row: 6, column: 'fiscal_year' });
    expect(e.message).toContain('Source: CBP statistics');
  });

  it('text in a number', async () => {
    await expectInputError(parseCorrupted('monthly', replaceLine(3, ',448,', ',4 48x,')), { file: MONTHLY, row: 3, column: 'total_apprehensions' });
  });

  it('a duplicated month', async () => {
    const e = await expectInputError(parseCorrupted('monthly', replaceLine(3, 'november', 'october')), { file: MONTHLY, row: 3, column: 'month' });
    expect(e.message).toContain('row 2');
  });

  it('a missing month', async () => {
    await expectInputError(parseCorrupted('monthly', (l) => l.filter((_, i) => i !== 2)), { file: MONTHLY, row: 2, column: 'month' });
  });

  it('a yearly total that does not match its months', async () => {
    await expectInputError(parseCorrupted('monthly', replaceLine(14, '9637', '9638')), { file: MONTHLY, row: 14, column: 'total_apprehensions' });
  });

  it('an unknown sector, or a northern sector in the southwest file', async () => {
    await expectInputError(parseCorrupted('monthly', replaceLine(2, 'big bend', 'big bent')), { file: MONTHLY, row: 2, column: 'sector' });
    await expectInputError(parseCorrupted('southwest', replaceLine(2, 'big bend', 'blaine')), { file: SW, row: 2, column: 'sector' });
  });

  it('a duplicated fiscal year', async () => {
    await expectInputError(parseCorrupted('nationwide', replaceLine(3, '2000', '2019')), { file: NATIONWIDE, row: 3, column: 'fiscal_year' });
  });

  it('an empty file', async () => {
    await expectInputError(parseCorrupted('southwest', () => []), { file: SW, row: 1, column: 'sector' });
  });
});
