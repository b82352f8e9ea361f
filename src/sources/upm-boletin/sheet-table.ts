/**
 * Where a plain table in a sheet ends: header on row 1, data rows down to the first
 * blank row, nothing right of the last header and nothing below the blank row.
 * Shared by the Mexican adapters that read FelipeSaNa's flat sheets.
 */
import { InputError, shown } from '../../errors.js';
import { columnLetter, type CellValue, type Sheet } from '../read/xlsx.js';

export const isEmpty = (v: CellValue | undefined) => v === null || v === undefined;
/** A cell as an error message shows it (a date as YYYY-MM-DD). */
export const shownCell = (v: CellValue | undefined) => shown(v instanceof Date ? v.toISOString().slice(0, 10) : v);

/** The 0-based index of the blank row that ends the table (or the row count); checks the sheet around it. */
export function tableEnd(sheet: Sheet, headers: string[]): number {
  // exceljs keeps formatted-but-empty rows: the table ends at the first blank row.
  let end = 1;
  while (end < sheet.rows.length && !sheet.rows[end].every(isEmpty)) end++;
  sheet.rows.forEach((row, i) => {
    const extra = row.findIndex((v, c) => c >= headers.length && !isEmpty(v));
    if (extra < 0) return;
    const at = { file: sheet.file, sheet: sheet.name, row: i + 1, column: columnLetter(extra + 1) };
    throw new InputError(at, `nothing right of "${headers.at(-1)}" (column ${columnLetter(headers.length)})`, shownCell(row[extra]), 'unexpected cell');
  });
  const below = sheet.rows.findIndex((r, i) => i > end && !r.every(isEmpty));
  if (below >= 0) {
    const c = sheet.rows[below].findIndex((v) => !isEmpty(v));
    const at = { file: sheet.file, sheet: sheet.name, row: below + 1, column: headers[c] ?? columnLetter(c + 1) };
    throw new InputError(at, `nothing below the blank row ${end + 1} that ends the table`, shownCell(sheet.rows[below][c]), 'unexpected row (a footnote?)');
  }
  return end;
}
