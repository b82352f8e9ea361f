/**
 * Reads a publisher's XLSX workbook with exceljs and gives cells as plain values,
 * with errors that name the sheet, row and column (as a spreadsheet shows them).
 */
import type ExcelJS from 'exceljs';
import type { LocalFile } from '../types.js';
import { InputError, shown } from '../../errors.js';

export type CellValue = string | number | Date | boolean | null;

export interface Sheet {
  file: string;
  name: string;
  /** rows[r][c], 0-based; a sheet row n is rows[n-1]. Formulas give their cached result. */
  rows: CellValue[][];
}

export async function loadWorkbook(file: LocalFile): Promise<ExcelJS.Workbook> {
  if (file.bytes === 0) throw new InputError({ file: file.name }, 'an XLSX workbook', 'an empty file', 'empty file');
  // exceljs is loaded here, when a workbook is read, so that commands which read no workbook never load it.
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  try {
    await wb.xlsx.readFile(file.path);
  } catch (e) {
    throw new InputError({ file: file.name }, 'an XLSX workbook', `a file exceljs cannot read (${(e as Error).message.split('\n')[0]})`, 'unreadable file');
  }
  return wb;
}

/** Excel column letters for a 1-based column number (1 → A, 27 → AA). */
export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

function plain(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v.trim() === '' ? null : v;
  if (typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('result' in v) return plain((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('richText' in v) return (v as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join('');
    if ('text' in v) return String((v as ExcelJS.CellHyperlinkValue).text);
    if ('error' in v) return null;
  }
  return String(v);
}

/** The sheet named `name`, or an InputError that lists the sheets the workbook has. */
export function readSheet(wb: ExcelJS.Workbook, file: LocalFile, name: string): Sheet {
  const ws = wb.getWorksheet(name);
  if (!ws) {
    const have = wb.worksheets.map((w) => `"${w.name}"`).join(', ');
    throw new InputError({ file: file.name, sheet: name }, `a sheet named "${name}"`, `only ${have}`, 'missing sheet');
  }
  const rows: CellValue[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    const values: CellValue[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      values[c - 1] = plain(cell.value);
    });
    rows[r - 1] = Array.from(values, (v) => v ?? null);
  });
  return { file: file.name, name, rows: Array.from(rows, (r) => r ?? []) };
}

/** Checks that row `rowIndex` (0-based) has exactly these headers from column 1. */
export function expectHeaders(sheet: Sheet, rowIndex: number, headers: string[]): void {
  const row = sheet.rows[rowIndex] ?? [];
  headers.forEach((h, c) => {
    const found = row[c] === null || row[c] === undefined ? '' : String(row[c]).replace(/\s+/g, ' ').trim();
    if (found !== h) {
      throw new InputError({ file: sheet.file, sheet: sheet.name, row: rowIndex + 1, column: columnLetter(c + 1) }, `header "${h}"`, shown(found), 'unexpected header');
    }
  });
}
