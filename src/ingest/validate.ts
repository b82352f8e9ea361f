/**
 * Checks an adapter's observations against what it declared and what the store
 * knows, before anything is written: unknown datasets or codes, malformed periods,
 * duplicated cells, nested geographies within one table.
 */
import { InputError, shown, type Location } from '../errors.js';
import { COUNTRIES } from '../store/dimensions/countries.js';
import type { Place } from '../model/index.js';
import { AUTHORITIES, COMPONENTS, DEMOGRAPHICS } from '../store/dimensions/members.js';
import { DIMENSIONS, type Dimension, type Grain, type Observation, type SourceAdapter } from '../sources/types.js';
import { scanObservations } from './observation-scan.js';

const PERIOD_SHAPE: Record<Grain, RegExp> = {
  day: /^\d{4}-\d{2}-\d{2}$/,
  month: /^\d{4}-\d{2}-01$/,
  fy: /^\d{4}-10-01$/,
  cy: /^\d{4}-01-01$/,
};

function validDate(period: string): boolean {
  const d = new Date(`${period}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === period;
}

/**
 * What the checks need to know of a cell table's cells, gathered in SQL (cell-facts.ts):
 * each distinct value with the file that holds it, so a fault names its file.
 */
export interface CellFacts {
  /** Each dataset with its number of cells. */
  datasets: { dataset: string; file: string; cells: number }[];
  periods: { dataset: string; period: string; file: string }[];
  codes: { dimension: Dimension; code: string; file: string }[];
  geographies: { dataset: string; geography: string }[];
  /** A value that is not a finite number, if any. */
  badValue?: { value: number; file: string };
  /** Two cells with the same key, if any: the key's parts, in Observation order. */
  duplicate?: { key: string[]; file: string };
}

export function validateObservations(adapter: SourceAdapter, observations: Observation[], places: Place[], categories: string[], cells?: CellFacts): void {
  const source = adapter.describe;
  const fallback: Location = { file: source.files.map((f) => f.mirrorPath.split('/').at(-1)).join(', ') };
  const datasets = new Map(source.datasets.map((d) => [d.id, d]));
  const placeByCode = new Map(places.map((p) => [p.code, p]));
  const known: Record<Dimension, Set<string>> = {
    geography: new Set(places.map((p) => p.code)),
    citizenship: new Set(['ALL', ...COUNTRIES.map((c) => c.code)]),
    demographic: new Set(DEMOGRAPHICS.map((m) => m.code)),
    authority: new Set(AUTHORITIES.map((m) => m.code)),
    component: new Set(COMPONENTS.map((m) => m.code)),
    category: new Set(['ALL', ...categories]),
  };
  const declared = (id: string, at: Location) => {
    const dataset = datasets.get(id);
    if (!dataset) throw new InputError(at, `a dataset declared by source ${source.id}`, shown(id), 'undeclared dataset');
    return dataset;
  };
  // A source has few distinct periods per grain and hundreds of thousands of cells: each is checked once.
  const goodPeriods = new Set<string>();
  const checkPeriod = (grain: Grain, period: string, at: Location) => {
    const periodKey = `${grain}|${period}`;
    if (goodPeriods.has(periodKey)) return;
    if (typeof period !== 'string' || !PERIOD_SHAPE[grain].test(period) || !validDate(period)) {
      throw new InputError(at, `a ${grain} period start (YYYY-MM-DD)`, shown(period), 'bad period');
    }
    goodPeriods.add(periodKey);
  };
  const checkCode = (dim: Dimension, code: string, at: Location) => {
    if (!known[dim].has(code)) throw new InputError(at, `a known ${dim} code`, shown(code), `unknown ${dim}`);
  };
  const missingGeography = (at: Location) => new InputError(at, 'a geography code', '"ALL"', 'missing geography');
  // A first pass, one number per observation, says whether any may be at fault; only then
  // does the pass below (a text key per observation) run, to name the first fault in order.
  const scan = scanObservations(observations, {
    grainOf: (id) => datasets.get(id)?.grain,
    periodOk: (grain, period) => PERIOD_SHAPE[grain].test(period) && validDate(period),
    codeOk: (dim, code) => known[dim].has(code),
  });
  const geographies = scan.geographies;
  const geographyOf = (dataset: string, geography: string) => {
    let g = geographies.get(dataset);
    if (!g) geographies.set(dataset, (g = new Set()));
    g.add(geography);
  };
  if (scan.suspect) firstFault();

  /** Throws at the first observation at fault, in the adapter's order. */
  function firstFault(): void {
    geographies.clear();
    const seen = new Map<string, Observation>();
    for (const o of observations) {
      const at = o.at ?? fallback;
      const dataset = declared(o.dataset, at);
      checkPeriod(dataset.grain, o.period, at);
      for (const dim of DIMENSIONS) checkCode(dim, o[dim], at);
      if (o.geography === 'ALL') throw missingGeography(at);
      if (o.value !== null && !Number.isFinite(o.value)) throw new InputError(at, 'a finite number or NULL', shown(o.value), 'bad value');
      const key = `${o.dataset}|${o.period}|${o.geography}|${o.citizenship}|${o.demographic}|${o.authority}|${o.component}|${o.category}`;
      const prior = seen.get(key);
      if (prior) {
        const where = prior.at ? ` (first seen at row ${prior.at.row ?? '?'}${prior.at.sheet ? ` of sheet "${prior.at.sheet}"` : ''})` : '';
        throw new InputError(at, `one value per period and cell in ${o.dataset}`, `a second value for ${key.split('|').slice(1).join(', ')}${where}`, 'duplicated cell');
      }
      seen.set(key, o);
      geographyOf(o.dataset, o.geography);
    }
  }
  if (cells) {
    // The same checks, on each distinct value of the cells DuckDB made.
    for (const d of cells.datasets) {
      declared(d.dataset, { file: d.file });
      // Cells of one dataset come from one side, so their keys cannot meet those checked above.
      if (geographies.has(d.dataset)) throw new Error(`${source.id}: dataset ${d.dataset} has both observations and cells in DuckDB`);
    }
    for (const p of cells.periods) checkPeriod(declared(p.dataset, { file: p.file }).grain, p.period, { file: p.file });
    for (const c of cells.codes) checkCode(c.dimension, c.code, { file: c.file });
    const all = cells.codes.find((c) => c.dimension === 'geography' && c.code === 'ALL');
    if (all) throw missingGeography({ file: all.file });
    if (cells.badValue) throw new InputError({ file: cells.badValue.file }, 'a finite number or NULL', shown(cells.badValue.value), 'bad value');
    if (cells.duplicate) {
      const [dataset, ...rest] = cells.duplicate.key;
      throw new InputError({ file: cells.duplicate.file }, `one value per period and cell in ${dataset}`, `a second value for ${rest.join(', ')}`, 'duplicated cell');
    }
    for (const g of cells.geographies) geographyOf(g.dataset, g.geography);
  }
  // Within one table, a region and its own sectors would be counted twice when summed.
  for (const [dataset, codes] of geographies) {
    for (const code of codes) {
      const stack = [...(placeByCode.get(code)?.parents ?? [])];
      while (stack.length) {
        const parent = stack.pop()!;
        if (codes.has(parent)) {
          throw new InputError(fallback, `geographies that do not nest within dataset ${dataset}`, `${code} together with its ancestor ${parent}`, 'nested geography');
        }
        stack.push(...(placeByCode.get(parent)?.parents ?? []));
      }
    }
  }
}

/** Places a parse defines: new codes, known parents, no clash with a code-defined place. */
export function validatePlaces(adapter: SourceAdapter, defined: Place[], known: Place[]): void {
  const at: Location = { file: adapter.describe.files.map((f) => f.mirrorPath.split('/').at(-1)).join(', ') };
  const codes = new Set(known.map((p) => p.code));
  const seen = new Set<string>();
  for (const p of defined) {
    if (seen.has(p.code)) throw new InputError(at, 'each place defined once', `place ${p.code} twice`, 'duplicated place');
    seen.add(p.code);
    for (const parent of p.parents) {
      if (!codes.has(parent)) throw new InputError(at, `a known parent place for ${p.code}`, shown(parent), 'unknown parent place');
    }
  }
  const elsewhere = new Set(known.filter((p) => !defined.includes(p)).map((p) => p.code));
  for (const p of defined) {
    if (elsewhere.has(p.code)) throw new InputError(at, `a new place code`, `${p.code}, which is already defined`, 'duplicated place');
  }
}
