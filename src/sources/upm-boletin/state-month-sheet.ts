/**
 * A table by Mexican state and month, as FelipeSaNa re-keyed the UPM bulletin tables
 * (and the Guardia Nacional figures): header `entidad | ano | ene | feb | ...` on row 1,
 * one row per state (all 32, each once), the file's months across, nothing below but
 * blank rows. gn-despliegue reads its files with this too.
 */
import { InputError, shown, type Location } from '../../errors.js';
import { placeByCode } from '../../store/dimensions/geography.js';
import { mexicanState, mxStateCode } from '../../store/dimensions/mexico.js';
import { parseCount } from '../read/cells.js';
import { monthStart, parseYear } from '../read/periods.js';
import { Seen } from '../read/seen.js';
import { columnLetter, expectHeaders, type CellValue, type Sheet } from '../read/xlsx.js';
import { observation, type Observation } from '../types.js';
import { isEmpty, shownCell, tableEnd } from './sheet-table.js';

/** The month headers, January first, as the files write them. */
export const MESES = ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'];

export interface StateMonthTable {
  dataset: string;
  /** The year the file is about: every row's `ano` must say it. */
  year: number;
  /** Calendar months (1-12) the file has columns for, in order. */
  months: number[];
  /** A cell that means "not applicable" and gives no observation ("-" in Cuadro 1.2: no port in that state). */
  notApplicable?: string;
}

const STATE_COUNT = 32;

export function parseStateMonthSheet(sheet: Sheet, table: StateMonthTable): Observation[] {
  const headers = ['entidad', 'ano', ...table.months.map((m) => MESES[m - 1])];
  const where = (row: number, c: number): Location => ({ file: sheet.file, sheet: sheet.name, row, column: headers[c] ?? columnLetter(c + 1) });

  expectHeaders(sheet, 0, headers);
  const end = tableEnd(sheet, headers);
  if (end === 1) throw new InputError(where(2, 0), 'a row for each state below the header', 'an empty table', 'missing data');
  const out: Observation[] = [];
  const seen = new Seen('row');
  const states = new Set<string>();
  for (let i = 1; i < end; i++) {
    const row = sheet.rows[i];
    const n = i + 1;
    const geography = stateOf(row, where(n, 0));
    seen.add(geography, where(n, 0), String(row[0]).trim());
    states.add(geography);
    checkYear(row[1] ?? null, table.year, where(n, 1));
    table.months.forEach((month, k) => {
      const at = where(n, k + 2);
      const cell = row[k + 2] ?? null;
      if (table.notApplicable !== undefined && typeof cell === 'string' && cell.trim() === table.notApplicable) return;
      out.push(observation(table.dataset, monthStart(table.year, month), count(cell, at), { geography }, at));
    });
  }
  checkAllStates(states, table.year, where(end + 1, 0));
  return out;
}

function stateOf(row: CellValue[], at: Location): string {
  const label = row[0] ?? null;
  const code = typeof label === 'string' ? mexicanState(label) : undefined;
  if (code) return code;
  // A note or source line under the table: text in the first column and nothing else.
  if (row.slice(1).every(isEmpty)) {
    throw new InputError(at, 'a row for a state (nothing may follow the table)', shownCell(label), 'unexpected row (a footnote?)');
  }
  throw new InputError(at, 'the name of a Mexican state (entidad federativa)', shownCell(label), 'unknown state');
}

function checkYear(cell: CellValue, year: number, at: Location): void {
  if (cell instanceof Date || typeof cell === 'boolean') throw new InputError(at, `the year ${year}`, shownCell(cell), 'not a year');
  if (cell === null) throw new InputError(at, `the year ${year}`, 'an empty cell', 'missing year');
  if (parseYear(cell, at) !== year) throw new InputError(at, `the year ${year} (the file's year)`, shown(cell), 'year does not match the file');
}

/** A published count; blank → null, never 0. */
function count(cell: CellValue, at: Location): number | null {
  if (cell instanceof Date || typeof cell === 'boolean') throw new InputError(at, 'a whole non-negative number', shownCell(cell), 'not a count');
  return parseCount(cell, at, { blank: 'null' });
}

/** Every one of the 32 states has its row (a missing row would make the national sum wrong). */
function checkAllStates(found: Set<string>, year: number, at: Location): void {
  if (found.size === STATE_COUNT) return;
  const missing = Array.from({ length: STATE_COUNT }, (_, i) => mxStateCode(i + 1)).filter((c) => !found.has(c));
  const names = missing.map((c) => placeByCode(c)?.label.es ?? c);
  throw new InputError(at, `a row for each of Mexico's ${STATE_COUNT} states in ${year}`, `no row for ${names.join(', ')}`, 'missing state');
}
