/**
 * Aggregation of the record-level files inside DuckDB: person-level rows never leave
 * the scratch connection (only firstRow, on the error path, returns the one bad cell
 * an error quotes). Only the five cells the store needs are selected, and rows are
 * counted per file and distinct combination of them (dates reduced to their month),
 * into the temporary table GROUPS, which the checks and the coding step (cells.ts) read.
 * All files are read by one statement: DuckDB inflates and parses them side by side
 * (one gzip stream is one thread), where a statement per file kept one core idle.
 */
import type { LocalFile, ParseContext } from '../types.js';
import { InputError } from '../../errors.js';
import { AOR, CITIZENSHIP, GENDER, HEADER_LINE, LAYOUTS, type RecordLayout } from './layouts.js';
import type { RecordFile } from './describe.js';
import { cell, csvFailure, csvSource, query, sqlString } from './sql.js';

/** The aggregate of the files being parsed: idx (the file's place in the batch), aor, citizenship, gender, disposition, month ('YYYY-MM-01' or NULL), n. */
export const GROUPS = 'ice_foia_groups';

/** One file of a batch with what it should hold. */
export interface RecordInput {
  file: LocalFile;
  spec: RecordFile;
}

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

/** The five cells of a row of this layout, named as GROUPS names them. */
function selected(layout: RecordLayout): string {
  const c = (name: string) => columnOf(layout, name);
  return `${c(AOR)} AS aor, ${c(CITIZENSHIP)} AS citizenship, ${c(GENDER)} AS gender, ${c(layout.dispositionColumn)} AS disposition, ${monthSql(c(layout.dateColumn))} AS month`;
}

/**
 * Fills GROUPS with the files' rows counted per cell; returns nothing to JavaScript.
 * A file DuckDB cannot read is named, with its line: the batch is read again file by
 * file (on that error path only) to find the first one that fails.
 */
export async function aggregate(ctx: ParseContext, inputs: RecordInput[]): Promise<void> {
  // One read per layout and compression (read_csv takes one of each).
  const compressed = (i: RecordInput) => i.file.name.endsWith('.gz');
  const batches = [...new Map(inputs.map((i) => [`${i.spec.kind} ${compressed(i)}`, inputs.filter((j) => j.spec.kind === i.spec.kind && compressed(j) === compressed(i))])).values()];
  // Rows are unnumbered: numbering them (WITH ORDINALITY) made the read half as slow again.
  // Files of one layout are one read_csv (filename = true tells them apart); the path is
  // turned into the file's index once per group, not once per row.
  const branches = batches.map((batch) => {
    const layout = LAYOUTS[batch[0].spec.kind];
    const files = batch.map((i) => i.file);
    return `SELECT filename, ${selected(layout)}, count(*) AS n FROM ${csvSource(files, { width: layout.header.length, skip: HEADER_LINE, numbered: false, filename: true })} GROUP BY ALL`;
  });
  const index = `CASE filename ${inputs.map((input, i) => `WHEN ${sqlString(input.file.path)} THEN ${i}`).join(' ')} END`;
  try {
    await ctx.scratch.run(`CREATE OR REPLACE TEMP TABLE ${GROUPS} AS SELECT ${index} AS idx, aor, citizenship, gender, disposition, month, n FROM (${branches.join(' UNION ALL ')})`);
  } catch (e) {
    // The same read and grouping, one file at a time, answering one number each.
    for (const { file, spec } of inputs) {
      await query(ctx, file, `SELECT count(*) FROM (SELECT ${selected(LAYOUTS[spec.kind])}, count(*) FROM ${dataRows(file, LAYOUTS[spec.kind], false)} GROUP BY ALL)`);
    }
    // No file fails alone: the reason is DuckDB's, said of the batch.
    const { row, reason } = csvFailure((e as Error).message);
    throw new InputError({ file: inputs.map((i) => i.file.name).join(', '), row }, 'pipe-delimited, quoted UTF-8 rows as ICE ERO-LESA writes them', `rows DuckDB cannot read (${reason})`, 'unreadable file');
  }
  // DuckDB names each row's file as it was given; a name it wrote otherwise would leave rows without their file.
  const [[unplaced]] = await query(ctx, inputs[0].file, `SELECT count(*) FROM ${GROUPS} WHERE idx IS NULL`);
  if (Number(unplaced) > 0) throw new Error(`ice-foia: ${unplaced} groups of rows not matched to their file (DuckDB's filename column)`);
}

/** The first data row (1-based line of the file) where `condition` holds, with the cell of `column`. */
export async function firstRow(ctx: ParseContext, file: LocalFile, layout: RecordLayout, column: string, condition: string): Promise<{ row: number; value: string | null } | undefined> {
  const rows = await query(ctx, file, `SELECT ordinality, ${columnOf(layout, column)} FROM ${dataRows(file, layout)} WHERE ${condition} ORDER BY ordinality LIMIT 1`);
  if (rows.length === 0) return undefined;
  const [ordinality, value] = rows[0];
  return { row: HEADER_LINE + Number(ordinality), value: value === null ? null : String(value) };
}
