/**
 * One sheet of the workbook → observations. Each sheet is a plain long table:
 * header on row 1, one data row per cell of the published table, nothing below.
 */
import { InputError, shown, type Location } from '../../errors.js';
import { parseCount } from '../read/cells.js';
import { fiscalMonthStart, fyStart, pad2, parseMonth, parseYear } from '../read/periods.js';
import { columnLetter, expectHeaders, type CellValue, type Sheet } from '../read/xlsx.js';
import { observation, type Dimension, type Observation } from '../types.js';
import { citizenshipCode, familyStatusCode, regionCode, sectorOf } from './labels.js';
import { headersOf, type SheetSpec } from './sheets.js';

const isEmpty = (v: CellValue | undefined) => v === null || v === undefined;
const text = (v: CellValue) => (v === null ? '' : v instanceof Date ? v.toISOString() : String(v));

export function parseSheet(sheet: Sheet, spec: SheetSpec): Observation[] {
  const headers = headersOf(spec);
  const width = headers.length;
  const where = (row: number, c: number): Location => ({ file: sheet.file, sheet: sheet.name, row, column: headers[c] ?? columnLetter(c + 1) });

  expectHeaders(sheet, 0, headers);
  // exceljs keeps formatted-but-empty rows; only trailing ones may be blank.
  let last = sheet.rows.length - 1;
  while (last > 0 && sheet.rows[last].every(isEmpty)) last--;
  if (last === 0) throw new InputError(where(2, 0), 'data rows below the header', 'an empty table', 'missing data');

  const out: Observation[] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i <= last; i++) {
    const row = sheet.rows[i];
    const n = i + 1;
    const extra = row.findIndex((v, c) => c >= width && !isEmpty(v));
    if (extra >= 0) {
      const at = { file: sheet.file, sheet: sheet.name, row: n, column: columnLetter(extra + 1) };
      throw new InputError(at, `nothing right of "${headers[width - 1]}" (column ${columnLetter(width)})`, shown(row[extra]), 'unexpected cell');
    }
    if (i === 0) continue;
    if (row.every(isEmpty)) {
      // Name what lies below the gap (typically a note), not the blank row itself.
      let j = i + 1;
      while (sheet.rows[j].every(isEmpty)) j++;
      const c = sheet.rows[j].findIndex((v) => !isEmpty(v));
      throw new InputError(where(j + 1, c), `nothing below the blank row ${n} that ends the table`, shown(sheet.rows[j][c]), 'unexpected row (a footnote?)');
    }
    out.push(parseRow(row, n, spec, where, seen));
  }
  return out;
}

function parseRow(row: CellValue[], n: number, spec: SheetSpec, where: (row: number, c: number) => Location, seen: Map<string, number>): Observation {
  const fyCell = row[0] ?? null;
  // A note or source line under the table shows up as text in the Fiscal Year column.
  if (!(typeof fyCell === 'number' || /^\s*\d{4}\s*$/.test(text(fyCell)))) {
    throw new InputError(where(n, 0), 'a fiscal year such as 2021 (a data row; nothing may follow the table)', shown(fyCell), 'unexpected row (a footnote?)');
  }
  const fy = parseYear(typeof fyCell === 'number' ? fyCell : text(fyCell), where(n, 0));
  let c = 1;
  const period = spec.grain === 'fy' ? fyStart(fy) : fiscalMonth(fy, row[c++] ?? null, where(n, 1));

  const dims: Partial<Record<Dimension, string>> = { component: 'USBP', authority: 'ALL', geography: 'US' };
  let region: string | undefined;
  for (const dim of spec.dims) {
    const at = where(n, c);
    const label = text(row[c++] ?? null).trim();
    if (dim === 'Region') dims.geography = region = regionCode(label, at);
    else if (dim === 'Sector') dims.geography = sectorOf(label, at, region);
    else if (dim === 'Citizenship') dims.citizenship = citizenshipCode(label, at);
    else dims.demographic = familyStatusCode(label, at);
  }
  const at = where(n, c);
  const value = quantity(row[c] ?? null, at);

  // Keyed on codes, so two labels meaning one country are caught too.
  const key = [period, dims.geography, dims.citizenship, dims.demographic].join('|');
  const first = seen.get(key);
  if (first !== undefined) {
    const cells = row.slice(0, c).map(text).join(', ');
    throw new InputError(where(n, c - 1), `one row per period and ${spec.dims.join(' and ') || 'fiscal year'} (already on row ${first})`, `a second row for ${cells}`, 'duplicated cell');
  }
  seen.set(key, n);
  return observation(spec.dataset, period, value, dims, at);
}

/** "01 October" … "12 September": the fiscal month number, then the month name. */
function fiscalMonth(fy: number, cell: CellValue, at: Location): string {
  const m = text(cell).trim().match(/^(\d{2}) ([A-Za-z]+)$/);
  if (!m) throw new InputError(at, 'a fiscal month such as "01 October"', shown(cell), 'not a month');
  const month = parseMonth(m[2], at);
  const fiscal = ((month + 2) % 12) + 1; // October is fiscal month 1
  if (Number(m[1]) !== fiscal) throw new InputError(at, `"${pad2(fiscal)} ${m[2]}"`, shown(cell), 'month number does not match its name');
  return fiscalMonthStart(fy, month);
}

/** A published count: a whole number rounded to 10; blank or "NA" → null (never 0). */
function quantity(cell: CellValue, at: Location): number | null {
  if (cell === null || (typeof cell === 'string' && cell.trim().toUpperCase() === 'NA')) return null;
  const value = parseCount(typeof cell === 'number' ? cell : text(cell), at)!;
  if (value % 10 !== 0) throw new InputError(at, 'a count rounded to 10', shown(cell), 'unrounded value');
  return value;
}
