/**
 * The brief's words in English and Spanish, and how a label is written in one language or
 * in both (English, then Spanish marked lang="es"). Values are escaped here, once.
 */
import type { Bilingual } from '../../../model/index.js';

export type BriefLang = 'en' | 'es' | 'both';

export const L = {
  title: { en: 'Reception brief', es: 'Informe de recepción' },
  subtitle: { en: "Mexico's northern border cities: arrivals, beds and shortfalls", es: 'Ciudades de la frontera norte de México: llegadas, camas y faltantes' },
  horizon: { en: 'Horizon', es: 'Horizonte' },
  weeks: { en: 'weeks', es: 'semanas' },
  week1: { en: 'week', es: 'semana' },
  inputs: { en: 'Inputs', es: 'Datos de entrada' },
  arrivalsFrom: { en: 'Arrivals', es: 'Llegadas' },
  registry: { en: 'Beds', es: 'Camas' },
  totals: { en: 'Totals over the horizon', es: 'Totales del horizonte' },
  alerts: { en: 'Alerts', es: 'Alertas' },
  noAlerts: { en: 'No alerts: every person has a place and no site is full.', es: 'Sin alertas: todas las personas tienen lugar y ningún sitio está lleno.' },
  moreAlerts: { en: 'more alerts on the city pages', es: 'alertas más en las páginas de cada ciudad' },
  assumptions: { en: 'Assumptions', es: 'Supuestos' },
  assumptionsCity: { en: 'Assumptions for this city (all of them: page 2)', es: 'Supuestos de esta ciudad (todos: página 2)' },
  sources: { en: 'Sources and provenance', es: 'Fuentes y procedencia' },
  sourcesShort: { en: 'Sources', es: 'Fuentes' },
  arrivals: { en: 'Arrivals', es: 'Llegadas' },
  people: { en: 'people', es: 'personas' },
  placed: { en: 'with a place', es: 'con lugar' },
  withoutPlace: { en: 'without a place', es: 'sin lugar' },
  personKm: { en: 'person-km travelled', es: 'personas-km recorridos' },
  solver: { en: 'Solver', es: 'Solucionador' },
  optimal: { en: 'optimal (people without a place equal the proven lower bound)', es: 'óptimo (personas sin lugar iguales a la cota inferior probada)' },
  gap: { en: 'not proven optimal: at most this many people above the optimum', es: 'no probado óptimo: a lo más estas personas por encima del óptimo' },
  kind: { en: 'Kind', es: 'Tipo' },
  week: { en: 'Week of', es: 'Semana del' },
  total: { en: 'Total', es: 'Total' },
  firstWeeks: { en: 'first weeks; total over the whole horizon', es: 'primeras semanas; total de todo el horizonte' },
  sitesHere: { en: 'Sites in the city: beds and use', es: 'Sitios en la ciudad: camas y uso' },
  noSitesHere: { en: 'No site of the registry is in this city.', es: 'Ningún sitio del registro está en esta ciudad.' },
  site: { en: 'Site', es: 'Sitio' },
  beds: { en: 'Beds', es: 'Camas' },
  peak: { en: 'Most in use', es: 'Máximo en uso' },
  peakWeek: { en: 'in the week of', es: 'en la semana del' },
  nobodySent: { en: 'nobody sent here', es: 'nadie enviado aquí' },
  weeksFull: { en: 'Weeks full', es: 'Semanas llenas' },
  dif: { en: 'DIF facility', es: 'instalación del DIF' },
  destinations: { en: 'Where the people received here go', es: 'A dónde van las personas recibidas aquí' },
  noDestinations: { en: 'Nobody received here has a place.', es: 'Nadie recibido aquí tiene lugar.' },
  km: { en: 'km', es: 'km' },
  others: { en: 'other sites', es: 'otros sitios' },
  shortfall: { en: 'Unmet need: when and where beds run out', es: 'Necesidad no cubierta: cuándo y dónde faltan camas' },
  noShortfall: { en: 'Everyone received here has a place, and no site here is full.', es: 'Todas las personas recibidas aquí tienen lugar y ningún sitio aquí está lleno.' },
  chartTitle: { en: 'Beds, week by week', es: 'Camas, semana a semana' },
  chartCapacity: { en: 'beds at the sites in the city', es: 'camas de los sitios de la ciudad' },
  chartOccupancy: { en: 'beds in use (average of the week)', es: 'camas en uso (media de la semana)' },
  chartMissing: { en: 'beds missing for people received here without a place', es: 'camas que faltan para las personas recibidas aquí sin lugar' },
  generated: { en: 'Made by corridor from the store', es: 'Hecho por corridor con el almacén' },
  vintage: { en: 'version', es: 'versión' },
  loaded: { en: 'loaded', es: 'cargada el' },
  thirdParty: { en: 'third-party copy', es: 'copia de terceros' },
  provisional: { en: 'provisional', es: 'provisional' },
  files: { en: 'files', es: 'archivos' },
  page: { en: 'page', es: 'página' },
} satisfies Record<string, Bilingual>;

export function esc(text: string | number): string {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A label in the brief's language(s), escaped: in both, English then Spanish marked as Spanish. */
export function t(label: Bilingual, lang: BriefLang): string {
  if (lang !== 'both') return esc(label[lang]);
  return `${esc(label.en)}<span class="es" lang="es"> / ${esc(label.es)}</span>`;
}

/** A longer text (an alert, an assumption): one language, or English then Spanish on its own line. */
export function para(text: Bilingual, lang: BriefLang): string {
  if (lang !== 'both') return esc(text[lang]);
  return `${esc(text.en)}<br><span class="es" lang="es">${esc(text.es)}</span>`;
}

export const num = (x: number) => Math.round(x).toLocaleString('en-US');
