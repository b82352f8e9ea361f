/**
 * Arrivals from the scenario engine (src/analysis/scenario/): a shipped scenario by name,
 * its levers optionally changed, run against the store; the people the US sends back into
 * each northern border state each month, at the median over the bootstrap draws or at a
 * chosen quantile (a bad case to plan for), become rows by state and month, exactly as a
 * user's arrivals file would give them. Their kinds are the engine's own demographics where
 * the engine has them (the people it expels: single adults as "adults", people in family
 * units as "families", unaccompanied children as "minors"), so a lever that sends more
 * families sends more families to the shelters, not more of every kind; the people the US
 * sends under Title 8 (the level the engine holds outside Title 42) are rows of kind "all",
 * split as INM's recent weeks are. The planner then splits them into cities with its stated
 * assumptions.
 *
 * Only shipped scenarios (scenarios/*.json, or $CORRIDOR_SCENARIOS) are accepted by name:
 * the API passes a client's name here, and a name must never open a file of the client's choosing.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { InputError, UsageError } from '../../errors.js';
import { leverWritten, replacedLever } from '../../model/lever-text.js';
import { checkLeverList } from '../scenario/lever-list.js';
import { monthRangeWords, monthWords } from '../../model/index.js';
import { BORDER_STATES, BORDER_STATE_LABELS, DEMOGRAPHICS } from '../scenario/groups.js';
import { LEVERS, LEVER_BY_ID, type LeverId, type Levers } from '../scenario/levers.js';
import { addMonth } from '../scenario/months.js';
import { checkLeverMonths, DEFAULT_DRAWS, DEFAULT_HORIZON, prepareScenario, resolveWindow, simulatedMonths, type PreparedScenario } from '../scenario/run.js';
import { listScenarios, parseScenario, resolveScenario, type Scenario } from '../scenario/scenario-file.js';
import { simulate } from '../scenario/simulate.js';
import type { Simulation } from '../scenario/types.js';
import type { ScenarioKind, ScenarioRow } from './scenario-file.js';
import type { Assumption } from './types.js';

export const QUANTILE_RANGE = { min: 0.01, max: 0.99 } as const;

export interface EngineOptions {
  /** A shipped scenario's name ("corridor scenario list"). */
  name: string;
  /**
   * Levers replacing the scenario's own: "id=value" or "id=value:from[:to[:rampMonths]]",
   * joined by commas ("id:value:from..." as the Scenarios page's URL writes them works too),
   * or the levers as JSON.
   */
  levers?: string;
  /** Quantile of the draws planned for, month by month; default 0.5 (the median). */
  quantile?: number;
  draws?: number;
  /**
   * Calibrates the scenario (default: prepareScenario over the connection). The API passes a
   * memoised one, so a request that only changes levers or the quantile does not recalibrate.
   */
  prepare?: (scenario: Scenario, draws: number) => Promise<PreparedScenario>;
}

export interface EngineArrivals {
  rows: ScenarioRow[];
  scenario: Scenario;
  window: { from: string; to: string };
  months: string[];
  quantile: number;
  /** People sent back into each state each month (state → months): the sum of its kinds, each at the quantile. */
  intoMexico: Record<string, number[]>;
  /** Of them, over all states and months, by the kind of the rows: the engine's demographics, and "all" for the Title 8 level. */
  byKind: Partial<Record<ScenarioKind, number>>;
  /** Store datasets the engine read (source/dataset ids). */
  datasets: string[];
  assumption: Assumption;
}

/** The shipped scenarios' names. */
export function shippedScenarioNames(): string[] {
  return listScenarios().map((s) => s.name);
}

export function shippedScenario(name: string): Scenario {
  const names = shippedScenarioNames();
  if (!names.includes(name)) throw new UsageError(
    `no shipped scenario named "${name}": the scenarios are ${names.join(', ') || '(none)'} ("corridor scenario list")`,
    `no hay escenario incluido llamado "${name}": los escenarios son ${names.join(', ') || '(ninguno)'} ("corridor scenario list")`,
  );
  return resolveScenario(name);
}

export function checkQuantile(q: number | undefined): number {
  if (q === undefined) return 0.5;
  if (!Number.isFinite(q) || q < QUANTILE_RANGE.min || q > QUANTILE_RANGE.max) {
    throw new UsageError(
      `the quantile is a number from ${QUANTILE_RANGE.min} to ${QUANTILE_RANGE.max} (0.5: the median; 0.9: a bad case), not ${q}`,
      `el cuantil es un número de ${QUANTILE_RANGE.min} a ${QUANTILE_RANGE.max} (0.5: la mediana; 0.9: un caso malo), no ${q}`,
    );
  }
  return q;
}

const allowedLevers = () => LEVERS.map((l) => `${l.id} (${l.min} to ${l.max})`).join(', ');
const allowedLeversEs = () => LEVERS.map((l) => `${l.id} (${l.min} a ${l.max})`).join(', ');

/**
 * The levers written when every lever is put back to no change: none runs (not the scenario's
 * own, which an empty list means). The Scenarios page writes it in its URL (NO_LEVERS of
 * web/src/pages/scenarios-levers.ts); the command line and the API read it here.
 */
export const NO_LEVERS = 'none';

/**
 * The scenario with the levers of `text` in place of its own (validated as a scenario file is):
 * "id=value,..." replaces the levers it names; a JSON object replaces them all, as
 * /api/scenario takes it (so the Scenarios page's levers run the same scenario here); "none"
 * runs no lever at all. The one reader of written levers for the command line and the API
 * (`corridor scenario run`, /api/scenario, `corridor reception`, /api/reception): a lever named
 * twice or a value not written in decimals is refused by `checkLeverList`, saying what to write.
 */
export function withLevers(scenario: Scenario, text: string | undefined, firstMonth: string): Scenario {
  if (text === undefined || text.trim() === '') return scenario;
  if (text.trim() === NO_LEVERS) return parseScenario({ ...scenario, levers: {} }, 'levers');
  const own = scenario.levers as Record<string, Record<string, unknown> | undefined>;
  let levers: Record<string, unknown> = { ...own };
  // A lever named twice, a decimal comma, a value such as 0x2: refused as the scenario engine's faces refuse them.
  checkLeverList(text);
  if (text.trim().startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new UsageError(
        'the levers are not valid JSON: give "id=value,..." or a JSON object as in a scenario file',
        'las palancas (levers) no son JSON válido: dé "id=valor,..." o un objeto JSON como en un archivo de escenario',
      );
    }
    if (!json || typeof json !== 'object' || Array.isArray(json)) throw new UsageError(
      'the levers as JSON are an object, as in a scenario file: {"id":{"value":...,"from":"YYYY-MM"}}',
      'las palancas (levers) en JSON son un objeto, como en un archivo de escenario: {"id":{"value":...,"from":"AAAA-MM"}}',
    );
    levers = { ...(json as Record<string, unknown>) };
  } else {
    for (const part of text.split(',')) {
      // The one reading of written levers every face shares (src/model/lever-text.ts).
      const written = leverWritten(part);
      if (!written) throw new UsageError(
        `a lever is written id=value or id=value:from[:to[:rampMonths]] (months YYYY-MM), not "${part.trim()}"`,
        `una palanca se escribe id=valor o id=valor:desde[:hasta[:rampMonths]] (meses AAAA-MM), no "${part.trim()}"`,
      );
      const { id, value } = written;
      if (!LEVER_BY_ID.has(id as LeverId)) throw new UsageError(
        `no lever named "${id}": the levers are ${allowedLevers()}`,
        `no hay palanca llamada "${id}": las palancas son ${allowedLeversEs()}`,
      );
      if (!Number.isFinite(Number(value))) throw new UsageError(
        `the lever ${id} takes a number, not "${value}"`,
        `la palanca ${id} lleva un número, no "${value}"`,
      );
      levers[id] = replacedLever(own[id], written, firstMonth);
    }
  }
  for (const id of Object.keys(levers)) if (!LEVER_BY_ID.has(id as LeverId)) throw new UsageError(
    `no lever named "${id}": the levers are ${allowedLevers()}`,
    `no hay palanca llamada "${id}": las palancas son ${allowedLeversEs()}`,
  );
  try {
    return parseScenario({ ...scenario, levers }, 'levers');
  } catch (e) {
    if (e instanceof InputError) throw new UsageError(
      `the lever ${(e.at.field ?? '').replace(/^levers\./, '')}: expected ${e.expected}, found ${e.found} (the levers are ${allowedLevers()})`,
      e.es
        ? `la palanca ${(e.at.field ?? '').replace(/^levers\./, '')}: se esperaba ${e.es.expected}, se encontró ${e.es.found} (las palancas son ${allowedLeversEs()})`
        : `la palanca ${(e.at.field ?? '').replace(/^levers\./, '')}: se esperaba ${e.expected}, se encontró ${e.found} (detalle en inglés; las palancas son ${allowedLeversEs()})`,
    );
    throw e;
  }
}

/**
 * Whether two scenarios' levers are the same levers (same ids, values, months, ramps, groups
 * and states; key order aside): levers "changed" back to the scenario's own are its own.
 */
export function sameLevers(a: Scenario['levers'], b: Scenario['levers']): boolean {
  const canon = (x: unknown): unknown => (Array.isArray(x) ? x.map(canon) : x && typeof x === 'object' ? Object.fromEntries(Object.entries(x).filter(([, v]) => v !== undefined).sort(([k], [l]) => (k < l ? -1 : k > l ? 1 : 0)).map(([k, v]) => [k, canon(v)])) : x);
  return JSON.stringify(canon(a)) === JSON.stringify(canon(b));
}

/** Quantile p of sorted values, interpolated linearly as the engine's bands are. */
export function quantileSorted(v: Float64Array, p: number): number {
  const i = (v.length - 1) * p;
  const lo = Math.floor(i);
  return v[lo] + (v[Math.min(v.length - 1, lo + 1)] - v[lo]) * (i - lo);
}

export async function engineArrivals(conn: DuckDBConnection, opts: EngineOptions): Promise<EngineArrivals> {
  const quantile = checkQuantile(opts.quantile);
  const shipped = shippedScenario(opts.name);
  const window = await resolveWindow(conn, shipped);
  const scenario = withLevers(shipped, opts.levers, addMonth(window.to, 1));
  // Levers given but equal to the scenario's own (set back to its values) are its own, not "changed by the user".
  const changed = opts.levers !== undefined && opts.levers.trim() !== '' && !sameLevers(scenario.levers, shipped.levers);
  // A lever outside the simulated months would change no arrival: refused as the scenario engine refuses it.
  checkLeverMonths(scenario, simulatedMonths(window.to, scenario.horizon ?? DEFAULT_HORIZON));
  const draws = opts.draws ?? DEFAULT_DRAWS;
  const prepared = await (opts.prepare ? opts.prepare(scenario, draws) : prepareScenario(conn, scenario, { draws }));
  const sim = simulate(prepared.calibration, scenario.levers as Levers);
  const intoMexico: Record<string, number[]> = {};
  const rows: ScenarioRow[] = [];
  const byKind: Partial<Record<ScenarioKind, number>> = {};
  for (const [s, state] of BORDER_STATES.entries()) {
    intoMexico[state] = sim.months.map((month, h) => {
      let people = 0;
      for (const [kind, draws] of kindDraws(sim, s, h)) {
        // Each kind at its own quantile: a lever that moves one kind leaves the others' figures as they are.
        const x = quantileSorted(draws.sort(), quantile);
        if (!(x > 0)) continue;
        rows.push({ ...monthSpan(month), place: { state }, kind, people: x, at: { file: `scenario ${scenario.name}`, row: h + 1, column: state } });
        byKind[kind] = (byKind[kind] ?? 0) + x;
        people += x;
      }
      return people;
    });
  }
  const datasets = [...new Set(prepared.sources.flatMap((s) => s.sources))].sort();
  const which =
    quantile === 0.5
      ? { en: 'the median over the draws of each kind (single adults, people in families, unaccompanied children, the Title 8 level), state by state and month by month', es: 'la mediana de las réplicas de cada tipo (adultos solos, personas en familia, menores no acompañados, el nivel del Título 8), estado por estado y mes a mes' }
      : { en: `the ${ordinal(quantile)} percentile over the draws of each kind (single adults, people in families, unaccompanied children, the Title 8 level), state by state and month by month (each its own percentile, so their sum is further from the median than the same percentile of the total)`, es: `el percentil ${percentile(quantile)} de las réplicas de cada tipo (adultos solos, personas en familia, menores no acompañados, el nivel del Título 8), estado por estado y mes a mes (cada uno su propio percentil, así que su suma se aleja más de la mediana que ese percentil del total)` };
  const totals = BORDER_STATES.filter((s) => intoMexico[s].some((x) => x > 0)).map((s) => `${BORDER_STATE_LABELS[s].en} ${Math.round(sum(intoMexico[s])).toLocaleString('en-US')}`);
  const totalsEs = BORDER_STATES.filter((s) => intoMexico[s].some((x) => x > 0)).map((s) => `${BORDER_STATE_LABELS[s].es} ${Math.round(sum(intoMexico[s])).toLocaleString('en-US')}`);
  // Months in words in the sentence ("April 2021 to March 2022"); the value keeps them as YYYY-MM.
  const calibrated = monthRangeWords(window.from, window.to);
  const simulated = monthRangeWords(sim.months[0], sim.months.at(-1)!);
  const assumption: Assumption = {
    id: 'scenario',
    basis: changed ? 'user' : 'default',
    value: { name: scenario.name, levers: scenario.levers, leversChanged: changed ? opts.levers! : null, quantile, draws: sim.draws, window, months: sim.months, intoMexico: Object.fromEntries(Object.entries(intoMexico).map(([s, xs]) => [s, xs.map((x) => Math.round(x * 10) / 10)])) },
    text: {
      en: `Scenario "${scenario.name}" (${scenario.title.en}) from the scenario engine, calibrated on ${calibrated.en}, ${sim.draws} bootstrap draws; levers: ${leverWords(scenario.levers, 'en')}${changed ? ' (changed by the user)' : ''}. Arrivals are the people the US sends back into each northern border state each month, ${which.en}, ${simulated.en}: ${totals.join(', ')}. Events, not people, as encounters are.`,
      es: `Escenario "${scenario.name}" (${scenario.title.es}) del motor de escenarios, calibrado ${calibrated.es}, ${sim.draws} réplicas bootstrap; palancas: ${leverWords(scenario.levers, 'es')}${changed ? ' (cambiadas por el usuario)' : ''}. Las llegadas son las personas que EE. UU. devuelve a cada estado de la frontera norte cada mes, ${which.es}, ${simulated.es}: ${totalsEs.join(', ')}. Eventos, no personas, como los encuentros.`,
    },
  };
  return { rows, scenario, window, months: sim.months, quantile, intoMexico, byKind, datasets, assumption };
}

/**
 * A scenario's levers in words, in the language asked: each lever's name, its value (a
 * multiplier as ×), when it applies and to whom, and its id; "none" / "ninguna" without levers.
 */
export function leverWords(levers: Scenario['levers'], lang: 'en' | 'es'): string {
  const words = Object.entries(levers as Record<string, { value: number; from?: string; to?: string; rampMonths?: number; groups?: string[]; states?: string[] } | undefined>).flatMap(([id, r]) => {
    if (!r) return [];
    const def = LEVER_BY_ID.get(id as LeverId);
    const value = def?.kind === 'multiplier' ? `×${r.value}` : String(r.value);
    const when = lang === 'en'
      ? `${r.from ? ` from ${monthWords(r.from).en}` : ''}${r.to ? ` to ${monthWords(r.to).en}` : ''}${r.rampMonths ? `, reached over ${r.rampMonths} months` : ''}`
      : `${r.from ? ` desde ${monthWords(r.from).es}` : ''}${r.to ? ` hasta ${monthWords(r.to).es}` : ''}${r.rampMonths ? `, alcanzada en ${r.rampMonths} meses` : ''}`;
    const who = [...(r.groups ?? []), ...(r.states ?? [])];
    return [`${def ? def.label[lang] : id} ${value}${when}${who.length ? ` (${who.join(', ')})` : ''} [${id}]`];
  });
  return words.join('; ') || (lang === 'en' ? 'none' : 'ninguna');
}

/** The engine's demographics as the kinds of a row: single adults, people in family units, unaccompanied children. */
const KIND_OF: Record<(typeof DEMOGRAPHICS)[number], ScenarioKind> = { SA: 'adults', FMUA: 'families', UC: 'minors' };

/**
 * The people sent into state s in month h, draw by draw, by the kind of row they become: each
 * demographic the engine expels, and "all" for the rest (the Title 8 level, which has no
 * demographics; left out where there is none).
 */
export function kindDraws(sim: Simulation, s: number, h: number): [ScenarioKind, Float64Array][] {
  const S = BORDER_STATES.length;
  const D = DEMOGRAPHICS.length;
  const H = sim.months.length;
  const parts = DEMOGRAPHICS.map(() => new Float64Array(sim.draws));
  const rest = new Float64Array(sim.draws);
  for (let n = 0; n < sim.draws; n++) {
    let expelled = 0;
    for (let d = 0; d < D; d++) {
      const x = sim.intoMexicoExpelled[((n * H + h) * S + s) * D + d];
      parts[d][n] = x;
      expelled += x;
    }
    // Below a millionth of a person the difference is the arithmetic's, not a Title 8 level.
    const r = sim.intoMexico[(n * H + h) * S + s] - expelled;
    rest[n] = r > 1e-6 ? r : 0;
  }
  const out: [ScenarioKind, Float64Array][] = DEMOGRAPHICS.map((d, i) => [KIND_OF[d], parts[i]]);
  return rest.some((x) => x > 0) ? [...out, ['all', rest]] : out;
}

function monthSpan(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number);
  return { from: `${month}-01`, to: new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10) };
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const percentile = (q: number) => String(Math.round(q * 1000) / 10);
function ordinal(q: number): string {
  const p = percentile(q);
  if (p.includes('.')) return `${p}th`;
  const n = Number(p);
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${p}${suffix}`;
}
