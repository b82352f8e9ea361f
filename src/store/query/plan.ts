/**
 * Decides which published tables can answer a series request, and how: for each
 * dimension, filter to requested codes, group by it, take the published total
 * ('ALL'), or sum a complete breakdown. A table that cannot give the requested
 * figure without guessing (e.g. a Border Patrol-only table asked for all of CBP)
 * is not a candidate; but a Border Patrol-only table answers for a Border Patrol sector,
 * whose total is Border Patrol's (LEVEL_COMPONENT, src/model/places.ts). No SQL text is
 * built from user input: codes are parameters.
 */
import { DIMENSION_NAMES, DIMENSIONS, type Dimension, type Grain } from '../../model/index.js';
import type { Notice, QueryGrain } from './periods.js';

export type { QueryGrain } from './periods.js';

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
  /** Only this table of the source (a dataset id, 'source/table'): a published table's own download. */
  dataset?: string;
  /** This vintage (of the chosen source) instead of the latest. */
  vintage?: number;
  /**
   * What to tell the person about how their range was read (buildRequest: a range widened to
   * the whole periods of the grain it touches, a bare year read as a fiscal year). querySeries
   * hands them on as its answer's `notices`.
   */
  notices?: Notice[];
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
  /** The members of this dataset that a place holds (itself included), by the store's place hierarchy. */
  placesUnder: (code: string) => string[];
  /**
   * The one component a place's figures belong to, by its level (LEVEL_COMPONENT in
   * src/model/places.ts: a Border Patrol sector → USBP), for the table's places and their
   * ancestors; undefined for any other place. Read once per catalogue, with the hierarchy.
   */
  componentOf: (code: string) => string | undefined;
}

/** A plan's condition on one dimension, for the in-memory engine (the same as its SQL filter). */
export type Condition = { dim: Dimension; kind: 'in'; codes: string[] } | { dim: Dimension; kind: 'all' | 'not-all' };

export interface Plan {
  dataset: DatasetInfo;
  filters: string[];
  params: unknown[];
  /** The filters as data: every cell must meet each of them. */
  conditions: Condition[];
  /** SQL expressions grouped on, with the dimension they report (geography's is set by the statement when places are requested). */
  groups: { dim: Dimension; expr: string }[];
  /** Requested places: each cell counts for the requested place(s) its place adds up to. */
  places?: {
    wanted: string[];
    /** (the table's place, the requested place it adds up to) */
    pairs: [string, string][];
    /** Reported place by place (the requested places' own cells left out). */
    byPlace: boolean;
  };
  rollup: boolean;
}

/** Why a table cannot answer, in English (unchanged wording, programs may read it) and Spanish. */
export type PlanResult = { plan: Plan } | { reason: string; reason_es: string };

const GRAIN_ES: Record<Grain | QueryGrain, string> = { day: 'diarias', month: 'mensuales', fy: 'por año fiscal (fy)', cy: 'por año calendario (cy)' };
const reject = (reason: string, reason_es: string): PlanResult => ({ reason, reason_es });

/** How a table refused for its grain alone begins its reason (no-rows.ts reads it). */
export const GRAIN_REASON = 'publishes ';

/** The grains each requested grain can be answered from (a month sums days; a year sums months or days). */
export const GRAIN_OK: Record<QueryGrain, Grain[]> = { month: ['month', 'day'], fy: ['fy', 'month', 'day'], cy: ['cy', 'month', 'day'] };

export function planDataset(ds: DatasetInfo, req: SeriesRequest & { where: Partial<Record<Dimension, string[]>> }): PlanResult {
  const grain = req.grain ?? 'month';
  if (!GRAIN_OK[grain].includes(ds.grain)) return reject(`${GRAIN_REASON}${ds.grain} figures, not ${grain}`, `publica cifras ${GRAIN_ES[ds.grain]}, no ${GRAIN_ES[grain]}`);
  const by = new Set(req.by ?? []);
  const filters: string[] = [];
  const params: unknown[] = [];
  const conditions: Condition[] = [];
  const groups: Plan['groups'] = [];
  let places: Plan['places'];
  for (const dim of DIMENSIONS) {
    const members = ds.members[dim];
    const wanted = (req.where[dim] ?? []).filter((v) => v !== 'ALL');
    const breakdown = brokenDown(ds, dim);
    if (dim === 'geography' && wanted.length) {
      const canSum = ds.complete.includes('geography');
      for (const v of wanted) {
        if (!members.has(v) && !(canSum && ds.coversPlace(v))) return reject(`has no figure for geography ${v}`, `no tiene cifras para la geografía ${v}`);
      }
      // Which of the table's places add up to each requested place; how they are matched
      // is decided for all the tables of a request at once (run-plan.ts).
      const byPlace = by.has('geography');
      const distinct = [...new Set(wanted)];
      const pairs = distinct.length === 1 ? pairsUnder(ds, distinct[0], byPlace) : distinct.flatMap((v) => pairsUnder(ds, v, byPlace));
      places = { wanted: distinct, pairs, byPlace };
      groups.push({ dim, expr: '' });
      continue;
    }
    if (wanted.length) {
      const missing = wanted.filter((v) => !members.has(v));
      if (missing.length) return reject(`has no ${dim} ${missing.join(', ')}`, `no tiene ${DIMENSION_NAMES[dim].es} ${missing.join(', ')}`);
      filters.push(`o.${dim} IN (${wanted.map(() => '?').join(', ')})`);
      params.push(...wanted);
      conditions.push({ dim, kind: 'in', codes: wanted });
      groups.push({ dim, expr: `o.${dim}` });
    } else if (by.has(dim)) {
      if (!breakdown) return reject(`is not broken down by ${dim}`, `no está desglosada por ${DIMENSION_NAMES[dim].es}`);
      filters.push(`o.${dim} <> 'ALL'`);
      conditions.push({ dim, kind: 'not-all' });
      groups.push({ dim, expr: `o.${dim}` });
    } else if (members.has('ALL')) {
      filters.push(`o.${dim} = 'ALL'`);
      conditions.push({ dim, kind: 'all' });
    } else if (!ds.complete.includes(dim)) {
      // Every requested place holds one component's figures only (Border Patrol sectors):
      // that component's figure is the total there, so a table of it answers, filtered to it.
      const own = dim === 'component' ? componentOfPlaces(ds, req.where.geography) : undefined;
      if (own !== undefined && members.has(own)) {
        filters.push(`o.${dim} = ?`);
        params.push(own);
        conditions.push({ dim, kind: 'in', codes: [own] });
        continue;
      }
      const some = `${[...members].slice(0, 5).join(', ')}${members.size > 5 ? ', ...' : ''}`;
      return reject(`covers only ${dim} ${some}, not the total`, `solo cubre ${DIMENSION_NAMES[dim].es} ${some}, no el total`);
    }
  }
  return { plan: { dataset: ds, filters, params, conditions, groups, places, rollup: ds.grain !== grain } };
}

/**
 * The component every requested place belongs to (by its level: LEVEL_COMPONENT), when they
 * all belong to the same one; undefined when no place is requested or one belongs to none
 * (a region, the country: a table of one component there is not the total) or to another.
 */
function componentOfPlaces(ds: DatasetInfo, places: string[] | undefined): string | undefined {
  const wanted = (places ?? []).filter((v) => v !== 'ALL');
  if (wanted.length === 0) return undefined;
  const own = ds.componentOf(wanted[0]);
  return own !== undefined && wanted.every((v) => ds.componentOf(v) === own) ? own : undefined;
}

const pairLists = new WeakMap<DatasetInfo, Map<string, [string, string][]>>();

/** (table place, requested place) for the table's places a place holds (not itself when reported place by place); one list per table and place. */
function pairsUnder(ds: DatasetInfo, place: string, byPlace: boolean): [string, string][] {
  let lists = pairLists.get(ds);
  if (!lists) pairLists.set(ds, (lists = new Map()));
  const key = `${byPlace}|${place}`;
  let pairs = lists.get(key);
  if (!pairs) lists.set(key, (pairs = ds.placesUnder(place).filter((m) => !(byPlace && m === place)).map((m) => [m, place] as [string, string])));
  return pairs;
}

const breakdowns = new WeakMap<DatasetInfo, Set<Dimension>>();

/** Whether the table has codes other than 'ALL' in a dimension (worked out once per table). */
function brokenDown(ds: DatasetInfo, dim: Dimension): boolean {
  let found = breakdowns.get(ds);
  if (!found) breakdowns.set(ds, (found = new Set(DIMENSIONS.filter((d) => [...ds.members[d]].some((m) => m !== 'ALL')))));
  return found.has(dim);
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
