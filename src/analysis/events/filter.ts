/**
 * Selects timeline entries by actor, kind and period. A period filter keeps an entry
 * whose span (date to end date) overlaps it, so a policy in force during the period
 * is listed even if it started before.
 */
import { UsageError } from '../../errors.js';
import { ACTORS, KINDS, type Actor, type Kind, type PolicyEvent } from './schema.js';

export interface EventFilter {
  actor?: string[];
  kind?: string[];
  /** YYYY-MM or YYYY-MM-DD, inclusive. */
  from?: string;
  to?: string;
}

function pick<T extends string>(values: string[] | undefined, allowed: readonly T[], what: { en: string; es: string }): Set<T> | undefined {
  if (!values?.length) return undefined;
  const out = new Set<T>();
  for (const v of values.flatMap((x) => x.split(','))) {
    const hit = allowed.find((a) => a.toLowerCase() === v.trim().toLowerCase());
    if (!hit) throw new UsageError(
      `unknown ${what.en} "${v}": use ${allowed.join(', ')}`,
      `${what.es} "${v}": use ${allowed.join(', ')}`,
    );
    out.add(hit);
  }
  return out;
}

/**
 * First or last day of what was typed: 2021-03 → 2021-03-01 / 2021-03-31. Refuses what is
 * not a period, a year corridor cannot hold (year 0000) and a day the calendar lacks (2021-02-30).
 */
export function dayBound(text: string, end: 'from' | 'to'): string {
  const t = text.trim();
  const m = t.match(/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/);
  if (!m || (m[2] && (Number(m[2]) < 1 || Number(m[2]) > 12))) throw new UsageError(
    `"${text}" is not a period: use YYYY, YYYY-MM or YYYY-MM-DD`,
    `"${text}" no es un periodo: use AAAA, AAAA-MM o AAAA-MM-DD`,
  );
  const year = Number(m[1]);
  if (year < 1900 || year > 2100) throw new UsageError(
    `"${text}" is outside the years corridor can hold (1900 to 2100)`,
    `"${text}" está fuera de los años que corridor puede guardar (1900 a 2100)`,
  );
  if (!m[2]) return end === 'from' ? `${m[1]}-01-01` : `${m[1]}-12-31`;
  const last = new Date(Date.UTC(year, Number(m[2]), 0)).getUTCDate();
  if (m[3] !== undefined) {
    if (Number(m[3]) < 1 || Number(m[3]) > last) throw new UsageError(
      `"${text}" is not a date: ${m[1]}-${m[2]} has no day ${m[3]}`,
      `"${text}" no es una fecha: ${m[1]}-${m[2]} no tiene día ${m[3]}`,
    );
    return t;
  }
  if (end === 'from') return `${m[1]}-${m[2]}-01`;
  return `${m[1]}-${m[2]}-${String(last).padStart(2, '0')}`;
}

/** The first and last days of a from/to filter, each checked by dayBound; a range whose start comes after its end is refused. */
export function dayRange(from: string | undefined, to: string | undefined): { from?: string; to?: string } {
  const first = from ? dayBound(from, 'from') : undefined;
  const last = to ? dayBound(to, 'to') : undefined;
  if (first && last && first > last) throw new UsageError(
    `the range is reversed: from ${from} comes after to ${to}`,
    `el rango está invertido: from ${from} viene después de to ${to}`,
  );
  return { from: first, to: last };
}

export function filterEvents(events: PolicyEvent[], f: EventFilter): PolicyEvent[] {
  const actors = pick<Actor>(f.actor, ACTORS, { en: 'actor', es: 'actor desconocido' });
  const kinds = pick<Kind>(f.kind, KINDS, { en: 'kind', es: 'tipo (kind) desconocido' });
  const { from, to } = dayRange(f.from, f.to);
  return events.filter((e) => {
    if (actors && !actors.has(e.actor)) return false;
    if (kinds && !kinds.has(e.kind)) return false;
    const end = e.endDate ?? e.date;
    if (from && end < from) return false;
    if (to && e.date > to) return false;
    return true;
  });
}
