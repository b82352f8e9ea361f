/**
 * nationwide-encounters-*-state.csv → cells (observations when a row is at fault): one row per finest cell (month ×
 * region × state × demographic × citizenship × authority); no component column.
 */
import { parseCount, parseEnum } from '../read/cells.js';
import { observation, type ParseContext, type ParsedSource } from '../types.js';
// The CBP data-portal layout and table checks are shared with cbp-sbo (same publisher format).
import { parsePortalSource } from '../read/cbp-portal-cells.js';
import type { PortalTable } from '../read/cbp-portal.js';
import { DATASET_ID, FILE_ID } from './describe.js';
import { AUTHORITIES, DEMOGRAPHICS, REGIONS, citizenshipCode, regionStateOf } from './labels.js';

export const HEADER = [
  'Fiscal Year', 'Month Grouping', 'Month (abbv)', 'Land Border Region', 'State',
  'Demographic', 'Citizenship', 'Title of Authority', 'Encounter Count',
] as const;
const [FY, , MONTH, REGION, STATE, DEMOGRAPHIC, CITIZENSHIP, AUTHORITY, COUNT] = HEADER.map((_, i) => i);

/** The table's layout and checks (exported for the test that both paths agree). */
export const TABLE: PortalTable = {
  source: 'cbp-state',
  fileId: FILE_ID,
  header: HEADER,
  cell: 'month, region, state, demographic, citizenship and authority',
  count: COUNT,
  cellColumns: [FY, MONTH, REGION, STATE, DEMOGRAPHIC, CITIZENSHIP, AUTHORITY],
  observe: (row, period, at) => {
    const region = parseEnum(row[REGION], REGIONS, at(REGION), 'land border region');
    const geography = regionStateOf(region, row[STATE], at(STATE));
    const demographic = parseEnum(row[DEMOGRAPHIC], DEMOGRAPHICS, at(DEMOGRAPHIC), 'demographic');
    const citizenship = citizenshipCode(row[CITIZENSHIP], at(CITIZENSHIP));
    const authority = parseEnum(row[AUTHORITY], AUTHORITIES, at(AUTHORITY), 'title of authority');
    const value = parseCount(row[COUNT], at(COUNT), { blank: 'null' });
    return observation(DATASET_ID, period, value, { geography, demographic, citizenship, authority }, at(COUNT));
  },
};

export function parse(ctx: ParseContext): Promise<ParsedSource> {
  return parsePortalSource(ctx, TABLE, 'cbp_state_cells');
}
