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

export function validateObservations(adapter: SourceAdapter, observations: Observation[], places: Place[], categories: string[]): void {
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
  const seen = new Map<string, Observation>();
  const geographies = new Map<string, Set<string>>();
  // A source has few distinct periods per grain and hundreds of thousands of cells: each is checked once.
  const goodPeriods = new Set<string>();
  for (const o of observations) {
    const at = o.at ?? fallback;
    const dataset = datasets.get(o.dataset);
    if (!dataset) throw new InputError(at, `a dataset declared by source ${source.id}`, shown(o.dataset), 'undeclared dataset');
    const periodKey = `${dataset.grain}|${o.period}`;
    if (!goodPeriods.has(periodKey)) {
      if (typeof o.period !== 'string' || !PERIOD_SHAPE[dataset.grain].test(o.period) || !validDate(o.period)) {
        throw new InputError(at, `a ${dataset.grain} period start (YYYY-MM-DD)`, shown(o.period), 'bad period');
      }
      goodPeriods.add(periodKey);
    }
    for (const dim of DIMENSIONS) {
      if (!known[dim].has(o[dim])) throw new InputError(at, `a known ${dim} code`, shown(o[dim]), `unknown ${dim}`);
    }
    if (o.geography === 'ALL') throw new InputError(at, 'a geography code', '"ALL"', 'missing geography');
    if (o.value !== null && !Number.isFinite(o.value)) throw new InputError(at, 'a finite number or NULL', shown(o.value), 'bad value');
    const key = `${o.dataset}|${o.period}|${o.geography}|${o.citizenship}|${o.demographic}|${o.authority}|${o.component}|${o.category}`;
    const prior = seen.get(key);
    if (prior) {
      const where = prior.at ? ` (first seen at row ${prior.at.row ?? '?'}${prior.at.sheet ? ` of sheet "${prior.at.sheet}"` : ''})` : '';
      throw new InputError(at, `one value per period and cell in ${o.dataset}`, `a second value for ${key.split('|').slice(1).join(', ')}${where}`, 'duplicated cell');
    }
    seen.set(key, o);
    let g = geographies.get(o.dataset);
    if (!g) geographies.set(o.dataset, (g = new Set()));
    g.add(o.geography);
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
