/**
 * A CBP portal table (cbp-portal.ts) checked by its distinct values: the rows stay in
 * DuckDB, each distinct month (year, grouping, month), each distinct combination of the
 * other cells and each distinct count go once through the table's own JavaScript checks,
 * and the cells are made by joining the rows to what those checks returned. Anything the
 * checks refuse, or a cell given twice, sends the table through parsePortalTable instead,
 * which names the first faulty row as it always did: errors are the same either way.
 * cbp-state's 42,532 rows (2,619 distinct combinations of cells): parse and checks
 * 0.29-0.36 s row by row, 0.24 s this way, and a cheaper write (cells copied in SQL).
 */
import { InputError, type Location } from '../../errors.js';
import { DIMENSIONS, type CellTable, type Observation, type ParseContext, type ParsedSource } from '../types.js';
import { parsePortalTable, portalMonth, type PortalTable } from './cbp-portal.js';
import { cellTable } from './cell-table.js';
import { loadCsv } from './csv.js';
import { MonthRun } from './table-checks.js';
import { textTable } from '../../lib/text-columns.js';

/** The month cells: Fiscal Year, Month Grouping, Month (abbv). */
const MONTH_CELLS = [0, 1, 2];
/** A period no check sees: observe is given it for a combination of cells, whose month is checked apart. */
const ANY_PERIOD = '2000-01-01';

type Text = string | null;

/** The table's observations, or its cells in `cells` (a CellTable made here) when every distinct value passes. */
export async function parsePortalSource(ctx: ParseContext, t: PortalTable, cells: string): Promise<ParsedSource> {
  const table = await portalCells(ctx, t, cells);
  return table ? { observations: [], cells: table } : { observations: await parsePortalTable(ctx, t) };
}

const sqlText = (v: Text) => (v === null ? 'NULL' : `'${v.replace(/'/g, "''")}'`);

async function distinct(ctx: ParseContext, sql: string): Promise<Text[][]> {
  const reader = await ctx.scratch.runAndReadAll(sql);
  return reader.getRows().map((r) => r.map((v) => (v === null ? null : String(v))));
}

/** Runs `check`; undefined when it throws an InputError (the slow path will say where). */
function passes<T>(check: () => T): T | undefined {
  try {
    return check();
  } catch (e) {
    if (e instanceof InputError) return undefined;
    throw e;
  }
}

async function portalCells(ctx: ParseContext, t: PortalTable, cells: string): Promise<CellTable | undefined> {
  const file = ctx.files[t.fileId];
  if (!file) throw new Error(`${t.source}: no file "${t.fileId}" in the parse context`);
  const rowsTable = `${cells}_rows`;
  const loaded = await loadCsv(ctx, file, { header: [...t.header] }, rowsTable);
  const width = t.header.length;
  const others = t.header.map((_, c) => c).filter((c) => !MONTH_CELLS.includes(c) && c !== t.count);
  const key = (columns: number[]) => `to_json([${columns.map((c) => `c${c}`).join(', ')}])::VARCHAR`;
  const rows = `(SELECT * FROM ${rowsTable} WHERE i >= 0)`;
  // No row is named on this path: a fault sends the table to the slow path, which names it.
  const at = (): Location => ({ file: file.name });
  const rowOf = (values: Map<number, Text>) => Array.from({ length: width }, (_, c) => values.get(c) ?? null);

  // Months: each distinct (year, grouping, month), with no month missing between the first and the last.
  const months = new Map<string, string>();
  const run = new MonthRun();
  for (const [k, fy, grouping, month] of await distinct(ctx, `SELECT DISTINCT ${key(MONTH_CELLS)}, c0, c1, c2 FROM ${rows}`)) {
    const period = passes(() => portalMonth(fy, grouping, month, at));
    if (period === undefined) return undefined;
    months.set(k!, period);
    run.add(period, at());
  }
  if (passes(() => (run.check(), true)) === undefined) return undefined;

  // The other cells: each distinct combination through the table's observe (a count of 0).
  const tuples = new Map<string, Observation>();
  let sample: Map<number, Text> | undefined;
  for (const [k, ...values] of await distinct(ctx, `SELECT DISTINCT ${key(others)}, ${others.map((c) => `c${c}`).join(', ')} FROM ${rows}`)) {
    const combination = new Map(others.map((c, j) => [c, values[j]]));
    // A note under the table has every cell blank: it must go the slow way to be named.
    if (values.every((v) => v === null || v.trim() === '')) return undefined;
    const o = passes(() => t.observe(rowOf(new Map([...combination, [t.count, '0']])), ANY_PERIOD, at));
    if (o === undefined) return undefined;
    tuples.set(k!, o);
    sample ??= combination;
  }
  if (!sample) return undefined;

  // Counts: each distinct text through observe, with a combination of cells already accepted.
  const counts = new Map<string, number | null>();
  for (const [k, text] of await distinct(ctx, `SELECT DISTINCT ${key([t.count])}, c${t.count} FROM ${rows}`)) {
    const o = passes(() => t.observe(rowOf(new Map([...sample!, [t.count, text]])), ANY_PERIOD, at));
    if (o === undefined) return undefined;
    counts.set(k!, o.value);
  }

  // The cells, joined to what the checks returned; a cell given twice goes the slow way.
  const maps = { months: `${cells}_months`, tuples: `${cells}_tuples`, counts: `${cells}_counts` };
  await textTable(ctx.scratch, maps.months, { k: [...months.keys()], period: [...months.values()] });
  const observed = [...tuples.values()];
  await textTable(ctx.scratch, maps.tuples, {
    k: [...tuples.keys()],
    dataset: observed.map((o) => o.dataset),
    ...Object.fromEntries(DIMENSIONS.map((d) => [d, observed.map((o) => o[d])])),
  });
  // String(x) of a double is the shortest text that reads back as the same double.
  await textTable(ctx.scratch, maps.counts, { k: [...counts.keys()], value: [...counts.values()].map((v) => (v === null ? '' : String(v))) });
  const rowKey = (columns: number[]) => key(columns).replace(/c(\d+)/g, 'r.c$1');
  const table = await cellTable(ctx, cells);
  // Rows of one table together in period order, in the file's order within a month, as the slow path stores them.
  const reader = await ctx.scratch.runAndReadAll(
    `INSERT INTO ${cells}
     SELECT u.dataset, m.period, ${DIMENSIONS.map((d) => `u.${d}`).join(', ')}, nullif(n.value, '')::DOUBLE, ${sqlText(file.name)}
     FROM ${rows} r
     JOIN ${maps.months} m ON m.k = ${rowKey(MONTH_CELLS)}
     JOIN ${maps.tuples} u ON u.k = ${rowKey(others)}
     JOIN ${maps.counts} n ON n.k = ${rowKey([t.count])}
     ORDER BY u.dataset, m.period, r.i`,
  );
  const made = Number(reader.getRows()[0][0]);
  for (const name of [rowsTable, ...Object.values(maps)]) await ctx.scratch.run(`DROP TABLE ${name}`);
  if (made !== loaded.rows) throw new Error(`${t.source}: ${loaded.rows} rows but ${made} cells made`);
  const [twice] = await distinct(ctx, `SELECT 1 FROM ${cells} WHERE file = ${sqlText(file.name)} GROUP BY dataset, period, ${DIMENSIONS.join(', ')} HAVING count(*) > 1 LIMIT 1`);
  if (twice) {
    await ctx.scratch.run(`DELETE FROM ${cells} WHERE file = ${sqlText(file.name)}`);
    return undefined;
  }
  return table;
}
