/**
 * Event lists (a table declared `eventList`, src/model/sources.ts): one row per event on its
 * day, so a day with no row had no event. The ingest writes every day of the list's span as a
 * period the table reports (dataset_periods), which is all the query engines read for
 * completeness (both: in memory and in SQL), and no day outside it: a year wholly inside the
 * span is complete with the events' sum, a year partly inside is partial with the days it
 * covers. A day of the span with no event is written as a zero for each of the list's series
 * (its places and other codes), so a month with no event is 0, complete, not "no figure".
 * The span's days are added to the table's notes, in both languages, so that what is claimed
 * covered is said.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { DatasetDescription } from '../model/index.js';

export interface EventListCover {
  dataset: string;
  from: string;
  to: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The span each event list of a vintage covers: the declared ends, or else its first and
 * last listed events. A listed event outside a declared span is refused (the ingest rolls the
 * vintage back): the declaration would be false. A list with no event and no declared span covers nothing.
 */
export async function eventListCovers(conn: DuckDBConnection, vintage: number, datasets: DatasetDescription[]): Promise<EventListCover[]> {
  const out: EventListCover[] = [];
  for (const ds of datasets) {
    const span = ds.eventList;
    if (!span) continue;
    if (ds.grain !== 'day') throw new Error(`${ds.id}: an event list must be of grain day, not ${ds.grain}`);
    for (const end of [span.from, span.to]) if (end !== undefined && !DAY.test(end)) throw new Error(`${ds.id}: the event list's span must be given as YYYY-MM-DD days, not ${end}`);
    const reader = await conn.runAndReadAll(
      `SELECT strftime(min(period), '%Y-%m-%d'), strftime(max(period), '%Y-%m-%d') FROM observations WHERE vintage_id = ${Number(vintage)} AND dataset_id = ?`,
      [ds.id],
    );
    const [first, last] = reader.getRows()[0] as [string | null, string | null];
    const from = span.from ?? first;
    const to = span.to ?? last;
    if (from === null || to === null) continue;
    if (from > to) throw new Error(`${ds.id}: the event list's span starts (${from}) after it ends (${to})`);
    if (first !== null && first < from) throw new Error(`${ds.id}: an event on ${first} is before the start of the span the list is declared to cover (${from})`);
    if (last !== null && last > to) throw new Error(`${ds.id}: an event on ${last} is after the end of the span the list is declared to cover (${to})`);
    out.push({ dataset: ds.id, from, to });
  }
  return out;
}

const KEYS = ['dataset_id', 'measure', 'grain', 'geography', 'citizenship', 'demographic', 'authority', 'component', 'category'];

/**
 * Writes a zero for every day of the span on which a series of the list (its place and other
 * codes) has no event, so that every engine sums a month or year with no event to 0 (complete)
 * rather than having no figure for it, and the table's first and last periods are its span's.
 * Returns how many it wrote.
 */
export async function writeEventListZeros(conn: DuckDBConnection, vintage: number, covers: EventListCover[]): Promise<number> {
  const v = Number(vintage);
  let written = 0;
  for (const c of covers) {
    const reader = await conn.runAndReadAll(
      `INSERT INTO observations
       SELECT ${v}, s.dataset_id, s.measure, t.d::DATE, s.grain, s.geography, s.citizenship, s.demographic, s.authority, s.component, s.category, 0
         FROM (SELECT DISTINCT ${KEYS.join(', ')} FROM observations WHERE vintage_id = ${v} AND dataset_id = ?) s
        CROSS JOIN range(?::TIMESTAMP, ?::TIMESTAMP + INTERVAL 1 DAY, INTERVAL 1 DAY) t(d)
        WHERE NOT EXISTS (SELECT 1 FROM observations o WHERE o.vintage_id = ${v} AND o.period = t.d::DATE AND ${KEYS.map((k) => `o.${k} = s.${k}`).join(' AND ')})`,
      [c.dataset, c.from, c.to],
    );
    written += Number(reader.getRows()[0][0]);
  }
  return written;
}

/** Writes every day of each event list's span as a period its table reports (replacing the periods read from its rows, all inside the span). */
export async function writeEventListPeriods(conn: DuckDBConnection, vintage: number, covers: EventListCover[]): Promise<void> {
  for (const c of covers) {
    await conn.run(`DELETE FROM dataset_periods WHERE vintage_id = ${Number(vintage)} AND dataset_id = ?`, [c.dataset]);
    await conn.run(
      `INSERT INTO dataset_periods
       SELECT ${Number(vintage)}, ?, list(strftime(d, '%Y-%m-%d') ORDER BY d)
         FROM range(?::TIMESTAMP, ?::TIMESTAMP + INTERVAL 1 DAY, INTERVAL 1 DAY) t(d)`,
      [c.dataset, c.from, c.to],
    );
  }
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];

const dayEn = (d: string) => `${Number(d.slice(8, 10))} ${MONTHS_EN[Number(d.slice(5, 7)) - 1]} ${d.slice(0, 4)}`;
const dayEs = (d: string) => `${Number(d.slice(8, 10))} de ${MONTHS_ES[Number(d.slice(5, 7)) - 1]} de ${d.slice(0, 4)}`;

/** What the notes say of an event list's span. */
export function eventListNote(c: EventListCover): { en: string; es: string } {
  return {
    en: `Event list: every day from ${dayEn(c.from)} to ${dayEn(c.to)} counts as covered, a day with none listed being a day with none (zero); no day outside that span is covered.`,
    es: `Lista de eventos: cada día del ${dayEs(c.from)} al ${dayEs(c.to)} cuenta como cubierto, y un día sin ninguno en la lista es un día sin ninguno (cero); ningún día fuera de ese lapso está cubierto.`,
  };
}

/** Adds each event list's span to its table's notes (the datasets row written with the vintage). */
export async function noteEventLists(conn: DuckDBConnection, covers: EventListCover[]): Promise<void> {
  for (const c of covers) {
    const { en, es } = eventListNote(c);
    await conn.run(
      `UPDATE datasets SET notes_en = trim(coalesce(notes_en, '') || ' ' || ?), notes_es = trim(coalesce(notes_es, '') || ' ' || ?) WHERE id = ?`,
      [en, es, c.dataset],
    );
  }
}
