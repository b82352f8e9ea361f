/**
 * nationwide-encounters-*-state.csv → observations: one row per finest cell (month ×
 * region × state × demographic × citizenship × authority); no component column.
 */
import type { Location } from '../../errors.js';
import { parseCount, parseEnum } from '../read/cells.js';
import { observation, type Observation, type ParseContext } from '../types.js';
// The CBP data-portal layout and table checks are shared with cbp-sbo (same publisher format).
import { CellKeys, MonthRun } from '../read/table-checks.js';
import { portalMonth, readPortalCsv, rejectNote } from '../read/cbp-portal.js';
import { DATASET_ID, FILE_ID } from './describe.js';
import { AUTHORITIES, DEMOGRAPHICS, REGIONS, citizenshipCode, regionStateOf } from './labels.js';

export const HEADER = [
  'Fiscal Year', 'Month Grouping', 'Month (abbv)', 'Land Border Region', 'State',
  'Demographic', 'Citizenship', 'Title of Authority', 'Encounter Count',
] as const;
const [FY, GROUPING, MONTH, REGION, STATE, DEMOGRAPHIC, CITIZENSHIP, AUTHORITY, COUNT] = HEADER.map((_, i) => i);

export async function parse(ctx: ParseContext): Promise<Observation[]> {
  const file = ctx.files[FILE_ID];
  if (!file) throw new Error(`cbp-state: no file "${FILE_ID}" in the parse context`);
  const table = await readPortalCsv(ctx, file, HEADER);
  const cells = new CellKeys('month, region, state, demographic, citizenship and authority');
  const months = new MonthRun();
  const out: Observation[] = [];

  table.rows.forEach((row, i) => {
    const line = table.lineOf(i);
    const at = (c: number): Location => ({ file: file.name, row: line, column: HEADER[c] });
    rejectNote(row, at(FY));

    const period = portalMonth(row[FY], row[GROUPING], row[MONTH], at);
    const region = parseEnum(row[REGION], REGIONS, at(REGION), 'land border region');
    const geography = regionStateOf(region, row[STATE], at(STATE));
    const demographic = parseEnum(row[DEMOGRAPHIC], DEMOGRAPHICS, at(DEMOGRAPHIC), 'demographic');
    const citizenship = citizenshipCode(row[CITIZENSHIP], at(CITIZENSHIP));
    const authority = parseEnum(row[AUTHORITY], AUTHORITIES, at(AUTHORITY), 'title of authority');
    const value = parseCount(row[COUNT], at(COUNT), { blank: 'null' });

    cells.claim(`${period}|${geography}|${demographic}|${citizenship}|${authority}`, () => [FY, MONTH, REGION, STATE, DEMOGRAPHIC, CITIZENSHIP, AUTHORITY].map((c) => row[c]).join(', '), at(MONTH));
    months.add(period, at(MONTH));
    out.push(observation(DATASET_ID, period, value, { geography, demographic, citizenship, authority }, at(COUNT)));
  });
  months.check();
  return out;
}
