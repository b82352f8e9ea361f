/**
 * encounters_monthly_cross_reference.csv: per month, DDP's count from CBP's FOIA
 * record-level files (encounters_final_count) beside CBP's published USBP nationwide
 * figure (cbp_usb_encounter_count), with their difference.
 *
 * A blank final count means the FOIA files do not reach that month yet (status
 * "missing from encounters_final"): the FOIA series simply ends there, so those months
 * get no observation rather than a NULL one. Any other blank is an error.
 */
import { InputError, shown } from '../../errors.js';
import { observation, type Observation, type ParseContext } from '../types.js';
import { readCsv } from '../read/csv.js';
import { parseCount, parseEnum } from '../read/cells.js';
import { fiscalMonthStart, parseMonth, parseYear } from '../read/periods.js';
import { DS } from './describe.js';
import { parseMonthStart } from './dates.js';
import { Seen } from '../read/seen.js';

const HEADER = ['fiscal_year', 'fiscal_month', 'month_start', 'encounters_final_count', 'cbp_usb_encounter_count', 'difference', 'absolute_difference', 'percent_difference', 'exact_match', 'status'];
const STATUS = { 'exact match': 'exact', difference: 'difference', 'missing from encounters_final': 'missing' } as const;
const DIMS = { geography: 'US', component: 'USBP' };

export async function parseCrossReference(ctx: ParseContext): Promise<Observation[]> {
  const file = ctx.files['cross-reference'];
  const table = await readCsv(ctx, file, { header: HEADER });
  const months = new Seen('row');
  return table.rows.flatMap((row, i) => {
    const at = (column: string) => ({ file: file.name, row: table.lineOf(i), column });
    const cell = (column: string) => row[table.column(column)];
    const period = parseMonthStart(cell('month_start'), at('month_start'));
    const fy = parseYear(cell('fiscal_year'), at('fiscal_year'));
    const month = parseMonth(cell('fiscal_month'), at('fiscal_month'));
    if (fiscalMonthStart(fy, month) !== period) {
      throw new InputError(at('month_start'), `${fiscalMonthStart(fy, month)} (month ${month} of FY${fy})`, shown(period), 'inconsistent month');
    }
    months.add(period, at('month_start'), period.slice(0, 7));
    const status = parseEnum(cell('status'), STATUS, at('status'), 'status');
    const cbp = parseCount(cell('cbp_usb_encounter_count'), at('cbp_usb_encounter_count'), { blank: 'null' });
    const out = [observation(DS.cbp, period, cbp, DIMS, at('cbp_usb_encounter_count'))];
    if (status === 'missing') {
      if (cell('encounters_final_count') !== null) throw new InputError(at('encounters_final_count'), 'an empty cell (status "missing from encounters_final")', shown(cell('encounters_final_count')), 'unexpected value');
      return out;
    }
    const foia = parseCount(cell('encounters_final_count'), at('encounters_final_count'))!;
    if (cbp !== null) checkDifference(cell, at, foia - cbp, status);
    return [...out, observation(DS.foia, period, foia, DIMS, at('encounters_final_count'))];
  });
}

/** The derived columns must agree with the two counts (a misaligned row shows up here). */
function checkDifference(cell: (c: string) => string | null, at: (c: string) => { file: string; row: number; column: string }, difference: number, status: string): void {
  const expect = (column: string, value: string) => {
    if ((cell(column) ?? '').trim() !== value) throw new InputError(at(column), `${value} (from the two counts)`, shown(cell(column)), 'inconsistent row');
  };
  expect('difference', String(difference));
  expect('absolute_difference', String(Math.abs(difference)));
  expect('exact_match', difference === 0 ? 'TRUE' : 'FALSE');
  if ((status === 'exact') !== (difference === 0)) throw new InputError(at('status'), difference === 0 ? '"exact match"' : '"difference"', shown(cell('status')), 'inconsistent row');
}
