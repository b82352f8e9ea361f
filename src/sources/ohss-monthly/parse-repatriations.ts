/**
 * "DHS Repats by Type": removals, enforcement returns, administrative returns and Title 42
 * expulsions, each with its subtypes. The columns nest (Total Removals = its three subtypes),
 * so they go to three tables whose categories each add up to the total once:
 *   dhs-repatriations         the four types (and the total)
 *   dhs-repatriations-detail  the subtypes plus Title 42 expulsions (and the total)
 *   dhs-repatriations-title8  the two Title 8 subtotals OHSS publishes (not additive)
 */
import type ExcelJS from 'exceljs';
import type { LocalFile, Observation } from '../types.js';
import { bindColumns, emit, type Target } from './emit.js';
import { readTable } from './layout.js';

const to = (table: string, category: string): Target => ({ table, dims: { geography: 'US', category } });
const type = (category: string) => to('dhs-repatriations', category);
const detail = (category: string) => to('dhs-repatriations-detail', category);
const title8 = (category: string) => to('dhs-repatriations-title8', category);

const LAYOUT: [string, string, Target[]][] = [
  ['Total Repatriations', 'Total Repatriations', [type('ALL'), detail('ALL')]],
  ['Total Repatriations', 'Total Title 8 Repatriations', [title8('repatriation:title-8')]],
  ['Total Repatriations', 'Title 8 Enforcement Repatriations', [title8('repatriation:title-8-enforcement')]],
  ['Total Repatriations', 'Title 42 Expulsions', [type('repatriation:t42-expulsion'), detail('repatriation:t42-expulsion')]],
  ['DHS Removals', 'Total Removals', [type('repatriation:removal')]],
  ['DHS Removals', 'Expedited Removals', [detail('repatriation:expedited-removal')]],
  ['DHS Removals', 'Reinstatements of Removal Orders', [detail('repatriation:reinstatement')]],
  ['DHS Removals', 'Other Removals', [detail('repatriation:other-removal')]],
  ['DHS Enforcement Returns', 'Total Enforcement Returns', [type('repatriation:enforcement-return')]],
  ['DHS Enforcement Returns', 'Withdrawals', [detail('repatriation:enforcement-withdrawal')]],
  ['DHS Enforcement Returns', 'Voluntary Returns', [detail('repatriation:voluntary-return')]],
  ['DHS Enforcement Returns', 'Voluntary Departures', [detail('repatriation:voluntary-departure')]],
  ['DHS Enforcement Returns', 'Other Enforcement Returns', [detail('repatriation:other-enforcement-return')]],
  ['DHS Administrative Returns', 'Total Administrative Returns', [type('repatriation:administrative-return')]],
  ['DHS Administrative Returns', 'Withdrawals', [detail('repatriation:administrative-withdrawal')]],
  ['DHS Administrative Returns', 'Crew Members Detained', [detail('repatriation:crew-detained')]],
];

export function parseRepatriationsByType(wb: ExcelJS.Workbook, file: LocalFile): Observation[] {
  const table = readTable(wb, file, { sheet: 'DHS Repats by Type', title: 'DHS Repatriations by Type', grouped: true });
  return emit(table, bindColumns(table, LAYOUT.map(([group, header, targets]) => ({ group, header, targets }))));
}
