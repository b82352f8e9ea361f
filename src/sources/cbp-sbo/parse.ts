/**
 * sbo-encounters-*.csv → observations: one row per finest cell (month × component ×
 * demographic × citizenship group × authority), all on the southwest land border.
 */
import type { Location } from '../../errors.js';
import { parseCount, parseEnum } from '../read/cells.js';
import { observation, type Observation, type ParseContext } from '../types.js';
import { DATASET_ID, FILE_ID } from './describe.js';
import { CellKeys, MonthRun } from '../read/table-checks.js';
import { AUTHORITIES, COMPONENTS, DEMOGRAPHICS, checkEncounterType, citizenshipCode } from './labels.js';
import { portalMonth, readPortalCsv, rejectNote } from '../read/cbp-portal.js';

export const HEADER = [
  'Fiscal Year', 'Month Grouping', 'Month (abbv)', 'Component', 'Demographic',
  'Citizenship Grouping', 'Title of Authority', 'Encounter Type', 'Encounter Count',
] as const;
const [FY, GROUPING, MONTH, COMPONENT, DEMOGRAPHIC, CITIZENSHIP, AUTHORITY, TYPE, COUNT] = HEADER.map((_, i) => i);

export async function parse(ctx: ParseContext): Promise<Observation[]> {
  const file = ctx.files[FILE_ID];
  if (!file) throw new Error(`cbp-sbo: no file "${FILE_ID}" in the parse context`);
  const table = await readPortalCsv(ctx, file, HEADER);
  const cells = new CellKeys('month, component, demographic, citizenship grouping and authority');
  const months = new MonthRun();
  const out: Observation[] = [];

  table.rows.forEach((row, i) => {
    const line = table.lineOf(i);
    const at = (c: number): Location => ({ file: file.name, row: line, column: HEADER[c] });
    rejectNote(row, at(FY));

    const period = portalMonth(row[FY], row[GROUPING], row[MONTH], at);
    const component = parseEnum(row[COMPONENT], COMPONENTS, at(COMPONENT), 'component');
    const demographic = parseEnum(row[DEMOGRAPHIC], DEMOGRAPHICS, at(DEMOGRAPHIC), 'demographic');
    const citizenship = citizenshipCode(row[CITIZENSHIP], at(CITIZENSHIP));
    const authority = parseEnum(row[AUTHORITY], AUTHORITIES, at(AUTHORITY), 'title of authority');
    checkEncounterType(row[TYPE], component, authority, at(TYPE));
    const value = parseCount(row[COUNT], at(COUNT), { blank: 'null' });

    cells.claim(`${period}|${component}|${demographic}|${citizenship}|${authority}`, () => [FY, MONTH, COMPONENT, DEMOGRAPHIC, CITIZENSHIP, AUTHORITY].map((c) => row[c]).join(', '), at(MONTH));
    months.add(period, at(MONTH));
    out.push(observation(DATASET_ID, period, value, { geography: 'US-SWB', component, demographic, citizenship, authority }, at(COUNT)));
  });
  months.check();
  return out;
}
