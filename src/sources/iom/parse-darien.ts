/**
 * Panama's Darién counts as IOM compiled them → observations on PA-DARIEN.
 * The nationality file holds yearly totals for 2010-2019, each stored as its
 * January ("YYYY-01", quarter the same): they become calendar years, never January.
 * Months from 2020 are months; a month without rows stays missing (never 0).
 */
import { InputError, shown } from '../../errors.js';
import { observation, type Observation, type ParseContext } from '../types.js';
import { DATASET } from './datasets.js';
import { FILES } from './files.js';
import { DARIEN_DEMOGRAPHICS_FROM_2023, DARIEN_DEMOGRAPHICS_TO_2022 } from './labels.js';
import { DARIEN } from './places.js';
import { count, label, monthPeriod, nationality, onePerKey, readIomTable, yearMonth, type IomRow } from './table.js';

/** The last year the package stores as a yearly total (its documentation: "2010-2019 (annual)"). */
export const LAST_YEARLY = 2019;

/** The row's period and whether it is a year; `q` must be the quarter of `t`. */
function periodOf(row: IomRow): { period: string; yearly: boolean } {
  const [y, m] = yearMonth(row, 't');
  const [qy, qm] = yearMonth(row, 'q');
  const quarter = Math.floor((m - 1) / 3) * 3 + 1;
  if (qy !== y || qm !== quarter) {
    throw new InputError(row.at('q'), `the quarter of ${row.cell('t')} (${y}-${String(quarter).padStart(2, '0')})`, shown(row.cell('q')), 'inconsistent quarter');
  }
  if (y > LAST_YEARLY) return { period: monthPeriod([y, m]), yearly: false };
  if (m !== 1) throw new InputError(row.at('t'), `a yearly total written ${y}-01 (the file holds years up to ${LAST_YEARLY})`, shown(row.cell('t')), 'not a yearly period');
  return { period: `${y}-01-01`, yearly: true };
}

export async function parseDarienByNationality(ctx: ParseContext): Promise<Observation[]> {
  const t = await readIomTable(ctx, FILES.darienNat);
  const once = onePerKey('period and nationality');
  return t.rows.map((row) => {
    const { period, yearly } = periodOf(row);
    const citizenship = nationality(row);
    once(row, [yearly ? period.slice(0, 4) : period.slice(0, 7), citizenship], 't');
    return observation(yearly ? DATASET.darienYearly : DATASET.darien, period, count(row), { geography: DARIEN.code, citizenship }, row.at('n'));
  });
}

export async function parseDarienBySexAge(ctx: ParseContext): Promise<Observation[]> {
  const t = await readIomTable(ctx, FILES.darienDmg);
  const once = onePerKey('month and sex or age group');
  return t.rows.map((row) => {
    const { period, yearly } = periodOf(row);
    if (yearly) throw new InputError(row.at('t'), `a month after ${LAST_YEARLY} (this file starts in 2021)`, shown(row.cell('t')), 'unexpected period');
    const labels = Number(period.slice(0, 4)) <= 2022 ? DARIEN_DEMOGRAPHICS_TO_2022 : DARIEN_DEMOGRAPHICS_FROM_2023;
    const demographic = label(row, 'demog', labels, 'sex or age group for that year');
    once(row, [period.slice(0, 7), demographic], 't');
    return observation(DATASET.darienBySexAge, period, count(row), { geography: DARIEN.code, demographic }, row.at('n'));
  });
}
