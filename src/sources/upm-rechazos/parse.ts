/**
 * The INM response → observations: one row per nationality, airport and year, with
 * girls, boys, adult women, adult men and their total ("Total general", category ALL).
 */
import { InputError, type Location } from '../../errors.js';
import { resolveCountry } from '../../store/dimensions/countries.js';
import { parseCount } from '../read/cells.js';
import { parseYear } from '../read/periods.js';
import { Seen } from '../read/seen.js';
import { columnLetter, expectHeaders, loadWorkbook, readSheet, type CellValue } from '../read/xlsx.js';
import { observation, type Observation, type ParseContext } from '../types.js';
import { isEmpty, shownCell, tableEnd } from '../upm-boletin/sheet-table.js';
import { airportCode } from './airports.js';
import { COLUMNS, DATASET_ID, FILE_ID } from './describe.js';

// The sheet is named after the period the response covers: 1 Jan 2017 to 30 Sep 2021.
export const SHEET = '01012017-30092021';
const YEARS = [2017, 2021];
const TOTAL = 'Total general';
const HEADERS = ['Nacionalidad', 'Aeropuerto', 'Año', ...COLUMNS.map(([h]) => h), TOTAL];

export async function parse(ctx: ParseContext): Promise<Observation[]> {
  const file = ctx.files[FILE_ID];
  if (!file) throw new Error(`upm-rechazos: no file "${FILE_ID}" given to parse`);
  const sheet = readSheet(await loadWorkbook(file), file, SHEET);
  const where = (row: number, c: number): Location => ({ file: file.name, sheet: SHEET, row, column: HEADERS[c] ?? columnLetter(c + 1) });
  expectHeaders(sheet, 0, HEADERS);
  const end = tableEnd(sheet, HEADERS);
  if (end === 1) throw new InputError(where(2, 0), 'data rows below the header', 'an empty table', 'missing data');

  const out: Observation[] = [];
  const cells = new Seen('nationality, airport and year');
  const countries = new Map<string, string>();
  for (let i = 1; i < end; i++) {
    const row = sheet.rows[i];
    const n = i + 1;
    const label = text(row, 0, where(n, 0));
    let citizenship = countries.get(label);
    if (citizenship === undefined) countries.set(label, (citizenship = resolveCountry(label, where(n, 0))));
    const geography = airportCode(text(row, 1, where(n, 1)), where(n, 1));
    const period = `${year(row[2] ?? null, where(n, 2))}-01-01`;
    cells.claim([citizenship, geography, period].join('|'), () => row.slice(0, 3).map(String).join(', '), where(n, 2));

    const parts = COLUMNS.map((_, k) => count(row[k + 3] ?? null, where(n, k + 3)));
    const total = count(row[7] ?? null, where(n, 7));
    const sum = parts.reduce<number>((s, v) => s + (v ?? 0), 0);
    if (total !== null && parts.every((v) => v !== null) && sum !== total) {
      throw new InputError(where(n, 7), `the sum of the four columns before it (${sum})`, shownCell(total), 'total does not add up');
    }
    COLUMNS.forEach(([, category], k) => out.push(observation(DATASET_ID, period, parts[k], { geography, citizenship, category }, where(n, k + 3))));
    out.push(observation(DATASET_ID, period, total, { geography, citizenship }, where(n, 7)));
  }
  return out;
}

/** A label cell; a row with text in the first column only is a note under the table. */
function text(row: CellValue[], c: number, at: Location): string {
  const v = row[c] ?? null;
  if (c === 0 && typeof v === 'string' && row.slice(1).every(isEmpty)) {
    throw new InputError(at, 'a data row (nothing may follow the table)', shownCell(v), 'unexpected row (a footnote?)');
  }
  if (typeof v !== 'string') throw new InputError(at, `a label in "${at.column}"`, shownCell(v), 'missing label');
  return v.trim();
}

function year(cell: CellValue, at: Location): number {
  const expected = `a year from ${YEARS[0]} to ${YEARS[1]} (the sheet covers 1 January 2017 to 30 September 2021)`;
  if (cell === null || cell instanceof Date || typeof cell === 'boolean') throw new InputError(at, expected, shownCell(cell), 'not a year');
  const y = parseYear(cell, at);
  if (y < YEARS[0] || y > YEARS[1]) throw new InputError(at, expected, shownCell(cell), 'year outside the sheet\'s period');
  return y;
}

/** A published count; blank → null, never 0. */
function count(cell: CellValue, at: Location): number | null {
  if (cell instanceof Date || typeof cell === 'boolean') throw new InputError(at, 'a whole non-negative number', shownCell(cell), 'not a count');
  return parseCount(cell, at, { blank: 'null' });
}
