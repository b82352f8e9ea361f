/**
 * Citizenship columns and the flat "by citizenship" sheets: "Total", the listed countries,
 * and an all-other column last (without it the countries would not add up to the total).
 */
import type ExcelJS from 'exceljs';
import { InputError, shown } from '../../errors.js';
import { resolveCountry } from '../../store/dimensions/countries.js';
import type { LocalFile, Observation } from '../types.js';
import { emit, headerAt, type Target } from './emit.js';
import { readTable, type Column, type Table, type TableSpec } from './layout.js';

/** 'ALL' for a total label, else the country code (an unknown label is an error). */
export function citizenshipOf(table: Table, column: Column, label: string, totalLabel: string, group = false): string {
  return label === totalLabel ? 'ALL' : resolveCountry(label, headerAt(table, column, group));
}

/**
 * Checks a run of columns that lists citizenships: the total first, all other last.
 * `codes[i]` is the citizenship of `columns[i]`.
 */
export function checkCitizenshipRun(table: Table, columns: Column[], codes: string[], totalLabel: string, group = false): void {
  const label = (c: Column) => (group ? c.group : c.header);
  if (codes[0] !== 'ALL') throw new InputError(headerAt(table, columns[0], group), `"${totalLabel}" first`, shown(label(columns[0])), 'unexpected header');
  const last = columns.length - 1;
  if (codes[last] !== 'OTHER') {
    throw new InputError(headerAt(table, columns[last], group), 'an all-other citizenship column last ("Other", "All other, including stateless and unknown")', shown(label(columns[last])), 'unexpected header');
  }
  codes.forEach((code, i) => {
    if (i > 0 && code === 'ALL') throw new InputError(headerAt(table, columns[i], group), 'a country', shown(label(columns[i])), 'unexpected header');
  });
}

/** A flat sheet: "Fiscal Year" | "Month" | "Total" | countries... | Other. */
export function parseCitizenshipList(wb: ExcelJS.Workbook, file: LocalFile, spec: Omit<TableSpec, 'grouped'>, target: Target): Observation[] {
  const table = readTable(wb, file, { ...spec, grouped: false });
  const codes = table.columns.map((c) => citizenshipOf(table, c, c.header, 'Total'));
  checkCitizenshipRun(table, table.columns, codes, 'Total');
  const targets = new Map(table.columns.map((c, i) => [c, [{ table: target.table, dims: { ...target.dims, citizenship: codes[i] } }]]));
  return emit(table, targets);
}

/** The flat citizenship sheets this adapter reads, with where they go. */
export const CITIZENSHIP_LISTS: { spec: Omit<TableSpec, 'grouped'>; target: Target }[] = [
  {
    spec: { sheet: 'DHS Removals by Citizenship', title: 'DHS Removals by Selected Citizenship' },
    target: { table: 'dhs-removals-citizenship', dims: { geography: 'US' } },
  },
  {
    spec: { sheet: 'DHS Enf Returns by Citizenship', title: 'DHS Enforcement Returns by Selected Citizenship' },
    target: { table: 'dhs-enforcement-returns-citizenship', dims: { geography: 'US', category: 'repatriation:enforcement-return' } },
  },
  {
    spec: { sheet: 'DHS Adm Returns by Citizens', title: 'DHS Administrative Returns by Selected Citizenship' },
    target: { table: 'dhs-administrative-returns-citizenship', dims: { geography: 'US', category: 'repatriation:administrative-return' } },
  },
  {
    spec: { sheet: 'ERO Arrests by Citizenship', title: 'ERO Administrative Arrests by Selected Citizenship' },
    target: { table: 'ero-arrests-citizenship', dims: { geography: 'US', component: 'ICE' } },
  },
  {
    spec: { sheet: 'CBP One Appointments', title: 'CBP One Appointments' },
    target: { table: 'cbp-one-appointments', dims: { geography: 'US-SWB' } },
  },
  {
    spec: { sheet: 'Nationwide USBP', title: 'Nationwide USBP Encounters by Top 100 Citizenships' },
    target: { table: 'usbp-encounters-top100', dims: { geography: 'US', component: 'USBP' } },
  },
  {
    spec: { sheet: 'Nationwide OFO', title: 'Nationwide OFO Enforcement Encounters by Top 100 Citizenships' },
    target: { table: 'ofo-encounters-top100', dims: { geography: 'US', component: 'OFO', category: 'encounter-type:enforcement' } },
  },
  {
    spec: { sheet: 'SWB USBP', title: 'SW Border USBP Encounters by Top 100 Citizenships' },
    target: { table: 'swb-usbp-encounters-top100', dims: { geography: 'US-SWB', component: 'USBP' } },
  },
];
