/**
 * ERO-LESA record-level files → monthly cells by area of responsibility, citizenship,
 * sex and disposition, made and kept in DuckDB (a CellTable). Every distinct cell value
 * is checked in JavaScript; a bad one is reported at the first row that holds it (found
 * again in SQL by row number), in the first file, in the batch's order, that holds it.
 */
import type { LocalFile, ParseContext } from '../types.js';
import { InputError, shown, type Location } from '../../errors.js';
import { countryCode, resolveCountry } from '../../store/dimensions/countries.js';
import { fyStart } from '../read/periods.js';
import { aggregate, columnOf, firstRow, GROUPS, monthSql, type RecordInput } from './aggregate.js';
import { addCells, CELLS, type Coding } from './cells.js';
import { cellTable } from '../read/cell-table.js';
import { AOR_LABELS, aorCode } from './aors.js';
import type { RecordFile } from './describe.js';
import { dispositionCategory, type RecordKind } from './dispositions.js';
import { AOR, CITIZENSHIP, GENDER, HEADER_LINE, LAYOUTS } from './layouts.js';
import { scanFileLines, type CsvLines } from '../read/csv-lines.js';
import { checkPreamble } from './preamble.js';
import { oneOf, query, sqlString } from './sql.js';

/** A blank gender cell means the same as ICE's "Unknown": sex not recorded. */
const SEXES: Record<string, string> = { Male: 'MALE', Female: 'FEMALE', Unknown: 'SEX-UNKNOWN' };
const sexCode = (value: string | null) => (value === null ? 'SEX-UNKNOWN' : SEXES[value]);

export interface RecordsResult {
  /** Data rows read, which the file's cells add up to. */
  records: number;
  /** The cell table they were added to. */
  cells: string;
}

type Reject = (value: string | null, at: Location) => never;

const rejectWith = (expected: string, what: string): Reject => (value, at) => {
  throw new InputError(at, expected, shown(value), what);
};

/** resolveCountry throws the shared "unknown country label" error. */
const rejectCountry: Reject = (value, at) => {
  resolveCountry(value ?? '', at);
  throw new InputError(at, 'a known country', shown(value), 'unknown country label');
};

/** Rejects the cell of `column` at the first row of the input where `condition` holds. */
async function rejectFirst(ctx: ParseContext, { file, spec }: RecordInput, column: string, condition: string, reject: Reject): Promise<never> {
  const hit = await firstRow(ctx, file, LAYOUTS[spec.kind], column, condition);
  // The aggregate saw the value, so some row holds it; hit is undefined only if the file changed meanwhile.
  return reject(hit?.value ?? null, { file: file.name, row: hit?.row, column });
}

/** Per file: groups, records, undated groups and groups outside the file's fiscal year. */
async function fileCounts(ctx: ParseContext, inputs: RecordInput[]): Promise<Map<number, number[]>> {
  const years = inputs.map(({ spec }, i) => `(${i}, DATE '${fyStart(spec.fy)}', DATE '${spec.fy}-09-01')`).join(', ');
  const rows = await query(ctx, inputs[0].file,
    `SELECT g.idx, count(*), sum(n), count(*) FILTER (month IS NULL), count(*) FILTER (month::DATE NOT BETWEEN y.first AND y.last)
     FROM ${GROUPS} g JOIN (VALUES ${years}) AS y(idx, first, last) ON y.idx = g.idx GROUP BY g.idx`);
  return new Map(rows.map(([idx, ...counts]) => [Number(idx), counts.map(Number)]));
}

/** Dates that are not M/D/YYYY, or outside the fiscal year, are rejected at the first row holding one. */
async function checkMonths(ctx: ParseContext, input: RecordInput, undated: number, outside: number): Promise<void> {
  const { fy } = input.spec;
  const layout = LAYOUTS[input.spec.kind];
  const column = layout.dateColumn;
  const month = monthSql(columnOf(layout, column));
  if (undated > 0) await rejectFirst(ctx, input, column, `${month} IS NULL`, rejectWith('a date written M/D/YYYY', 'not a date'));
  if (outside > 0) {
    const expected = `a date in FY${fy} (1 October ${fy - 1} to 30 September ${fy})`;
    await rejectFirst(ctx, input, column, `${month} NOT BETWEEN '${fyStart(fy)}' AND '${fy}-09-01'`, rejectWith(expected, 'date outside the fiscal year'));
  }
}

type Column = 'aor' | 'citizenship' | 'gender' | 'disposition';

/** The distinct values of each coded column of GROUPS, per kind of file (one statement). */
async function distinctValues(ctx: ParseContext, inputs: RecordInput[]): Promise<Map<string, (string | null)[]>> {
  const kinds = inputs.map(({ spec }, i) => `(${i}, ${sqlString(spec.kind)})`).join(', ');
  const parts = (['aor', 'citizenship', 'gender', 'disposition'] as const).map((c) => `SELECT DISTINCT '${c}', k.kind, ${c} FROM ${GROUPS} g JOIN (VALUES ${kinds}) AS k(idx, kind) ON k.idx = g.idx`);
  const out = new Map<string, (string | null)[]>();
  for (const [column, kind, value] of await query(ctx, inputs[0].file, parts.join(' UNION ALL '))) {
    const key = `${column} ${kind}`;
    let list = out.get(key);
    if (!list) out.set(key, (list = []));
    list.push(value === null ? null : String(value));
  }
  return out;
}

/**
 * Maps each distinct value of a column to a code; an unknown value is rejected at the
 * first row holding one, in the first file among `among` (indexes in the batch) holding one.
 */
async function codes(ctx: ParseContext, inputs: RecordInput[], among: number[], column: Column, header: string, values: (string | null)[], resolve: (v: string | null) => string | undefined, reject: Reject): Promise<Map<string | null, string>> {
  const out = new Map<string | null, string>();
  const bad: (string | null)[] = [];
  for (const v of values) {
    const code = resolve(v);
    if (code === undefined) bad.push(v);
    else out.set(v, code);
  }
  if (bad.length === 0) return out;
  const [[first]] = await query(ctx, inputs[among[0]].file, `SELECT min(idx) FROM ${GROUPS} WHERE idx IN (${among.join(', ')}) AND (${oneOf(column, bad)})`);
  const input = inputs[first === null ? among[0] : Number(first)];
  return rejectFirst(ctx, input, header, oneOf(columnOf(LAYOUTS[input.spec.kind], header), bad), reject);
}

/** The codes of every value the files hold; an unknown one is rejected where it first appears. */
async function coding(ctx: ParseContext, inputs: RecordInput[]): Promise<Coding> {
  const values = await distinctValues(ctx, inputs);
  const all = inputs.map((_, i) => i);
  const kinds = [...new Set(inputs.map((i) => i.spec.kind))];
  const across = (column: Column) => [...new Set(kinds.flatMap((kind) => values.get(`${column} ${kind}`) ?? []))];
  const known = `an area of responsibility (${AOR_LABELS.length} known, e.g. "${AOR_LABELS[0]}")`;
  const aor = await codes(ctx, inputs, all, 'aor', AOR, across('aor'), aorCode, rejectWith(known, 'unknown area of responsibility'));
  const gender = await codes(ctx, inputs, all, 'gender', GENDER, across('gender'), sexCode, rejectWith('one of "Male", "Female", "Unknown"', 'unknown gender'));
  const disposition = new Map<RecordKind, Map<string | null, string>>();
  for (const kind of kinds) {
    const among = all.filter((i) => inputs[i].spec.kind === kind);
    const declared = `a processing disposition of the ${kind} files (declared in src/sources/ice-foia/dispositions.ts)`;
    const resolve = (v: string | null) => dispositionCategory(kind, v);
    disposition.set(kind, await codes(ctx, inputs, among, 'disposition', LAYOUTS[kind].dispositionColumn, values.get(`disposition ${kind}`) ?? [], resolve, rejectWith(declared, 'unknown disposition')));
  }
  const citizenship = await codes(ctx, inputs, all, 'citizenship', CITIZENSHIP, across('citizenship'), (v) => (v === null ? undefined : countryCode(v)), rejectCountry);
  return { aor, gender, disposition, citizenship };
}

/**
 * Every line fault of the files (gzip, line lengths and ends) and every fault of their
 * preambles and headers, file by file in the batch's order; the lines of each.
 */
async function scanAll(inputs: RecordInput[], onFile?: (i: number) => void): Promise<CsvLines[]> {
  const out: CsvLines[] = [];
  for (const [i, { file, spec }] of inputs.entries()) {
    onFile?.(i);
    const lines = await scanFileLines(file, HEADER_LINE, HEADER_LINE);
    checkPreamble(file, LAYOUTS[spec.kind], spec.fy, lines.head);
    out.push(lines);
  }
  return out;
}

/**
 * Adds the files' cells to `cells` (a CellTable of the scratch connection, made if missing)
 * and returns how many records each counts, in the order given; `onFile` is told as each
 * file's read begins (the files' lines are read one after the other). Faults are reported in
 * this order: gzip, line, preamble and header faults (file by file), rows DuckDB
 * cannot read, then each file's dates, then unknown values, then rows not read.
 */
export async function parseRecordFiles(ctx: ParseContext, inputs: RecordInput[], cells = CELLS, onFile?: (i: number) => void): Promise<RecordsResult[]> {
  if (inputs.length === 0) return [];
  for (const { file } of inputs) {
    if (file.bytes === 0) throw new InputError({ file: file.name }, 'a gzip-compressed ERO-LESA file', 'an empty file', 'empty file');
  }
  await cellTable(ctx, cells);
  // These files are read by our own read_csv SQL (sql.ts), not readCsv, so the gzip and line
  // checks are ours: a cut stream, an over-long or skipped line are refused (read/csv-lines.ts).
  // DuckDB's read (its threads) and zlib's inflate with the line scan run side by side; the
  // gzip and line faults are still reported first, since DuckDB reads a cut stream without a word.
  const read = aggregate(ctx, inputs);
  read.catch(() => undefined); // handled here so an early failure is not an unhandled rejection; awaited below
  let lines: CsvLines[];
  try {
    lines = await scanAll(inputs, onFile);
  } catch (e) {
    await read.catch(() => undefined); // the scratch connection is idle again before the error leaves
    throw e;
  }
  await read;

  const counts = await fileCounts(ctx, inputs);
  const records: number[] = [];
  for (const [i, input] of inputs.entries()) {
    const [groups, counted, undated, outside] = counts.get(i) ?? [0, 0, 0, 0];
    if (groups === 0) throw new InputError({ file: input.file.name, row: HEADER_LINE + 1 }, 'data rows after the header', 'none', 'no records');
    await checkMonths(ctx, input, undated, outside);
    records.push(counted);
  }
  const coded = await coding(ctx, inputs);
  for (const [i, { file }] of inputs.entries()) {
    if (records[i] !== lines[i].rows) {
      const missing = lines[i].lineOfRow[records[i]] ?? lines[i].lineOfRow.at(-1);
      throw new InputError({ file: file.name, row: missing }, `${lines[i].rows} records, one for each non-blank line`, `${records[i]} records: the CSV reader skipped a line`, 'row not read');
    }
  }
  const added = await addCells(ctx, inputs, cells, coded);
  inputs.forEach(({ file }, i) => {
    if (added[i] !== records[i]) throw new Error(`ice-foia: ${file.name}: ${records[i]} records but ${added[i]} counted in cells`);
  });
  return records.map((n) => ({ records: n, cells }));
}

/** One file: parseRecordFiles with a batch of one. */
export async function parseRecordFile(ctx: ParseContext, file: LocalFile, spec: RecordFile, cells = CELLS): Promise<RecordsResult> {
  return (await parseRecordFiles(ctx, [{ file, spec }], cells))[0];
}
