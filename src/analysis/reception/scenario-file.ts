/**
 * Arrivals a user enters: a CSV or JSON file of rows { period, place, kind, people }.
 *   period  a week (its Monday, YYYY-MM-DD; another day means the week that holds it)
 *           or a month (YYYY-MM: spread evenly over its days, then summed by week)
 *   place   a northern border state (name or code, e.g. Tamaulipas, MX-28) or a city
 *           (INEGI municipality name or code, e.g. Reynosa, MX-28032; a name several states
 *           share with its state, e.g. "Juárez (Chihuahua)" or "Juárez, Chihuahua")
 *   kind    men, women, families (people in family units), minors (unaccompanied),
 *           adults (single adults: split by the share of men) or all (split by the
 *           shares INM's files give for the latest weeks)
 *   people  a number of people, 0 or more
 * JSON is an array of such objects, or { "arrivals": [...] }.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { InputError, shown, type Location } from '../../errors.js';
import { normaliseLabel } from '../../store/dimensions/normalise.js';
import { STATE_NAMES, type CityCatalogue } from './cities.js';
import { headerShown, headerShownEs, readUserCsv, shownEs } from './user-file.js';
import { jsonFault, jsonFaultEs } from '../../lib/json-fault.js';

export const SCENARIO_KINDS = ['men', 'women', 'families', 'minors', 'adults', 'all'] as const;
export type ScenarioKind = (typeof SCENARIO_KINDS)[number];

/**
 * The most people one row may hold: a row is at most a month of one state or city, and the
 * most INM's files hold for a month of one northern border state is about 10,000 (Tamaulipas,
 * 2025); 1,000,000 is a hundred times that, far beyond any plan, yet small enough for the
 * solver to stay exact (a row of 1e12 made HiGHS fail, differently from run to run).
 */
export const MAX_PEOPLE_PER_ROW = 1_000_000;

export interface ScenarioRow {
  /** People per day over [from, to] (inclusive), so months and weeks are one shape. */
  from: string;
  to: string;
  place: { state: string } | { city: string };
  kind: ScenarioKind;
  people: number;
  at: Location;
}

export async function readScenarioFile(path: string, cities: CityCatalogue): Promise<ScenarioRow[]> {
  const file = basename(path);
  let records: { cells: Record<string, string>; at: (column: string) => Location }[];
  if (path.toLowerCase().endsWith('.json')) {
    if (!existsSync(path)) throw new InputError({ file: path }, 'a JSON file of arrivals', 'no such file', 'missing file', { what: 'falta el archivo', expected: 'un archivo JSON de llegadas', found: 'una ruta que no existe' });
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(path, 'utf8'));
    } catch (e) {
      throw new InputError({ file }, 'valid JSON', jsonFault(e), 'unreadable file', { what: 'archivo ilegible', expected: 'un JSON válido', found: jsonFaultEs(e) });
    }
    const list = Array.isArray(raw) ? raw : (raw as { arrivals?: unknown })?.arrivals;
    if (!Array.isArray(list) || list.length === 0) throw new InputError({ file }, 'an array of { period, place, kind, people } (or { "arrivals": [...] })', shown(raw), 'no arrivals', {
      what: 'sin llegadas',
      expected: 'una lista de { period, place, kind, people } (o { "arrivals": [...] })',
      found: shownEs(raw),
    });
    records = list.map((o, i) => ({
      cells: Object.fromEntries(Object.entries((o ?? {}) as Record<string, unknown>).map(([k, v]) => [k.toLowerCase(), v === null || v === undefined ? '' : String(v).trim()])),
      at: (column) => ({ file, row: i + 1, column }),
    }));
  } else {
    const t = await readUserCsv(path);
    for (const c of ['period', 'place', 'kind', 'people']) {
      if (!t.header.includes(c)) throw new InputError({ file, row: 1, column: c }, 'the columns period, place, kind, people', headerShown(t.header), 'missing column', { what: 'falta una columna', expected: 'las columnas period, place, kind, people', found: headerShownEs(t.header) });
    }
    records = t.rows.map((r, i) => ({
      cells: Object.fromEntries(t.header.map((h, j) => [h, r[j] ?? ''])),
      at: (column) => ({ file, row: t.lineOf(i), column }),
    }));
  }
  return records.map(({ cells, at }) => {
    const { from, to } = period(cells.period ?? '', at('period'));
    const kind = (cells.kind ?? '').toLowerCase() as ScenarioKind;
    if (!SCENARIO_KINDS.includes(kind)) throw new InputError(at('kind'), `one of ${SCENARIO_KINDS.join(', ')}`, shown(cells.kind), 'unknown kind', { what: 'tipo desconocido', expected: `uno de ${SCENARIO_KINDS.join(', ')}`, found: shownEs(cells.kind) });
    const people = Number(cells.people);
    if (cells.people === '' || cells.people === undefined || !Number.isFinite(people) || people < 0) throw new InputError(at('people'), 'a number of people, 0 or more', shown(cells.people), 'bad number', { what: 'número no válido', expected: 'un número de personas, 0 o más', found: shownEs(cells.people) });
    if (people > MAX_PEOPLE_PER_ROW) throw new InputError(at('people'), `at most ${MAX_PEOPLE_PER_ROW.toLocaleString('en-US')} people in one row (a row is at most a month of one place; INM recorded at most about 10,000 people a month in one northern border state)`, shown(cells.people), 'too many people', {
      what: 'demasiadas personas',
      expected: `a lo más ${MAX_PEOPLE_PER_ROW.toLocaleString('en-US')} personas en una fila (una fila es a lo más un mes de un lugar; el INM registró a lo más unas 10,000 personas al mes en un estado de la frontera norte)`,
      found: shownEs(cells.people),
    });
    return { from, to, place: place(cells.place ?? '', cities, at('place')), kind, people, at: at('people') };
  });
}

function period(text: string, at: Location): { from: string; to: string } {
  if (/^\d{4}-\d{2}$/.test(text)) {
    const [y, m] = text.split('-').map(Number);
    if (m >= 1 && m <= 12 && y >= 1900 && y <= 2100) return { from: `${text}-01`, to: new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10) };
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    // Date.parse would roll 2026-02-30 over to 2 March: a day that does not exist is refused, saying why.
    const fault = dayFault(text);
    if (fault) throw new InputError(at, 'a week (YYYY-MM-DD, a day of the calendar) or a month (YYYY-MM)', `${shown(text)}, which ${fault.en}`, 'bad period', { what: 'periodo no válido', expected: 'una semana (AAAA-MM-DD, un día del calendario) o un mes (AAAA-MM)', found: `${shownEs(text)}, que ${fault.es}` });
    const monday = mondayOf(text);
    return { from: monday, to: addDays(monday, 6) };
  }
  throw new InputError(at, 'a week (YYYY-MM-DD, its Monday) or a month (YYYY-MM)', shown(text), 'bad period', { what: 'periodo no válido', expected: 'una semana (AAAA-MM-DD, su lunes) o un mes (AAAA-MM)', found: shownEs(text) });
}

/**
 * Why a day written YYYY-MM-DD is not a day of the calendar (null: it is one), in English and
 * Spanish, as a clause ("is not a date: 2026-02 has no day 30"). One check for --start, start=,
 * a registry's opens/closes and a scenario file's periods.
 */
export function dayFault(text: string): { en: string; es: string } | null {
  const m = text.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (!m) return { en: 'is not a day written YYYY-MM-DD', es: 'no es un día escrito AAAA-MM-DD' };
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1900 || year > 2100) return { en: 'is outside the years corridor can hold (1900 to 2100)', es: 'está fuera de los años que corridor puede guardar (1900 a 2100)' };
  if (month < 1 || month > 12) return { en: `is not a date: there is no month ${m[2]}`, es: `no es una fecha: no existe el mes ${m[2]}` };
  if (day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return { en: `is not a date: ${m[1]}-${m[2]} has no day ${m[3]}`, es: `no es una fecha: ${m[1]}-${m[2]} no tiene día ${m[3]}` };
  return null;
}

function place(text: string, cities: CityCatalogue, at: Location): ScenarioRow['place'] {
  const key = normaliseLabel(text);
  const state = Object.entries(STATE_NAMES).find(([code, name]) => code === text.toUpperCase() || normaliseLabel(name) === key);
  if (state) return { state: state[0] };
  const city = cities.resolve(text);
  if (!('problem' in city)) return { city: city.code };
  // A name several states share (Juárez, Matamoros, Allende) with its state: "Juárez (Chihuahua)" or "Juárez, Chihuahua".
  const named = /^(.+?)\s*(?:\(([^()]+)\)|,\s*([^,]+))$/.exec(text.trim());
  const withState = named ? cities.resolve(named[1], (named[2] ?? named[3]).trim()) : null;
  if (withState && !('problem' in withState)) return { city: withState.code };
  // This file has no state column: an ambiguous name is answered with the ways to write each city here.
  if (city.candidates?.length) {
    const ways = city.candidates.map((c) => `${c.code} or "${c.name} (${STATE_NAMES[c.state] ?? c.state})"`);
    const waysEs = city.candidates.map((c) => `${c.code} o "${c.name} (${STATE_NAMES[c.state] ?? c.state})"`);
    throw new InputError(at, `one municipality: ${city.candidates[0].name} is the name of ${city.candidates.length} (write ${ways.join('; ')})`, shown(text), 'ambiguous place', {
      what: 'lugar ambiguo',
      expected: `un solo municipio: ${city.candidates[0].name} es el nombre de ${city.candidates.length} (escriba ${waysEs.join('; ')})`,
      found: shownEs(text),
    });
  }
  throw new InputError(at, `a northern border state or ${city.problem}`, shown(text), 'unknown place', { what: 'lugar desconocido', expected: `un estado de la frontera norte o ${city.problemEs}`, found: shownEs(text) });
}

export function mondayOf(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  return addDays(day, -((d.getUTCDay() + 6) % 7));
}

export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** People of a row that fall in each planned week (by days). */
export function spreadOverWeeks(row: ScenarioRow, weeks: string[]): number[] {
  const days = (Date.parse(`${row.to}T00:00:00Z`) - Date.parse(`${row.from}T00:00:00Z`)) / 86_400_000 + 1;
  const perDay = row.people / days;
  return weeks.map((w) => {
    const end = addDays(w, 6);
    const from = row.from > w ? row.from : w;
    const to = row.to < end ? row.to : end;
    return to < from ? 0 : ((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1) * perDay;
  });
}
