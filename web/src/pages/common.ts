/** What the pages share: their header, labels from the store, and a series as a table. */
import { api } from '../api';
import type { PageContext } from '../controls';
import { el } from '../dom';
import type { ParamSpecs } from '../state';
import type { Dim, Lang, Measure, Provenance, SeriesAnswer, SeriesRow } from '../types';
import type { SourcesOf } from '../charts/frame';

export interface PageModule {
  specs: ParamSpecs;
  render(root: HTMLElement, ctx: PageContext): Promise<void>;
}

export function pageHead(root: HTMLElement, title: string, lead: string): void {
  root.append(el('header', { class: 'page-head' }, el('h2', {}, title), el('p', { class: 'lead' }, lead)));
}

/** Every measure by id, with its labels and definitions in both languages. */
export async function measuresById(): Promise<Map<string, Measure>> {
  return new Map((await api.measures()).map((m) => [m.id, m]));
}

export async function measureLabel(id: string, lang: Lang): Promise<string> {
  return (await measuresById()).get(id)?.label[lang] ?? id;
}

/** Labels of some codes of a small dimension (component, demographic, category...) or of places. */
export async function labels(dim: Dim, codes: string[], lang: Lang): Promise<Map<string, string>> {
  if (dim === 'geography') {
    const places = await api.places({ code: codes.join(',') });
    return new Map(places.map((p) => [p.code, p.label[lang]]));
  }
  const members = await api.members(dim);
  return new Map(members.filter((m) => codes.includes(m.code)).map((m) => [m.code, m.label[lang]]));
}


export { rowsTable } from './rows-table';

/** An answer's provenance narrowed to the sources of the rows a chart shows. */
export function provenanceOf(answer: SeriesAnswer, rows: SeriesRow[]): Provenance {
  const used = new Set(rows.map((r) => r.source));
  return { ...answer.provenance, sources: answer.provenance.sources.filter((s) => used.has(s.id)) };
}

/** Series labels ordered by their total over the rows, largest first. */
export function byTotal(rows: SeriesRow[], label: (r: SeriesRow) => string): string[] {
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(label(r), (totals.get(label(r)) ?? 0) + (r.value ?? 0));
  return [...totals].sort((a, b) => b[1] - a[1]).map(([l]) => l);
}

/** Corridor nationalities offered as filters (labels come from the store). */
export const CITIZENSHIPS = ['MEX', 'GTM', 'HND', 'SLV', 'NIC', 'CUB', 'VEN', 'HTI', 'COL', 'ECU', 'PER', 'BRA', 'CHN', 'IND'];

/**
 * The sources line of a chart whose answer names its sources by id only (/api/scenario's
 * `sources`, /api/reception's): each source's publisher, title and link from /api/sources in the
 * page's language, with the vintage read when the answer gives it, else the latest vintage
 * (`latest` lists the ids so completed, for the page to say).
 */
export async function sourcesById(read: { source: string; vintage?: number }[], lang: Lang): Promise<SourcesOf & { latest: string[] }> {
  const all = new Map((await api.sources()).map((s) => [s.id, s]));
  const latest: string[] = [];
  const byId = new Map<string, { source: string; vintages: number[] }>();
  for (const r of read) {
    const s = all.get(r.source);
    if (!s) continue;
    const entry = byId.get(r.source) ?? { source: r.source, vintages: [] };
    const vintage = r.vintage ?? s.latest_vintage;
    if (r.vintage === undefined && !latest.includes(r.source)) latest.push(r.source);
    if (!entry.vintages.includes(vintage)) entry.vintages.push(vintage);
    byId.set(r.source, entry);
  }
  const sources = [...byId.values()].map(({ source, vintages }) => {
    const s = all.get(source)!;
    return { id: s.id, title: s.title[lang], publisher: s.publisher[lang], landing_page: s.landing_page, third_party: s.third_party, provisional: s.provisional, vintages: vintages.sort((a, b) => a - b).map((id) => ({ id })) };
  });
  return { sources, latest };
}
