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

/** First or last day of what was typed: 2021-03 → 2021-03-01 / 2021-03-31. */
export function dayBound(text: string, end: 'from' | 'to'): string {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return t;
  const m = t.match(/^(\d{4})(?:-(\d{2}))?$/);
  if (!m || (m[2] && (Number(m[2]) < 1 || Number(m[2]) > 12))) throw new UsageError(
    `"${text}" is not a period: use YYYY, YYYY-MM or YYYY-MM-DD`,
    `"${text}" no es un periodo: use AAAA, AAAA-MM o AAAA-MM-DD`,
  );
  if (!m[2]) return end === 'from' ? `${m[1]}-01-01` : `${m[1]}-12-31`;
  if (end === 'from') return `${m[1]}-${m[2]}-01`;
  const last = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
  return `${m[1]}-${m[2]}-${String(last).padStart(2, '0')}`;
}

export function filterEvents(events: PolicyEvent[], f: EventFilter): PolicyEvent[] {
  const actors = pick<Actor>(f.actor, ACTORS, { en: 'actor', es: 'actor desconocido' });
  const kinds = pick<Kind>(f.kind, KINDS, { en: 'kind', es: 'tipo (kind) desconocido' });
  const from = f.from ? dayBound(f.from, 'from') : undefined;
  const to = f.to ? dayBound(f.to, 'to') : undefined;
  return events.filter((e) => {
    if (actors && !actors.has(e.actor)) return false;
    if (kinds && !kinds.has(e.kind)) return false;
    const end = e.endDate ?? e.date;
    if (from && end < from) return false;
    if (to && e.date > to) return false;
    return true;
  });
}
