/**
 * One row per month, one column per sector, region and the nationwide total (wide).
 * `month` is the calendar month, `fy` the fiscal year and `cy` the calendar year:
 * the three must agree, and no month may appear twice.
 */
import { InputError } from '../../errors.js';
import { observation, type Observation, type ParseContext } from '../types.js';
import { readCsv } from '../read/csv.js';
import { parseCount } from '../read/cells.js';
import { fiscalMonthStart, parseMonth, parseYear } from '../read/periods.js';
import { sectorCode } from '../../store/dimensions/geography.js';
import { DS } from './describe.js';
import { Seen } from '../read/seen.js';

const SECTORS = ['livermore', 'miami', 'new_orleans', 'ramey', 'blaine', 'buffalo', 'detroit', 'grand_forks', 'havre', 'houlton', 'spokane', 'swanton', 'big_bend', 'del_rio', 'el_centro', 'el_paso', 'laredo', 'rio_grande_valley', 'san_diego', 'tucson', 'yuma'];
const TOTALS: Record<string, [string, string]> = {
  coastal_border: [DS.regions, 'US-CST'],
  northern_border: [DS.regions, 'US-NLB'],
  southwest_border: [DS.regions, 'US-SWB'],
  monthly_total: [DS.nationwide, 'US'],
};
export const HEADER = ['month', ...SECTORS, ...Object.keys(TOTALS), 'fy', 'cy'];

/** Column → [dataset, geography]. */
const COLUMNS: [string, string, string][] = [
  ...SECTORS.map((s): [string, string, string] => [s, DS.sectors, sectorCode(s)!]),
  ...Object.entries(TOTALS).map(([c, [d, g]]): [string, string, string] => [c, d, g]),
];

export async function parse(ctx: ParseContext): Promise<Observation[]> {
  const file = ctx.files.monthly;
  // readCsv checks the whole gzip stream first (read/gzip.ts).
  const table = await readCsv(ctx, file, { header: HEADER, delimiter: '|' });
  const months = new Seen('row');
  return table.rows.flatMap((row, i) => {
    const at = (column: string) => ({ file: file.name, row: table.lineOf(i), column });
    const cell = (column: string) => row[table.column(column)];
    const month = parseMonth(cell('month'), at('month'));
    const fy = parseYear(cell('fy'), at('fy'));
    const cy = parseYear(cell('cy'), at('cy'));
    const expectedCy = month >= 10 ? fy - 1 : fy;
    if (cy !== expectedCy) throw new InputError(at('cy'), `${expectedCy} (month ${month} of FY${fy})`, String(cy), 'inconsistent year');
    const period = fiscalMonthStart(fy, month);
    months.add(period, at('month'), period.slice(0, 7));
    return COLUMNS.map(([column, dataset, geography]) =>
      observation(dataset, period, parseCount(cell(column), at(column), { blank: 'null' }), { geography, component: 'USBP' }, at(column)),
    );
  });
}
