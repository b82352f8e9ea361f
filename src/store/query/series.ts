/**
 * Answers a series request from the store: plans every table that publishes the
 * measure, runs each plan, then, period by period, keeps the figures of the
 * highest-precedence source that has that period complete (see precedence.ts).
 * Every row says which source, table and vintage it came from.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { UsageError } from '../../errors.js';
import { DIMENSIONS, type Dimension, type Grain } from '../../sources/types.js';
import { rows } from '../open.js';
import { storeMetadata, tablePeriods, type StoreMetadata } from './metadata.js';
import { rankOf } from '../precedence.js';
import { expectedParts, periodExpr, planDataset, rollPeriod, type DatasetInfo, type Plan, type SeriesRequest } from './plan.js';

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

export async function loadDatasets(conn: DuckDBConnection, measure: string, opts: { source?: string; vintage?: number } = {}): Promise<DatasetInfo[]> {
  const meta = await storeMetadata(conn);
  return meta.memo(`datasets|${measure}|${opts.source ?? ''}|${opts.vintage ?? ''}`, () => readDatasets(conn, meta, measure, opts));
}

async function readDatasets(conn: DuckDBConnection, meta: StoreMetadata, measure: string, opts: { source?: string; vintage?: number }): Promise<DatasetInfo[]> {
  const found = await rows<{ id: string; source: string; third: boolean; grain: Grain; complete: string[]; rounding: number; partial: string[]; vintage: number; stock: boolean }>(
    conn,
    `SELECT d.id, d.source_id AS source, s.third_party AS third, d.grain, d.complete, d.rounding, d.partial_periods AS partial, v.id AS vintage,
            coalesce(m.stock, false) AS stock
       FROM datasets d JOIN sources s ON s.id = d.source_id LEFT JOIN measures m ON m.id = d.measure
       JOIN vintages v ON v.source_id = d.source_id
      WHERE d.measure = ? AND v.id = coalesce(?, (SELECT max(id) FROM vintages WHERE source_id = d.source_id))
        AND (? IS NULL OR d.source_id = ?)`,
    [measure, opts.vintage ?? null, opts.source ?? null, opts.source ?? null],
  );
  if (found.length === 0) return [];
  const members = await rows<{ dataset_id: string; vintage_id: number; dimension: Dimension; value: string; first: string; last: string }>(
    conn,
    `SELECT dataset_id, vintage_id, dimension, value, strftime(first_period, '%Y-%m-%d') AS first, strftime(last_period, '%Y-%m-%d') AS last
       FROM dataset_members WHERE dataset_id IN (${found.map(() => '?').join(', ')})`,
    found.map((d) => d.id),
  );
  const ancestorsOf = meta.ancestorsOf;
  return found.map((d) => {
    const mine = Object.fromEntries(DIMENSIONS.map((dim) => [dim, new Set<string>()])) as Record<Dimension, Set<string>>;
    let first = '9999-12-31';
    let last = '0000-01-01';
    for (const m of members) {
      if (m.dataset_id !== d.id || m.vintage_id !== d.vintage) continue;
      mine[m.dimension].add(m.value);
      if (m.first < first) first = m.first;
      if (m.last > last) last = m.last;
    }
    return {
      firstPeriod: first,
      lastPeriod: last,
      id: d.id, source: d.source, thirdParty: d.third, grain: d.grain, complete: d.complete as Dimension[],
      rounding: d.rounding, partialPeriods: new Set(d.partial), stock: d.stock, vintage: d.vintage, members: mine,
      coversPlace: placeCoverage([...mine.geography], ancestorsOf),
    };
  });
}

/**
 * Which places a table's complete geography breakdown adds up to. Its places add up to
 * the lowest place that holds them all (the southwest border for its sectors) and can be
 * summed for any place below that; not for one above it (the sectors of one border are
 * not the whole country).
 */
export function placeCoverage(members: string[], ancestorsOf: (code: string) => Set<string>): (place: string) => boolean {
  const sets = members.map(ancestorsOf);
  const common = sets.length ? [...sets[0]].filter((a) => sets.every((x) => x.has(a))) : [];
  const tooWide = new Set(common.filter((a) => common.some((b) => b !== a && ancestorsOf(b).has(a))));
  const reachable = new Set(sets.flatMap((x) => [...x]));
  return (place) => reachable.has(place) && !tooWide.has(place);
}

async function runPlan(conn: DuckDBConnection, plan: Plan, req: SeriesRequest): Promise<SeriesRow[]> {
  const grain = req.grain ?? 'month';
  const ds = plan.dataset;
  const groupSelect = plan.groups.map((g) => `${g.expr} AS "${g.dim}"`);
  const join = plan.joinPlaces
    ? `JOIN place_ancestors pa ON pa.code = o.geography AND pa.ancestor IN (${plan.joinPlaces.map(() => '?').join(', ')})`
    : '';
  const groupNames = plan.groups.map((g) => `"${g.dim}"`);
  const cells = `
      SELECT o.period AS sub, ${groupSelect.map((g) => `${g}, `).join('')}
             sum(o.value) AS value, count(*) AS cells, count(o.value) AS nonnull
        FROM observations o ${join}
       WHERE o.vintage_id = ? AND o.dataset_id = ? ${plan.filters.map((f) => `AND ${f}`).join(' ')}
       GROUP BY ALL`;
  // Flows add up over the sub-periods; a stock takes its level on the last one reported.
  const period = `strftime(${periodExpr(grain, ds.grain).replaceAll('o.period', 'sub')}, '%Y-%m-%d')`;
  const rolled = ds.stock
    ? `SELECT ${period} AS period, ${groupNames.map((g) => `${g}, `).join('')}
              arg_max(value, sub) AS value, arg_max(cells, sub) AS cells, arg_max(nonnull, sub) AS nonnull
         FROM (${cells}) GROUP BY ALL`
    : `SELECT ${period} AS period, ${groupNames.map((g) => `${g}, `).join('')}
              sum(value) AS value, sum(cells) AS cells, sum(nonnull) AS nonnull
         FROM (${cells}) GROUP BY ALL`;
  const sql = `
    SELECT * FROM (${rolled})
    WHERE (? IS NULL OR period >= ?) AND (? IS NULL OR period <= ?)
    ORDER BY ALL`;
  const params = [...(plan.joinPlaces ?? []), ds.vintage, ds.id, ...plan.params, req.from ?? null, req.from ?? null, req.to ?? null, req.to ?? null];
  const found = await rows<Record<string, unknown>>(conn, sql, params);
  const parts = expectedParts(grain, ds.grain);
  // A period is complete when the table covers all its months (or days), whether or
  // not the filtered cells appear in each: no Title 42 row before March 2020 is not a gap.
  const covered = new Map<string, number>();
  for (const p of await tablePeriods(conn, await storeMetadata(conn), ds.vintage, ds.id)) {
    const rolled = rollPeriod(p, grain, ds.grain);
    covered.set(rolled, (covered.get(rolled) ?? 0) + 1);
  }
  return found.map((r) => {
    const period = String(r.period);
    const expected = parts === '1' ? 1 : parts === '12' ? 12 : daysIn(period, grain);
    return {
      period,
      grain,
      keys: Object.fromEntries(plan.groups.map((g) => [g.dim, String(r[g.dim])])),
      value: Number(r.nonnull) < Number(r.cells) ? null : (r.value as number),
      complete: (covered.get(period) ?? 0) >= expected && !(ds.grain === grain && ds.partialPeriods.has(period)),
      parts: covered.get(period) ?? 0,
      expectedParts: expected,
      source: ds.source,
      dataset: ds.id,
      vintage: ds.vintage,
      rounding: ds.rounding,
      cells: Number(r.cells),
    };
  });
}

function daysIn(period: string, grain: string): number {
  const start = new Date(`${period}T00:00:00Z`);
  const end = new Date(start);
  if (grain === 'month') end.setUTCMonth(end.getUTCMonth() + 1);
  else end.setUTCFullYear(end.getUTCFullYear() + 1);
  return Math.round((end.getTime() - start.getTime()) / 86_400_000);
}

/** The answer of every candidate table, in the order the precedence gives for the first period. */
export async function candidateSeries(conn: DuckDBConnection, req: SeriesRequest, defaultGeography = 'US') {
  const datasets = await loadDatasets(conn, req.measure, { source: req.source, vintage: req.vintage });
  if (datasets.length === 0) {
    throw new UsageError(`no data for measure "${req.measure}"${req.source ? ` from source ${req.source}` : ''}: see "corridor measures" and "corridor sources"`);
  }
  const where = { ...(req.where ?? {}) };
  if (!where.geography?.length && !(req.by ?? []).includes('geography')) where.geography = [defaultGeography];
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
    out.push(...chosen.rows);
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
