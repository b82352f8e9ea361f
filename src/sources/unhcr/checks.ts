/**
 * Every cell of a loaded table checked against its column's kind, and no key twice.
 * SQL finds the first bad row (fast on 139,000 rows); the JavaScript check of that
 * one cell then throws the InputError, so each message is written in one place.
 */
import { InputError, shown, type Location } from '../../errors.js';
import { parseEnum } from '../read/cells.js';
import { Seen } from '../read/seen.js';
import { resolveCountry } from '../../store/dimensions/countries.js';
import type { ParseContext } from '../types.js';
import type { Column, ColumnKind } from './files.js';
import { select, sqlString, type Table } from './table.js';

export const FIRST_YEAR = 1951;
/** No statistics year can be later than the year the parse runs in. */
const lastYear = () => new Date().getUTCFullYear();

/** Throws the InputError for a bad cell; returns quietly for a good one. */
export function checkCell(kind: ColumnKind, text: string | null, at: Location): void {
  switch (kind.type) {
    case 'year':
      if (!/^\d{4}$/.test(text ?? '') || Number(text) < FIRST_YEAR || Number(text) > lastYear()) {
        throw new InputError(at, `a year from ${FIRST_YEAR} to ${lastYear()}`, shown(text), 'not a year');
      }
      return;
    case 'unhcr-code':
      if (!/^[A-Z]{3}$/.test(text ?? '')) throw new InputError(at, 'a three-letter UNHCR country code', shown(text), 'not a code');
      return;
    case 'country':
      if (!/^[A-Z]{3}$/.test(text ?? '')) throw new InputError(at, 'a three-letter ISO 3166-1 alpha-3 code', shown(text), 'not a country code');
      resolveCountry(text!, at);
      return;
    case 'enum':
      parseEnum(text ?? '', kind.allowed, at, kind.what);
      return;
    case 'count':
      if (text !== null && !/^\d{1,15}$/.test(text)) throw new InputError(at, 'a whole non-negative number or an empty cell (NA)', shown(text), 'not a count');
      return;
    case 'name':
      return;
  }
}

const failsQuietly = (kind: ColumnKind, value: string | null) => {
  try {
    checkCell(kind, value, { file: '' });
    return false;
  } catch (e) {
    if (e instanceof InputError) return true;
    throw e;
  }
};

/** SQL condition true when the column's cell is bad; closed lists are judged value by value first. */
async function badCellSql(ctx: ParseContext, t: Table, column: Column): Promise<string | undefined> {
  const c = t.col(column.name);
  switch (column.kind.type) {
    case 'year':
      return `NOT coalesce(regexp_full_match(${c}, '[0-9]{4}') AND TRY_CAST(${c} AS INTEGER) BETWEEN ${FIRST_YEAR} AND ${lastYear()}, false)`;
    case 'unhcr-code':
      return `NOT coalesce(regexp_full_match(${c}, '[A-Z]{3}'), false)`;
    case 'count':
      return `${c} IS NOT NULL AND NOT regexp_full_match(${c}, '[0-9]{1,15}')`;
    case 'name':
      return undefined;
    case 'country':
    case 'enum': {
      const values = (await select(ctx, `SELECT DISTINCT coalesce(${c}, '') FROM ${t.sql}`)).map(([v]) => String(v));
      const bad = values.filter((v) => failsQuietly(column.kind, v === '' ? null : v));
      return bad.length ? `coalesce(${c}, '') IN (${bad.map(sqlString).join(', ')})` : undefined;
    }
  }
}

/** The first row, in file order, with a bad cell: an InputError naming it. */
export async function checkCells(ctx: ParseContext, t: Table): Promise<void> {
  const columns = t.spec.columns;
  const tests: (string | undefined)[] = [];
  for (const c of columns) tests.push(await badCellSql(ctx, t, c)); // one query at a time on the scratch connection
  const whens = tests.flatMap((sql, i) => (sql ? [`WHEN ${sql} THEN ${i}`] : []));
  if (whens.length === 0) return;
  const found = await select(ctx, `SELECT line, column_index, ${columns.map((_, i) => `c${i}`).join(', ')} FROM (
      SELECT *, CASE ${whens.join(' ')} END AS column_index FROM ${t.sql}) WHERE column_index IS NOT NULL ORDER BY line LIMIT 1`);
  if (found.length === 0) return;
  const [line, index, ...cells] = found[0] as [number, number, ...(string | null)[]];
  const column = columns[index];
  checkCell(column.kind, cells[index], t.at(line, column.name));
  throw new Error(`unhcr: SQL and JavaScript disagree on ${column.name} ${shown(cells[index])} at line ${line}`);
}

/** No two rows with the same key (e.g. year, origin and asylum): the second is the error. */
export async function checkKey(ctx: ParseContext, t: Table): Promise<void> {
  const { key } = t.spec;
  if (key.length === 0) return;
  const cols = key.map((k) => t.col(k));
  const found = await select(ctx, `SELECT ${cols.map((c) => `coalesce(${c}, '')`).join(', ')}, lines[1], lines[2] FROM (
      SELECT ${cols.join(', ')}, list(line ORDER BY line) AS lines FROM ${t.sql} GROUP BY ALL HAVING count(*) > 1)
    ORDER BY lines[2] LIMIT 1`);
  if (found.length === 0) return;
  const values = found[0].slice(0, key.length).map(String);
  const [first, second] = found[0].slice(key.length) as number[];
  const seen = new Seen(key.join(', '));
  const describe = () => values.map((v) => (v === '' ? '(blank)' : v)).join(', ');
  seen.claim(values.join('|'), describe, t.at(first, key[0]));
  seen.claim(values.join('|'), describe, t.at(second, key[0]));
}
