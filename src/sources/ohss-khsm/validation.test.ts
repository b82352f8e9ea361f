/**
 * Bad input: each case corrupts one thing in a fresh copy of the fixture workbook
 * and expects one InputError naming file, sheet, row and column.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { InputError, Location } from '../../errors.js';
import { inputErrorOf } from '../../../test/input-error.js';
import { parseWith } from '../../../test/parse-context.js';
import adapter from './index.js';
import { fixtureBook, removeBooks, writeBook, type Book } from './fixtures/workbook.js';

const FILE = 'KHSM Encounters (USBP) fixture.xlsx';

async function failure(corrupt: (book: Book) => void): Promise<InputError> {
  const book = fixtureBook();
  corrupt(book);
  const path = await writeBook(book);
  return inputErrorOf(parseWith(adapter, { workbook: path }));
}

/** The error points at this place (its message names it: inputErrorOf checks that) and says `message`. */
function expectAt(error: InputError, at: Omit<Location, 'file'>, message: RegExp) {
  expect(error.at).toEqual({ file: FILE, ...at });
  expect(error.message).toMatch(message);
}

describe('ohss-khsm rejects bad input', () => {
  afterAll(removeBooks);

  it('a missing sheet', async () => {
    const e = await failure((b) => delete b['Monthly Sector']);
    expectAt(e, { sheet: 'Monthly Sector' }, /missing sheet.*expected a sheet named "Monthly Sector"/);
  });

  it('a renamed sheet', async () => {
    const e = await failure((b) => {
      b['Monthly Sectors'] = b['Monthly Sector'];
      delete b['Monthly Sector'];
    });
    expectAt(e, { sheet: 'Monthly Sector' }, /found only .*"Monthly Sectors"/);
  });

  it('an extra sheet', async () => {
    const e = await failure((b) => (b['Notes'] = [['Source: OHSS']]));
    expectAt(e, { sheet: 'Notes' }, /unexpected sheet/);
  });

  it('a renamed header', async () => {
    const e = await failure((b) => (b['Annual Region'][0][1] = 'Border Region'));
    expectAt(e, { sheet: 'Annual Region', row: 1, column: 'B' }, /expected header "Region", found "Border Region"/);
  });

  it('a header without the wrapped "Fiscal Year" text', async () => {
    const e = await failure((b) => (b['Monthly Count'][0][0] = 'FY'));
    expectAt(e, { sheet: 'Monthly Count', row: 1, column: 'A' }, /expected header "Fiscal Year", found "FY"/);
  });

  it('an extra column right of Quantity', async () => {
    const e = await failure((b) => (b['Annual Sector'][2][3] = 'r'));
    expectAt(e, { sheet: 'Annual Sector', row: 3, column: 'D' }, /nothing right of "Quantity"/);
  });

  it('a sheet with a header and no data', async () => {
    const e = await failure((b) => b['Annual Count'].splice(1));
    expectAt(e, { sheet: 'Annual Count', row: 2, column: 'Fiscal Year' }, /missing data/);
  });

  it('text in a Quantity cell', async () => {
    const e = await failure((b) => (b['Monthly Region'][2][3] = 'about 169k'));
    expectAt(e, { sheet: 'Monthly Region', row: 3, column: 'Quantity' }, /not a count.*found "about 169k"/);
  });

  it('a value not rounded to 10', async () => {
    const e = await failure((b) => (b['Annual Count'][1][1] = 1662171));
    expectAt(e, { sheet: 'Annual Count', row: 2, column: 'Quantity' }, /rounded to 10/);
  });

  it('a footnote right under the table', async () => {
    const e = await failure((b) => b['Annual Sector'].push(['Note: figures are rounded to the nearest 10.']));
    expectAt(e, { sheet: 'Annual Sector', row: 4, column: 'Fiscal Year' }, /footnote.*found "Note: figures/);
  });

  it('a footnote below a blank row', async () => {
    const e = await failure((b) => b['Monthly Citizenship'].push([], [null, 'Source: OHSS']));
    expectAt(e, { sheet: 'Monthly Citizenship', row: 5, column: 'Month' }, /blank row 4.*found "Source: OHSS"/);
  });

  it('a month whose number does not match its name', async () => {
    const e = await failure((b) => (b['Monthly Count'][2][1] = '03 March'));
    expectAt(e, { sheet: 'Monthly Count', row: 3, column: 'Month' }, /expected "06 March", found "03 March"/);
  });

  it('an unknown region', async () => {
    const e = await failure((b) => (b['Monthly Rgn and Citp'][1][2] = 'Southwest Border'));
    expectAt(e, { sheet: 'Monthly Rgn and Citp', row: 2, column: 'Region' }, /unknown border region.*found "Southwest Border"/);
  });

  it('an unknown sector', async () => {
    const e = await failure((b) => (b['Annual Sector'][1][1] = 'Marfa Valley, TX'));
    expectAt(e, { sheet: 'Annual Sector', row: 2, column: 'Sector' }, /unknown sector.*found "Marfa Valley, TX"/);
  });

  it('a sector listed under the wrong region', async () => {
    const e = await failure((b) => (b['Annual Rgn and Sector'][2][1] = 'Southwest Land Border'));
    expectAt(e, { sheet: 'Annual Rgn and Sector', row: 3, column: 'Sector' }, /sector of the Southwest Land Border region.*"Blaine, WA"/);
  });

  it('an unknown family status', async () => {
    const e = await failure((b) => (b['Annual Rgn and Fam Status'][1][2] = 'Accompanied Minors'));
    expectAt(e, { sheet: 'Annual Rgn and Fam Status', row: 2, column: 'Family Status' }, /unknown family status.*found "Accompanied Minors"/);
  });

  it('an unknown citizenship', async () => {
    const e = await failure((b) => (b['Monthly Citizenship'][2][2] = 'Atlantis'));
    expectAt(e, { sheet: 'Monthly Citizenship', row: 3, column: 'Citizenship' }, /unknown country label.*found "Atlantis"/);
  });

  it('a duplicated cell', async () => {
    const e = await failure((b) => b['Monthly Sector'].push([...b['Monthly Sector'][1]]));
    expectAt(e, { sheet: 'Monthly Sector', row: 5, column: 'Sector' }, /duplicated cell.*already on row 2.*Rio Grande Valley, TX/);
  });

  it('two labels for one country in one period', async () => {
    const e = await failure((b) => b['Annual Citizenship'].push([2021, 'Burma', 10], [2021, 'Myanmar', 10]));
    expectAt(e, { sheet: 'Annual Citizenship', row: 7, column: 'Citizenship' }, /duplicated cell.*already on row 6/);
  });
});
