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

/** How a chart's periods are counted, for the note on its latest figure. */
export interface LatestOptions {
  /** The chart's grain: a yearly period is named as such and aged from its last month. Default: months. */
  grain?: 'month' | 'fy' | 'cy';
  /** The last period the chart draws, when its table holds later rows it does not draw (a total beside a breakdown). */
  drawnTo?: string;
}

/**
 * A chart whose latest figure is old says so: "The latest figure here is for May 2026, 6 months
 * before today." A year is named as the year and aged from its last month with figures (the
 * table's parts of 12 when the year is incomplete): "for FY2024 (to Sep 2024), 26 months ...".
 */
export function latestNote(table: Table, lang: Lang, today = new Date(), opts: LatestOptions = {}): string | null {
  const col = (name: string) => table.columns.indexOf(name);
  const [at, complete, parts] = [col('period'), col('complete'), col('parts')];
  if (at < 0) return null;
  const rows = table.rows.filter((r) => typeof r[at] === 'string' && /^\d{4}-\d{2}/.test(r[at] as string) && (!opts.drawnTo || (r[at] as string) <= opts.drawnTo));
  const last = rows.map((r) => r[at] as string).sort().at(-1);
  if (!last) return null;
  const grain = opts.grain ?? 'month';
  if (grain === 'month') return staleNote(last, lang, today);
  // The last month with figures: the year's twelfth, or, for a year not complete, its parts (months from its start).
  const row = rows.find((r) => r[at] === last)!;
  const months = complete >= 0 && row[complete] === false && parts >= 0 && typeof row[parts] === 'number' && row[parts] > 0 ? Math.min(12, row[parts] as number) : 12;
  const start = new Date(`${last.slice(0, 7)}-01T00:00:00Z`);
  const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months - 1, 1)).toISOString().slice(0, 7);
  const n = monthsBefore(end, today);
  if (n <= STALE_AFTER_MONTHS) return null;
  const year = periodText(last, grain, lang);
  const to = periodText(end, 'month', lang);
  return lang === 'es' ? `La cifra más reciente aquí es de ${year} (hasta ${to}), ${n} meses antes de hoy.` : `The latest figure here is for ${year} (to ${to}), ${n} months before today.`;
}

/** "The latest figure here is for May 2021, 66 months before today.", or null when `last` (YYYY-MM...) is recent. */
export function staleNote(last: string, lang: Lang, today = new Date()): string | null {
  const n = monthsBefore(last, today);
  if (n <= STALE_AFTER_MONTHS) return null;
  const when = periodText(last.slice(0, 7), 'month', lang);
  return lang === 'es' ? `La cifra más reciente aquí es de ${when}, ${n} meses antes de hoy.` : `The latest figure here is for ${when}, ${n} months before today.`;
}
