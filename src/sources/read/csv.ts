/**
 * Reads a publisher's CSV with DuckDB (every column as text) and checks its header,
 * so the adapter can validate each cell and name the row and column of a bad one.
 * Gzip, delimiters, preamble lines and encodings are DuckDB's job, not ours; what DuckDB
 * lets through (a cut gzip stream, an over-long last line, a byte-order mark inside the file,
 * mixed line ends) is refused first (gzip.ts, csv-lines.ts), and the rows it returns are
 * counted against the file's lines. Errors never quote a line of the file.
 */
import type { LocalFile, ParseContext } from '../types.js';
import { InputError, shown } from '../../errors.js';
import { scanCsvLines, type CsvLines } from './csv-lines.js';
import { fileBytes } from './gzip.js';

export interface CsvOptions {
  /** The header the publisher writes, cell by cell (compared after trimming and removing a BOM). */
  header: string[];
  delimiter?: string;
  /** Lines before the header (preambles). */
  skipLines?: number;
  encoding?: 'utf-8' | 'latin-1';
  /** Allow more columns in the file than in `header` (trailing blank columns). */
  extraColumns?: number;
}

export interface CsvTable {
  file: LocalFile;
  header: string[];
  /** Data rows; a blank cell is null. */
  rows: (string | null)[][];
  /** 1-based line of data row i in the file (blank lines counted; quoted line breaks are refused). */
  lineOf(i: number): number;
  /** Index of a header, for error messages and lookups. */
  column(name: string): number;
}

const sqlString = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** Rows per JSON text fetched from DuckDB: bounds each string well below V8's limit. */
const ROWS_PER_JSON = 50_000;

/** What both ways of reading share: the checks before DuckDB, and the read_csv that DuckDB runs. */
interface Prepared {
  lines: CsvLines;
  width: number;
  skip: number;
  /** The read_csv table function, every column text, named c0, c1...; WITH ORDINALITY numbers rows from 1. */
  source: string;
  /** The InputError for a DuckDB failure reading the file. */
  unreadable(e: unknown): InputError;
}

async function prepare(file: LocalFile, opts: CsvOptions): Promise<Prepared> {
  if (file.bytes === 0) throw new InputError({ file: file.name, row: (opts.skipLines ?? 0) + 1, column: opts.header[0] }, 'a CSV file with a header and data rows', 'an empty file', 'empty file');
  const bytes = await fileBytes(file); // a cut gzip stream is refused here (gzip.ts)
  const lines = scanCsvLines(bytes, file.name, opts.skipLines ?? 0);
  const width = opts.header.length + (opts.extraColumns ?? 0);
  const skip = opts.skipLines ?? 0;
  const columns = Array.from({ length: width }, (_, i) => `'c${i}': 'VARCHAR'`).join(', ');
  const source = `read_csv(${sqlString(file.path)}, header = false, auto_detect = false,
      columns = {${columns}}, delim = ${sqlString(opts.delimiter ?? ',')}, quote = '"', escape = '"',
      skip = ${skip}, null_padding = true, compression = ${file.name.endsWith('.gz') ? "'gzip'" : "'none'"},
      encoding = ${sqlString(opts.encoding ?? 'utf-8')}, strict_mode = true) WITH ORDINALITY`;
  const unreadable = (e: unknown) => {
    const expected = `a ${opts.encoding ?? 'UTF-8'} ${file.name.endsWith('.gz') ? 'gzip-compressed ' : ''}CSV with ${opts.header.length} columns delimited by "${opts.delimiter ?? ','}"`;
    const { found, row, column } = diagnose(bytes, opts.encoding ?? 'utf-8', (e as Error).message, width);
    return new InputError({ file: file.name, row, column }, expected, found, 'unreadable file');
  };
  return { lines, width, skip, source, unreadable };
}

/** The rows DuckDB returned (header included) against the file's lines, then the header itself. */
function checkRows(file: LocalFile, opts: CsvOptions, p: Prepared, count: number, header: () => (string | null)[]): void {
  if (count !== p.lines.rows) {
    // DuckDB skipped a line without an error: name the first line it did not return.
    const missing = p.lines.lineOfRow[count] ?? p.lines.lineOfRow.at(-1);
    throw new InputError({ file: file.name, row: missing }, `${p.lines.rows} rows read, one for each non-blank line`, `${count} rows: the CSV reader skipped a line`, 'row not read');
  }
  if (count === 0) throw new InputError({ file: file.name, row: p.skip + 1 }, 'a header row', 'no rows', 'empty file');
  const found = header().map((h) => (h ?? '').replace(/^\uFEFF/, '').trim());
  opts.header.forEach((name, i) => {
    if (found[i] !== name) {
      throw new InputError({ file: file.name, row: p.skip + 1, column: `${i + 1}` }, `header "${name}"`, shown(found[i]), 'unexpected header');
    }
  });
  for (let i = opts.header.length; i < p.width; i++) {
    if (found[i]) throw new InputError({ file: file.name, row: p.skip + 1, column: `${i + 1}` }, `no header beyond "${opts.header.at(-1)}"`, shown(found[i]), 'unexpected header');
  }
  if (count === 1) throw new InputError({ file: file.name, row: p.skip + 2, column: opts.header[0] }, 'data rows below the header', 'the end of the file', 'no data');
}

export async function readCsv(ctx: ParseContext, file: LocalFile, opts: CsvOptions): Promise<CsvTable> {
  const p = await prepare(file, opts);
  const cells = Array.from({ length: p.width }, (_, i) => `c${i}`).join(', ');
  // The rows come as JSON text, ROWS_PER_JSON rows a string, in file order: fetching them value
  // by value through DuckDB's client took twice the CPU time (cbp-state: 0.3 s for 42,533 rows).
  const sql = `SELECT to_json(list([${cells}] ORDER BY ordinality))::VARCHAR FROM (
      SELECT *, (ordinality - 1) // ${ROWS_PER_JSON} AS part FROM ${p.source})
    GROUP BY part ORDER BY part`;
  let all: (string | null)[][];
  try {
    const reader = await ctx.scratch.runAndReadAll(sql);
    all = reader.getRows().flatMap(([json]) => JSON.parse(String(json)) as (string | null)[][]);
  } catch (e) {
    throw p.unreadable(e);
  }
  checkRows(file, opts, p, all.length, () => all[0]);
  return {
    file,
    header: opts.header,
    rows: all.slice(1),
    lineOf: (i) => p.lines.lineOfRow[i + 1],
    column: (name) => {
      const i = opts.header.indexOf(name);
      if (i < 0) throw new Error(`no column ${name} in ${file.name}`);
      return i;
    },
  };
}

export interface LoadedCsv {
  /** The temporary table of the scratch connection holding the rows: i (data row from 0; the header is -1), c0, c1... as text. */
  table: string;
  /** Data rows (the header not counted). */
  rows: number;
  /** 1-based line of data row i in the file. */
  lineOf(i: number): number;
}

/**
 * The same read and checks as readCsv, the rows kept in DuckDB (`table`, made or replaced)
 * for an adapter that checks distinct values rather than every row in JavaScript.
 */
export async function loadCsv(ctx: ParseContext, file: LocalFile, opts: CsvOptions, table: string): Promise<LoadedCsv> {
  const p = await prepare(file, opts);
  const cells = Array.from({ length: p.width }, (_, i) => `c${i}`).join(', ');
  let count: number;
  try {
    const reader = await ctx.scratch.runAndReadAll(`CREATE OR REPLACE TEMP TABLE ${table} AS SELECT (ordinality - 2)::INTEGER AS i, ${cells} FROM ${p.source}`);
    count = Number(reader.getRows()[0][0]);
  } catch (e) {
    throw p.unreadable(e);
  }
  let header: (string | null)[] = [];
  if (count > 0) {
    const reader = await ctx.scratch.runAndReadAll(`SELECT ${cells} FROM ${table} WHERE i = -1`);
    header = reader.getRows()[0].map((v) => (v === null ? null : String(v)));
  }
  checkRows(file, opts, p, count, () => header);
  return { table, rows: count - 1, lineOf: (i) => p.lines.lineOfRow[i + 1] };
}

/**
 * Says why DuckDB could not read a file, in terms a user can act on, never quoting the file's
 * content (DuckDB's messages repeat the offending line).
 */
function diagnose(bytes: Buffer, encoding: string, duckdbMessage: string, width: number): { found: string; row?: number; column?: string } {
  if (encoding === 'utf-8') {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      const bad = firstInvalidUtf8(bytes);
      const row = bytes.subarray(0, bad).filter((b) => b === 10).length + 1;
      return { found: `bytes that are not UTF-8 (0x${bytes[bad].toString(16)} at byte ${bad}; a Latin-1 or Windows-1252 file?)`, row };
    }
  }
  const line = duckdbMessage.match(/Line:\s*(\d+)/);
  const row = line ? Number(line[1]) : undefined;
  const columns = duckdbMessage.match(/Expected Number of Columns:\s*(\d+)\s*Found:\s*(\d+)/);
  if (columns) {
    const found = Number(columns[2]);
    return { found: `${found} columns`, row, column: `${found > width ? width + 1 : found}` };
  }
  if (/quoted new ?lines?/i.test(duckdbMessage)) return { found: 'a line break inside a quoted cell', row };
  if (/unterminated quote/i.test(duckdbMessage)) return { found: 'a quote that is never closed', row };
  return { found: 'a line the CSV reader cannot split into cells (not RFC 4180: a stray quote or delimiter?)', row };
}
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const len = b < 0x80 ? 1 : b >> 5 === 0b110 ? 2 : b >> 4 === 0b1110 ? 3 : b >> 3 === 0b11110 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) if (i + k >= bytes.length || bytes[i + k] >> 6 !== 0b10) return i;
    i += len;
  }
  return bytes.length;
}
