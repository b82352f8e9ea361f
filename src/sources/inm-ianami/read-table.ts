/**
 * One IA-NAMI CSV through the shared reader (read/csv.ts), plus what these files need
 * on top of it: rows numbered as an editor shows them even after a cell with a line
 * break inside quotes, blank trailing columns checked, and the column of a byte that
 * is not UTF-8.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError, shown, type Location } from '../../errors.js';
import { readCsv } from '../read/csv.js';
import type { LocalFile, ParseContext } from '../types.js';

export interface Table {
  file: string;
  header: readonly string[];
  /** Data rows, cells as text; a blank cell is null. */
  rows: (string | null)[][];
  /** Where cell (data row i, column c) is: the column named by its header. */
  at(i: number, c: number): Location;
}

export interface TableSpec {
  fileId: string;
  /** The publisher's header, after trimming (read/csv.ts compares trimmed cells). */
  header: readonly string[];
  /** Columns after the header that the publisher leaves without a header and empty. */
  blankColumns?: number;
}

export async function readTable(ctx: ParseContext, spec: TableSpec): Promise<Table> {
  const file = ctx.files[spec.fileId];
  if (!file) throw new Error(`inm-ianami: no file "${spec.fileId}" in the parse context`);
  const { header } = spec;
  if (file.bytes === 0) {
    throw new InputError({ file: file.name, row: 1, column: header[0] }, `the header "${header.join(',')}"`, 'an empty file', 'empty file');
  }
  const bytes = await readFile(file.path);
  const text = utf8(bytes);
  // The shared reader cannot read a line break inside quotes (DuckDB's parallel scanner
  // refuses it with null padding), so such a file is read from a copy with those breaks as spaces.
  const lines = text === undefined ? undefined : recordLines(text);
  const flat = lines?.multiline ? await flattened(file, text!) : undefined;
  let read;
  try {
    read = await readCsv(ctx, flat?.file ?? file, { header: [...header], extraColumns: spec.blankColumns ?? 0 });
  } catch (e) {
    throw text === undefined && e instanceof InputError ? withColumn(e, bytes, header) : e;
  } finally {
    if (flat) await flat.remove();
  }
  // Row numbers from our own count when it agrees with DuckDB's; the reader's otherwise.
  const starts = lines && lines.starts.length === read.rows.length + 1 ? lines.starts : undefined;
  const lineOf = (i: number) => (starts ? starts[i + 1] : read.lineOf(i));
  const table: Table = {
    file: file.name,
    header,
    rows: read.rows,
    at: (i, c) => ({ file: file.name, row: lineOf(i), column: header[c] ?? `${c + 1}` }),
  };
  checkBlankColumns(table);
  return table;
}

function utf8(bytes: Buffer): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The 1-based line on which each record starts (header first), and whether a quoted cell holds a line break. */
function recordLines(text: string): { starts: number[]; multiline: boolean } {
  const starts: number[] = [];
  let line = 1;
  let quoted = false;
  let multiline = false;
  let atStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (atStart && ch !== '\n' && ch !== '\r') {
      starts.push(line);
      atStart = false;
    }
    if (ch === '"') quoted = !quoted; // an escaped "" toggles twice
    else if (ch === '\n') {
      line++;
      if (quoted) multiline = true;
      else atStart = true;
    }
  }
  return { starts, multiline };
}

/** A copy of the file, under its own name in a temp folder, with line breaks inside quotes as spaces. */
async function flattened(file: LocalFile, text: string): Promise<{ file: LocalFile; remove: () => Promise<void> }> {
  // A quoted cell is "..." with "" inside read as two adjacent quoted runs: same result.
  const out = text.replace(/"[^"]*"/g, (cell) => cell.replace(/[\r\n]/g, ' '));
  const dir = await mkdtemp(join(tmpdir(), 'inm-ianami-'));
  const path = join(dir, file.name);
  await writeFile(path, out, 'utf8');
  return { file: { ...file, path, bytes: Buffer.byteLength(out) }, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** The reader names the row of a byte that is not UTF-8; this adds its column. */
function withColumn(e: InputError, bytes: Buffer, header: readonly string[]): InputError {
  const offset = Number(e.found.match(/at byte (\d+)/)?.[1]);
  if (e.at.row === undefined || e.at.column !== undefined || !Number.isInteger(offset)) return e;
  const lineStart = bytes.lastIndexOf(10, offset - 1) + 1;
  let column = 0;
  let quoted = false;
  for (let i = lineStart; i < offset; i++) {
    if (bytes[i] === 34) quoted = !quoted;
    else if (bytes[i] === 44 && !quoted) column++;
  }
  return new InputError({ ...e.at, column: header[column] ?? `${column + 1}` }, e.expected, e.found, 'unreadable file');
}

/** The headerless columns must stay empty on every row (they are padding, not data). */
function checkBlankColumns(t: Table): void {
  t.rows.forEach((row, i) => {
    for (let c = t.header.length; c < row.length; c++) {
      if (row[c] !== null && row[c]!.trim() !== '') {
        throw new InputError(t.at(i, c), `an empty cell (no data after "${t.header.at(-1)}")`, shown(row[c]), 'unexpected cell');
      }
    }
  });
}
