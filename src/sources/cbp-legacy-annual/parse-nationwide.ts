/**
 * nationwide_total_apprehensions_1925_2019.csv: one row per fiscal year.
 */
import { observation, type Observation, type ParseContext } from '../types.js';
import { readCsv } from '../read/csv.js';
import { fyStart, parseYear } from '../read/periods.js';
import { DS } from './describe.js';
import { kaplanCount } from './values.js';
import { Seen } from '../read/seen.js';

export async function parseNationwide(ctx: ParseContext): Promise<Observation[]> {
  const file = ctx.files.nationwide;
  const table = await readCsv(ctx, file, { header: ['fiscal_year', 'total_apprehensions'] });
  const years = new Seen('row');
  return table.rows.map((row, i) => {
    const at = (column: string) => ({ file: file.name, row: table.lineOf(i), column });
    const fy = parseYear(row[0], at('fiscal_year'));
    years.add(String(fy), at('fiscal_year'), `FY${fy}`);
    const value = kaplanCount(row[1], at('total_apprehensions'));
    return observation(DS.nationwide, fyStart(fy), value, { geography: 'US', component: 'USBP' }, at('total_apprehensions'));
  });
}
