/**
 * @module
 * Where an answer came from: each source and vintage its rows used, with the
 * publisher, landing page, licence note and the sha256 of every file of that
 * vintage; the tables used; and the measure's definition in the requested
 * language, saying "events, not people" where the unit is events.
 */
import { unitLabel } from '../../analysis/events/units.js';
import { sourceText } from '../../store/catalog.js';
import { fileProvenance, type FileProvenance } from '../../store/file-provenance.js';
import type { Catalogue } from '../store/catalogue.js';
import type { Lang } from '../store/labels.js';
import type { SourceVintage } from '../env.js';

export interface Provenance {
  measure: { id: string; label: string; definition: string; unit: string; unit_label: string; note: string | null };
  sources: {
    id: string;
    title: string;
    publisher: string;
    landing_page: string;
    licence: string;
    third_party: boolean;
    provisional: boolean;
    vintages: { id: number; loaded_at: string; fingerprint: string; files: Omit<FileProvenance, 'file_id'>[] }[];
  }[];
  datasets: { id: string; source: string; title: string; rounding: number; notes: string | null }[];
}

const EVENTS_NOTE = {
  en: 'Events, not people: these figures count events, so one person can be counted more than once.',
  es: 'Eventos, no personas: estas cifras cuentan eventos, así que una misma persona puede contarse más de una vez.',
};

export function measureProvenance(catalogue: Catalogue, measureId: string, lang: Lang): Provenance['measure'] {
  const m = catalogue.measures.get(measureId);
  return {
    id: measureId,
    label: (lang === 'es' ? m?.label_es : m?.label_en) ?? measureId,
    definition: (lang === 'es' ? m?.definition_es : m?.definition_en) ?? '',
    unit: m?.unit ?? 'events',
    unit_label: unitLabel(m?.unit ?? 'events', lang),
    note: (m?.unit ?? 'events') === 'events' ? EVENTS_NOTE[lang] : null,
  };
}

/** The distinct sources and vintages of some rows, in source order. */
export function usedVintages(rows: { source: string; vintage: number }[]): SourceVintage[] {
  const seen = new Map<string, SourceVintage>();
  for (const r of rows) seen.set(`${r.source} ${r.vintage}`, { source: r.source, vintage: r.vintage });
  return [...seen.values()].sort((a, b) => a.source.localeCompare(b.source) || a.vintage - b.vintage);
}

export function provenance(catalogue: Catalogue, measureId: string, lang: Lang, rows: { source: string; vintage: number; dataset: string }[]): Provenance {
  const used = usedVintages(rows);
  const bySource = new Map<string, number[]>();
  for (const u of used) bySource.set(u.source, [...(bySource.get(u.source) ?? []), u.vintage]);
  const sources = [...bySource].map(([id, vintageIds]) => {
    const s = catalogue.sources.get(id);
    return {
      id,
      title: (lang === 'es' ? s?.title_es : s?.title_en) ?? id,
      publisher: s ? sourceText(s, 'publisher')[lang] : '',
      landing_page: s?.landing_page ?? '',
      licence: s ? sourceText(s, 'licence')[lang] : '',
      third_party: Boolean(s?.third_party),
      provisional: Boolean(s?.provisional),
      vintages: vintageIds.map((vid) => {
        const v = catalogue.vintages.find((x) => x.id === vid);
        return {
          id: vid,
          loaded_at: v?.loaded_at ?? '',
          fingerprint: v?.fingerprint ?? '',
          // The file at each address with its own sha256, and what was read in its place (file-provenance.ts).
          files: (catalogue.filesByVintage.get(vid) ?? []).map((f) => {
            const { file_id: _id, ...file } = fileProvenance(f);
            return file;
          }),
        };
      }),
    };
  });
  const datasets = [...new Set(rows.map((r) => r.dataset))].sort().map((id) => {
    const d = catalogue.datasets.get(id);
    return {
      id,
      source: d?.source ?? '',
      title: (lang === 'es' ? d?.title_es : d?.title_en) ?? id,
      rounding: d?.rounding ?? 1,
      notes: (lang === 'es' ? d?.notes_es : d?.notes_en) ?? null,
    };
  });
  return { measure: measureProvenance(catalogue, measureId, lang), sources, datasets };
}
