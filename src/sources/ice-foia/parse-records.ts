/**
 * One ERO-LESA record-level file → monthly observations by area of responsibility,
 * citizenship, sex and disposition. Every distinct cell value is checked; a bad one
 * is reported at the first row that holds it (found again in SQL by row number).
 */
import { observation, type LocalFile, type Observation, type ParseContext } from '../types.js';
import { InputError, shown, type Location } from '../../errors.js';
import { countryCode, resolveCountry } from '../../store/dimensions/countries.js';
import { fyStart } from '../read/periods.js';
import { aggregate, columnOf, firstRow, monthSql, type Group } from './aggregate.js';
import { AOR_LABELS, aorCode } from './aors.js';
import { DATASET, type RecordFile } from './describe.js';
import { dispositionCategory } from './dispositions.js';
import { AOR, CITIZENSHIP, GENDER, HEADER_LINE, LAYOUTS, type RecordLayout } from './layouts.js';
import { scanCsvLines, type CsvLines } from '../read/csv-lines.js';
import { fileBytes } from '../read/gzip.js';
import { checkPreamble } from './preamble.js';
import { oneOf } from './sql.js';

/** A blank gender cell means the same as ICE's "Unknown": sex not recorded. */
const SEXES: Record<string, string> = { Male: 'MALE', Female: 'FEMALE', Unknown: 'SEX-UNKNOWN' };
const sexCode = (value: string | null) => (value === null ? 'SEX-UNKNOWN' : SEXES[value]);

export interface RecordsResult {
  observations: Observation[];
  /** Data rows read, which the observations add up to. */
  records: number;
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

async function checkMonths(k: Checker, groups: Group[], fy: number): Promise<void> {
  const column = k.layout.dateColumn;
  const month = monthSql(columnOf(k.layout, column));
  if (groups.some((g) => g.month === null)) {
    await rejectFirst(k, column, `${month} IS NULL`, rejectWith('a date written M/D/YYYY', 'not a date'));
  }
  const first = fyStart(fy);
  const last = `${fy}-09-01`;
  if (groups.some((g) => g.month! < first || g.month! > last)) {
    const expected = `a date in FY${fy} (1 October ${fy - 1} to 30 September ${fy})`;
    await rejectFirst(k, column, `${month} NOT BETWEEN '${first}' AND '${last}'`, rejectWith(expected, 'date outside the fiscal year'));
  }
}

/** resolveCountry throws the shared "unknown country label" error. */
const rejectCountry: Reject = (value, at) => {
  resolveCountry(value ?? '', at);
  throw new InputError(at, 'a known country', shown(value), 'unknown country label');
};

export async function parseRecordFile(ctx: ParseContext, file: LocalFile, spec: RecordFile): Promise<RecordsResult> {
  const layout = LAYOUTS[spec.kind];
  const k: Checker = { ctx, file, layout };
  if (file.bytes === 0) throw new InputError({ file: file.name }, 'a gzip-compressed ERO-LESA file', 'an empty file', 'empty file');
  // These files are read by our own read_csv SQL (sql.ts), not readCsv, so the gzip and line
  // checks are ours: a cut stream, an over-long or skipped line are refused (read/csv-lines.ts).
  // DuckDB's read (its threads) and zlib's inflate (libuv's) run side by side; the gzip and
  // line faults are still reported first, since DuckDB reads a cut stream without a word.
  const read = checkPreamble(ctx, file, layout, spec.fy).then(() => aggregate(ctx, file, layout));
  read.catch(() => undefined); // handled here so an early failure is not an unhandled rejection; awaited below
  let lines: CsvLines;
  try {
    lines = scanCsvLines(await fileBytes(file), file.name, HEADER_LINE);
  } catch (e) {
    await read.catch(() => undefined); // the scratch connection is idle again before the error leaves
    throw e;
  }
  const groups = await read;
  if (groups.length === 0) throw new InputError({ file: file.name, row: HEADER_LINE + 1 }, 'data rows after the header', 'none', 'no records');
  await checkMonths(k, groups, spec.fy);

  const known = `an area of responsibility (${AOR_LABELS.length} known, e.g. "${AOR_LABELS[0]}")`;
  const geography = await codes(k, AOR, groups.map((g) => g.aor), aorCode, rejectWith(known, 'unknown area of responsibility'));
  const sex = await codes(k, GENDER, groups.map((g) => g.gender), sexCode, rejectWith('one of "Male", "Female", "Unknown"', 'unknown gender'));
  const declared = `a processing disposition of the ${spec.kind} files (declared in src/sources/ice-foia/dispositions.ts)`;
  const category = await codes(k, layout.dispositionColumn, groups.map((g) => g.disposition), (v) => dispositionCategory(spec.kind, v), rejectWith(declared, 'unknown disposition'));
  const citizenship = await codes(k, CITIZENSHIP, groups.map((g) => g.citizenship), (v) => (v === null ? undefined : countryCode(v)), rejectCountry);

  // Two labels may share a code (KOREA, SOUTH KOREA), so cells are summed after coding.
  const cells = new Map<string, { dims: Record<string, string>; period: string; count: number }>();
  let records = 0;
  for (const g of groups) {
    const dims = {
      geography: geography.get(g.aor)!,
      citizenship: citizenship.get(g.citizenship)!,
      demographic: sex.get(g.gender)!,
      component: 'ICE',
      category: category.get(g.disposition)!,
    };
    const key = [g.month, dims.geography, dims.citizenship, dims.demographic, dims.category].join('|');
    const prior = cells.get(key);
    if (prior) prior.count += g.count;
    else cells.set(key, { dims, period: g.month!, count: g.count });
    records += g.count;
  }
  if (records !== lines.rows) {
    const missing = lines.lineOfRow[records] ?? lines.lineOfRow.at(-1);
    throw new InputError({ file: file.name, row: missing }, `${lines.rows} records, one for each non-blank line`, `${records} records: the CSV reader skipped a line`, 'row not read');
  }
  const observations = [...cells.values()].map((c) => observation(DATASET[spec.kind], c.period, c.count, c.dims, { file: file.name }));
  return { observations, records };
}
