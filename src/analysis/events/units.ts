/**
 * The units of the timeline's figures, in English and Spanish. A figure's `unit` in the
 * timeline file is its English name (a key here), so the file's shape does not change;
 * every unit the file uses must have its Spanish here (test/analysis/events.test.ts).
 */
import type { PolicyEvent } from './schema.js';

type Lang = 'en' | 'es';

export const UNIT_LABELS: Record<string, { en: string; es: string }> = {
  percent: { en: 'percent', es: 'por ciento' },
  doses: { en: 'doses', es: 'dosis' },
  events: { en: 'events', es: 'eventos' },
  repatriations: { en: 'repatriations', es: 'repatriaciones' },
  'National Guard members': { en: 'National Guard members', es: 'elementos de la Guardia Nacional' },
  'travel authorizations': { en: 'travel authorizations', es: 'autorizaciones de viaje' },
  'travel authorizations per month': { en: 'travel authorizations per month', es: 'autorizaciones de viaje por mes' },
  'appointments per day': { en: 'appointments per day', es: 'citas por día' },
  'encounters per day (7-day average)': { en: 'encounters per day (7-day average)', es: 'encuentros por día (promedio de 7 días)' },
  // The units of the store's measures (measures.unit), named in a series' provenance (unit_label).
  people: { en: 'people', es: 'personas' },
  beds: { en: 'beds', es: 'camas' },
  agents: { en: 'agents', es: 'agentes' },
  deaths: { en: 'deaths', es: 'muertes' },
  personnel: { en: 'personnel', es: 'elementos' },
  caravans: { en: 'caravans', es: 'caravanas' },
  'average daily population': { en: 'average daily population', es: 'población promedio diaria' },
};

/** A figure's unit in `lang`; a unit without a label is returned as written (the test fails on it first). */
export function unitLabel(unit: string, lang: Lang): string {
  return UNIT_LABELS[unit]?.[lang] ?? unit;
}

/** The units the timeline uses that have no Spanish here. */
export function unitsWithoutLabel(events: PolicyEvent[]): string[] {
  return [...new Set(events.flatMap((e) => e.figures.map((f) => f.unit)))].filter((u) => !(u in UNIT_LABELS));
}

/** The entry with each figure's unit_label in `lang`. */
export function withUnitLabels<E extends PolicyEvent>(e: E, lang: Lang): E & { figures: (PolicyEvent['figures'][number] & { unit_label: string })[] } {
  return { ...e, figures: e.figures.map((f) => ({ ...f, unit_label: unitLabel(f.unit, lang) })) };
}
