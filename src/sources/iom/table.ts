/**
 * Reads one of gdidata's CSV conversions (after refusing an .rda in its place) and
 * gives the cell readers every file shares: the month, the count, the nationality,
 * each with an error naming the file, row and column.
 */
import { InputError, shown, type Location } from '../../errors.js';
import { resolveCountry } from '../../store/dimensions/countries.js';
import { parseCount } from '../read/cells.js';
import { readCsv } from '../read/csv.js';
import { refuseRda } from '../read/rda.js';
import { Seen } from '../read/seen.js';
import type { ParseContext } from '../types.js';
import type { IomFile } from './files.js';

export interface IomRow {
  /** 1-based line in the file. */
  line: number;
  cell(column: string): string | null;
  at(column: string): Location;
}

export interface IomTable {
  name: string;
  rows: IomRow[];
}

export async function readIomTable(ctx: ParseContext, spec: IomFile): Promise<IomTable> {
  const file = ctx.files[spec.id];
  if (!file) throw new Error(`iom: no file "${spec.id}" given to parse`);
  await refuseRda(file, `the CSV conversion of ${spec.object}.rda (corridor reads this source from the mirror; it does not parse .rda)`);
  const csv = await readCsv(ctx, file, { header: spec.header });
  const rows = csv.rows.map((cells, i): IomRow => {
    const line = csv.lineOf(i);
    return {
      line,
      cell: (column) => cells[csv.column(column)],
      at: (column) => ({ file: file.name, row: line, column }),
    };
  });
  return { name: file.name, rows };
}

/** `t` (or `q`) as 'YYYY-MM' → [year, month]. */
export function yearMonth(row: IomRow, column = 't'): [number, number] {
  const text = (row.cell(column) ?? '').trim();
  const m = text.match(/^(\d{4})-(\d{2})$/);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) throw new InputError(row.at(column), 'a month written YYYY-MM', shown(text), 'not a month');
  return [Number(m[1]), Number(m[2])];
}

export const monthPeriod = ([y, m]: [number, number]) => `${y}-${String(m).padStart(2, '0')}-01`;

/** `n`: a whole count; a blank is NULL (missing), never 0. */
export function count(row: IomRow): number | null {
  return parseCount(row.cell('n'), row.at('n'), { blank: 'null' });
}

/**
 * A nationality written as an ISO 3166 alpha-3 code (or one of gdidata's own codes
 * taught in aliases/iom.ts): a name or an unknown code is an error naming the cell.
 */
export function nationality(row: IomRow, column = 'nat'): string {
  const text = (row.cell(column) ?? '').trim();
  if (!/^[A-Z]{3}$/.test(text)) throw new InputError(row.at(column), 'a nationality as an ISO 3166 alpha-3 code', shown(text), 'not a nationality code');
  return resolveCountry(text, row.at(column));
}

/** A value from a closed list of labels; anything else names the cell and the allowed labels. */
export function label<T>(row: IomRow, column: string, allowed: Record<string, T>, what: string): T {
  const text = (row.cell(column) ?? '').trim();
  if (!Object.hasOwn(allowed, text)) throw new InputError(row.at(column), `one of ${Object.keys(allowed).map((k) => `"${k}"`).join(', ')}`, shown(text), `unknown ${what}`);
  return allowed[text];
}

/** One row per key: a repeated key (a duplicated row) is an error naming both rows. */
export function onePerKey(what: string): (row: IomRow, key: string[], column: string) => void {
  const seen = new Seen(what);
  return (row, key, column) => seen.claim(key.join('|'), () => key.join(', '), row.at(column));
}
