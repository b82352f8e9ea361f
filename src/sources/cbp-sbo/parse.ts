/**
 * sbo-encounters-*.csv → observations: one row per finest cell (month × component ×
 * demographic × citizenship group × authority), all on the southwest land border.
 */
import { parseCount, parseEnum } from '../read/cells.js';
import { observation, type Observation, type ParseContext } from '../types.js';
import { DATASET_ID, FILE_ID } from './describe.js';
import { AUTHORITIES, COMPONENTS, DEMOGRAPHICS, checkEncounterType, citizenshipCode } from './labels.js';
import { parsePortalTable } from '../read/cbp-portal.js';

export const HEADER = [
  'Fiscal Year', 'Month Grouping', 'Month (abbv)', 'Component', 'Demographic',
  'Citizenship Grouping', 'Title of Authority', 'Encounter Type', 'Encounter Count',
] as const;
const [FY, , MONTH, COMPONENT, DEMOGRAPHIC, CITIZENSHIP, AUTHORITY, TYPE, COUNT] = HEADER.map((_, i) => i);

export function parse(ctx: ParseContext): Promise<Observation[]> {
  return parsePortalTable(ctx, {
    source: 'cbp-sbo',
    fileId: FILE_ID,
    header: HEADER,
    cell: 'month, component, demographic, citizenship grouping and authority',
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
  });
}
