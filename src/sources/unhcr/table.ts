/**
 * Loads one UNHCR CSV into a temporary table of the scratch DuckDB (every cell as
 * text, blanks as NULL, with its line in the file), after checking the header.
 * The files hold up to 139,000 rows: checks and selections then run in SQL, and
 * only the rows corridor keeps come back to JavaScript.
 */
import { open } from 'node:fs/promises';
import { InputError, shown, type Location } from '../../errors.js';
import type { LocalFile, ParseContext } from '../types.js';
import type { FileSpec } from './files.js';

export interface Table {
  spec: FileSpec;
  file: LocalFile;
  /**
   * The temporary table: column `line` (1-based line in the file, as no cell of these
   * files holds a line break) and one column per header, named c0, c1...
   */
  sql: string;
  /** SQL name of a column. */
  col(name: string): string;
  at(line: number, column: string): Location;
}

export const sqlString = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** Reads rows of a query as plain values (BIGINT → number). */
export async function select(ctx: ParseContext, sql: string): Promise<(string | number | boolean | null)[][]> {
  const reader = await ctx.scratch.runAndReadAll(sql);
  return reader.getRows().map((r) => r.map((v) => (v === null ? null : typeof v === 'bigint' ? Number(v) : typeof v === 'number' || typeof v === 'boolean' ? v : String(v))));
}

export async function loadTable(ctx: ParseContext, spec: FileSpec): Promise<Table> {
  const file = ctx.files[spec.id];
  if (!file) throw new Error(`unhcr: no file "${spec.id}" in the parse context`);
  const header = spec.columns.map((c) => c.name);
  await checkHeader(file, header);
  const sql = `unhcr_${spec.id.replace(/-/g, '_')}`;
  const types = header.map((_, i) => `'c${i}': 'VARCHAR'`).join(', ');
  const cells = header.map((_, i) => `nullif(trim(c${i}), '') AS c${i}`).join(', ');
  try {
    await ctx.scratch.run(`CREATE OR REPLACE TEMP TABLE ${sql} AS
      SELECT ordinality + 1 AS line, ${cells}
      FROM read_csv(${sqlString(file.path)}, header = false, auto_detect = false, columns = {${types}},
        delim = ',', quote = '"', escape = '"', skip = 1, null_padding = false, strict_mode = true,
        encoding = 'utf-8', compression = 'none') WITH ORDINALITY`);
  } catch (e) {
    // DuckDB's first line names the CSV line, the next ones the reason (and the file's path: left out).
    const lines = (e as Error).message.split('\n').map((l) => l.trim());
    const line = lines[0].match(/CSV Error on Line: (\d+)/)?.[1];
    const reason = (line ? lines.slice(1).find((l) => l !== '' && !l.startsWith('Original Line')) : undefined) ?? lines[0];
    throw new InputError({ file: file.name, row: line ? Number(line) : undefined }, `UTF-8 rows of ${header.length} comma-separated cells, as the header`, `a row DuckDB cannot read (${reason})`, 'unreadable file');
  }
  const [[count]] = await select(ctx, `SELECT count(*) FROM ${sql}`);
  if (count === 0) throw new InputError({ file: file.name, row: 2, column: header[0] }, 'data rows below the header', 'the end of the file', 'no data');
  return {
    spec,
    file,
    sql,
    col: (name) => {
      const i = header.indexOf(name);
      if (i < 0) throw new Error(`no column ${name} in ${file.name}`);
      return `c${i}`;
    },
    at: (line, column) => ({ file: file.name, row: line, column }),
  };
}

// Magic numbers of the compressed streams an .rda file starts with, and of an uncompressed one.
const RDA_STARTS = [[0x1f, 0x8b], [0x42, 0x5a, 0x68], [0xfd, 0x37, 0x7a, 0x58, 0x5a], [0x52, 0x44, 0x58], [0x52, 0x44, 0x41]];

/** The first line must be the header, exactly; an .rda downloaded in place of the CSV is named as such. */
async function checkHeader(file: LocalFile, header: string[]): Promise<void> {
  const first = { file: file.name, row: 1 };
  if (file.bytes === 0) throw new InputError({ ...first, column: header[0] }, `the header "${header.join(',')}"`, 'an empty file', 'empty file');
  const handle = await open(file.path, 'r');
  const bytes = Buffer.alloc(Math.min(file.bytes, 4096));
  try {
    await handle.read(bytes, 0, bytes.length, 0);
  } finally {
    await handle.close();
  }
  if (RDA_STARTS.some((magic) => magic.every((b, i) => bytes[i] === b))) {
    throw new InputError(first, 'the CSV conversion of the package data (corridor reads this source from the mirror; it does not parse .rda)', 'an R data file or a compressed stream', 'not a CSV file');
  }
  const line = bytes.toString('utf8').replace(/^\uFEFF/, '').split('\n')[0].replace(/\r$/, '');
  const found = line.split(',').map((h) => h.trim().replace(/^"(.*)"$/, '$1'));
  header.forEach((name, i) => {
    if (found[i] !== name) throw new InputError({ ...first, column: `${i + 1}` }, `header "${name}"`, shown(found[i]), 'unexpected header');
  });
  if (found.length > header.length) {
    throw new InputError({ ...first, column: `${header.length + 1}` }, `no header beyond "${header.at(-1)}"`, shown(found[header.length]), 'unexpected header');
  }
}
