/**
 * The dashboard's only way to the data: GETs to the corridor API on this origin. Answers
 * are kept while the store they came from is the one the server serves: every answer names
 * its store state (`X-Corridor-Store`), and the first answer naming another state (a load
 * happened: `corridor ingest` against the served store) drops every answer kept, and the
 * page is told (`onStoreSwitch`) so that it draws itself again from fresh answers. An answer
 * to a question asked before the switch is never handed to the drawing that asked (that
 * drawing is replaced): figures of two store states are never shown side by side. Each
 * drawing starts with `checkStore`, asked of the server, not of the kept answers (the
 * server's ETags keep it cheap), so a page opened after a load never shows kept answers
 * of the store before it.
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

/** The store state the kept answers come from (null before the first answer). */
let storeState: string | null = null;
/** States replaced by a later one: an answer naming one of them is out of date. */
const replaced = new Set<string>();
/** Counts the switches: a question belongs to the state that was current when it was asked. */
let generation = 0;
const switchListeners = new Set<(how: { byCheck: boolean }) => void>();

/** Called when an answer names a new store state, after the kept answers are dropped. */
export function onStoreSwitch(fn: (how: { byCheck: boolean }) => void): void {
  switchListeners.add(fn);
}

/** The store state of the answers kept (for tests and the page's own checks). */
export const currentStore = (): string | null => storeState;

/** A drawing's answers never settle once the store they were asked of has been replaced. */
const never = new Promise<never>(() => {});

/** What an answer's store state means for the answers kept. */
function adopt(state: string | null, byCheck: boolean): 'same' | 'switched' | 'stale' {
  if (!state || state === storeState) return 'same';
  if (storeState === null) {
    storeState = state;
    return 'same';
  }
  if (replaced.has(state)) return 'stale';
  replaced.add(storeState);
  storeState = state;
  generation++;
  answers.clear();
  for (const fn of switchListeners) fn({ byCheck });
  return 'switched';
}

async function ask<T>(path: string, asked: number, byCheck: boolean, tries = 0): Promise<T> {
  const res = await fetch(path, { headers: { Accept: 'application/json' } });
  const verdict = adopt(res.headers.get('X-Corridor-Store'), byCheck);
  // Asked of the current state, answered from one already replaced (a cache between): ask again.
  if (verdict === 'stale' && asked === generation && tries < 3) return ask(path, asked, byCheck, tries + 1);
  const body = (await res.json().catch(() => null)) as { detail?: string; facts?: unknown } | null;
  if (verdict === 'stale' || asked !== generation) {
    // An answer of the new state to a question asked before the switch: kept for the drawing that replaces the one that asked.
    if (verdict !== 'stale' && res.ok && !answers.has(path)) answers.set(path, Promise.resolve(body));
    if (!byCheck) return never;
    if (verdict === 'stale') throw new Error(`${path}: answered from a store state already replaced`);
  }
  if (!res.ok) throw new ApiError(res.status, body?.detail ?? `${res.status} ${res.statusText}`, body?.facts);
  return body as T;
}

export function getJson<T>(path: string): Promise<T> {
  let found = answers.get(path);
  if (!found) {
    const asked = ask<T>(path, generation, false);
    found = asked;
    asked.catch(() => {
      if (answers.get(path) === asked) answers.delete(path);
    });
    answers.set(path, asked);
  }
  return found as Promise<T>;
}

/**
 * Asks the server which store state it serves (the list of sources, asked again whatever is
 * kept): when it is not the kept answers' state, they are dropped before the page asks for
 * anything. Resolves to true when the state changed.
 */
export async function checkStore(): Promise<boolean> {
  const before = generation;
  const path = '/api/sources';
  const asked = ask<unknown>(path, generation, true);
  answers.set(path, asked);
  asked.catch(() => {
    if (answers.get(path) === asked) answers.delete(path);
  });
  await asked.catch(() => undefined);
  return generation !== before;
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
