/**
 * The hierarchy of the US southwest border's encounters, as forecast and reconciled:
 *
 *   total → component (USBP, OFO) → component × demographic (SA, FMUA, UC, AM)
 *   total → demographic, total → citizenship group (MEX, GTM, HND, SLV, REST), and their
 *   crossings (component × citizenship, demographic × citizenship, component × demographic
 *   × citizenship), down to the bottom cells component × demographic × citizenship ×
 *   authority (Title 8 / Title 42) that CBP's southwest border file (cbp-sbo, FY2022 on,
 *   unrounded) publishes.
 *
 * Every node's history comes from the query engine, so a node that older tables can
 * answer (the total, components, demographics, named citizenships) reaches back to
 * FY2014 (OHSS monthly tables) while the bottom cells start in October 2021.
 * Citizenship groups are fixed: the four countries CBP's file names and REST, everyone
 * else; REST is computed as the sum of every other citizenship a table lists (with its
 * own "other"), so its definition does not change when the source changes. A cell a
 * table with a complete breakdown does not list in a month it covers is 0.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Structure } from '@corridor/forecast';
import type { Dimension } from '../../model/index.js';
import { querySeries, type SeriesRow } from '../../store/query/series.js';
import { normalisePeriod } from '../../store/query/periods.js';
import { monthIndex, monthLabel } from './months.js';
import { seriesFromRows, seriesId, type MonthlySeries } from './series.js';

export interface HierarchySpec {
  id: string;
  measure: string;
  geography: string;
  /** The dimensions of the bottom cells. */
  bottom: Dimension[];
  /** Aggregate levels, each a set of dimensions ([] is the total). */
  levels: Dimension[][];
  /** Codes kept as themselves; every other code of the dimension becomes `rest`. */
  groups: Partial<Record<Dimension, { keep: string[]; rest: string }>>;
}

export const SWB_HIERARCHY: HierarchySpec = {
  id: 'swb',
  measure: 'encounters',
  geography: 'US-SWB',
  bottom: ['component', 'demographic', 'citizenship', 'authority'],
  levels: [[], ['component'], ['demographic'], ['citizenship'], ['component', 'demographic'], ['component', 'citizenship'], ['demographic', 'citizenship'], ['component', 'demographic', 'citizenship']],
  groups: { citizenship: { keep: ['MEX', 'GTM', 'HND', 'SLV'], rest: 'REST' } },
};

export interface HierarchyNode {
  /** Series id (measure and keys). */
  id: string;
  /** The dimensions of its level, joined by ' × ', or 'total'. */
  level: string;
  keys: Partial<Record<Dimension, string>>;
  series: MonthlySeries;
}

export interface Hierarchy extends Structure {
  spec: HierarchySpec;
  /** Aggregate nodes by level, then the bottom nodes. */
  nodes: HierarchyNode[];
  /** Last month of every node's series. */
  end: string;
}

export function levelName(dims: readonly Dimension[]): string {
  return dims.length ? dims.join(' × ') : 'total';
}

function groupCode(spec: HierarchySpec, dim: Dimension, code: string): string {
  const g = spec.groups[dim];
  return !g || g.keep.includes(code) ? code : g.rest;
}

/** Rows of one level, with codes grouped and cells of the same group summed. */
export function groupRows(spec: HierarchySpec, dims: readonly Dimension[], found: readonly SeriesRow[]): SeriesRow[] {
  const out = new Map<string, SeriesRow>();
  /** A row of each table that answered each month. */
  const answered = new Map<string, Map<string, SeriesRow>>();
  /** Nodes by the tables they appear in. */
  const listed = new Map<string, Map<string, Partial<Record<Dimension, string>>>>();
  for (const r of found) {
    const keys: Partial<Record<Dimension, string>> = { geography: spec.geography };
    for (const d of dims) keys[d] = groupCode(spec, d, r.keys[d] ?? 'ALL');
    const id = seriesId('', keys);
    const k = `${r.period} ${id}`;
    const prior = out.get(k);
    if (!prior) out.set(k, { ...r, keys });
    else out.set(k, { ...prior, value: prior.value === null || r.value === null ? null : prior.value + r.value, complete: prior.complete && r.complete, cells: prior.cells + r.cells });
    if (!answered.has(r.period)) answered.set(r.period, new Map());
    answered.get(r.period)!.set(r.dataset, r);
    if (!listed.has(r.dataset)) listed.set(r.dataset, new Map());
    listed.get(r.dataset)!.set(id, keys);
  }
  // A node that a table lists is 0 in a month the table answers without listing it
  // (its breakdown is complete); a node the table never lists is absent, not 0.
  for (const [period, tables] of answered) {
    for (const [dataset, sample] of tables) {
      for (const [id, keys] of listed.get(dataset)!) {
        const k = `${period} ${id}`;
        if (!out.has(k)) out.set(k, { ...sample, keys, value: 0, cells: 0 });
      }
    }
  }
  return [...out.values()].sort((a, b) => a.period.localeCompare(b.period));
}

/**
 * A level's nodes that stop before the others (a cell an older table lists and the newer
 * table never does: IOM's copy of CBP's FY2020-2021 table has OFO's unaccompanied children
 * under Title 42, which CBP's file from FY2022 never lists) are 0 in the months after their
 * last, when the data shows it: in each of those months the nodes listed add up exactly to
 * the total. Otherwise the node is left as it is (and the hierarchy ends with it).
 */
export function zeroWhereNotListed(series: MonthlySeries[], total: MonthlySeries): MonthlySeries[] {
  if (series.length < 2) return series;
  const lastOf = (s: MonthlySeries) => monthIndex(s.start) + s.values.length - 1;
  const latest = Math.max(...series.map(lastOf));
  const totalStart = monthIndex(total.start);
  // The sum of the nodes listed, and a source that answered, month by month.
  const listed = new Map<number, { sum: number; source: string }>();
  for (const s of series) {
    const start = monthIndex(s.start);
    s.values.forEach((v, k) => {
      const at = listed.get(start + k);
      if (at) at.sum += v;
      else listed.set(start + k, { sum: v, source: s.sources[k] });
    });
  }
  const addsUp = (month: number) => {
    const t = total.values[month - totalStart];
    const at = listed.get(month);
    return t !== undefined && at !== undefined && at.sum === t;
  };
  return series.map((s) => {
    const last = lastOf(s);
    if (last === latest) return s;
    const after = Array.from({ length: latest - last }, (_, k) => last + 1 + k);
    if (!after.every(addsUp)) return s;
    return { ...s, values: [...s.values, ...after.map(() => 0)], sources: [...s.sources, ...after.map((m) => listed.get(m)!.source)] };
  });
}

export interface LoadOptions {
  /** Data as if it ended this month ('YYYY-MM'). */
  asOf?: string;
}

/** Loads every node of the hierarchy from the store and builds its summing matrix. */
export async function loadHierarchy(conn: DuckDBConnection, spec: HierarchySpec = SWB_HIERARCHY, opts: LoadOptions = {}): Promise<Hierarchy> {
  const levels = [...spec.levels, spec.bottom];
  const byLevel: { dims: Dimension[]; series: MonthlySeries[] }[] = [];
  for (const dims of levels) {
    const result = await querySeries(conn, {
      measure: spec.measure,
      where: { geography: [spec.geography] },
      by: dims,
      grain: 'month',
      to: opts.asOf ? normalisePeriod(opts.asOf, 'month', 'to') : undefined,
    });
    byLevel.push({ dims, series: seriesFromRows(spec.measure, groupRows(spec, dims, result.rows)).filter((s) => s.values.length > 0) });
  }
  const total = byLevel.find((l) => l.dims.length === 0)?.series[0];
  if (total) for (const level of byLevel) level.series = zeroWhereNotListed(level.series, total);
  const bottomSeries = byLevel[byLevel.length - 1].series;
  if (bottomSeries.length === 0) throw new Error(`no bottom cells for the ${spec.id} hierarchy`);
  const end = Math.min(...bottomSeries.map((s) => monthIndex(s.start) + s.values.length - 1));
  const nodes: HierarchyNode[] = [];
  for (const { dims, series } of byLevel) {
    for (const s of series) {
      const last = monthIndex(s.start) + s.values.length - 1;
      if (last < end) throw new Error(`node ${s.id} ends in ${monthLabel(last)}, before the bottom cells (${monthLabel(end)})`);
      const keep = end - monthIndex(s.start) + 1;
      const cut = last > end ? { ...s, values: s.values.slice(0, keep), sources: s.sources.slice(0, keep) } : s;
      nodes.push({ id: s.id, level: levelName(dims), keys: s.keys, series: cut });
    }
  }
  const bottomRows = nodes.map((n, i) => (n.level === levelName(spec.bottom) ? i : -1)).filter((i) => i >= 0);
  const S = nodes.map((n) =>
    bottomRows.map((b) => (Object.entries(n.keys).every(([d, v]) => nodes[b].keys[d as Dimension] === v) ? 1 : 0)),
  );
  return { spec, nodes, end: monthLabel(end), S, bottom: bottomRows };
}
