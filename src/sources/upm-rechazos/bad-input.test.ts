/**
 * Corrupted copies of the fixture: one InputError naming the file, sheet, row and column.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { inputErrorOf } from '../../../test/input-error.js';
import { parseWith } from '../../../test/parse-context.js';
import type { InputError } from '../../errors.js';
import { removeBooks, type Cell, type Rows } from '../upm-boletin/fixtures/workbook.js';
import { NAME, writeFixture } from './fixtures/book.js';
import adapter from './index.js';

const SHEET = '01012017-30092021';
const at = (row: number, column: string) => ({ file: NAME, sheet: SHEET, row, column });
const setCell = (row: number, col: number, value: Cell) => (rows: Rows) => {
  rows[row - 1][col - 1] = value;
  return rows;
};

async function errorFor(edit: (rows: Rows) => Rows, sheet?: string): Promise<InputError> {
  const e = await inputErrorOf(parseWith(adapter, await writeFixture(edit, sheet)));
  expect(e.at.file).toBe(NAME);
  return e;
}

describe('upm-rechazos rejects bad input', () => {
  afterAll(removeBooks);

  it('a renamed sheet (another period)', async () => {
    const e = await errorFor((r) => r, '01012017-31122021');
    expect(e.at).toEqual({ file: NAME, sheet: SHEET });
    expect(e.found).toBe('only "01012017-31122021"');
  });

  it('a renamed header', async () => {
    const e = await errorFor(setCell(1, 4, 'Niñas'));
    expect(e.at).toEqual(at(1, 'D'));
    expect(e.expected).toBe('header "Menor mujer"');
  });

  it('text in a count', async () => {
    const e = await errorFor(setCell(4, 6, 'trescientos'));
    expect(e.at).toEqual(at(4, 'Mayor mujer'));
    expect(e.expected).toBe('a whole non-negative number');
    expect(e.found).toBe('"trescientos"');
  });

  it('a negative count', async () => {
    const e = await errorFor(setCell(4, 4, -18));
    expect(e.at).toEqual(at(4, 'Menor mujer'));
  });

  it('a total that does not add up', async () => {
    const e = await errorFor(setCell(4, 8, 746));
    expect(e.at).toEqual(at(4, 'Total general'));
    expect(e.expected).toBe('the sum of the four columns before it (745)');
    expect(e.found).toBe('"746"');
  });

  it('a footnote row under the table', async () => {
    const e = await errorFor((rows) => [...rows, ['Fuente: INM, Dirección General de Control y Verificación Migratoria']]);
    expect(e.at).toEqual(at(10, 'Nacionalidad'));
    expect(e.message).toMatch(/^unexpected row \(a footnote\?\)/);
  });

  it('a footnote after a blank row', async () => {
    const e = await errorFor((rows) => [...rows, [], [], ['Nota: información al 30 de septiembre de 2021']]);
    expect(e.at).toEqual(at(12, 'Nacionalidad'));
    expect(e.expected).toBe('nothing below the blank row 10 that ends the table');
  });

  it('a duplicated nationality, airport and year (two labels of one country)', async () => {
    const e = await errorFor((rows) => [...rows, ['Venezuela', 'Aeropuerto Internacional de la Ciudad de México', 2019, 0, 0, 1, 0, 1]]);
    expect(e.at).toEqual(at(10, 'Año'));
    expect(e.expected).toBe('one row per nationality, airport and year (this one is already at row 5)');
  });

  it('an unknown nationality', async () => {
    const e = await errorFor(setCell(3, 1, 'Argentinia'));
    expect(e.at).toEqual(at(3, 'Nacionalidad'));
    expect(e.message).toMatch(/^unknown country label/);
  });

  it('an unknown airport', async () => {
    const e = await errorFor(setCell(3, 2, 'Aeropuerto Internacional Felipe Ángeles'));
    expect(e.at).toEqual(at(3, 'Aeropuerto'));
    expect(e.message).toMatch(/^unknown airport/);
  });

  it('a year outside the period the sheet covers', async () => {
    const e = await errorFor(setCell(3, 3, 2022));
    expect(e.at).toEqual(at(3, 'Año'));
    expect(e.expected).toContain('a year from 2017 to 2021');
  });

  it('a date instead of a year', async () => {
    const e = await errorFor(setCell(3, 3, new Date(Date.UTC(2017, 0, 1))));
    expect(e.at).toEqual(at(3, 'Año'));
    expect(e.found).toBe('"2017-01-01"');
  });

  it('a cell right of the table', async () => {
    const e = await errorFor(setCell(5, 9, 'visa'));
    expect(e.at).toEqual(at(5, 'I'));
  });
});
