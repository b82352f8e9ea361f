/**
 * The coding step: GROUPS (the files' rows counted by raw cell values) → the source's
 * CellTable, each value replaced by its code through a small table of the codes the
 * checks found, and cells summed again after coding (two labels may share a code:
 * KOREA, SOUTH KOREA). Runs in DuckDB, for all files of a batch in one statement;
 * nothing per cell comes back to JavaScript.
 */
import { GROUPS, type RecordInput } from './aggregate.js';
import type { ParseContext } from '../types.js';
import { DATASET } from './describe.js';
import type { RecordKind } from './dispositions.js';
import { query, sqlString } from './sql.js';

/** The source's cell table in the scratch connection. */
export const CELLS = 'ice_foia_cells';

const CODES = 'ice_foia_codes';

type Codes = Map<string | null, string>;

/** Column of GROUPS → (its value, null for a blank cell → code); dispositions are coded per kind of file. */
export interface Coding {
  aor: Codes;
  citizenship: Codes;
  gender: Codes;
  disposition: Map<RecordKind, Codes>;
}

/**
 * Adds the coded cells of the files to `cells`, dataset by dataset in month order (the
 * store keeps that order); returns the records each file's cells count, in the batch's order.
 */
export async function addCells(ctx: ParseContext, inputs: RecordInput[], cells: string, coding: Coding): Promise<number[]> {
  const entry = (column: string, kind: string, value: string | null, code: string) => `(${sqlString(column)}, ${sqlString(kind)}, ${value === null}, ${sqlString(value ?? '')}, ${sqlString(code)})`;
  const rows = [
    ...(['aor', 'citizenship', 'gender'] as const).flatMap((column) => [...coding[column]].map(([value, code]) => entry(column, '', value, code))),
    ...[...coding.disposition].flatMap(([kind, codes]) => [...codes].map(([value, code]) => entry('disposition', kind, value, code))),
  ];
  const file = inputs[0].file;
  await query(ctx, file, `CREATE OR REPLACE TEMP TABLE ${CODES} AS SELECT * FROM (VALUES ${rows.join(', ')}) AS t(col, kind, blank, value, code)`);
  const files = inputs.map(({ file: f, spec }, i) => `(${i}, ${sqlString(spec.kind)}, ${sqlString(DATASET[spec.kind])}, ${sqlString(f.name)})`).join(', ');
  // Equalities only, so DuckDB joins by hash (IS NOT DISTINCT FROM made it compare every pair: 10x slower).
  const join = (column: keyof Coding, alias: string, kind = "''") =>
    `JOIN ${CODES} ${alias} ON ${alias}.col = '${column}' AND ${alias}.kind = ${kind} AND ${alias}.blank = (g.${column} IS NULL) AND ${alias}.value = coalesce(g.${column}, '')`;
  await query(
    ctx,
    file,
    `INSERT INTO ${cells}
     SELECT f.dataset, g.month, a.code, c.code, s.code, 'ALL', 'ICE', d.code, sum(g.n)::DOUBLE, f.name
     FROM ${GROUPS} g JOIN (VALUES ${files}) AS f(idx, kind, dataset, name) ON f.idx = g.idx
       ${join('aor', 'a')} ${join('citizenship', 'c')} ${join('gender', 's')} ${join('disposition', 'd', 'f.kind')}
     GROUP BY ALL ORDER BY f.dataset, g.month`,
  );
  // Every value has a code (checked before), so the joins keep every row: counted again to be sure.
  const names = inputs.map((i) => sqlString(i.file.name)).join(', ');
  const sums = new Map((await query(ctx, file, `SELECT file, sum(value) FROM ${cells} WHERE file IN (${names}) GROUP BY file`)).map(([name, n]) => [String(name), Number(n)]));
  return inputs.map((i) => sums.get(i.file.name) ?? 0);
}
