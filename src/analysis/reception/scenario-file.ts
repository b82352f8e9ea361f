/**
 * Arrivals a user enters: a CSV or JSON file of rows { period, place, kind, people }.
 *   period  a week (its Monday, YYYY-MM-DD; another day means the week that holds it)
 *           or a month (YYYY-MM: spread evenly over its days, then summed by week)
 *   place   a northern border state (name or code, e.g. Tamaulipas, MX-28) or a city
 *           (INEGI municipality name or code, e.g. Reynosa, MX-28032)
 *   kind    men, women, families (people in family units), minors (unaccompanied),
 *           adults (single adults: split by the share of men) or all (split by the
 *           shares INM's files give for the latest weeks)
 *   people  a number of people, 0 or more
 * JSON is an array of such objects, or { "arrivals": [...] }.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { InputError, shown, type Location } from '../../errors.js';
import { normaliseLabel } from '../../store/dimensions/normalise.js';
import { STATE_NAMES, type CityCatalogue } from './cities.js';
import { headerShown, headerShownEs, readUserCsv, shownEs } from './user-file.js';
import { jsonFault, jsonFaultEs } from '../../lib/json-fault.js';

export const SCENARIO_KINDS = ['men', 'women', 'families', 'minors', 'adults', 'all'] as const;
export type ScenarioKind = (typeof SCENARIO_KINDS)[number];

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
    return { from, to, place: place(cells.place ?? '', cities, at('place')), kind, people, at: at('people') };
  });
}

function period(text: string, at: Location): { from: string; to: string } {
  if (/^\d{4}-\d{2}$/.test(text)) {
    const [y, m] = text.split('-').map(Number);
    if (m >= 1 && m <= 12) return { from: `${text}-01`, to: new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10) };
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`))) {
    const monday = mondayOf(text);
    return { from: monday, to: addDays(monday, 6) };
  }
  throw new InputError(at, 'a week (YYYY-MM-DD, its Monday) or a month (YYYY-MM)', shown(text), 'bad period', { what: 'periodo no válido', expected: 'una semana (AAAA-MM-DD, su lunes) o un mes (AAAA-MM)', found: shownEs(text) });
}

function place(text: string, cities: CityCatalogue, at: Location): ScenarioRow['place'] {
  const key = normaliseLabel(text);
  const state = Object.entries(STATE_NAMES).find(([code, name]) => code === text.toUpperCase() || normaliseLabel(name) === key);
  if (state) return { state: state[0] };
  const city = cities.resolve(text);
  if ('problem' in city) throw new InputError(at, `a northern border state or ${city.problem}`, shown(text), 'unknown place', { what: 'lugar desconocido', expected: `un estado de la frontera norte o ${city.problemEs}`, found: shownEs(text) });
  return { city: city.code };
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
