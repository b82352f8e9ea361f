/**
 * The dashboard's only way to the data: GETs to the corridor API on this origin,
 * each answer kept for the life of the page (the server's ETags keep reloads cheap).
 * A 4xx answer is a question the store cannot answer as asked (its message is shown
 * to the reader); anything else is a fault.
 */
import type { CoverageTable, Grain, Headline, Lang, Measure, Member, Place, PolicyEvent, SeriesAnswer, Shapes, Source, Check } from './types';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** The refusal's facts when the API sends them beside its message (`facts`, e.g. /api/reception's refused weeks), for the page to word itself. */
    readonly facts?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
  /** A question the store cannot answer, not a fault of the server or the page. */
  get unanswerable(): boolean {
    return this.status >= 400 && this.status < 500;
  }
}

const answers = new Map<string, Promise<unknown>>();

export function getJson<T>(path: string): Promise<T> {
  let found = answers.get(path);
  if (!found) {
    found = fetch(path, { headers: { Accept: 'application/json' } }).then(async (res) => {
      const body = (await res.json().catch(() => null)) as { detail?: string; facts?: unknown } | null;
      if (!res.ok) throw new ApiError(res.status, body?.detail ?? `${res.status} ${res.statusText}`, body?.facts);
      return body;
    });
    found.catch(() => answers.delete(path));
    answers.set(path, found);
  }
  return found as Promise<T>;
}

/** A series question: filters are code lists per dimension. */
export interface SeriesQuery {
  measure: string;
  where?: Record<string, string | string[] | undefined>;
  by?: string[];
  grain?: Grain;
  from?: string;
  to?: string;
}

export function seriesParams(q: SeriesQuery, lang: Lang): URLSearchParams {
  const p = new URLSearchParams({ measure: q.measure });
  for (const [dim, value] of Object.entries(q.where ?? {})) {
    const list = Array.isArray(value) ? value : value ? [value] : [];
    if (list.length) p.append('where', `${dim}=${list.join(',')}`);
  }
  for (const b of q.by ?? []) p.append('by', b);
  if (q.grain) p.set('grain', q.grain);
  if (q.from) p.set('from', q.from);
  if (q.to) p.set('to', q.to);
  p.set('lang', lang);
  return p;
}

export const exportUrl = (q: SeriesQuery, lang: Lang, format: 'csv' | 'json' | 'parquet') => `/api/export?${seriesParams(q, lang)}&format=${format}`;

export const api = {
  series: (q: SeriesQuery, lang: Lang) => getJson<SeriesAnswer>(`/api/series?${seriesParams(q, lang)}`),
  headline: (q: SeriesQuery, lang: Lang) => {
    const p = seriesParams({ measure: q.measure, where: q.where, grain: q.grain }, lang);
    return getJson<Headline>(`/api/headline?${p}`);
  },
  measures: () => getJson<{ measures: Measure[] }>('/api/measures').then((r) => r.measures),
  members: (dim: string) => getJson<{ members: Member[] }>(`/api/dimensions/${dim}`).then((r) => r.members),
  places: (q: { level?: string; parent?: string; code?: string }) => getJson<{ places: Place[] }>(`/api/places?${new URLSearchParams(q as Record<string, string>)}`).then((r) => r.places),
  shapes: () => getJson<Shapes>('/api/shapes'),
  events: () => getJson<{ events: PolicyEvent[] }>('/api/events').then((r) => r.events),
  sources: () => getJson<{ sources: Source[] }>('/api/sources').then((r) => r.sources),
  checks: () => getJson<{ checks: Check[] }>('/api/checks').then((r) => r.checks),
  coverage: (q: { measure?: string; source?: string } = {}) => getJson<{ tables: CoverageTable[] }>(`/api/coverage?${new URLSearchParams(q as Record<string, string>)}`).then((r) => r.tables),
};
