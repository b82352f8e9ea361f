/**
 * DuckDB SQL over one ERO-LESA file: the read_csv call (explicit options, every column
 * text, named c0, c1...) and a runner that turns a DuckDB failure into one InputError.
 */
import type { LocalFile, ParseContext } from '../types.js';
import { InputError } from '../../errors.js';

export const sqlString = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** SQL condition: the column holds one of these values (null = a blank cell). */
export function oneOf(column: string, values: (string | null)[]): string {
  const named = values.filter((v): v is string => v !== null);
  const parts = named.length ? [`${column} IN (${named.map(sqlString).join(', ')})`] : [];
  if (values.includes(null)) parts.push(`${column} IS NULL`);
  return parts.join(' OR ');
}

/** Column name in SQL for the i-th cell of a row. */
export const cell = (i: number) => `c${i}`;

export interface CsvSourceOptions {
  width: number;
  /** Lines to skip before the first row returned. */
  skip: number;
  /** Number the rows (WITH ORDINALITY, default true); without it DuckDB reads and aggregates faster. */
  numbered?: boolean;
  /** A column `filename` with each row's file (several files of one layout read at once). */
  filename?: boolean;
}

/**
 * A read_csv table function over the file (or files, all compressed alike); WITH ORDINALITY
 * numbers rows from 1 in file order.
 */
export function csvSource(files: LocalFile | LocalFile[], opts: CsvSourceOptions): string {
  const list = Array.isArray(files) ? files : [files];
  const file = list[0];
  const columns = Array.from({ length: opts.width }, (_, i) => `'${cell(i)}': 'VARCHAR'`).join(', ');
  const paths = Array.isArray(files) ? `[${list.map((f) => sqlString(f.path)).join(', ')}]` : sqlString(file.path);
  return `read_csv(${paths}, header = false, auto_detect = false, columns = {${columns}},
    delim = '|', quote = '"', escape = '"', skip = ${opts.skip}, encoding = 'utf-8',
    compression = ${file.name.endsWith('.gz') ? "'gzip'" : "'none'"},
    null_padding = false, strict_mode = true${opts.filename ? ', filename = true' : ''})${opts.numbered === false ? '' : ' WITH ORDINALITY'}`;
}

/**
 * The line and reason of a DuckDB CSV error. Its "Original Line" (the record itself)
 * is left out on purpose: error messages must not repeat person-level rows.
 */
export function csvFailure(message: string): { row?: number; reason: string } {
  const lines = message.split('\n').map((l) => l.trim());
  const row = lines[0].match(/CSV Error on Line: (\d+)/)?.[1];
  if (row === undefined) return { reason: lines[0] };
  const reason = lines.slice(1).find((l) => l !== '' && !l.startsWith('Original Line')) ?? 'a malformed row';
  return { row: Number(row), reason };
}

/** Runs a query; a file DuckDB cannot read is one InputError naming the file (and the line when known). */
export async function query(ctx: ParseContext, file: LocalFile, sql: string): Promise<(string | number | null)[][]> {
  try {
    const reader = await ctx.scratch.runAndReadAll(sql);
    return reader.getRows().map((r) => r.map((v) => (v === null ? null : typeof v === 'bigint' ? Number(v) : typeof v === 'number' ? v : String(v))));
  } catch (e) {
    const { row, reason } = csvFailure((e as Error).message);
    const expected = 'a pipe-delimited, quoted UTF-8 row as ICE ERO-LESA writes them';
    throw new InputError({ file: file.name, row }, expected, `a row DuckDB cannot read (${reason})`, 'unreadable file');
  }
}
