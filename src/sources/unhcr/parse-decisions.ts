/**
 * asylum_decisions.csv → observations by outcome (category) with dec_total as the
 * total ('ALL'). The store has one category dimension, taken by the outcome, so the
 * rows of one year, origin, asylum and persons/cases are summed over procedure type
 * and decision level, in SQL; a sum with an NA in it is NULL.
 */
import { observation, type Observation, type ParseContext } from '../types.js';
import { DECISION_OUTCOMES } from './categories.js';
import { datasetId } from './datasets.js';
import { DECISIONS_FILE } from './files.js';
import { checkCellsOnce, countValue, selectPairs } from './rows.js';

const COLUMNS: [string, string][] = [...Object.entries(DECISION_OUTCOMES), ['dec_total', 'ALL']];
const SLUG = { P: 'asylum-decisions', C: 'asylum-decisions-cases' } as Record<string, string>;

export async function parseDecisions(ctx: ParseContext): Promise<Observation[]> {
  const { table, rows } = await selectPairs(
    ctx,
    DECISIONS_FILE,
    (t) => [t.col('dec_pc'), ...COLUMNS.map(([c]) => `CASE WHEN count(${t.col(c)}) = count(*) THEN sum(${t.col(c)}::BIGINT) END`)],
    (t) => [t.col('dec_pc')],
  );
  const out: Observation[] = [];
  for (const { line, period, citizenship, geography, asylumInAmericas, cells } of rows) {
    const [pc, ...sums] = cells;
    COLUMNS.forEach(([column, category], i) => {
      const value = countValue(sums[i], 'zero');
      if (value === undefined) return;
      out.push(observation(datasetId(SLUG[String(pc)], asylumInAmericas), period, value, { geography, citizenship, category }, table.at(line, column)));
    });
  }
  checkCellsOnce(out);
  return out;
}
