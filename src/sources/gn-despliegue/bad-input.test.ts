/**
 * Corrupted copies of the fixtures: one InputError naming file, sheet, row and column.
 * (The shared state × month reader is tested in depth by upm-boletin.)
 */
import { afterAll, describe, expect, it } from 'vitest';
import { inputErrorOf } from '../../../test/input-error.js';
import { parseWith } from '../../../test/parse-context.js';
import type { InputError } from '../../errors.js';
import { removeBooks, type Cell, type Rows } from '../upm-boletin/fixtures/workbook.js';
import { nameOf, writeBooks } from './fixtures/books.js';
import adapter from './index.js';

const G19 = 'despliegue-2019';
const at = (row: number, column: string) => ({ file: nameOf(G19), sheet: 'Hoja1', row, column });
const setCell = (row: number, col: number, value: Cell) => (rows: Rows) => {
  rows[row - 1][col - 1] = value;
  return rows;
};

async function errorFor(edit: (rows: Rows) => Rows, sheet?: string): Promise<InputError> {
  return inputErrorOf(parseWith(adapter, await writeBooks(G19, edit, sheet)));
}

describe('gn-despliegue rejects bad input', () => {
  afterAll(removeBooks);

  it('a renamed sheet', async () => {
    const e = await errorFor((r) => r, 'Sheet1');
    expect(e.at).toEqual({ file: nameOf(G19), sheet: 'Hoja1' });
  });

  it('a January column in the July-December 2019 file', async () => {
    const e = await errorFor(setCell(1, 3, 'ene'));
    expect(e.at).toEqual(at(1, 'C'));
    expect(e.expected).toBe('header "jul"');
  });

  it('text in a count', async () => {
    const e = await errorFor(setCell(6, 4, 'aprox. 2400'));
    expect(e.at).toEqual(at(6, 'ago'));
    expect(e.found).toBe('"aprox. 2400"');
  });

  it('a negative count', async () => {
    const e = await errorFor(setCell(6, 4, -1));
    expect(e.at).toEqual(at(6, 'ago'));
  });

  it('a footnote row', async () => {
    const e = await errorFor((rows) => [...rows, [], ['Fuente: Guardia Nacional']]);
    expect(e.at).toEqual(at(35, 'entidad'));
    expect(e.message).toMatch(/^unexpected row \(a footnote\?\)/);
  });

  it('a duplicated state', async () => {
    const e = await errorFor(setCell(17, 1, 'México'));
    expect(e.at).toEqual(at(17, 'entidad'));
    expect(e.expected).toBe('one row for México');
    expect(e.found).toBe('a second one (the first is in row 16)');
  });

  it('an unknown state', async () => {
    const e = await errorFor(setCell(6, 1, 'Región Sur'));
    expect(e.at).toEqual(at(6, 'entidad'));
    expect(e.found).toBe('"Región Sur"');
  });

  it('a year that disagrees with the file, and a date for a year', async () => {
    expect((await errorFor(setCell(6, 2, 2020))).at).toEqual(at(6, 'ano'));
    const e = await errorFor(setCell(6, 2, new Date(Date.UTC(2019, 6, 1))));
    expect(e.found).toBe('"2019-07-01"');
  });
});
