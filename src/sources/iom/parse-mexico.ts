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

export async function parsePresentadosByNationality(ctx: ParseContext): Promise<Observation[]> {
  const t = await readIomTable(ctx, FILES.mexicoNat);
  const once = onePerKey('month and nationality');
  return t.rows.map((row) => {
    const period = monthPeriod(yearMonth(row));
    const citizenship = nationality(row);
    once(row, [period.slice(0, 7), citizenship], 't');
    return observation(DATASET.presentadosByNationality, period, count(row), { geography: MX, citizenship }, row.at('n'));
  });
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
