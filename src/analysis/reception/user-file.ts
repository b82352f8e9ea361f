/**
 * Reads a CSV file a user supplies (a shelter registry, a scenario) with DuckDB, every
 * cell as text, the first row as the header. Errors name the file by its base name only,
 * except a missing file, named as given (the folder may be what is wrong).
 *
 * Spreadsheets save CSV two ways a coordinator meets often: separated by semicolons (Excel
 * where the comma is the decimal mark) and in Windows-1252 rather than UTF-8 (Excel's plain
 * "CSV (delimitado por comas)", so "Juárez" arrives as bytes DuckDB refuses). A header row with
 * semicolons and no comma is read with semicolons; a file that is not UTF-8 is refused naming
 * its first such row, what it looks like and how to save it, never DuckDB's "CSV Error on Line".
 */
import { basename } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { InputError, shown } from '../../errors.js';
import { DuckDBInstance } from '@duckdb/node-api';

export interface UserTable {
  file: string;
  header: string[];
  rows: (string | null)[][];
  /** 1-based line of data row i. */
  lineOf(i: number): number;
}

export async function readUserCsv(path: string): Promise<UserTable> {
  const file = basename(path);
  // A missing file is named as the user gave it: its base name alone ("nonexistent.csv") hides the folder that was wrong.
  if (!existsSync(path)) throw new InputError({ file: path }, 'a CSV file', 'no such file', 'missing file', { what: 'falta el archivo', expected: 'un archivo CSV', found: 'una ruta que no existe' });
  const bytes = readFileSync(path);
  notUtf8(bytes, file);
  const delim = separator(bytes);
  // A private in-memory DuckDB reads the file; the store is never touched.
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const scratch = await instance.connect();
  try {
    let all: (string | null)[][];
    try {
      const reader = await scratch.runAndReadAll(
        `SELECT * FROM read_csv(?, header = false, all_varchar = true, delim = '${delim}', quote = '"', escape = '"', null_padding = true, skip = 0)`,
        [path],
      );
      all = reader.getRows().map((r) => r.map((v) => (v === null ? null : String(v).trim())));
    } catch (e) {
      // DuckDB's message names the whole path: the file is named by its base name only, as every error here names it.
      const reason = (e as Error).message.split('\n')[0].split(path).join(file);
      throw new InputError({ file }, 'a comma-separated UTF-8 CSV file with a header row', reason, 'unreadable file', { what: 'archivo ilegible', expected: 'un archivo CSV en UTF-8, separado por comas, con una fila de encabezados', found: `un archivo que DuckDB no puede leer (${reason})` });
    }
    if (all.length < 2) throw new InputError({ file, row: all.length + 1 }, 'a header row and at least one data row', 'the end of the file', 'no data', { what: 'sin datos', expected: 'una fila de encabezados y al menos una fila de datos', found: 'el final del archivo' });
    const header = all[0].map((h) => (h ?? '').replace(/^\uFEFF/, '').trim().toLowerCase());
    return { file, header, rows: all.slice(1), lineOf: (i) => i + 2 };
  } finally {
    scratch.closeSync();
    instance.closeSync();
  }
}

/** The separator of a file: semicolons when its header row has them and no comma (a spreadsheet set for decimal commas), else commas. */
function separator(bytes: Buffer): ',' | ';' {
  const end = bytes.indexOf(0x0a);
  const first = bytes.subarray(0, end < 0 ? bytes.length : end).toString('utf8');
  return first.includes(';') && !first.includes(',') ? ';' : ',';
}

/** Refuses a file that is not UTF-8, naming its first row that is not, as read in Windows-1252 (what a spreadsheet wrote). */
function notUtf8(bytes: Buffer, file: string): void {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return;
  } catch {
    // Found below, row by row.
  }
  const lines = bytes.toString('latin1').split('\n');
  let row = 1;
  let start = 0;
  for (const [i, line] of lines.entries()) {
    const raw = bytes.subarray(start, start + line.length);
    start += line.length + 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(raw);
    } catch {
      row = i + 1;
      break;
    }
  }
  const seen = new TextDecoder('windows-1252').decode(bytes.subarray(start - lines[row - 1].length - 1, start - 1)).trim();
  throw new InputError(
    { file, row },
    'a file in UTF-8: in Excel, "Save as" and pick "CSV UTF-8 (comma delimited)"; in LibreOffice, character set "Unicode (UTF-8)"',
    `a row that is not UTF-8 (read as Windows-1252, the code page of Excel's plain "CSV (comma delimited)", it says ${shown(seen)})`,
    'not UTF-8',
    {
      what: 'no está en UTF-8',
      expected: 'un archivo en UTF-8: en Excel, "Guardar como" y elija "CSV UTF-8 (delimitado por comas)"; en LibreOffice, juego de caracteres "Unicode (UTF-8)"',
      found: `una fila que no está en UTF-8 (leída en Windows-1252, la codificación del "CSV (delimitado por comas)" simple de Excel, dice ${shown(seen)})`,
    },
  );
}

/**
 * The header row as an error shows it: its column names when it looks like a header;
 * otherwise only how many cells it has, so a file that is not a table (a link or a typo
 * pointing at something else) never has its text echoed.
 */
export function headerShown(header: string[]): string {
  const names = header.length <= 40 && header.every((h) => /^[\p{L}\p{N}_ .()/-]{0,40}$/u.test(h));
  return names ? `the columns ${header.join(', ')}` : `a first row that is not a list of column names (${header.length} cell${header.length === 1 ? '' : 's'})`;
}

/** headerShown in Spanish. */
export function headerShownEs(header: string[]): string {
  const names = header.length <= 40 && header.every((h) => /^[\p{L}\p{N}_ .()/-]{0,40}$/u.test(h));
  return names ? `las columnas ${header.join(', ')}` : `una primera fila que no es una lista de nombres de columna (${header.length} celda${header.length === 1 ? '' : 's'})`;
}

/** A cell's value as a Spanish error shows it: quoted as shown() quotes it, an empty cell said in Spanish. */
export function shownEs(value: unknown): string {
  return value === null || value === undefined || value === '' ? 'una celda vacía' : shown(value);
}
