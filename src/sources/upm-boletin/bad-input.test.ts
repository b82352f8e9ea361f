/**
 * Corrupted copies of the fixture workbooks: each must fail with one InputError naming
 * the file, sheet, row and column, what was expected and what was found.
 */
import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { inputErrorOf } from '../../../test/input-error.js';
import { parseWith } from '../../../test/parse-context.js';
import type { InputError } from '../../errors.js';
import { nameOf, writeBooks } from './fixtures/books.js';
import { removeBooks, type Cell, type Rows } from './fixtures/workbook.js';
import adapter from './index.js';

const P19 = 'presentados-2019';
const SHEET = 'Cuadro 3.1';

async function errorFor(id: string, edit: (rows: Rows) => Rows, sheet?: string): Promise<InputError> {
  const e = await inputErrorOf(parseWith(adapter, await writeBooks(id, edit, sheet)));
  expect(e.at.file).toBe(nameOf(id));
  return e;
}

/** An edit setting the cell at sheet row `row`, column `col` (both 1-based). */
const setCell = (row: number, col: number, value: Cell) => (rows: Rows) => {
  rows[row - 1][col - 1] = value;
  return rows;
};
const at = (row: number, column: string) => ({ file: nameOf(P19), sheet: SHEET, row, column });

describe('upm-boletin rejects bad input', () => {
  afterAll(removeBooks);

  it('a renamed sheet', async () => {
    const e = await errorFor(P19, (r) => r, 'Hoja1');
    expect(e.at).toEqual({ file: nameOf(P19), sheet: SHEET });
    expect(e.expected).toBe('a sheet named "Cuadro 3.1"');
    expect(e.found).toBe('only "Hoja1"');
  });

  it('a renamed header', async () => {
    const e = await errorFor(P19, setCell(1, 2, 'año'));
    expect(e.at).toEqual(at(1, 'B'));
    expect(e.expected).toBe('header "ano"');
    expect(e.found).toBe('"año"');
  });

  it('a month missing from a full-year file', async () => {
    const e = await errorFor(P19, (rows) => rows.map((r) => r.slice(0, -1)));
    expect(e.at).toEqual(at(1, 'N'));
    expect(e.expected).toBe('header "dic"');
    expect(e.found).toBe('an empty cell');
  });

  it('months out of order', async () => {
    const e = await errorFor(P19, (rows) => rows.map((r) => [...r.slice(0, 2), r[3], r[2], ...r.slice(4)]));
    expect(e.at).toEqual(at(1, 'C'));
    expect(e.expected).toBe('header "ene"');
  });

  it('a month after July in the January-July 2021 file', async () => {
    const e = await errorFor('presentados-2021', (rows) => rows.map((r, i) => [...r, i === 0 ? 'ago' : 7]));
    expect(e.at).toEqual({ file: nameOf('presentados-2021'), sheet: SHEET, row: 1, column: 'J' });
    expect(e.expected).toBe('nothing right of "jul" (column I)');
    expect(e.found).toBe('"ago"');
  });

  it('text in a count', async () => {
    const e = await errorFor(P19, setCell(6, 5, 'n.d.'));
    expect(e.at).toEqual(at(6, 'mar'));
    expect(e.expected).toBe('a whole non-negative number');
    expect(e.found).toBe('"n.d."');
  });

  it('a negative count', async () => {
    const e = await errorFor(P19, setCell(6, 5, -3));
    expect(e.at).toEqual(at(6, 'mar'));
    expect(e.found).toBe('"-3"');
  });

  it('a fraction in a count', async () => {
    const e = await errorFor(P19, setCell(6, 5, 12.5));
    expect(e.at).toEqual(at(6, 'mar'));
    expect(e.found).toBe('"12.5"');
  });

  it('"-" where only Cuadro 1.2 means "no port"', async () => {
    const e = await errorFor(P19, setCell(15, 14, '-'));
    expect(e.at).toEqual(at(15, 'dic'));
    expect(e.found).toBe('"-"');
  });

  it('a dash other than "-" in Cuadro 1.2', async () => {
    const e = await errorFor('entradas-2020', setCell(15, 14, '—'));
    expect(e.at).toEqual({ file: nameOf('entradas-2020'), sheet: 'Cuadro 1.2', row: 15, column: 'dic' });
    expect(e.expected).toBe('a whole non-negative number');
  });

  it('a footnote below the table after a blank row', async () => {
    const e = await errorFor(P19, (rows) => [...rows, [], ['Fuente: UPM, con base en registros del INM.']]);
    expect(e.at).toEqual(at(35, 'entidad'));
    expect(e.expected).toBe('nothing below the blank row 34 that ends the table');
    expect(e.found).toBe('"Fuente: UPM, con base en registros del INM."');
  });

  it('a footnote right under the table', async () => {
    const e = await errorFor(P19, (rows) => [...rows, ['Nota: cifras preliminares.']]);
    expect(e.at).toEqual(at(34, 'entidad'));
    expect(e.expected).toBe('a row for a state (nothing may follow the table)');
    expect(e.message).toMatch(/^unexpected row \(a footnote\?\)/);
  });

  it('a cell right of the table', async () => {
    const e = await errorFor(P19, setCell(10, 16, 'ver nota'));
    expect(e.at).toEqual(at(10, 'P'));
    expect(e.expected).toBe('nothing right of "dic" (column N)');
  });

  it('a duplicated state', async () => {
    const e = await errorFor(P19, setCell(7, 1, 'Chiapas'));
    expect(e.at).toEqual(at(7, 'entidad'));
    expect(e.expected).toBe('one row for Chiapas');
    expect(e.found).toBe('a second one (the first is in row 6)');
  });

  it('a state written twice under two names (Distrito Federal = Ciudad de México)', async () => {
    const e = await errorFor(P19, setCell(11, 1, 'Distrito Federal'));
    expect(e.at).toEqual(at(11, 'entidad'));
    expect(e.found).toBe('a second one (the first is in row 10)');
  });

  it('an unknown state', async () => {
    const e = await errorFor(P19, setCell(6, 1, 'Chiapaz'));
    expect(e.at).toEqual(at(6, 'entidad'));
    expect(e.expected).toBe('the name of a Mexican state (entidad federativa)');
    expect(e.found).toBe('"Chiapaz"');
  });

  it('a total row', async () => {
    const e = await errorFor(P19, (rows) => [...rows, ['Total', 2019, ...rows[1].slice(2)]]);
    expect(e.at).toEqual(at(34, 'entidad'));
    expect(e.found).toBe('"Total"');
  });

  it('a missing state', async () => {
    const e = await errorFor(P19, (rows) => rows.filter((r) => r[0] !== 'Tlaxcala'));
    expect(e.at).toEqual(at(33, 'entidad'));
    expect(e.expected).toBe("a row for each of Mexico's 32 states in 2019");
    expect(e.found).toBe('no row for Tlaxcala');
  });

  it('a year that disagrees with the file', async () => {
    const e = await errorFor(P19, setCell(6, 2, 2018));
    expect(e.at).toEqual(at(6, 'ano'));
    expect(e.expected).toBe("the year 2019 (the file's year)");
    expect(e.found).toBe('"2018"');
  });

  it('a date in the year column', async () => {
    const e = await errorFor(P19, setCell(6, 2, new Date(Date.UTC(2019, 0, 1))));
    expect(e.at).toEqual(at(6, 'ano'));
    expect(e.found).toBe('"2019-01-01"');
    expect(e.message).toMatch(/^not a year/);
  });

  it('text that is not a year', async () => {
    const e = await errorFor(P19, setCell(6, 2, 'dos mil diecinueve'));
    expect(e.at).toEqual(at(6, 'ano'));
    expect(e.message).toMatch(/^not a year/);
  });

  it('a blank year', async () => {
    const e = await errorFor(P19, setCell(6, 2, null));
    expect(e.at).toEqual(at(6, 'ano'));
    expect(e.found).toBe('an empty cell');
  });

  it('a header with no rows below', async () => {
    const e = await errorFor(P19, (rows) => rows.slice(0, 1));
    expect(e.at).toEqual(at(2, 'entidad'));
    expect(e.found).toBe('an empty table');
  });

  it('an empty file', async () => {
    const paths = await writeBooks();
    writeFileSync(paths[P19], '');
    const e = await inputErrorOf(parseWith(adapter, paths));
    expect(e.at).toEqual({ file: nameOf(P19) });
    expect(e.found).toBe('an empty file');
  });

  it('a file that is not a workbook', async () => {
    const paths = await writeBooks();
    writeFileSync(paths[P19], 'entidad,ano,ene\nChiapas,2019,1\n');
    const e = await inputErrorOf(parseWith(adapter, paths));
    expect(e.message).toMatch(/^unreadable file in upm_cuadro3_1_presentados_por_entidad_2019\.xlsx/);
  });
});
