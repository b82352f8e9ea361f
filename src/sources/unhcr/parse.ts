/**
 * The five data files → observations, after countries.csv has given the countries
 * of the Americas (the scope: origin or asylum in the Americas).
 */
import type { Observation, ParseContext } from '../types.js';
import { FLOWS_FILE, POPULATION_FILE, SOLUTIONS_FILE } from './files.js';
import { FLOWS, POPULATION, SOLUTIONS } from './measures.js';
import { parseApplications } from './parse-applications.js';
import { parseDecisions } from './parse-decisions.js';
import { parseSeries } from './parse-series.js';
import { loadAmericas } from './region.js';

const STEPS: [string, (ctx: ParseContext) => Promise<Observation[]>][] = [
  ['population', (ctx) => parseSeries(ctx, POPULATION_FILE, POPULATION)],
  ['asylum applications', parseApplications],
  ['asylum decisions', parseDecisions],
  ['flows', (ctx) => parseSeries(ctx, FLOWS_FILE, FLOWS)],
  ['solutions', (ctx) => parseSeries(ctx, SOLUTIONS_FILE, SOLUTIONS)],
];

export async function parse(ctx: ParseContext): Promise<Observation[]> {
  await loadAmericas(ctx);
  const out: Observation[] = [];
  for (const [i, [label, step]] of STEPS.entries()) {
    ctx.progress?.(i / STEPS.length, label);
    for (const o of await step(ctx)) out.push(o);
  }
  ctx.progress?.(1);
  return out;
}
