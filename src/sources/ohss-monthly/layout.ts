/**
 * The layout every data sheet of the OHSS monthly tables shares:
 *
 *   row 1  "Return to Table of Contents." and a note
 *   row 2  title: "<table>: Fiscal Years 2014 to 2024 YTD (August 2024)"
 *   row 3  group headers ("Total CBP", "USBP", "OFO", a country...), merged; absent on flat sheets
 *   row 4  "Fiscal Year" | "Month" | column headers, footnote digits attached ("T8 repatriations1")
 *   then per fiscal year a "Total" row (col A the year, "2024 YTD" for the last) and its months,
 *   October first; then footnote, "Notes:" and "Source:" rows.
 */
import type ExcelJS from 'exceljs';
import { InputError, shown, type Location } from '../../errors.js';
import { columnLetter, readSheet, expectHeaders, type CellValue, type Sheet } from '../read/xlsx.js';
import { parseCount } from '../read/cells.js';
import { fiscalMonthStart, fyStart } from '../read/periods.js';
import type { LocalFile } from '../types.js';

/** The edition this adapter reads: data through August 2024 (FY2024 year to date). */
export const EDITION = { lastFy: 2024, lastMonth: 8, label: 'August 2024' } as const;

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const FISCAL_ORDER = [10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9];

export interface TableSpec {
  sheet: string;
  /** The title before ": Fiscal Years ...". */
  title: string;
  /** True when row 3 holds group headers above the column headers of row 4. */
  grouped: boolean;
}

export interface Column {
  /** 0-based index in the sheet row. */
  index: number;
  letter: string;
  /** Group header with its footnote digits removed ('' when the column has none). */
  group: string;
  /** Column header with its footnote digits removed. */
  header: string;
}

export interface DataRow {
  /** 1-based sheet row. */
  row: number;
  fy: number;
  /** Calendar month 1-12, or null on the fiscal-year "Total" row. */
  month: number | null;
  /** First day of the month, or of the fiscal year on a "Total" row. */
  period: string;
  cells: CellValue[];
}

export interface Table {
  sheet: Sheet;
  /** 1-based row of the column headers. */
  headerRow: number;
  columns: Column[];
  rows: DataRow[];
}

const text = (v: CellValue | undefined): string => (v === null || v === undefined ? '' : String(v).replace(/\s+/g, ' ').trim());

/** "T8 repatriations1" → "T8 repatriations"; "Title 42 Expulsions6" → "Title 42 Expulsions"; "Title 42" stays. */
export function stripFootnote(label: string): string {
  return label.replace(/(?<=[A-Za-z)])\d{1,2}$/, '');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Reads and checks the frame of a sheet: title, headers, one row per fiscal year and month. */
export function readTable(wb: ExcelJS.Workbook, file: LocalFile, spec: TableSpec): Table {
  const sheet = readSheet(wb, file, spec.sheet);
  const at = (row: number, column?: string): Location => ({ file: sheet.file, sheet: sheet.name, row, column });

  const title = text(sheet.rows[1]?.[0]);
  const titleShape = new RegExp(`^${escape(spec.title)}: Fiscal Years (\\d{4}) to ${EDITION.lastFy} YTD \\(${EDITION.label}\\)$`);
  const m = title.match(titleShape);
  if (!m) {
    throw new InputError(at(2, 'A'), `the title "${spec.title}: Fiscal Years <first> to ${EDITION.lastFy} YTD (${EDITION.label})"`, shown(title), 'unexpected title');
  }
  const firstFy = Number(m[1]);

  const headerRow = spec.grouped ? 4 : 3;
  expectHeaders(sheet, headerRow - 1, ['Fiscal Year', 'Month']);
  const headers = sheet.rows[headerRow - 1] ?? [];
  const groups = spec.grouped ? (sheet.rows[headerRow - 2] ?? []) : [];
  let last = headers.length - 1;
  while (last >= 2 && text(headers[last]) === '') last--;
  if (last < 2) throw new InputError(at(headerRow, 'C'), 'column headers after "Month"', 'an empty cell', 'missing header');
  const columns: Column[] = [];
  for (let c = 2; c <= last; c++) {
    const header = stripFootnote(text(headers[c]));
    if (header === '') throw new InputError(at(headerRow, columnLetter(c + 1)), 'a column header', 'an empty cell', 'missing header');
    columns.push({ index: c, letter: columnLetter(c + 1), group: stripFootnote(text(groups[c])), header });
  }

  const rows: DataRow[] = [];
  let r = headerRow; // 0-based index of the next sheet row
  for (let fy = firstFy; fy <= EDITION.lastFy; fy++) {
    const months = fy === EDITION.lastFy ? FISCAL_ORDER.slice(0, FISCAL_ORDER.indexOf(EDITION.lastMonth) + 1) : FISCAL_ORDER;
    const cells = sheet.rows[r] ?? [];
    const year = text(cells[0]);
    const yearOk = year === String(fy) || (fy === EDITION.lastFy && year === `${fy} YTD`);
    if (!yearOk || text(cells[1]) !== 'Total') {
      const want = `the FY${fy} "Total" row ("${fy}${fy === EDITION.lastFy ? ' YTD' : ''}" | "Total")`;
      throw new InputError(at(r + 1, yearOk ? 'B' : 'A'), want, shown(yearOk ? cells[1] : cells[0]), 'unexpected row');
    }
    rows.push({ row: r + 1, fy, month: null, period: fyStart(fy), cells });
    r++;
    const seen: number[] = [];
    for (const month of months) {
      const row = sheet.rows[r] ?? [];
      const name = text(row[1]);
      const found = MONTH_NAMES.indexOf(name) + 1;
      if (text(row[0]) !== '' || found !== month) {
        const want = `a data row for ${MONTH_NAMES[month - 1]} of FY${fy}`;
        if (text(row[0]) !== '') throw new InputError(at(r + 1, 'A'), `${want} (column A empty)`, shown(row[0]), 'unexpected row');
        throw new InputError(at(r + 1, 'B'), want, shown(row[1]), seen.includes(found) ? 'duplicated month' : 'unexpected row');
      }
      seen.push(month);
      rows.push({ row: r + 1, fy, month, period: fiscalMonthStart(fy, month), cells: row });
      r++;
    }
  }
  // After August 2024 come the footnotes: another month, year or total means a layout we do not know.
  const after = sheet.rows[r] ?? [];
  if (/^\d{4}/.test(text(after[0])) || text(after[1]) === 'Total' || MONTH_NAMES.includes(text(after[1]))) {
    throw new InputError(at(r + 1, 'B'), `the end of the table after ${EDITION.label} (footnotes)`, shown(text(after[1]) || after[0]), 'unexpected row');
  }
  // Nothing may hide to the right of the last headed column.
  for (const row of rows) {
    for (let c = last + 1; c < row.cells.length; c++) {
      if (row.cells[c] !== null) throw new InputError(at(row.row, columnLetter(c + 1)), 'an empty cell (no header above)', shown(row.cells[c]), 'unexpected cell');
    }
  }
  return { sheet, headerRow, columns, rows };
}

/** A cell's location, naming the column by letter, group and header. */
export function cellAt(table: Table, row: DataRow, column: Column): Location {
  const label = column.group ? `${column.group} / ${column.header}` : column.header;
  return { file: table.sheet.file, sheet: table.sheet.name, row: row.row, column: `${column.letter} (${label})` };
}

/**
 * A published cell: a count, null when "NA" (not available) or blank, 'X' when not applicable.
 * Any other text is an error.
 */
export function cellValue(table: Table, row: DataRow, column: Column): number | null | 'X' {
  const v = row.cells[column.index] ?? null;
  if (typeof v === 'string') {
    const t = v.trim();
    if (t === 'X') return 'X';
    if (t === 'NA') return null;
    if (!/^\d[\d,]*$/.test(t)) {
      throw new InputError(cellAt(table, row, column), 'a count, "X" (not applicable) or "NA" (not available)', shown(v), 'not a count');
    }
    return parseCount(t, cellAt(table, row, column));
  }
  if (v === null) return null;
  if (typeof v === 'number') return parseCount(v, cellAt(table, row, column));
  throw new InputError(cellAt(table, row, column), 'a count, "X" (not applicable) or "NA" (not available)', shown(v instanceof Date ? v.toISOString() : v), 'not a count');
}
