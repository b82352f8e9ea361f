/**
 * A chart's text alternative: a short description of what it shows (how many figures,
 * of what, over which periods) and the table behind it, shown on demand, with its
 * columns named in the reader's language. The frame (frame.ts) gives every chart both,
 * so a chart added later gets them without asking.
 */
import { el } from '../dom';
import type { Lang } from '../types';
import type { Table } from './download';

const WORDS = {
  en: { showTable: 'Table of the figures', rows: '{n} rows', from: 'from {a} to {b}', series: 'series', scroll: 'table of the figures, scrolls sideways' },
  es: { showTable: 'Tabla de las cifras', rows: '{n} filas', from: 'de {a} a {b}', series: 'series', scroll: 'tabla de las cifras, se desplaza a los lados' },
} satisfies Record<Lang, Record<string, string>>;

/** The table's column names as a reader sees them; the CSV keeps the machine names. */
const COLUMNS: Record<string, { en: string; es: string }> = {
  period: { en: 'period start', es: 'inicio del periodo' },
  period_label: { en: 'period', es: 'periodo' },
  geography: { en: 'place code', es: 'código del lugar' },
  geography_label: { en: 'place', es: 'lugar' },
  citizenship: { en: 'citizenship code', es: 'código de nacionalidad' },
  citizenship_label: { en: 'citizenship', es: 'nacionalidad' },
  demographic: { en: 'demographic code', es: 'código demográfico' },
  demographic_label: { en: 'demographic', es: 'grupo demográfico' },
  authority: { en: 'authority code', es: 'código de autoridad' },
  authority_label: { en: 'authority', es: 'autoridad' },
  component: { en: 'component code', es: 'código de componente' },
  component_label: { en: 'component', es: 'componente' },
  category: { en: 'category code', es: 'código de categoría' },
  category_label: { en: 'category', es: 'categoría' },
  series: { en: 'series', es: 'serie' },
  value: { en: 'value', es: 'valor' },
  complete: { en: 'complete', es: 'completo' },
  parts: { en: 'parts', es: 'partes' },
  expected_parts: { en: 'expected parts', es: 'partes esperadas' },
  source: { en: 'source', es: 'fuente' },
  dataset: { en: 'table', es: 'tabla' },
  vintage: { en: 'vintage', es: 'versión' },
  rounding: { en: 'rounding', es: 'redondeo' },
  measure: { en: 'measure', es: 'medida' },
  lat: { en: 'latitude', es: 'latitud' },
  lon: { en: 'longitude', es: 'longitud' },
  mean: { en: 'forecast', es: 'pronóstico' },
  lower80: { en: '80% lower', es: 'inferior 80%' },
  upper80: { en: '80% upper', es: 'superior 80%' },
  lower95: { en: '95% lower', es: 'inferior 95%' },
  upper95: { en: '95% upper', es: 'superior 95%' },
  date: { en: 'date', es: 'fecha' },
  actor: { en: 'actor', es: 'actor' },
  kind: { en: 'kind', es: 'tipo' },
  unit: { en: 'unit', es: 'unidad' },
  // The Reception page's tables (web/src/pages/reception*.ts).
  week: { en: 'week of', es: 'semana del' },
  city: { en: 'city code', es: 'código de la ciudad' },
  city_name: { en: 'city', es: 'ciudad' },
  kind_label: { en: 'kind of arrival', es: 'tipo de llegada' },
  arriving_people: { en: 'people arriving', es: 'personas que llegan' },
  placed_people: { en: 'people placed', es: 'personas con lugar' },
  unmet_people: { en: 'people without a place', es: 'personas sin lugar' },
  beds: { en: 'beds', es: 'camas' },
  beds_in_use: { en: 'beds in use (average)', es: 'camas ocupadas (promedio)' },
  status: { en: 'status', es: 'situación' },
  state: { en: 'state code', es: 'código del estado' },
  year: { en: 'year', es: 'año' },
  // The Scenarios page's tables (web/src/pages/scenarios.ts): simulated people, whole.
  scenario_median: { en: 'scenario, median', es: 'escenario, mediana' },
  scenario_lower80: { en: 'scenario, 80% lower', es: 'escenario, inferior 80%' },
  scenario_upper80: { en: 'scenario, 80% upper', es: 'escenario, superior 80%' },
  scenario_lower95: { en: 'scenario, 95% lower', es: 'escenario, inferior 95%' },
  scenario_upper95: { en: 'scenario, 95% upper', es: 'escenario, superior 95%' },
  baseline_median: { en: 'no change, median', es: 'sin cambios, mediana' },
  actual: { en: 'what happened', es: 'lo que ocurrió' },
  state_label: { en: 'state name', es: 'nombre del estado' },
  into_mexico_median: { en: 'sent back into Mexico, median', es: 'devueltas a México, mediana' },
  into_mexico_lower80: { en: 'sent back into Mexico, 80% lower', es: 'devueltas a México, inferior 80%' },
  into_mexico_upper80: { en: 'sent back into Mexico, 80% upper', es: 'devueltas a México, superior 80%' },
  non_mexicans_median: { en: 'of them not Mexican, median', es: 'de ellas no mexicanas, mediana' },
  waiting_median: { en: 'waiting at the end of the month, median', es: 'esperando al final del mes, mediana' },
  baseline_into_mexico_median: { en: 'no change: sent back into Mexico, median', es: 'sin cambios: devueltas a México, mediana' },
  baseline_waiting_median: { en: 'no change: waiting, median', es: 'sin cambios: esperando, mediana' },
  month: { en: 'month', es: 'mes' },
};

export const columnLabel = (name: string, lang: Lang) => COLUMNS[name]?.[lang] ?? name.replace(/_/g, ' ');

const fill = (s: string, v: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(v[k]));

/** "138 rows, from Oct 1999 to Jul 2026; series: Border Patrol, all CBP." from the table's own columns. */
export function describeTable(table: Table, lang: Lang, series: string[] = []): string {
  const w = WORDS[lang];
  const parts = [fill(w.rows, { n: table.rows.length.toLocaleString(lang === 'es' ? 'es-MX' : 'en-US') })];
  const at = table.columns.indexOf('period_label');
  const periods = at >= 0 ? table.rows.map((r) => r[at]).filter((v): v is string => typeof v === 'string') : [];
  if (periods.length) {
    const order = table.columns.indexOf('period');
    const sorted = order >= 0 ? [...table.rows].filter((r) => typeof r[at] === 'string').sort((a, b) => String(a[order]).localeCompare(String(b[order]))) : [];
    const first = sorted.length ? String(sorted[0][at]) : periods[0];
    const last = sorted.length ? String(sorted[sorted.length - 1][at]) : periods[periods.length - 1];
    if (first !== last) parts.push(fill(w.from, { a: first, b: last }));
  }
  const text = parts.join(', ');
  return series.length ? `${text}; ${w.series}: ${series.join(', ')}.` : `${text}.`;
}

/** The table behind a chart, drawn when the reader opens it (a chart's table can be long). */
export function tableDetails(table: Table, lang: Lang, caption: string): HTMLElement {
  const w = WORDS[lang];
  const details = el('details', { class: 'chart-table' }, el('summary', {}, w.showTable));
  details.addEventListener(
    'toggle',
    () => {
      if (!details.open || details.querySelector('table')) return;
      const cell = (v: string | number | boolean | null) => (v === null ? '' : typeof v === 'number' ? v.toLocaleString(lang === 'es' ? 'es-MX' : 'en-US', { maximumFractionDigits: 4 }) : String(v));
      const tableEl = el(
        'table',
        {},
        el('caption', {}, caption),
        el('thead', {}, el('tr', {}, ...table.columns.map((c) => el('th', { scope: 'col' }, columnLabel(c, lang))))),
        el('tbody', {}, ...table.rows.map((r) => el('tr', {}, ...r.map((v) => el('td', { class: typeof v === 'number' ? 'num' : null }, cell(v)))))),
      );
      details.append(el('div', { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': `${caption}: ${w.scroll}` }, tableEl));
    },
  );
  return details;
}
