/**
 * Solves with HiGHS (the npm build of the solver, WebAssembly), loaded once per process,
 * through its persistent model API: the arrays go in directly (no LP text to parse), and
 * the model stays loaded between runs, so a run after a new row or a new objective starts
 * from the previous basis (LP) or solution (MIP).
 * `Session` runs arrays built by the caller; `solveLexicographic` a LinearProgram.
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
  /** Largest LP (columns) whose whole-unit MIP is tried where the LP bound is not met (reception). */
  mipColumns?: number;
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

/** A model as HiGHS's arrays, the matrix column-wise or row-wise. Infinite bounds may be ±Infinity. */
export interface ProgramArrays {
  numCols: number;
  numRows: number;
  colCost: Float64Array;
  colLower: Float64Array;
  colUpper: Float64Array;
  rowLower: Float64Array;
  rowUpper: Float64Array;
  matrix: { format: 'csc' | 'csr'; numRows: number; numCols: number; starts: Int32Array; indices: Int32Array; values: Float64Array };
  /** 1 for an integer column; absent for an LP. */
  integrality?: Int32Array;
}

export interface RunResult extends StageResult {
  /** A primal solution exists (optimal, or the best found before a limit). */
  feasible: boolean;
  values: Float64Array;
}

/** One HiGHS model kept loaded across runs. Call `dispose` when done. */
export class Session {
  private constructor(
    private readonly h: Highs,
    private readonly model: ReturnType<Highs['createModel']>,
    private readonly numCols: number,
    private readonly isMip: boolean,
  ) {}

  static async open(p: ProgramArrays, opts: SolveOptions = {}): Promise<Session> {
    const h = await highs();
    const inf = (a: Float64Array) => a.map((x) => (x === Infinity ? h.infinity : x === -Infinity ? -h.infinity : x));
    const model = h.createModel({ ...p, colLower: inf(p.colLower), colUpper: inf(p.colUpper), rowLower: inf(p.rowLower), rowUpper: inf(p.rowUpper) });
    model.options.set({ output_flag: false, ...(opts.highs ?? {}), ...(opts.timeLimit !== undefined ? { time_limit: opts.timeLimit } : {}), ...(opts.mipGap !== undefined ? { mip_rel_gap: opts.mipGap } : {}) });
    return new Session(h, model, p.numCols, p.integrality?.includes(1) ?? false);
  }

  /** Replaces the objective (minimised). */
  setCost(cost: Float64Array): void {
    this.model.changeColsCost({ kind: 'range', from: 0, to: this.numCols - 1 }, cost);
  }

  addRow(indices: Int32Array, values: Float64Array, lower: number, upper: number): void {
    const inf = (x: number) => (x === Infinity ? this.h.infinity : x === -Infinity ? -this.h.infinity : x);
    this.model.addRow(inf(lower), inf(upper), { indices, values });
  }

  /** New bounds for rows from..from+lower.length−1. */
  setRowBounds(from: number, lower: Float64Array, upper: Float64Array): void {
    const inf = (a: Float64Array) => a.map((x) => (x === Infinity ? this.h.infinity : x === -Infinity ? -this.h.infinity : x));
    this.model.changeRowsBounds({ kind: 'range', from, to: from + lower.length - 1 }, inf(lower), inf(upper));
  }

  /** A feasible solution for the MIP to start from. */
  setStart(values: Float64Array): void {
    this.model.setSolution({ colValue: values });
  }

  /** Solves; `timeLimit` counts from this run (HiGHS's clock is cumulative otherwise). */
  run(opts: { timeLimit?: number; mipGap?: number } = {}): RunResult {
    const set: Record<string, number> = {};
    if (opts.timeLimit !== undefined) set.time_limit = opts.timeLimit;
    if (opts.mipGap !== undefined) set.mip_rel_gap = opts.mipGap;
    if (Object.keys(set).length > 0) this.model.options.set(set);
    this.model.zeroAllClocks();
    const started = performance.now();
    this.model.run();
    const seconds = (performance.now() - started) / 1000;
    const code = this.model.getModelStatus() as number;
    const status = Object.entries(this.h.constants.modelStatus).find(([, v]) => v === code)?.[0] ?? String(code);
    const feasible = Number(this.model.info.get('primal_solution_status')) === 2;
    const objective = feasible ? this.model.getObjectiveValue() : NaN;
    const optimal = code === this.h.constants.modelStatus.optimal;
    const bound = this.isMip ? Number(this.model.info.get('mip_dual_bound')) : optimal ? objective : -Infinity;
    const values = feasible ? Float64Array.from(this.model.getSolution().colValue) : new Float64Array(this.numCols);
    return { status, optimal, feasible, objective, bound, seconds, values };
  }

  dispose(): void {
    this.model.dispose();
  }
}
