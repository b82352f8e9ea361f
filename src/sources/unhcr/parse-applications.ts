/**
 * asylum_applications.csv → observations: one per row in scope, persons and cases
 * in separate measures, the category naming procedure type, application type and
 * decision level together (categories.ts).
 */
import { InputError, shown } from '../../errors.js';
import { observation, type Observation, type ParseContext } from '../types.js';
import { APPLICATION_CATEGORIES, applicationCategory } from './categories.js';
import { datasetId } from './datasets.js';
import { APPLICATIONS_FILE } from './files.js';
import { checkCellsOnce, countValue, selectPairs } from './rows.js';

const DECLARED = new Set(APPLICATION_CATEGORIES.map((c) => c.id));
const SLUG = { P: 'asylum-applications', C: 'asylum-applications-cases' } as Record<string, string>;

export async function parseApplications(ctx: ParseContext): Promise<Observation[]> {
  const { table, rows } = await selectPairs(ctx, APPLICATIONS_FILE, (t) => ['procedure_type', 'app_type', 'dec_level', 'app_pc', 'applied'].map((c) => t.col(c)));
  const out: Observation[] = [];
  for (const { line, period, citizenship, geography, asylumInAmericas, cells } of rows) {
    const [procedure, appType, decLevel, pc, applied] = cells.map((c) => (c === null ? '' : String(c)));
    const category = applicationCategory(procedure, appType, decLevel);
    if (!DECLARED.has(category)) {
      throw new InputError(
        table.at(line, 'dec_level'),
        'a combination of procedure_type, app_type and dec_level declared as a category (src/sources/unhcr/codes.ts)',
        shown([procedure, appType, decLevel].join(', ')),
        'unknown combination',
      );
    }
    const value = countValue(applied === '' ? null : applied, 'zero');
    if (value === undefined) continue;
    out.push(observation(datasetId(SLUG[pc], asylumInAmericas), period, value, { geography, citizenship, category }, table.at(line, 'applied')));
  }
  checkCellsOnce(out);
  return out;
}
