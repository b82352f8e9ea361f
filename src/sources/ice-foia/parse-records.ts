/**
 * One ERO-LESA record-level file → monthly cells by area of responsibility, citizenship,
 * sex and disposition, made and kept in DuckDB (a CellTable). Every distinct cell value
 * is checked in JavaScript; a bad one is reported at the first row that holds it (found
 * again in SQL by row number).
 */
import type { LocalFile, ParseContext } from '../types.js';
import { InputError, shown, type Location } from '../../errors.js';
import { countryCode, resolveCountry } from '../../store/dimensions/countries.js';
import { fyStart } from '../read/periods.js';
import { aggregate, columnOf, firstRow, GROUPS, monthSql } from './aggregate.js';
import { addCells, CELLS } from './cells.js';
import { cellTable } from '../read/cell-table.js';
import { AOR_LABELS, aorCode } from './aors.js';
import { DATASET, type RecordFile } from './describe.js';
import { dispositionCategory } from './dispositions.js';
import { AOR, CITIZENSHIP, GENDER, HEADER_LINE, LAYOUTS, type RecordLayout } from './layouts.js';
import { scanFileLines, type CsvLines } from '../read/csv-lines.js';
import { checkPreamble } from './preamble.js';
import { oneOf, query } from './sql.js';

/** A blank gender cell means the same as ICE's "Unknown": sex not recorded. */
const SEXES: Record<string, string> = { Male: 'MALE', Female: 'FEMALE', Unknown: 'SEX-UNKNOWN' };
const sexCode = (value: string | null) => (value === null ? 'SEX-UNKNOWN' : SEXES[value]);

export interface RecordsResult {
  /** Data rows read, which the file's cells add up to. */
  records: number;
  /** The cell table they were added to. */
  cells: string;
}

interface Checker {
  ctx: ParseContext;
  file: LocalFile;
  layout: RecordLayout;
}

type Reject = (value: string | null, at: Location) => never;

const rejectWith = (expected: string, what: string): Reject => (value, at) => {
  throw new InputError(at, expected, shown(value), what);
};

/** Finds the first row where `condition` holds and rejects its cell of `column`. */
async function rejectFirst(k: Checker, column: string, condition: string, reject: Reject): Promise<never> {
  const hit = await firstRow(k.ctx, k.file, k.layout, column, condition);
  // The aggregate saw the value, so some row holds it; hit is undefined only if the file changed meanwhile.
  return reject(hit?.value ?? null, { file: k.file.name, row: hit?.row, column });
}

/** Maps each distinct value of a column to a code; an unknown value is rejected at the first row holding one. */
async function codes(k: Checker, column: string, values: (string | null)[], resolve: (v: string | null) => string | undefined, reject: Reject): Promise<Map<string | null, string>> {
  const out = new Map<string | null, string>();
  const bad: (string | null)[] = [];
  for (const v of new Set(values)) {
    const code = resolve(v);
    if (code === undefined) bad.push(v);
    else out.set(v, code);
  }
  if (bad.length === 0) return out;
  return rejectFirst(k, column, oneOf(columnOf(k.layout, column), bad), reject);
}

/** Dates that are not M/D/YYYY, or outside the fiscal year, are rejected at the first row holding one. */
async function checkMonths(k: Checker, fy: number): Promise<void> {
  const column = k.layout.dateColumn;
  const month = monthSql(columnOf(k.layout, column));
  const first = fyStart(fy);
  const last = `${fy}-09-01`;
  const [[undated, outside]] = await query(k.ctx, k.file, `SELECT count(*) FILTER (month IS NULL), count(*) FILTER (month NOT BETWEEN '${first}' AND '${last}') FROM ${GROUPS}`);
  if (Number(undated) > 0) {
    await rejectFirst(k, column, `${month} IS NULL`, rejectWith('a date written M/D/YYYY', 'not a date'));
  }
  if (Number(outside) > 0) {
    const expected = `a date in FY${fy} (1 October ${fy - 1} to 30 September ${fy})`;
    await rejectFirst(k, column, `${month} NOT BETWEEN '${first}' AND '${last}'`, rejectWith(expected, 'date outside the fiscal year'));
  }
}

/** The distinct values of a column of GROUPS. */
async function distinct(k: Checker, column: string): Promise<(string | null)[]> {
  return (await query(k.ctx, k.file, `SELECT DISTINCT ${column} FROM ${GROUPS}`)).map(([v]) => (v === null ? null : String(v)));
}

/** resolveCountry throws the shared "unknown country label" error. */
const rejectCountry: Reject = (value, at) => {
  resolveCountry(value ?? '', at);
  throw new InputError(at, 'a known country', shown(value), 'unknown country label');
};

/**
 * Adds the file's cells to `cells` (a CellTable of the scratch connection, made if missing)
 * and returns how many records they count.
 */
export async function parseRecordFile(ctx: ParseContext, file: LocalFile, spec: RecordFile, cells = CELLS): Promise<RecordsResult> {
  const layout = LAYOUTS[spec.kind];
  const k: Checker = { ctx, file, layout };
  if (file.bytes === 0) throw new InputError({ file: file.name }, 'a gzip-compressed ERO-LESA file', 'an empty file', 'empty file');
  await cellTable(ctx, cells);
  // These files are read by our own read_csv SQL (sql.ts), not readCsv, so the gzip and line
  // checks are ours: a cut stream, an over-long or skipped line are refused (read/csv-lines.ts).
  // DuckDB's read (its threads) and zlib's inflate (libuv's) run side by side; the gzip and
  // line faults are still reported first, since DuckDB reads a cut stream without a word.
  const read = checkPreamble(ctx, file, layout, spec.fy).then(() => aggregate(ctx, file, layout));
  read.catch(() => undefined); // handled here so an early failure is not an unhandled rejection; awaited below
  let lines: CsvLines;
  try {
    lines = await scanFileLines(file, HEADER_LINE);
  } catch (e) {
    await read.catch(() => undefined); // the scratch connection is idle again before the error leaves
    throw e;
  }
  await read;
  const [[groups, counted]] = await query(ctx, file, `SELECT count(*), coalesce(sum(n), 0) FROM ${GROUPS}`);
  if (Number(groups) === 0) throw new InputError({ file: file.name, row: HEADER_LINE + 1 }, 'data rows after the header', 'none', 'no records');
  await checkMonths(k, spec.fy);

  const known = `an area of responsibility (${AOR_LABELS.length} known, e.g. "${AOR_LABELS[0]}")`;
  const geography = await codes(k, AOR, await distinct(k, 'aor'), aorCode, rejectWith(known, 'unknown area of responsibility'));
  const sex = await codes(k, GENDER, await distinct(k, 'gender'), sexCode, rejectWith('one of "Male", "Female", "Unknown"', 'unknown gender'));
  const declared = `a processing disposition of the ${spec.kind} files (declared in src/sources/ice-foia/dispositions.ts)`;
  const category = await codes(k, layout.dispositionColumn, await distinct(k, 'disposition'), (v) => dispositionCategory(spec.kind, v), rejectWith(declared, 'unknown disposition'));
  const citizenship = await codes(k, CITIZENSHIP, await distinct(k, 'citizenship'), (v) => (v === null ? undefined : countryCode(v)), rejectCountry);

  const records = Number(counted);
  if (records !== lines.rows) {
    const missing = lines.lineOfRow[records] ?? lines.lineOfRow.at(-1);
    throw new InputError({ file: file.name, row: missing }, `${lines.rows} records, one for each non-blank line`, `${records} records: the CSV reader skipped a line`, 'row not read');
  }
  const added = await addCells(ctx, file, cells, DATASET[spec.kind], { aor: geography, citizenship, gender: sex, disposition: category });
  if (added !== records) throw new Error(`ice-foia: ${file.name}: ${records} records but ${added} counted in cells`);
  return { records, cells };
}
