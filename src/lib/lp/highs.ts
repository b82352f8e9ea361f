/**
 * Solves a LinearProgram with HiGHS (the npm build of the solver, WebAssembly), loaded
 * once per process, through its persistent model API: the arrays go in directly (no LP
 * text to parse), and a lexicographic solve keeps the model between stages: the optimum
 * of one objective becomes a bound, the next objective replaces it, and the previous
 * solution is the warm start.
 */
import type { Highs } from 'highs';
import type { LinearProgram, Terms } from './linear-program.js';

// The package's types describe a CommonJS default export; its ESM build's default is the loader.
type Loader = () => Promise<Highs>;
let loading: Promise<Highs> | null = null;

function highs(): Promise<Highs> {
  loading ??= import('highs').then((m) => (m as unknown as { default: Loader }).default());
  return loading;
}

export interface SolveOptions {
  /** Seconds per stage before HiGHS stops with the best solution found. */
  timeLimit?: number;
  /** Relative MIP gap at which a stage stops (HiGHS's default 1e-4). */
  mipGap?: number;
  /** Any other HiGHS options, by their HiGHS names. */
  highs?: Record<string, string | number | boolean>;
}

export interface StageResult {
  status: string;
  optimal: boolean;
  objective: number;
  /** Best bound HiGHS proved for the objective (equal to it when optimal; the LP bound for an LP). */
  bound: number;
  seconds: number;
}

export interface LexSolution {
  stages: StageResult[];
  values: Float64Array;
}

export class SolverError extends Error {
  constructor(readonly status: string) {
    super(`the solver found no solution (HiGHS status: ${status})`);
    this.name = 'SolverError';
  }
}

/**
 * Minimises objectives[0]; then, with objectives[0] ≤ its optimum + slack[0], minimises
 * objectives[1]; and so on. `slack` absorbs solver tolerance (half a unit for integer objectives).
 */
export async function solveLexicographic(lp: LinearProgram, objectives: Terms[], slack: number[], opts: SolveOptions = {}): Promise<LexSolution> {
  if (lp.variableCount === 0) return { stages: objectives.map(() => ({ status: 'empty', optimal: true, objective: 0, bound: 0, seconds: 0 })), values: new Float64Array(0) };
  const h = await highs();
  const model = h.createModel(lp.toArrays(objectives[0], h.infinity));
  const statusName = Object.fromEntries(Object.entries(h.constants.modelStatus).map(([k, v]) => [v, k])) as Record<number, string>;
  try {
    model.options.set({ output_flag: false, ...(opts.highs ?? {}), ...(opts.timeLimit !== undefined ? { time_limit: opts.timeLimit } : {}), ...(opts.mipGap !== undefined ? { mip_rel_gap: opts.mipGap } : {}) });
    const stages: StageResult[] = [];
    let values = new Float64Array(lp.variableCount);
    const isMip = lp.hasIntegers;
    for (let k = 0; k < objectives.length; k++) {
      if (k > 0) {
        const prev = objectives[k - 1];
        const idx = [...prev.keys()].sort((a, b) => a - b);
        model.addRow(-h.infinity, stages[k - 1].objective + slack[k - 1], { indices: Int32Array.from(idx), values: Float64Array.from(idx, (i) => prev.get(i)!) });
        const cost = new Float64Array(lp.variableCount);
        for (const [i, c] of objectives[k]) cost[i] = c;
        model.changeColsCost({ kind: 'range', from: 0, to: lp.variableCount - 1 }, cost);
        model.setSolution({ colValue: values });
      }
      const started = performance.now();
      model.run();
      const seconds = (performance.now() - started) / 1000;
      const code = model.getModelStatus() as number;
      const feasible = Number(model.info.get('primal_solution_status')) === 2;
      if (!feasible) throw new SolverError(statusName[code] ?? String(code));
      values = Float64Array.from(model.getSolution().colValue);
      const objective = model.getObjectiveValue();
      const bound = isMip ? Number(model.info.get('mip_dual_bound')) : objective;
      stages.push({ status: statusName[code] ?? String(code), optimal: code === h.constants.modelStatus.optimal, objective, bound, seconds });
    }
    return { stages, values };
  } finally {
    model.dispose();
  }
}
