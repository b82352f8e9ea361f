/**
 * Solves the reception model lexicographically with HiGHS: first the fewest people
 * without a place; then, among plans with that many, the fewest person-kilometres.
 * No weight has to dominate: the first optimum becomes a bound of the second stage.
 *
 * Each independent part of the model (programs.ts) is solved alone:
 * 1. the LP relaxation by person (families of every size of a city, week and site in one
 *    column): its optimum, rounded up, is a proven lower bound on the people without a place;
 * 2. the LP's second stage (fewest person-km with unmet people ≤ that optimum), warm-started;
 * 3. a dive to whole units (whole-units.ts): place the whole units the solution holds, solve
 *    both stages again for what is left, until a round places nobody; then fill what still
 *    fits, nearest site first. Every step keeps beds and cover exact: a plan of the model;
 * 4. the LP with unmet people ≤ the plan's and person-km as objective: a proven lower bound
 *    on person-km among plans no worse in unmet need;
 * 5. only where the plan does not meet its bounds (unmet people above theirs, or person-km
 *    more than `mipGap` above theirs) and the part is small (`mipColumns`), the whole-unit
 *    MIP, started from the plan, within `timeLimit` seconds a stage: it returns a better
 *    plan, a better bound, or both.
 * The report gives the plan's figures and both proven bounds; the plan is optimal when
 * unmet people equal their bound and person-km are within `mipGap` of theirs.
 *
 * Ties. Many plans share both optima (two sites at one address, as the demo registry's
 * "… II" shelters, tie on every objective), and which one HiGHS returns depends on the
 * order of its columns. The input comes in canonical order (canonical.ts, from plan.ts),
 * so the same input always gives the same programme and the same plan. On top of that the
 * dive's person-km stage prefers, among plans equal in person-km, the sites first in that
 * order (by id): see `tieBreak`.
 */
import { Session, SolverError, type SolveOptions } from '../../lib/lp/highs.js';
import { UsageError } from '../../errors.js';
import { buildModel, type ReceptionModel } from './model-lp.js';
import { components, personProgram, unitProgram, type Component, type PersonProgram } from './programs.js';
import type { PlanInput, SolverReport } from './types.js';
import { complete, fromPeople, fromUnits, type WholePlan } from './whole-units.js';

export interface Solution {
  model: ReceptionModel;
  values: Float64Array;
  report: SolverReport;
}

export const DEFAULT_SOLVE: SolveOptions = { timeLimit: 10, mipGap: 1e-4 };

interface PartResult {
  plan: WholePlan;
  unmetBound: number;
  kmBound: number;
  seconds: number;
  lp: { variables: number; rows: number };
  mip: boolean;
  timeLimit: boolean;
}

const better = (a: WholePlan, b: WholePlan) => a.unmetPeople < b.unmetPeople || (a.unmetPeople === b.unmetPeople && a.personKm < b.personKm - 1e-9);
const kmClosed = (plan: WholePlan, bound: number, gap: number) => plan.personKm - bound <= gap * Math.max(1, plan.personKm) + 1e-6;

export async function solvePlan(input: PlanInput, options: SolveOptions = {}): Promise<Solution> {
  const opts = { ...DEFAULT_SOLVE, ...options };
  const model = buildModel(input);
  const values = new Float64Array(model.variableCount);
  // Demand rows no site can take: all their units are unmet, with no unknown to solve.
  let unmet = 0;
  input.demand.forEach((d, i) => {
    values[model.unmet[i]] = d.units;
    if (model.movesOf[i].length === 0) unmet += d.units * d.size;
  });
  let unmetBound = unmet;
  let personKm = 0;
  let kmBound = 0;
  let seconds = 0;
  let lpVariables = 0;
  let lpRows = 0;
  let mip = false;
  let limited = false;
  let closed = true;
  for (const c of components(model)) {
    const r = await solvePart(model, c, opts).catch((e: unknown) => {
      throw solverFailure(input, e instanceof SolverError ? e.status : e instanceof LpFailure ? e.status : (e as Error)?.message ?? String(e));
    });
    c.moves.forEach((m, i) => {
      values[m] = r.plan.units[i];
      values[model.unmet[model.moves[m].demand]] -= r.plan.units[i];
    });
    unmet += r.plan.unmetPeople;
    unmetBound += r.unmetBound;
    personKm += r.plan.personKm;
    kmBound += r.kmBound;
    seconds += r.seconds;
    lpVariables += r.lp.variables;
    lpRows += r.lp.rows;
    mip ||= r.mip;
    limited ||= r.timeLimit;
    closed &&= kmClosed(r.plan, r.kmBound, opts.mipGap ?? 0);
  }
  const optimal = unmet === unmetBound && closed;
  return {
    model,
    values,
    report: {
      status: optimal ? 'optimal' : limited ? 'timeLimit' : 'feasible',
      optimal,
      seconds,
      variables: model.variableCount,
      rows: model.rowCount,
      unmetPeople: unmet,
      unmetLowerBound: unmetBound,
      personKm: Math.round(personKm),
      // Distances are whole km, so every plan's person-km is a whole number: the LP's bound rounds up (less solver tolerance).
      personKmLowerBound: Math.ceil(kmBound - 1e-6 * Math.max(1, kmBound)),
      lpVariables,
      lpRows,
      mipUsed: mip,
    },
  };
}

async function solvePart(model: ReceptionModel, c: Component, opts: SolveOptions): Promise<PartResult> {
  const pp = personProgram(model, c);
  const G = pp.unmetCols.length;
  const rows = pp.arrays.numRows;
  const ones = new Float64Array(G).fill(1);
  const people = pp.arrays.rowUpper.slice(0, G);
  const beds = pp.arrays.rowUpper.slice(G);
  const kmCost = tieBreak(pp, people);
  let seconds = 0;
  let unmetBound = 0;
  const placed = new Int32Array(c.moves.length);
  const lp = await Session.open(pp.arrays, { highs: opts.highs });
  const run = () => {
    const r = lp.run();
    seconds += r.seconds;
    if (!r.optimal) throw new LpFailure(r.status);
    return r;
  };
  let plan: WholePlan;
  let kmBound = 0;
  try {
    // The lexicographic row Σ unmet ≤ U, loose until a stage 1 sets it.
    lp.addRow(pp.unmetCols, ones, -Infinity, Infinity);
    // Dive: solve the LP of what is still unplaced (both stages), place the whole units its
    // solution holds, and again, until a round places nobody; then fill what still fits.
    for (let round = 0; round < MAX_ROUNDS; round++) {
      lp.setCost(pp.unmetCost);
      lp.setRowBounds(rows, new Float64Array([-Infinity]), new Float64Array([Infinity]));
      const first = run();
      if (round === 0) unmetBound = Math.max(0, Math.ceil(first.objective - 1e-6));
      lp.setCost(kmCost);
      lp.setRowBounds(rows, new Float64Array([-Infinity]), new Float64Array([first.objective + 1e-6 * Math.max(1, first.objective)]));
      const second = run();
      const more = fromPeople(model, c, pp.colOfMove, second.values, placed);
      if (!more.some((u) => u > 0)) break;
      more.forEach((u, i) => (placed[i] += u));
      // What is left: people of each group not placed, beds not taken.
      const leftPeople = Float64Array.from(people);
      const leftBeds = Float64Array.from(beds);
      const rowOf = new Map(c.rows.map((r, i) => [r, i]));
      c.moves.forEach((m, i) => {
        if (placed[i] === 0) return;
        const d = model.input.demand[model.moves[m].demand];
        leftPeople[groupOfCol(pp, pp.colOfMove[i])] -= placed[i] * d.size;
        for (const { row, coef } of model.rowsOfMove[m]) leftBeds[rowOf.get(row)!] -= coef * placed[i];
      });
      lp.setRowBounds(0, leftPeople, leftPeople);
      lp.setRowBounds(G, Float64Array.from(leftBeds, () => -Infinity), leftBeds.map((x) => Math.max(0, x)));
    }
    plan = complete(model, c, placed);
    // A bound on person-km among plans with no more unmet people than this one: the full LP again.
    lp.setRowBounds(0, people, people);
    lp.setRowBounds(G, Float64Array.from(beds, () => -Infinity), beds);
    lp.setRowBounds(rows, new Float64Array([-Infinity]), new Float64Array([plan.unmetPeople + 1e-6]));
    lp.setCost(pp.kmCost); // person-km alone: the bound is on them, not on the tie-break
    kmBound = run().objective;
  } finally {
    lp.dispose();
  }
  const gap = opts.mipGap ?? 0;
  const result: PartResult = { plan, unmetBound, kmBound, seconds, lp: { variables: pp.arrays.numCols, rows: pp.arrays.numRows }, mip: false, timeLimit: false };
  if (plan.unmetPeople === unmetBound && kmClosed(plan, kmBound, gap)) return result;
  if (pp.arrays.numCols > (opts.mipColumns ?? MIP_COLUMNS)) return result;
  return wholeUnitMip(model, c, result, opts);
}

/**
 * The dive's second-stage cost: person-km, plus ε per person for each step down the
 * part's sites in canonical order (a person at the k-th site, counting from 0, costs
 * km + ε·k), so that among plans equal in person-km those using the sites first by id win.
 *
 * ε never changes the person-km optimum. Let R(x) = Σ rank · people ≤ (S − 1)·P for a
 * part of S sites and P people, and ε = 1 / (2·max(1, S − 1)·max(1, P)), so 0 ≤ εR ≤ ½.
 * - Whole-unit plans (what the plan is): distances are whole km and people whole, so
 *   person-km are whole numbers. If y minimises km + εR and z had fewer person-km, then
 *   km(z) ≤ km(y) − 1, so km(z) + εR(z) ≤ km(y) − ½ < km(y) + εR(y): a contradiction.
 *   So the whole-unit plans that minimise km + εR are exactly those with the fewest
 *   person-km that rank lowest: the preference only ever chooses among equals.
 * - The LP by person (the dive's guide): if x′ minimises km + εR and x* minimises km over
 *   the same rows, km(x′) ≤ km(x′) + εR(x′) ≤ km(x*) + εR(x*) ≤ km(x*) + ½: its person-km
 *   are at most half a person-km above the LP optimum. The lower bound on person-km the
 *   plan reports is solved on person-km alone.
 * The preference is honoured where ε is well above HiGHS's dual feasibility tolerance
 * (1e-7): on the mirror with the demo registry ε is 5.5e-6 or more (26 weeks: parts of 2
 * to 8 sites, up to 12,991 people); on bench/reception.ts's part of 25 sites and 112,218
 * people it is 1.9e-7, at the edge, and there HiGHS may leave some ties as they fall.
 * Either way the plan depends only on the input, which comes in canonical order.
 * The whole-unit MIP (small parts only) minimises person-km alone: where it improves the
 * dive's plan it returns HiGHS's optimum, the same for the same input.
 */
function tieBreak(pp: PersonProgram, people: Float64Array): Float64Array {
  const span = pp.siteRank.reduce((a, x) => Math.max(a, x), 1);
  const total = Math.max(1, people.reduce((a, x) => a + x, 0));
  const eps = 1 / (2 * span * total);
  return pp.kmCost.map((km, j) => km + eps * pp.siteRank[j]);
}

const MAX_ROUNDS = 12;

/** HiGHS gave no optimum for a part's LP. */
class LpFailure extends Error {
  constructor(readonly status: string) {
    super(`HiGHS did not solve the LP relaxation of the reception plan (${status})`);
  }
}

/**
 * A solver failure as the user reads it, in both languages: what failed, the size of what was
 * asked (people arriving, beds), what to check and what to try. Arrivals files are bounded when
 * read (scenario-file.ts), so this is a last resort, not the usual way huge figures are refused.
 */
export function solverFailure(input: PlanInput, status: string): UsageError {
  const people = input.demand.reduce((a, d) => a + d.units * d.size, 0);
  const beds = input.sites.reduce((a, s) => a + s.beds, 0);
  const n = (x: number) => Math.round(x).toLocaleString('en-US');
  return new UsageError(
    `the solver (HiGHS) could not find a plan (status: ${status}) for ${n(people)} people arriving over ${input.weeks.length} week${input.weeks.length === 1 ? '' : 's'} and ${n(beds)} beds. ` +
      'Check the figures the plan is made from (the people of the scenario file or the scenario\'s levers, the beds of the registry): figures far beyond what a border city receives make the programme unsolvable. If they are right, plan fewer weeks (--weeks) or fewer sites at a time.',
    `el resolvedor (HiGHS) no pudo encontrar un plan (estado: ${status}) para ${n(people)} personas que llegan en ${input.weeks.length} semana${input.weeks.length === 1 ? '' : 's'} y ${n(beds)} camas. ` +
      'Revise las cifras de las que se hace el plan (las personas del archivo de escenario o las palancas del escenario, las camas del registro): cifras muy por encima de lo que recibe una ciudad fronteriza hacen que el programa no tenga solución. Si son correctas, planee menos semanas (--weeks) o menos sitios a la vez.',
  );
}
/**
 * Parts whose LP has more columns than this are not handed to the whole-unit MIP: on the
 * 26-week bench (parts of 988 and 8,944 columns) it neither improved the plan nor proved
 * its bound within 20 s, so there the plan states its gap instead.
 */
const MIP_COLUMNS = 500;

function groupOfCol(pp: PersonProgram, col: number): number {
  // Column `col` covers exactly one group row (its first entry).
  return pp.arrays.matrix.indices[pp.arrays.matrix.starts[col]];
}

/** The whole-unit MIP of one part, started from the plan in hand, for the bounds not yet met. */
async function wholeUnitMip(model: ReceptionModel, c: Component, r: PartResult, opts: SolveOptions): Promise<PartResult> {
  const up = unitProgram(model, c);
  const slot = new Map(c.demands.map((d, i) => [d, i]));
  const start = (p: WholePlan) => {
    const x = new Float64Array(up.arrays.numCols);
    x.set(p.units);
    c.demands.forEach((d, i) => (x[c.moves.length + i] = model.input.demand[d].units));
    c.moves.forEach((m, i) => (x[c.moves.length + slot.get(model.moves[m].demand)!] -= p.units[i]));
    return x;
  };
  const mip = await Session.open(up.arrays, { highs: opts.highs });
  r.mip = true;
  try {
    if (r.plan.unmetPeople > r.unmetBound) {
      mip.setStart(start(r.plan));
      const first = mip.run({ timeLimit: opts.timeLimit, mipGap: 0 });
      r.seconds += first.seconds;
      r.timeLimit ||= !first.optimal;
      if (first.feasible) {
        const p = complete(model, c, fromUnits(c, first.values));
        if (better(p, r.plan)) r.plan = p;
      }
      r.unmetBound = Math.max(r.unmetBound, Math.ceil(first.bound - 1e-6));
    }
    if (!kmClosed(r.plan, r.kmBound, opts.mipGap ?? 0)) {
      const idx = Int32Array.from(c.demands, (_, i) => c.moves.length + i);
      mip.addRow(idx, Float64Array.from(c.demands, (d) => model.input.demand[d].size), -Infinity, r.plan.unmetPeople + 0.5);
      mip.setCost(up.kmCost);
      mip.setStart(start(r.plan));
      const second = mip.run({ timeLimit: opts.timeLimit, mipGap: opts.mipGap ?? 0 });
      r.seconds += second.seconds;
      r.timeLimit ||= !second.optimal;
      if (second.feasible) {
        const p = complete(model, c, fromUnits(c, second.values));
        if (better(p, r.plan)) r.plan = p;
      }
      if (Number.isFinite(second.bound)) r.kmBound = Math.max(r.kmBound, second.bound);
    }
  } finally {
    mip.dispose();
  }
  return r;
}
