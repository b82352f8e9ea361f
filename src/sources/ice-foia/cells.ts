/**
 * The coding step: GROUPS (one file's rows counted by raw cell values) → the source's
 * CellTable, each value replaced by its code through a small table of the codes the
 * checks found, and cells summed again after coding (two labels may share a code:
 * KOREA, SOUTH KOREA). Runs in DuckDB; nothing per cell comes back to JavaScript.
 */
import { GROUPS } from './aggregate.js';
import type { LocalFile, ParseContext } from '../types.js';
import { query, sqlString } from './sql.js';

/** The source's cell table in the scratch connection. */
export const CELLS = 'ice_foia_cells';

const CODES = 'ice_foia_codes';

/** Column of GROUPS → (its value, null for a blank cell → code). */
export type Coding = Record<'aor' | 'citizenship' | 'gender' | 'disposition', Map<string | null, string>>;

/**
 * Adds the coded cells of the file to `cells`, in month order (the store keeps that order:
 * a file's cells are one dataset's fiscal year); returns the records they count.
 */
export async function addCells(ctx: ParseContext, file: LocalFile, cells: string, dataset: string, coding: Coding): Promise<number> {
  const rows = Object.entries(coding).flatMap(([column, codes]) =>
    [...codes].map(([value, code]) => `(${sqlString(column)}, ${value === null}, ${sqlString(value ?? '')}, ${sqlString(code)})`),
  );
  await query(ctx, file, `CREATE OR REPLACE TEMP TABLE ${CODES} AS SELECT * FROM (VALUES ${rows.join(', ')}) AS t(col, blank, value, code)`);
  // Equalities only, so DuckDB joins by hash (IS NOT DISTINCT FROM made it compare every pair: 10x slower).
  const join = (column: keyof Coding, alias: string) =>
    `JOIN ${CODES} ${alias} ON ${alias}.col = '${column}' AND ${alias}.blank = (g.${column} IS NULL) AND ${alias}.value = coalesce(g.${column}, '')`;
  const name = sqlString(file.name);
  await query(
    ctx,
    file,
    `INSERT INTO ${cells}
     SELECT ${sqlString(dataset)}, g.month, a.code, c.code, s.code, 'ALL', 'ICE', d.code, sum(g.n)::DOUBLE, ${name}
     FROM ${GROUPS} g ${join('aor', 'a')} ${join('citizenship', 'c')} ${join('gender', 's')} ${join('disposition', 'd')}
     GROUP BY ALL ORDER BY g.month`,
  );
  // Every value has a code (checked before), so the joins keep every row: counted again to be sure.
  const [[added]] = await query(ctx, file, `SELECT coalesce(sum(value), 0) FROM ${cells} WHERE file = ${name}`);
  return Number(added);
}
