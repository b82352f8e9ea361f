/**
 * What a scenario run reports: monthly paths with 80% and 95% bands for the scenario and
 * the no-change baseline beside the actuals, the same by receiving border state, and a
 * difference table (what the levers changed, in numbers and per cent, English and
 * Spanish). Pure: the dashboard can summarise a simulation it ran itself.
 */
import type { Bilingual } from '../../model/index.js';
import { BORDER_STATES, BORDER_STATE_LABELS, DEMOGRAPHICS, DEMOGRAPHIC_LABELS, GROUPS, GROUP_LABELS, type BorderState } from './groups.js';
import type { Simulation } from './types.js';

export interface Band {
  median: number;
  lower80: number;
  upper80: number;
  lower95: number;
  upper95: number;
}

export interface PathPoint {
  month: string;
  scenario: Band;
  baseline: Band;
  /** What happened, where the store has it. */
  actual: number | null;
}

export interface Path {
  id: string;
  label: Bilingual;
  points: PathPoint[];
}

export interface StateFlows {
  state: BorderState;
  label: Bilingual;
  months: { month: string; intoMexico: Band; nonMexicans: Band; waiting: Band; baselineIntoMexico: Band; baselineWaiting: Band }[];
}

export interface DifferenceRow {
  id: string;
  label: Bilingual;
  /** Totals over the simulated months (medians over draws; waiting: at the last month). */
  scenario: number;
  baseline: number;
  difference: number;
  /**
   * difference / baseline, from the unrounded totals; null when the baseline is no one (it
   * rounds to 0 people: a per cent of rounding noise, or of a fraction of a person, means nothing).
   */
  percent: number | null;
}

/** Observed figures for the simulated months, null where the store has none. */
export interface Actuals {
  encounters: (number | null)[];
  byGroup: (number | null)[][];
  byDemographic: (number | null)[][];
  mexicoApprehensions: (number | null)[];
  intoMexico: (number | null)[];
}

const G = GROUPS.length;
const D = DEMOGRAPHICS.length;
const S = BORDER_STATES.length;

/**
 * People as shown: whole numbers (the model's arithmetic leaves fractions and rounding noise
 * such as 1.5e-16; the internals stay exact). Never -0.
 */
export const whole = (v: number): number => Math.round(v) || 0;
export const wholeBand = (b: Band): Band => ({ median: whole(b.median), lower80: whole(b.lower80), upper80: whole(b.upper80), lower95: whole(b.lower95), upper95: whole(b.upper95) });

/**
 * The difference row of two totals: per cent from the unrounded totals, a difference within
 * rounding noise of their scale (1e-9 of the larger) is none, and the figures shown are whole people.
 */
export function differenceOf(scenario: number, baseline: number): { scenario: number; baseline: number; difference: number; percent: number | null } {
  const scale = Math.max(Math.abs(scenario), Math.abs(baseline));
  const noise = Math.max(1e-9 * scale, 1e-9);
  const exact = Math.abs(scenario - baseline) <= noise ? 0 : scenario - baseline;
  const percent = Math.abs(baseline) < 0.5 ? null : exact / baseline;
  return { scenario: whole(scenario), baseline: whole(baseline), difference: whole(scenario) - whole(baseline), percent };
}

export function band(values: ArrayLike<number>): Band {
  const v = Float64Array.from(values).sort();
  const q = (p: number) => {
    const i = (v.length - 1) * p;
    const lo = Math.floor(i);
    return v[lo] + (v[Math.min(v.length - 1, lo + 1)] - v[lo]) * (i - lo);
  };
  return { median: q(0.5), lower80: q(0.1), upper80: q(0.9), lower95: q(0.025), upper95: q(0.975) };
}

/**
 * Every summarised series of a simulation, computed in one pass: id → values [draw][h].
 * Kept per simulation (the baseline's never change while sliders move).
 */
const series = new WeakMap<Simulation, Map<string, Float64Array>>();

export function seriesOf(sim: Simulation): Map<string, Float64Array> {
  const found = series.get(sim);
  if (found) return found;
  const H = sim.months.length;
  const NH = sim.draws * H;
  const out = new Map<string, Float64Array>();
  const make = (id: string) => {
    const a = new Float64Array(NH);
    out.set(id, a);
    return a;
  };
  const encounters = make('encounters');
  const first = make('first-attempts');
  const byGroup = GROUPS.map((g) => make(`encounters-${g}`));
  const byDemographic = DEMOGRAPHICS.map((d) => make(`encounters-${d}`));
  const apprehensions = make('mexico-apprehensions');
  const into = make('into-mexico');
  const waiting = make('waiting');
  const intoState = BORDER_STATES.map((st) => make(`into-${st}`));
  const nonState = BORDER_STATES.map((st) => make(`non-${st}`));
  const waitState = BORDER_STATES.map((st) => make(`waiting-${st}`));
  for (let k = 0; k < NH; k++) {
    for (let g = 0; g < G; g++) {
      for (let d = 0; d < D; d++) {
        const i = (k * G + g) * D + d;
        const e = sim.encounters[i];
        encounters[k] += e;
        first[k] += sim.firstAttempts[i];
        byGroup[g][k] += e;
        byDemographic[d][k] += e;
      }
      apprehensions[k] += sim.mexicoApprehensions[k * G + g];
    }
    for (let st = 0; st < S; st++) {
      intoState[st][k] = sim.intoMexico[k * S + st];
      nonState[st][k] = sim.intoMexicoNonMexicans[k * S + st];
      waitState[st][k] = sim.waiting[k * S + st];
      into[k] += intoState[st][k];
      waiting[k] += waitState[st][k];
    }
  }
  series.set(sim, out);
  return out;
}

/** Bands of one series, month by month. */
export function bandsOf(sim: Simulation, id: string): Band[] {
  const values = seriesOf(sim).get(id);
  if (!values) throw new Error(`no series "${id}" in a simulation`);
  const H = sim.months.length;
  const column = new Float64Array(sim.draws);
  return sim.months.map((_, h) => {
    for (let n = 0; n < sim.draws; n++) column[n] = values[n * H + h];
    return band(column);
  });
}

// The baseline's bands do not change when a slider moves: each simulation keeps its own.
const cache = new WeakMap<Simulation, Map<string, Band[]>>();
function cachedBands(sim: Simulation, id: string): Band[] {
  let mine = cache.get(sim);
  if (!mine) cache.set(sim, (mine = new Map()));
  let found = mine.get(id);
  if (!found) mine.set(id, (found = bandsOf(sim, id)));
  return found;
}

/**
 * A path's short name as a table cell shows it: the id in English (`into-mexico`), in Spanish
 * its translation (`devueltas-a-mexico`); group and demographic codes stay codes.
 */
export function pathName(id: string, lang: 'en' | 'es'): string {
  if (lang === 'en') return id;
  const fixed: Record<string, string> = {
    encounters: 'encuentros',
    'first-attempts': 'primeros-intentos',
    'mexico-apprehensions': 'detenciones-mexico',
    'into-mexico': 'devueltas-a-mexico',
    waiting: 'en-espera',
  };
  if (fixed[id]) return fixed[id];
  const m = /^encounters-(.+)$/.exec(id);
  return m ? `encuentros-${m[1]}` : id;
}

export function scenarioPaths(sim: Simulation, base: Simulation, actuals?: Actuals): Path[] {
  const path = (id: string, label: Bilingual, actual?: (number | null)[]): Path => {
    const s = cachedBands(sim, id);
    const b = cachedBands(base, id);
    return { id, label, points: sim.months.map((month, h) => ({ month, scenario: wholeBand(s[h]), baseline: wholeBand(b[h]), actual: actual?.[h] ?? null })) };
  };
  return [
    path('encounters', { en: 'US southwest border encounters', es: 'Encuentros en la frontera suroeste de EE. UU.' }, actuals?.encounters),
    path('first-attempts', { en: 'People arriving for the first time (encounters less re-attempts)', es: 'Personas que llegan por primera vez (encuentros menos reintentos)' }),
    ...GROUPS.map((g, i) => path(`encounters-${g}`, { en: `Encounters: ${GROUP_LABELS[g].en}`, es: `Encuentros: ${GROUP_LABELS[g].es}` }, actuals?.byGroup[i])),
    ...DEMOGRAPHICS.map((d, i) => path(`encounters-${d}`, { en: `Encounters: ${DEMOGRAPHIC_LABELS[d].en.toLowerCase()}`, es: `Encuentros: ${DEMOGRAPHIC_LABELS[d].es.toLowerCase()}` }, actuals?.byDemographic[i])),
    path('mexico-apprehensions', { en: "Mexico's apprehensions of people in transit", es: 'Detenciones en México de personas en tránsito' }, actuals?.mexicoApprehensions),
    path('into-mexico', { en: 'People the US sent back into Mexico', es: 'Personas que EE. UU. devolvió a México' }, actuals?.intoMexico),
    path('waiting', { en: "People waiting in Mexico's northern border cities (end of month)", es: 'Personas que esperan en las ciudades de la frontera norte de México (fin de mes)' }),
  ];
}

/**
 * Monthly people sent back into each of Mexico's northern border states, and people waiting
 * there, with bands in whole people: the input the reception planner needs (the planner's
 * exact figures come from seriesOf).
 */
export function borderStateFlows(sim: Simulation, base: Simulation): StateFlows[] {
  return BORDER_STATES.map((state) => {
    const into = cachedBands(sim, `into-${state}`);
    const non = cachedBands(sim, `non-${state}`);
    const wait = cachedBands(sim, `waiting-${state}`);
    const bInto = cachedBands(base, `into-${state}`);
    const bWait = cachedBands(base, `waiting-${state}`);
    return {
      state,
      label: BORDER_STATE_LABELS[state],
      months: sim.months.map((month, h) => ({ month, intoMexico: wholeBand(into[h]), nonMexicans: wholeBand(non[h]), waiting: wholeBand(wait[h]), baselineIntoMexico: wholeBand(bInto[h]), baselineWaiting: wholeBand(bWait[h]) })),
    };
  });
}

/** Totals over the horizon (per draw, then the median), scenario against baseline. */
export function differenceTable(sim: Simulation, base: Simulation): DifferenceRow[] {
  const perDraw = (x: Simulation, id: string, lastOnly: boolean) => {
    const values = seriesOf(x).get(id)!;
    const H = x.months.length;
    const totals = new Float64Array(x.draws);
    for (let n = 0; n < x.draws; n++) {
      if (lastOnly) totals[n] = values[n * H + H - 1];
      else for (let h = 0; h < H; h++) totals[n] += values[n * H + h];
    }
    return band(totals).median;
  };
  const row = (id: string, label: Bilingual, lastOnly = false): DifferenceRow => {
    return { id, label, ...differenceOf(perDraw(sim, id, lastOnly), perDraw(base, id, lastOnly)) };
  };
  return [
    row('encounters', { en: 'US encounters', es: 'Encuentros en EE. UU.' }),
    row('first-attempts', { en: 'People arriving for the first time', es: 'Personas que llegan por primera vez' }),
    ...GROUPS.map((g) => row(`encounters-${g}`, { en: `Encounters: ${GROUP_LABELS[g].en}`, es: `Encuentros: ${GROUP_LABELS[g].es}` })),
    ...DEMOGRAPHICS.map((d) => row(`encounters-${d}`, { en: `Encounters: ${DEMOGRAPHIC_LABELS[d].en.toLowerCase()}`, es: `Encuentros: ${DEMOGRAPHIC_LABELS[d].es.toLowerCase()}` })),
    row('mexico-apprehensions', { en: "Mexico's apprehensions", es: 'Detenciones en México' }),
    row('into-mexico', { en: 'Sent back into Mexico by the US', es: 'Devueltas a México por EE. UU.' }),
    ...BORDER_STATES.map((s) => row(`into-${s}`, { en: `Sent back into ${BORDER_STATE_LABELS[s].en}`, es: `Devueltas a ${BORDER_STATE_LABELS[s].es}` })),
    row('waiting', { en: 'Waiting in northern Mexico at the end', es: 'Esperando en el norte de México al final' }, true),
  ];
}
