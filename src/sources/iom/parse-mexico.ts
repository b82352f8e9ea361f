/**
 * UPM's three tables as IOM compiled them → observations for Mexico (geography MX):
 * presentados by nationality (3.1.1) and by sex and age (3.1.3), returns by
 * nationality and kind (3.2.4).
 */
import { observation, type Observation, type ParseContext } from '../types.js';
import { DATASET } from './datasets.js';
import { FILES } from './files.js';
import { RETURN_TYPES, UPM_AGE, UPM_SEX } from './labels.js';
import { count, label, monthPeriod, nationality, onePerKey, readIomTable, yearMonth } from './table.js';

const MX = 'MX';

/**
 * gdidata gives the same code to several of UPM's nationality rows in some months: up
 * to three rows coded GIN and two coded FRA (49 month-cells, May 2019-January 2025),
 * each a separate published row that UPM's totals count. They are added together into
 * the code's cell (the dataset's notes say so); any other repeated key is an error.
 */
export const SHARED_CODES = new Set(['GIN', 'FRA']);

export async function parsePresentadosByNationality(ctx: ParseContext): Promise<Observation[]> {
  const t = await readIomTable(ctx, FILES.mexicoNat);
  const once = onePerKey('month and nationality');
  const cells = new Map<string, Observation>();
  for (const row of t.rows) {
    const period = monthPeriod(yearMonth(row));
    const citizenship = nationality(row);
    const value = count(row);
    const key = `${period} ${citizenship}`;
    const prior = cells.get(key);
    if (prior && SHARED_CODES.has(citizenship)) {
      prior.value = prior.value === null || value === null ? null : prior.value + value;
      continue;
    }
    once(row, [period.slice(0, 7), citizenship], 't');
    cells.set(key, observation(DATASET.presentadosByNationality, period, value, { geography: MX, citizenship }, row.at('n')));
  }
  return [...cells.values()];
}

export async function parsePresentadosBySexAge(ctx: ParseContext): Promise<Observation[]> {
  const t = await readIomTable(ctx, FILES.mexicoDmg);
  const once = onePerKey('month, sex and age');
  return t.rows.map((row) => {
    const period = monthPeriod(yearMonth(row));
    const demographic = `${label(row, 'sex', UPM_SEX, 'sex')}-${label(row, 'age', UPM_AGE, 'age group')}`;
    once(row, [period.slice(0, 7), demographic], 't');
    return observation(DATASET.presentadosBySexAge, period, count(row), { geography: MX, demographic }, row.at('n'));
  });
}

export async function parseReturns(ctx: ParseContext): Promise<Observation[]> {
  const t = await readIomTable(ctx, FILES.mexicoExp);
  const once = onePerKey('month, nationality and kind of return');
  return t.rows.map((row) => {
    const period = monthPeriod(yearMonth(row));
    const citizenship = nationality(row);
    const category = label(row, 'type', RETURN_TYPES, 'kind of return');
    once(row, [period.slice(0, 7), citizenship, category], 't');
    return observation(DATASET.returns, period, count(row), { geography: MX, citizenship, category }, row.at('n'));
  });
}
