// Reference copy of the query engine as it was before the in-memory catalogue (one SQL
// statement per candidate table, store metadata re-read per query), kept only so that
// test/store/query-equivalence.test.ts can check the new engine answers exactly the same.
/**
 * Answers a series request from the store: plans every table that publishes the
 * measure, runs each plan, then, period by period, keeps the figures of the
 * highest-precedence source that has that period complete (see precedence.ts), and the
 * groups it lacks from the next tables when it lists a grouped dimension only in part.
 * Every row says which source, table and vintage it came from.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { UsageError } from '../../../src/errors.js';
import { DIMENSIONS, type Dimension } from '../../../src/model/index.js';
import { storeMetadata, tablePeriods } from './metadata.js';
import { rankOf } from '../../../src/store/precedence.js';
import { planDataset, rollPeriod, type DatasetInfo, type SeriesRequest } from './plan.js';
import { loadDatasets } from './datasets.js';
import { runPlan } from './run-plan.js';

export { loadDatasets, placeCoverage } from './datasets.js';

export interface SeriesRow {
  period: string;
  grain: string;
  keys: Partial<Record<Dimension, string>>;
  value: number | null;
  /** False when a rolled-up period lacks some of its months (or days), or is a published year to date. */
  complete: boolean;
  /** Months (or days) the table reports in this period, of `expectedParts`: the completeness behind `complete`. */
  parts: number;
  expectedParts: number;
  source: string;
  dataset: string;
  vintage: number;
  /** Publisher rounding of each summed cell. */
  rounding: number;
  cells: number;
}

export interface SeriesResult {
  request: SeriesRequest;
  rows: SeriesRow[];
  /** Tables that could answer, in precedence order, and why the others could not. */
  considered: { dataset: string; source: string; vintage: number; answer: boolean; reason?: string }[];
}

/** The answer of every candidate table, in the order the precedence gives for the first period. */
export async function candidateSeries(conn: DuckDBConnection, req: SeriesRequest, defaultGeography = 'US') {
  const datasets = await loadDatasets(conn, req.measure, { source: req.source, vintage: req.vintage });
  if (datasets.length === 0) {
    throw new UsageError(`no data for measure "${req.measure}"${req.source ? ` from source ${req.source}` : ''}: see "corridor measures" and "corridor sources"`);
  }
  const where = { ...(req.where ?? {}) };
  if (!where.geography?.length && !(req.by ?? []).includes('geography')) where.geography = [defaultGeography];
  // As the engine: a measure every table of which counts one component only has that component as its total.
  if (!where.component?.length && !(req.by ?? []).includes('component')) {
    const sets = datasets.map((d) => d.members.component);
    const own = sets[0]?.size === 1 && !sets[0].has('ALL') ? [...sets[0]][0] : undefined;
    if (own && sets.every((m) => m.size === 1 && m.has(own))) where.component = [own];
  }
  const full = { ...req, where };
  const considered: SeriesResult['considered'] = [];
  const answers: { ds: DatasetInfo; rows: SeriesRow[] }[] = [];
  const grain = full.grain ?? 'month';
  // Within one source the better table (native grain, fewer breakdowns) always wins, so a
  // table whose periods the source already has complete is not queried at all.
  const ordered = [...datasets].sort((a, b) => a.source.localeCompare(b.source) || withinSource(a, b, grain));
  const completeBySource = new Map<string, Set<string>>();
  const meta = await storeMetadata(conn);
  for (const ds of ordered) {
    // What the table cannot answer at all is the more useful reason, so it is checked first.
    const planned = planDataset(ds, full);
    if ('reason' in planned) {
      considered.push({ dataset: ds.id, source: ds.source, vintage: ds.vintage, answer: false, reason: planned.reason });
      continue;
    }
    if ((full.to && ds.firstPeriod > periodEnd(full.to, full.grain ?? 'month')) || (full.from && ds.lastPeriod < full.from)) {
      considered.push({ dataset: ds.id, source: ds.source, vintage: ds.vintage, answer: false, reason: 'has no figures in the requested periods' });
      continue;
    }
    const done = completeBySource.get(ds.source) ?? new Set<string>();
    const periods = (await tablePeriods(conn, meta, ds.vintage, ds.id))
      .map((p) => rollPeriod(p, grain, ds.grain))
      .filter((p) => (!full.from || p >= full.from) && (!full.to || p <= full.to));
    if (periods.length > 0 && periods.every((p) => done.has(p))) {
      considered.push({ dataset: ds.id, source: ds.source, vintage: ds.vintage, answer: false, reason: 'a better table of the same source already answers for these periods' });
      continue;
    }
    considered.push({ dataset: ds.id, source: ds.source, vintage: ds.vintage, answer: true });
    const found = await runPlan(conn, planned.plan, full);
    answers.push({ ds, rows: found });
    const byPeriod = new Map<string, boolean>();
    for (const r of found) byPeriod.set(r.period, (byPeriod.get(r.period) ?? true) && r.complete);
    for (const [p, complete] of byPeriod) if (complete) done.add(p);
    completeBySource.set(ds.source, done);
  }
  return { request: full, datasets, considered, answers };
}

/** Order of two tables of one source: the requested grain first, then fewer breakdowns, then id. */
function withinSource(a: DatasetInfo, b: DatasetInfo, grain: string): number {
  return (a.grain === grain ? 0 : 1) - (b.grain === grain ? 0 : 1) || detail(a) - detail(b) || a.id.localeCompare(b.id);
}

/** Fewer breakdowns first: a published total beats a sum of rounded cells. */
function detail(ds: DatasetInfo): number {
  return DIMENSIONS.filter((d) => [...ds.members[d]].some((m) => m !== 'ALL')).length;
}

export async function querySeries(conn: DuckDBConnection, req: SeriesRequest, defaultGeography = 'US'): Promise<SeriesResult> {
  const { request, considered, answers } = await candidateSeries(conn, req, defaultGeography);
  const grain = request.grain ?? 'month';
  const byPeriod = new Map<string, { ds: DatasetInfo; rows: SeriesRow[] }[]>();
  for (const a of answers) {
    for (const r of a.rows) {
      const list = byPeriod.get(r.period) ?? [];
      let entry = list.find((e) => e.ds === a.ds);
      if (!entry) list.push((entry = { ds: a.ds, rows: [] }));
      entry.rows.push(r);
      byPeriod.set(r.period, list);
    }
  }
  const out: SeriesRow[] = [];
  for (const period of [...byPeriod.keys()].sort()) {
    const options = byPeriod.get(period)!;
    const order = (e: { ds: DatasetInfo }) => [
      rankOf(request.measure, e.ds.source, period, e.ds.thirdParty),
      e.ds.grain === grain ? 0 : 1,
      detail(e.ds),
    ];
    options.sort((a, b) => {
      const x = order(a);
      const y = order(b);
      return x[0] - y[0] || x[1] - y[1] || x[2] - y[2] || a.ds.id.localeCompare(b.ds.id);
    });
    const chosen = options.find((o) => o.rows.every((r) => r.complete)) ?? options[0];
    const by = request.by ?? [];
    // A table complete in every dimension asked by answers alone (what it does not name is in its residual row).
    if (by.every((d) => chosen.ds.complete.includes(d))) {
      out.push(...chosen.rows);
      continue;
    }
    // Otherwise each group it lacks comes from the next table (complete ones first) that has every group answered so far.
    const key = (r: SeriesRow) => JSON.stringify(DIMENSIONS.map((d) => r.keys[d] ?? ''));
    const answered = new Map(chosen.rows.map((r) => [key(r), r]));
    const rest = options.filter((o) => o !== chosen);
    const fillers = [...rest.filter((o) => o.rows.every((r) => r.complete)), ...rest.filter((o) => o.rows.some((r) => !r.complete))];
    for (const f of fillers) {
      const keys = new Set(f.rows.map(key));
      if (![...answered.keys()].every((k) => keys.has(k))) continue;
      for (const r of f.rows) if (!answered.has(key(r))) answered.set(key(r), r);
    }
    if (answered.size === chosen.rows.length) out.push(...chosen.rows);
    else out.push(...[...answered.values()].sort((a, b) => DIMENSIONS.map((d) => { const x = a.keys[d] ?? ''; const y = b.keys[d] ?? ''; return x < y ? -1 : x > y ? 1 : 0; }).find((c) => c !== 0) ?? 0));
  }
  considered.sort((a, b) => Number(b.answer) - Number(a.answer));
  return { request, rows: out, considered };
}

/** Last day of a period that starts on `start` in `grain`. */
function periodEnd(start: string, grain: string): string {
  const d = new Date(`${start}T00:00:00Z`);
  if (grain === 'month') d.setUTCMonth(d.getUTCMonth() + 1);
  else d.setUTCFullYear(d.getUTCFullYear() + 1);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
