/**
 * Solves a LinearProgram with HiGHS (the npm build of the solver, WebAssembly), loaded
 * once per process. Returns the values of the variables by index, or the solver's status
 * when there is no solution to read.
 */
import type { LinearProgram, Terms } from './linear-program.js';

import type { LegacyHighs } from 'highs';

// The package's types describe a CommonJS default export; its ESM build's default is the loader.
type Loader = () => Promise<LegacyHighs>;
let loading: Promise<LegacyHighs> | null = null;

function highs(): Promise<LegacyHighs> {
  loading ??= import('highs').then((m) => (m as unknown as { default: Loader }).default());
  return loading;
}

export interface SolveOptions {
  /** Seconds before HiGHS stops and returns the best solution found (status "Time limit reached"). */
  timeLimit?: number;
  /** Relative MIP gap at which HiGHS stops (default HiGHS's own, 1e-4). */
  mipGap?: number;
}

export interface LpSolution {
  status: string;
  /** True when HiGHS proved the solution optimal. */
  optimal: boolean;
  objective: number;
  values: Float64Array;
  seconds: number;
}

export class SolverError extends Error {
  constructor(readonly status: string) {
    super(`the solver found no solution (HiGHS status: ${status})`);
    this.name = 'SolverError';
  }
}

export async function solveLp(lp: LinearProgram, objective: Terms, opts: SolveOptions = {}): Promise<LpSolution> {
  const h = await highs();
  const text = lp.toLpText(objective);
  const started = performance.now();
  const result = h.solve(text, {
    output_flag: false,
    ...(opts.timeLimit !== undefined ? { time_limit: opts.timeLimit } : {}),
    ...(opts.mipGap !== undefined ? { mip_rel_gap: opts.mipGap } : {}),
  });
  const seconds = (performance.now() - started) / 1000;
  const status = result.Status;
  const hasSolution = status === 'Optimal' || ((status === 'Time limit reached' || status === 'Iteration limit reached') && Object.keys(result.Columns).length > 0 && 'Primal' in Object.values(result.Columns)[0]);
  if (!hasSolution) throw new SolverError(status);
  const values = new Float64Array(lp.variableCount);
  for (const [name, col] of Object.entries(result.Columns)) {
    values[Number(name.slice(1))] = (col as { Primal: number }).Primal;
  }
  return { status, optimal: status === 'Optimal', objective: result.ObjectiveValue, values, seconds };
}
