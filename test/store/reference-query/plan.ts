/**
 * Decides which published tables can answer a series request, and how: for each
 * dimension, filter to requested codes, group by it, take the published total
 * ('ALL'), or sum a complete breakdown. A table that cannot give the requested
 * figure without guessing (e.g. a Border Patrol-only table asked for all of CBP)
 * is not a candidate. No SQL text is built from user input: codes are parameters.
 */
import { DIMENSIONS, type Dimension, type Grain } from '../../../src/model/index.js';

export type QueryGrain = 'month' | 'fy' | 'cy';

export interface SeriesRequest {
  measure: string;
  /** Codes per dimension; several codes for one dimension are reported separately. */
  where?: Partial<Record<Dimension, string[]>>;
  by?: Dimension[];
  grain?: QueryGrain;
  /** First and last period starts, 'YYYY-MM-DD', in the requested grain. */
  from?: string;
  to?: string;
  /** Only this source. */
  source?: string;
  /** This vintage (of the chosen source) instead of the latest. */
  vintage?: number;
}

export interface DatasetInfo {
  id: string;
  source: string;
  thirdParty: boolean;
  grain: Grain;
  complete: Dimension[];
  rounding: number;
  /** First and last period start the table holds (native grain). */
  firstPeriod: string;
  lastPeriod: string;
  /** The measure is a stock (a level at a point in time), never summed over time. */
  stock: boolean;
  /** Published periods that cover only part of their length (years to date). */
  partialPeriods: Set<string>;
  vintage: number;
  /** Distinct codes per dimension in this vintage. */
  members: Record<Dimension, Set<string>>;
  /** ancestor code → does some member of this dataset have it as ancestor (closure incl. self). */
  coversPlace: (code: string) => boolean;
  /** The one component a place's figures belong to, by its level (a Border Patrol sector → USBP). */
  componentOf: (code: string) => string | undefined;
}

export interface Plan {
  dataset: DatasetInfo;
  filters: string[];
  params: unknown[];
  /** SQL expressions grouped on, with the dimension they report. */
  groups: { dim: Dimension; expr: string }[];
  joinPlaces?: string[];
  rollup: boolean;
}

export type PlanResult = { plan: Plan } | { reason: string };

const GRAIN_OK: Record<QueryGrain, Grain[]> = { month: ['month', 'day'], fy: ['fy', 'month', 'day'], cy: ['cy', 'month', 'day'] };

export function planDataset(ds: DatasetInfo, req: SeriesRequest & { where: Partial<Record<Dimension, string[]>> }): PlanResult {
  const grain = req.grain ?? 'month';
  if (!GRAIN_OK[grain].includes(ds.grain)) return { reason: `publishes ${ds.grain} figures, not ${grain}` };
  const by = new Set(req.by ?? []);
  const filters: string[] = [];
  const params: unknown[] = [];
  const groups: Plan['groups'] = [];
  let joinPlaces: string[] | undefined;
  for (const dim of DIMENSIONS) {
    const members = ds.members[dim];
    const wanted = (req.where[dim] ?? []).filter((v) => v !== 'ALL');
    const breakdown = [...members].some((m) => m !== 'ALL');
    if (dim === 'geography' && wanted.length) {
      const canSum = ds.complete.includes('geography');
      for (const v of wanted) {
        if (!members.has(v) && !(canSum && ds.coversPlace(v))) return { reason: `has no figure for geography ${v}` };
      }
      joinPlaces = wanted;
      groups.push({ dim, expr: by.has('geography') ? 'o.geography' : 'pa.ancestor' });
      if (by.has('geography')) filters.push('o.geography <> pa.ancestor');
      continue;
    }
    if (wanted.length) {
      const missing = wanted.filter((v) => !members.has(v));
      if (missing.length) return { reason: `has no ${dim} ${missing.join(', ')}` };
      filters.push(`o.${dim} IN (${wanted.map(() => '?').join(', ')})`);
      params.push(...wanted);
      groups.push({ dim, expr: `o.${dim}` });
    } else if (by.has(dim)) {
      if (!breakdown) return { reason: `is not broken down by ${dim}` };
      filters.push(`o.${dim} <> 'ALL'`);
      groups.push({ dim, expr: `o.${dim}` });
    } else if (members.has('ALL')) {
      filters.push(`o.${dim} = 'ALL'`);
    } else if (!ds.complete.includes(dim)) {
      // Requested places that all hold one component's figures only: that component's table answers, filtered to it.
      const places = (req.where.geography ?? []).filter((v) => v !== 'ALL');
      const own = dim === 'component' && places.length ? ds.componentOf(places[0]) : undefined;
      if (own !== undefined && members.has(own) && places.every((v) => ds.componentOf(v) === own)) {
        filters.push(`o.${dim} = ?`);
        params.push(own);
        continue;
      }
      return { reason: `covers only ${dim} ${[...members].slice(0, 5).join(', ')}${members.size > 5 ? ', ...' : ''}, not the total` };
    }
  }
  return { plan: { dataset: ds, filters, params, groups, joinPlaces, rollup: ds.grain !== grain } };
}

/** SQL for the period a row belongs to in the requested grain. */
export function periodExpr(grain: QueryGrain, datasetGrain: Grain): string {
  if (grain === datasetGrain) return 'o.period';
  if (grain === 'month') return "date_trunc('month', o.period)";
  if (grain === 'cy') return "date_trunc('year', o.period)";
  return 'CASE WHEN month(o.period) >= 10 THEN make_date(year(o.period), 10, 1) ELSE make_date(year(o.period) - 1, 10, 1) END';
}

/** How many sub-periods make a complete period when rolling up. */
export function expectedParts(grain: QueryGrain, datasetGrain: Grain): string {
  if (grain === datasetGrain) return '1';
  if (datasetGrain === 'month') return '12';
  // days: the length of the month or year that starts at `period`
  if (grain === 'month') return "day(last_day(period))";
  return "date_diff('day', period, period + INTERVAL 1 YEAR)";
}

/** The period (in the requested grain) that a native period start belongs to: periodExpr in JS. */
export function rollPeriod(period: string, grain: QueryGrain, datasetGrain: Grain): string {
  if (grain === datasetGrain) return period;
  const [y, m] = period.split('-').map(Number);
  if (grain === 'month') return `${period.slice(0, 7)}-01`;
  if (grain === 'cy') return `${y}-01-01`;
  return m >= 10 ? `${y}-10-01` : `${y - 1}-10-01`;
}
