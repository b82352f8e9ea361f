/**
 * Solves the reception model lexicographically with HiGHS: first the fewest people
 * without a place; then, with that number as a bound, the fewest person-kilometres.
 * Two stages of one model, so no weight has to dominate the other.
 *
 * Whole people and whole families make it a MIP whose proof of optimality can take
 * minutes (families of 2-5 packed into beds is a knapsack). So it is solved in two steps,
 * both by HiGHS: (1) the LP relaxation, lexicographically, whose first optimum is a
 * proven lower bound on the people without a place; (2) the MIP restricted to the
 * neighbourhood of that LP solution (every unknown the LP left whole is fixed, every
 * fractional one may take the whole number just below or above it; unmet need stays
 * free), lexicographically.
 * Rounding every unknown down is always feasible (coefficients are non-negative and the
 * unmet unknown takes the rest), so step 2 always has a solution; the plan reports
 * how far its unmet need can be from the optimum (unmetPeople − unmetLowerBound).
 */
import { solveLexicographic, type SolveOptions } from '../../lib/lp/highs.js';
import { buildModel, type ReceptionModel } from './model-lp.js';
import type { PlanInput, SolverReport } from './types.js';

export interface Solution {
  model: ReceptionModel;
  values: Float64Array;
  report: SolverReport;
}

export const DEFAULT_SOLVE: SolveOptions = { timeLimit: 10, mipGap: 1e-4 };

export async function solvePlan(input: PlanInput, opts: SolveOptions = DEFAULT_SOLVE): Promise<Solution> {
  const model = buildModel(input);
  const { lp } = model;
  const objectives = model.distanceObjective.size > 0 ? [model.unmetObjective, model.distanceObjective] : [model.unmetObjective];
  const integer = Array.from({ length: lp.variableCount }, (_, i) => lp.isInteger(i));
  integer.forEach((_, i) => lp.setInteger(i, false));
  const relaxed = await solveLexicographic(lp, objectives, [1e-6], { highs: opts.highs });
  const lowerBound = Math.max(0, Math.ceil(relaxed.stages[0].objective - 1e-6));
  const unmetVars = new Set(model.unmet);
  for (let i = 0; i < lp.variableCount; i++) {
    if (!integer[i]) continue;
    lp.setInteger(i, true);
    // Unmet need stays free, so rounding assignments down is always feasible.
    if (unmetVars.has(i)) continue;
    const x = relaxed.values[i];
    const r = Math.round(x);
    if (Math.abs(x - r) < 1e-6) lp.setBounds(i, r, r);
    else lp.setBounds(i, Math.floor(x), Math.ceil(x));
  }
  // The restricted MIP's first optimum is whole people; half a person of slack absorbs tolerance.
  const whole = await solveLexicographic(lp, objectives, [0.5], opts);
  const values = whole.values.map((v, i) => (integer[i] ? Math.round(v) : v));
  let unmet = 0;
  for (const [v, c] of model.unmetObjective) unmet += c * values[v];
  let personKm = 0;
  for (const [v, c] of model.distanceObjective) personKm += c * values[v];
  const stages = [...relaxed.stages, ...whole.stages];
  return {
    model,
    values,
    report: {
      status: whole.stages.map((s) => s.status).join(', '),
      optimal: whole.stages.every((s) => s.optimal) && Math.round(unmet) === lowerBound,
      seconds: stages.reduce((a, s) => a + s.seconds, 0),
      variables: lp.variableCount,
      rows: lp.rowCount,
      unmetPeople: Math.round(unmet),
      unmetLowerBound: lowerBound,
      personKm: Math.round(personKm),
    },
  };
}
