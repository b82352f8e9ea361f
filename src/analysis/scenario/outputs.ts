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
  /** difference / baseline, null when the baseline is 0. */
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

export function band(values: ArrayLike<number>): Band {
  const v = Float64Array.from(values).sort();
  const q = (p: number) => {
    const i = (v.length - 1) * p;
    const lo = Math.floor(i);
    return v[lo] + (v[Math.min(v.length - 1, lo + 1)] - v[lo]) * (i - lo);
  };
  return { median: q(0.5), lower80: q(0.1), upper80: q(0.9), lower95: q(0.025), upper95: q(0.975) };
}

/** One series of a simulation: for each month, its value in every draw. */
type Reader = (sim: Simulation, n: number, h: number) => number;

const sumEncounters = (filter: (g: number, d: number) => boolean, field: 'encounters' | 'firstAttempts' = 'encounters'): Reader => (sim, n, h) => {
  let s = 0;
  const H = sim.months.length;
  for (let g = 0; g < G; g++) for (let d = 0; d < D; d++) if (filter(g, d)) s += sim[field][((n * H + h) * G + g) * D + d];
  return s;
};

export const READERS = {
  encounters: sumEncounters(() => true),
  firstAttempts: sumEncounters(() => true, 'firstAttempts'),
  group: (g: number) => sumEncounters((x) => x === g),
  demographic: (d: number) => sumEncounters((_, y) => y === d),
  mexicoApprehensions: ((sim, n, h) => {
    let s = 0;
    for (let g = 0; g < G; g++) s += sim.mexicoApprehensions[(n * sim.months.length + h) * G + g];
    return s;
  }) as Reader,
  intoMexico: ((sim, n, h) => {
    let s = 0;
    for (let k = 0; k < S; k++) s += sim.intoMexico[(n * sim.months.length + h) * S + k];
    return s;
  }) as Reader,
  waiting: ((sim, n, h) => {
    let s = 0;
    for (let k = 0; k < S; k++) s += sim.waiting[(n * sim.months.length + h) * S + k];
    return s;
  }) as Reader,
  state: (field: 'intoMexico' | 'intoMexicoNonMexicans' | 'waiting', k: number): Reader => (sim, n, h) => sim[field][(n * sim.months.length + h) * S + k],
};

export function bands(sim: Simulation, read: Reader): Band[] {
  const column = new Float64Array(sim.draws);
  return sim.months.map((_, h) => {
    for (let n = 0; n < sim.draws; n++) column[n] = read(sim, n, h);
    return band(column);
  });
}

// The baseline's bands do not change when a slider moves: each simulation keeps its own.
const cache = new WeakMap<Simulation, Map<string, Band[]>>();
function cachedBands(sim: Simulation, id: string, read: Reader): Band[] {
  let mine = cache.get(sim);
  if (!mine) cache.set(sim, (mine = new Map()));
  let found = mine.get(id);
  if (!found) mine.set(id, (found = bands(sim, read)));
  return found;
}

export function scenarioPaths(sim: Simulation, base: Simulation, actuals?: Actuals): Path[] {
  const path = (id: string, label: Bilingual, read: Reader, actual?: (number | null)[]): Path => {
    const s = cachedBands(sim, id, read);
    const b = cachedBands(base, id, read);
    return { id, label, points: sim.months.map((month, h) => ({ month, scenario: s[h], baseline: b[h], actual: actual?.[h] ?? null })) };
  };
  return [
    path('encounters', { en: 'US southwest border encounters', es: 'Encuentros en la frontera suroeste de EE. UU.' }, READERS.encounters, actuals?.encounters),
    path('first-attempts', { en: 'People arriving for the first time (encounters less re-attempts)', es: 'Personas que llegan por primera vez (encuentros menos reintentos)' }, READERS.firstAttempts),
    ...GROUPS.map((g, i) => path(`encounters-${g}`, { en: `Encounters: ${GROUP_LABELS[g].en}`, es: `Encuentros: ${GROUP_LABELS[g].es}` }, READERS.group(i), actuals?.byGroup[i])),
    ...DEMOGRAPHICS.map((d, i) => path(`encounters-${d}`, { en: `Encounters: ${DEMOGRAPHIC_LABELS[d].en.toLowerCase()}`, es: `Encuentros: ${DEMOGRAPHIC_LABELS[d].es.toLowerCase()}` }, READERS.demographic(i), actuals?.byDemographic[i])),
    path('mexico-apprehensions', { en: "Mexico's apprehensions of people in transit", es: 'Detenciones en México de personas en tránsito' }, READERS.mexicoApprehensions, actuals?.mexicoApprehensions),
    path('into-mexico', { en: 'People the US sent back into Mexico', es: 'Personas que EE. UU. devolvió a México' }, READERS.intoMexico, actuals?.intoMexico),
    path('waiting', { en: "People waiting in Mexico's northern border cities (end of month)", es: 'Personas que esperan en las ciudades de la frontera norte de México (fin de mes)' }, READERS.waiting),
  ];
}

/**
 * Monthly people sent back into each of Mexico's northern border states, and people waiting
 * there, with bands: the input the reception planner needs.
 */
export function borderStateFlows(sim: Simulation, base: Simulation): StateFlows[] {
  return BORDER_STATES.map((state, k) => {
    const into = cachedBands(sim, `into-${state}`, READERS.state('intoMexico', k));
    const non = cachedBands(sim, `non-${state}`, READERS.state('intoMexicoNonMexicans', k));
    const wait = cachedBands(sim, `waiting-${state}`, READERS.state('waiting', k));
    const bInto = cachedBands(base, `into-${state}`, READERS.state('intoMexico', k));
    const bWait = cachedBands(base, `waiting-${state}`, READERS.state('waiting', k));
    return {
      state,
      label: BORDER_STATE_LABELS[state],
      months: sim.months.map((month, h) => ({ month, intoMexico: into[h], nonMexicans: non[h], waiting: wait[h], baselineIntoMexico: bInto[h], baselineWaiting: bWait[h] })),
    };
  });
}

/** Totals over the horizon (per draw, then the median), scenario against baseline. */
export function differenceTable(sim: Simulation, base: Simulation): DifferenceRow[] {
  const total = (s: Simulation, read: Reader) => band(Array.from({ length: s.draws }, (_, n) => s.months.reduce((t, __, h) => t + read(s, n, h), 0))).median;
  const last = (s: Simulation, read: Reader) => band(Array.from({ length: s.draws }, (_, n) => read(s, n, s.months.length - 1))).median;
  const row = (id: string, label: Bilingual, read: Reader, how = total): DifferenceRow => {
    const scenario = how(sim, read);
    const baseline = how(base, read);
    const difference = scenario - baseline;
    return { id, label, scenario, baseline, difference, percent: baseline !== 0 ? difference / baseline : null };
  };
  return [
    row('encounters', { en: 'US encounters', es: 'Encuentros en EE. UU.' }, READERS.encounters),
    row('first-attempts', { en: 'People arriving for the first time', es: 'Personas que llegan por primera vez' }, READERS.firstAttempts),
    ...GROUPS.map((g, i) => row(`encounters-${g}`, { en: `Encounters: ${GROUP_LABELS[g].en}`, es: `Encuentros: ${GROUP_LABELS[g].es}` }, READERS.group(i))),
    ...DEMOGRAPHICS.map((d, i) => row(`encounters-${d}`, { en: `Encounters: ${DEMOGRAPHIC_LABELS[d].en.toLowerCase()}`, es: `Encuentros: ${DEMOGRAPHIC_LABELS[d].es.toLowerCase()}` }, READERS.demographic(i))),
    row('mexico-apprehensions', { en: "Mexico's apprehensions", es: 'Detenciones en México' }, READERS.mexicoApprehensions),
    row('into-mexico', { en: 'Sent back into Mexico by the US', es: 'Devueltas a México por EE. UU.' }, READERS.intoMexico),
    ...BORDER_STATES.map((s, k) => row(`into-${s}`, { en: `Sent back into ${BORDER_STATE_LABELS[s].en}`, es: `Devueltas a ${BORDER_STATE_LABELS[s].es}` }, READERS.state('intoMexico', k))),
    row('waiting', { en: 'Waiting in northern Mexico at the end', es: 'Esperando en el norte de México al final' }, READERS.waiting, last),
  ];
}
