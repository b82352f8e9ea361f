/**
 * UWCHR's daily counts by area of responsibility (third-party derived): only the
 * encounters column is kept, as its arrests and removals repeat the ICE files.
 */
import { observation, type LocalFile, type Observation, type ParseContext } from '../types.js';
import { InputError, shown } from '../../errors.js';
import { parseCount } from '../read/cells.js';
import { readCsv } from '../read/csv.js';
import { fiscalYearOf } from '../read/periods.js';
import { aorFromAbbreviation } from './aors.js';
import { DATASET } from './describe.js';

const HEADER = ['date', 'aor', 'n_encounters', 'n_arrests', 'n_removals', 'quarter', 'fy'];
const FIRST_DAY = '2015-10-01';
const LAST_DAY = '2019-09-30';

function isDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** Fiscal quarter as UWCHR writes it (lubridate): FY2016 October-December is "2016.1". */
function fiscalQuarter(day: string): string {
  const month = Number(day.slice(5, 7));
  return `${fiscalYearOf(day)}.${Math.floor(((month + 2) % 12) / 3) + 1}`;
}

export async function parseDaily(ctx: ParseContext, file: LocalFile): Promise<Observation[]> {
  // readCsv checks the whole gzip stream first (read/gzip.ts).
  const table = await readCsv(ctx, file, { header: HEADER, delimiter: '|' });
  const seen = new Map<string, number>();
  // About 1,500 days over 33,000 rows: each day's checks and fiscal periods are worked out once.
  const days = new Map<string, { fy: string; quarter: string } | null>();
  const dayOf = (date: string) => {
    let facts = days.get(date);
    if (facts === undefined) {
      facts = isDay(date) && date >= FIRST_DAY && date <= LAST_DAY ? { fy: String(fiscalYearOf(date)), quarter: fiscalQuarter(date) } : null;
      days.set(date, facts);
    }
    return facts;
  };
  return table.rows.map((r, i) => {
    const row = table.lineOf(i);
    const at = (column: string) => ({ file: file.name, row, column });
    const [date, aor, encounters, arrests, removals, quarter, fy] = r.map((v) => (v ?? '').trim());
    const day = dayOf(date);
    if (!day) throw new InputError(at('date'), `a day YYYY-MM-DD from ${FIRST_DAY} to ${LAST_DAY}`, shown(date), 'not a date');
    const geography = aorFromAbbreviation(aor);
    if (!geography) throw new InputError(at('aor'), 'a three-letter ICE area of responsibility (ATL, BAL, ...)', shown(aor), 'unknown area of responsibility');
    const value = parseCount(encounters, at('n_encounters'));
    parseCount(arrests, at('n_arrests'));
    parseCount(removals, at('n_removals'));
    if (fy !== day.fy) throw new InputError(at('fy'), `${day.fy}, the fiscal year of ${date}`, shown(fy), 'inconsistent fiscal year');
    if (quarter !== day.quarter) throw new InputError(at('quarter'), `${day.quarter}, the fiscal quarter of ${date}`, shown(quarter), 'inconsistent quarter');
    const key = `${date}|${aor}`;
    if (seen.has(key)) throw new InputError(at('date'), `one row per day and area of responsibility`, `a second row for ${aor} on ${date} (first at row ${seen.get(key)})`, 'duplicated row');
    seen.set(key, row);
    return observation(DATASET.encounters, date, value, { geography, component: 'ICE' }, at('n_encounters'));
  });
}
