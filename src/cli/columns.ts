/**
 * Column names of the command line's tables and CSV in the language of --lang. The records
 * are built with English keys (the JSON keeps them: they are field names for programs);
 * a table or CSV a person reads gets them in Spanish under --lang es. A key not listed here
 * is left as it is (a code, such as a citizenship column named HND).
 */
import type { Cell } from '../format/records.js';
import { render, type Format } from './format.js';
import type { Lang } from './lang.js';

const ES: Record<string, string> = {
  period: 'periodo', geography: 'geografía', citizenship: 'ciudadanía', demographic: 'grupo demográfico', authority: 'autoridad',
  component: 'componente', category: 'categoría', value: 'valor', complete: 'completo', parts: 'partes', expected_parts: 'partes esperadas', as_of: 'nivel al', source: 'fuente', sources: 'fuentes',
  dataset: 'tabla', vintage: 'versión', measure: 'medida', label: 'nombre', unit: 'unidad', definition: 'definición',
  date: 'fecha', end: 'fin', id: 'id', actor: 'actor', kind: 'tipo', asked: 'quién pidió a quién', title: 'título', document: 'documento', note: 'nota',
  verified: 'verificado', status: 'estado', observations: 'observaciones', seconds: 'segundos', error: 'error', code: 'código',
  level: 'nivel', parent: 'padre', lat: 'lat', lon: 'lon', is_group: 'es grupo', label_en: 'nombre (inglés)', label_es: 'nombre',
  definition_en: 'definición (inglés)', definition_es: 'definición',
  series: 'serie', model: 'modelo', version: 'versión', method: 'método', forecast: 'pronóstico', origins: 'orígenes', forecasts: 'pronósticos',
  lower80: 'inferior80', upper80: 'superior80', lower95: 'inferior95', upper95: 'superior95',
  coverage80: 'cobertura80', coverage95: 'cobertura95', own_coverage80: 'cobertura_propia80',
};

/** Units the store names in English (measures.unit), in Spanish. */
export const UNIT_ES: Record<string, string> = {
  events: 'eventos', people: 'personas', beds: 'camas', doses: 'dosis', agents: 'agentes', deaths: 'muertes', personnel: 'elementos',
  'average daily population': 'población promedio diaria',
};

/**
 * Records with their column names in `lang`. `names` overrides the Spanish of a key for one
 * table (a key that means something else there, e.g. `series` as a count of series: "series").
 */
export function inLang(records: Record<string, Cell>[], lang: Lang, names: Record<string, string> = {}): Record<string, Cell>[] {
  if (lang === 'en') return records;
  return records.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [names[k] ?? ES[k] ?? k, v])));
}

/** `render` for a person reading `lang`: column names in it, and an empty table said in it. */
export function renderIn(lang: Lang, format: Format, records: Record<string, Cell>[], json: unknown = records, names: Record<string, string> = {}): string {
  if (format === 'table' && records.length === 0 && lang === 'es') return '(sin filas)';
  return render(format, format === 'json' ? [] : inLang(records, lang, names), json);
}
