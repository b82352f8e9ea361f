/**
 * Solves the reception model lexicographically with HiGHS: first the fewest people
 * without a place; then, with that number fixed as a bound, the fewest person-kilometres.
 * Two solves, so no weight has to dominate the other (and no rounding of a huge weight
 * can let distance buy unmet need).
 */
import { solveLp, type SolveOptions } from '../../lib/lp/highs.js';
import { buildModel, type ReceptionModel } from './model-lp.js';
import type { PlanInput, SolverReport } from './types.js';

export interface Solution {
  model: ReceptionModel;
  values: Float64Array;
  report: SolverReport;
}

export async function solvePlan(input: PlanInput, opts: SolveOptions = {}): Promise<Solution> {
  const model = buildModel(input);
  const first = await solveLp(model.lp, model.unmetObjective, opts);
  // People are whole, so the optimum is an integer; half a person of slack absorbs solver tolerance.
  const unmetPeople = Math.round(first.objective);
  let values = first.values;
  let seconds = first.seconds;
  let status = first.status;
  let optimal = first.optimal;
  if (model.distanceObjective.size > 0) {
    model.lp.addRow(model.unmetObjective, -Infinity, unmetPeople + 0.5);
    const second = await solveLp(model.lp, model.distanceObjective, opts);
    values = second.values;
    seconds += second.seconds;
    status = second.status;
    optimal &&= second.optimal;
  }
  let personKm = 0;
  for (const [v, c] of model.distanceObjective) personKm += c * Math.round(values[v]);
  return {
    model,
    values,
    report: { status, optimal, seconds, variables: model.lp.variableCount, rows: model.lp.rowCount, unmetPeople, personKm: Math.round(personKm) },
  };
}
