/**
 * The layout every CBP data-portal CSV shares (Southwest Land Border Encounters,
 * Nationwide Encounters, by state): a one-line header, then one row per published
 * cell starting "Fiscal Year, Month Grouping, Month (abbv)". cbp-sbo and cbp-state
 * parse through parsePortalTable; only their other columns differ.
 */
import { InputError, shown, type Location } from '../../errors.js';
import { parseEnum } from './cells.js';
import { readCsv } from './csv.js';
import { fiscalMonthStart, parseYear } from './periods.js';
import { Seen } from './seen.js';
import { MonthRun } from './table-checks.js';
import { DIMENSIONS, type Observation, type ParseContext } from '../types.js';

/** The columns every portal table starts with. */
const [FY, GROUPING, MONTH] = [0, 1, 2];

export interface PortalTable {
  /** The adapter's id, for the error when its file is missing from the parse context. */
  source: string;
  fileId: string;
  /** The publisher's header, starting "Fiscal Year", "Month Grouping", "Month (abbv)". */
  header: readonly string[];
  /** The dimensions that make one cell, as the duplicated-cell error names them. */
  cell: string;
  /** The columns whose text names a cell in that error. */
  cellColumns: number[];
  /** The column of the count. */
  count: number;
  /**
   * A row's observation, its other columns parsed and checked, given the row's month. It reads
   * neither the month cells nor the period beyond passing it on: the distinct-value path
   * (cbp-portal-cells.ts) calls it once per distinct combination of the other cells.
   */
  observe(row: (string | null)[], period: string, at: (column: number) => Location): Observation;
}

/** The whole table, with no footnote rows, no cell twice and no month missing. */
export async function parsePortalTable(ctx: ParseContext, t: PortalTable): Promise<Observation[]> {
  const file = ctx.files[t.fileId];
  if (!file) throw new Error(`${t.source}: no file "${t.fileId}" in the parse context`);
  const table = await readCsv(ctx, file, { header: [...t.header] });
  const cells = new Seen(t.cell);
  const months = new MonthRun();
  // A table has a few dozen distinct (year, grouping, month) triples over tens of thousands of rows.
  const monthOf = new Map<string, string>();
  const out = table.rows.map((row, i) => {
    const line = table.lineOf(i);
    const at = (c: number): Location => ({ file: file.name, row: line, column: t.header[c] });
    rejectNote(row, at(FY));
    const triple = JSON.stringify([row[FY], row[GROUPING], row[MONTH]]);
    let period = monthOf.get(triple);
    if (period === undefined) monthOf.set(triple, (period = portalMonth(row[FY], row[GROUPING], row[MONTH], at)));
    const o = t.observe(row, period, at);
    // Every dimension is in the key: those a table does not break down are the same on every row.
    const key = [o.period, ...DIMENSIONS.map((d) => o[d])].join('|');
    cells.claim(key, () => t.cellColumns.map((c) => row[c]).join(', '), at(MONTH));
    months.add(period, at(MONTH));
    return o;
  });
  months.check();
  return out;
}

const blank = (v: string | null) => v === null || v.trim() === '';

/**
 * A note or source line under the table reads as one or two text cells (a comma in
 * the note splits it) with the rest of the row empty.
 */
export function rejectNote(row: (string | null)[], at: Location): void {
  if (row.slice(2).every(blank)) {
    const text = row.filter((v) => !blank(v)).join(',');
    throw new InputError(at, 'a data row with every column filled (nothing may follow the table)', text ? shown(text) : 'an empty row', 'footnote or blank row');
  }
}

const MONTHS: Record<string, string> = {
  OCT: '10', NOV: '11', DEC: '12', JAN: '1', FEB: '2', MAR: '3', APR: '4', MAY: '5', JUN: '6', JUL: '7', AUG: '8', SEP: '9',
};

/** FYTD: months of the release's year to date; Remaining: the later months of a finished year. */
const MONTH_GROUPINGS: Record<string, string> = { FYTD: 'FYTD', Remaining: 'Remaining' };

/**
 * The month of a row from its first three cells, e.g. "2025 (FYTD)", "FYTD", "OCT" →
 * '2024-10-01'. A year marked "(FYTD)" is unfinished, so it has no "Remaining" months.
 */
export function portalMonth(fyCell: string | null, groupingCell: string | null, monthCell: string | null, at: (column: number) => Location): string {
  const fy = parseYear(fyCell, at(0));
  const grouping = parseEnum(groupingCell, MONTH_GROUPINGS, at(1), 'month grouping');
  if (/\(FYTD\)/.test(fyCell ?? '') && grouping !== 'FYTD') {
    throw new InputError(at(1), `"FYTD" in a fiscal year marked ${shown(fyCell)}`, shown(groupingCell), 'inconsistent month grouping');
  }
  return fiscalMonthStart(fy, Number(parseEnum(monthCell, MONTHS, at(2), 'month')));
}
