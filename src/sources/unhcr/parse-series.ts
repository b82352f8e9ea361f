/**
 * population.csv, flows.csv and solutions.csv → observations: one row per year,
 * origin and country of asylum, one column per measure (measures.ts says which
 * columns, and which cells mean "nothing").
 */
import { observation, type Observation, type ParseContext } from '../types.js';
import { datasetId } from './datasets.js';
import type { FileSpec } from './files.js';
import type { Series } from './measures.js';
import { checkCellsOnce, countValue, selectPairs } from './rows.js';

export async function parseSeries(ctx: ParseContext, spec: FileSpec, series: Series[]): Promise<Observation[]> {
  const { table, rows } = await selectPairs(ctx, spec, (t) => series.map((s) => t.col(s.column)));
  const out: Observation[] = [];
  for (const row of rows) {
    series.forEach((s, i) => {
      const value = countValue(row.cells[i], s.nothing);
      if (value === undefined) return;
      out.push(observation(datasetId(s.slug, row.asylumInAmericas), row.period, value, { geography: row.geography, citizenship: row.citizenship }, table.at(row.line, s.column)));
    });
  }
  checkCellsOnce(out);
  return out;
}
