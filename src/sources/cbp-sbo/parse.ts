/**
 * sbo-encounters-*.csv → observations: one row per finest cell (month × component ×
 * demographic × citizenship group × authority), all on the southwest land border.
 */
import { parseCount, parseEnum } from '../read/cells.js';
import { observation, type ParseContext, type ParsedSource } from '../types.js';
import { DATASET_ID, FILE_ID } from './describe.js';
import { AUTHORITIES, COMPONENTS, DEMOGRAPHICS, checkEncounterType, citizenshipCode } from './labels.js';
import { parsePortalSource } from '../read/cbp-portal-cells.js';
import type { PortalTable } from '../read/cbp-portal.js';

export const HEADER = [
  'Fiscal Year', 'Month Grouping', 'Month (abbv)', 'Component', 'Demographic',
  'Citizenship Grouping', 'Title of Authority', 'Encounter Type', 'Encounter Count',
] as const;
const [FY, , MONTH, COMPONENT, DEMOGRAPHIC, CITIZENSHIP, AUTHORITY, TYPE, COUNT] = HEADER.map((_, i) => i);

/** The table's layout and checks (exported for the test that both paths agree). */
export const TABLE: PortalTable = {
  source: 'cbp-sbo',
  fileId: FILE_ID,
  header: HEADER,
  cell: 'month, component, demographic, citizenship grouping and authority',
  count: COUNT,
  cellColumns: [FY, MONTH, COMPONENT, DEMOGRAPHIC, CITIZENSHIP, AUTHORITY],
  observe: (row, period, at) => {
    const component = parseEnum(row[COMPONENT], COMPONENTS, at(COMPONENT), 'component');
    const demographic = parseEnum(row[DEMOGRAPHIC], DEMOGRAPHICS, at(DEMOGRAPHIC), 'demographic');
    const citizenship = citizenshipCode(row[CITIZENSHIP], at(CITIZENSHIP));
    const authority = parseEnum(row[AUTHORITY], AUTHORITIES, at(AUTHORITY), 'title of authority');
    checkEncounterType(row[TYPE], component, authority, at(TYPE));
    const value = parseCount(row[COUNT], at(COUNT), { blank: 'null' });
    return observation(DATASET_ID, period, value, { geography: 'US-SWB', component, demographic, citizenship, authority }, at(COUNT));
  },
};

export function parse(ctx: ParseContext): Promise<ParsedSource> {
  return parsePortalSource(ctx, TABLE, 'cbp_sbo_cells');
}
