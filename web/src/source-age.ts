/**
 * How old each source's latest figure is, so that data which stops months before
 * today says so beside the chart or card that shows it ("latest figure May 2026, 6
 * months before today"). The list of sources is read once per page load (main.ts asks
 * for it before any page is drawn) and kept here.
 */
import { periodText } from './format';
import type { Table } from './charts/download';
import type { Lang, Source } from './types';

/** A source whose latest period starts more than this many months before the current month is called out. */
export const STALE_AFTER_MONTHS = 3;

const lastPeriods = new Map<string, string>();

export function rememberSources(list: Source[]): void {
  for (const s of list) if (s.last_period) lastPeriods.set(s.id, s.last_period);
}

/** Whole months from the start of `period` to the current month (UTC). */
export function monthsBefore(period: string, today = new Date()): number {
  return (today.getUTCFullYear() - Number(period.slice(0, 4))) * 12 + today.getUTCMonth() - (Number(period.slice(5, 7)) - 1);
}

/** "latest figure May 2026, 6 months before today", or null when the source is recent (or unknown). */
export function ageNote(source: string, lang: Lang, today = new Date()): string | null {
  const last = lastPeriods.get(source);
  if (!last) return null;
  const n = monthsBefore(last, today);
  if (n <= STALE_AFTER_MONTHS) return null;
  const when = periodText(last, 'month', lang);
  return lang === 'es' ? `última cifra: ${when}, ${n} meses antes de hoy` : `latest figure ${when}, ${n} months before today`;
}

/** A chart whose latest figure is old says so: "The latest figure here is for May 2026, 6 months before today." */
export function latestNote(table: Table, lang: Lang, today = new Date()): string | null {
  const at = table.columns.indexOf('period');
  if (at < 0) return null;
  const last = table.rows.map((r) => r[at]).filter((v): v is string => typeof v === 'string' && /^\d{4}-\d{2}/.test(v)).sort().at(-1);
  return last ? staleNote(last, lang, today) : null;
}

/** "The latest figure here is for May 2021, 66 months before today.", or null when `last` (YYYY-MM...) is recent. */
export function staleNote(last: string, lang: Lang, today = new Date()): string | null {
  const n = monthsBefore(last, today);
  if (n <= STALE_AFTER_MONTHS) return null;
  const when = periodText(last.slice(0, 7), 'month', lang);
  return lang === 'es' ? `La cifra más reciente aquí es de ${when}, ${n} meses antes de hoy.` : `The latest figure here is for ${when}, ${n} months before today.`;
}
