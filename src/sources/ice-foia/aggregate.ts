/**
 * Aggregation of one record-level file inside DuckDB: person-level rows never leave
 * the scratch connection (only firstRow, on the error path, returns the one bad cell
 * an error quotes). Only the five cells the store needs are selected, and rows are
 * counted per distinct combination of them (dates reduced to their month), into the
 * temporary table GROUPS, which the coding step (cells.ts) reads.
 */
import type { LocalFile, ParseContext } from '../types.js';
import { AOR, CITIZENSHIP, GENDER, HEADER_LINE, type RecordLayout } from './layouts.js';
import { cell, csvSource, query } from './sql.js';

/** The aggregate of the file being parsed: aor, citizenship, gender, disposition, month ('YYYY-MM-01' or NULL), n. */
export const GROUPS = 'ice_foia_groups';

/** The SQL name of a column of the layout. */
export function columnOf(layout: RecordLayout, name: string): string {
  const i = layout.header.indexOf(name);
  if (i < 0) throw new Error(`no column ${name} in the ${layout.kind} layout`);
  return cell(i);
}

/** First day of the month of an M/D/YYYY cell, as text; NULL for anything else. */
export function monthSql(column: string): string {
  return `strftime(CASE WHEN regexp_full_match(${column}, '\\d{1,2}/\\d{1,2}/\\d{4}') THEN try_strptime(${column}, '%m/%d/%Y') END, '%Y-%m-01')`;
}

const dataRows = (file: LocalFile, layout: RecordLayout, numbered = true) => csvSource(file, { width: layout.header.length, skip: HEADER_LINE, numbered });

/** Fills GROUPS with the file's rows counted per cell; returns nothing to JavaScript. */
export async function aggregate(ctx: ParseContext, file: LocalFile, layout: RecordLayout): Promise<void> {
  const c = (name: string) => columnOf(layout, name);
  // Unnumbered rows: numbering them (WITH ORDINALITY) made the read half as slow again.
  await query(
    ctx,
    file,
    `CREATE OR REPLACE TEMP TABLE ${GROUPS} AS
     SELECT ${c(AOR)} AS aor, ${c(CITIZENSHIP)} AS citizenship, ${c(GENDER)} AS gender, ${c(layout.dispositionColumn)} AS disposition,
            ${monthSql(c(layout.dateColumn))} AS month, count(*) AS n
     FROM ${dataRows(file, layout, false)} GROUP BY ALL`,
  );
}

/** The first data row (1-based line of the file) where `condition` holds, with the cell of `column`. */
export async function firstRow(ctx: ParseContext, file: LocalFile, layout: RecordLayout, column: string, condition: string): Promise<{ row: number; value: string | null } | undefined> {
  const rows = await query(ctx, file, `SELECT ordinality, ${columnOf(layout, column)} FROM ${dataRows(file, layout)} WHERE ${condition} ORDER BY ordinality LIMIT 1`);
  if (rows.length === 0) return undefined;
  const [ordinality, value] = rows[0];
  return { row: HEADER_LINE + Number(ordinality), value: value === null ? null : String(value) };
}
