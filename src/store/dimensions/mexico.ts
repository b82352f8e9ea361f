/**
 * Mexico's places: the country, its 32 states by INEGI code (MX-07 = Chiapas) and
 * its two border regions. States resolve from any casing, accents or old names
 * ("Distrito Federal", "Coahuila de Zaragoza", "México" for Estado de México).
 */
import type { Place } from '../../model/index.js';
import { normaliseLabel } from './normalise.js';

const place = (code: string, level: Place['level'], en: string, es: string, parents: string[], coords?: [number, number]): Place => ({
  code,
  level,
  label: { en, es },
  parents,
  ...(coords ? { lat: coords[0], lon: coords[1] } : {}),
});

export const MX_NORTHERN_BORDER_STATES = ['02', '26', '08', '05', '19', '28'];
export const MX_SOUTHERN_BORDER_STATES = ['07', '27', '04', '23'];

/** INEGI code → [Spanish official short name, English name, capital coordinates]. */
const STATES: Record<string, [string, string, [number, number]]> = {
  '01': ['Aguascalientes', 'Aguascalientes', [21.88, -102.29]],
  '02': ['Baja California', 'Baja California', [32.62, -115.45]],
  '03': ['Baja California Sur', 'Baja California Sur', [24.14, -110.31]],
  '04': ['Campeche', 'Campeche', [19.85, -90.53]],
  '05': ['Coahuila', 'Coahuila', [25.42, -101.0]],
  '06': ['Colima', 'Colima', [19.24, -103.72]],
  '07': ['Chiapas', 'Chiapas', [16.75, -93.12]],
  '08': ['Chihuahua', 'Chihuahua', [28.63, -106.07]],
  '09': ['Ciudad de México', 'Mexico City', [19.43, -99.13]],
  '10': ['Durango', 'Durango', [24.02, -104.66]],
  '11': ['Guanajuato', 'Guanajuato', [21.02, -101.26]],
  '12': ['Guerrero', 'Guerrero', [17.55, -99.5]],
  '13': ['Hidalgo', 'Hidalgo', [20.1, -98.76]],
  '14': ['Jalisco', 'Jalisco', [20.67, -103.35]],
  '15': ['Estado de México', 'State of Mexico', [19.29, -99.66]],
  '16': ['Michoacán', 'Michoacán', [19.7, -101.19]],
  '17': ['Morelos', 'Morelos', [18.92, -99.23]],
  '18': ['Nayarit', 'Nayarit', [21.5, -104.89]],
  '19': ['Nuevo León', 'Nuevo León', [25.67, -100.31]],
  '20': ['Oaxaca', 'Oaxaca', [17.07, -96.72]],
  '21': ['Puebla', 'Puebla', [19.04, -98.2]],
  '22': ['Querétaro', 'Querétaro', [20.59, -100.39]],
  '23': ['Quintana Roo', 'Quintana Roo', [18.5, -88.3]],
  '24': ['San Luis Potosí', 'San Luis Potosí', [22.15, -100.98]],
  '25': ['Sinaloa', 'Sinaloa', [24.81, -107.39]],
  '26': ['Sonora', 'Sonora', [29.07, -110.96]],
  '27': ['Tabasco', 'Tabasco', [17.99, -92.93]],
  '28': ['Tamaulipas', 'Tamaulipas', [23.74, -99.15]],
  '29': ['Tlaxcala', 'Tlaxcala', [19.32, -98.24]],
  '30': ['Veracruz', 'Veracruz', [19.54, -96.91]],
  '31': ['Yucatán', 'Yucatán', [20.97, -89.62]],
  '32': ['Zacatecas', 'Zacatecas', [22.77, -102.58]],
};

/** Names publishers use besides the short name (official long names, old names, abbreviations). */
const STATE_ALIASES: Record<string, string> = {
  'DISTRITO FEDERAL': '09', CDMX: '09', 'CIUDAD DE MEXICO': '09', 'MEXICO CITY': '09', DF: '09',
  MEXICO: '15', 'EDO MEX': '15', 'EDO DE MEXICO': '15', 'ESTADO DE MEXICO': '15', 'STATE OF MEXICO': '15', 'EDOMEX': '15',
  'COAHUILA DE ZARAGOZA': '05', 'MICHOACAN DE OCAMPO': '16', 'VERACRUZ DE IGNACIO DE LA LLAVE': '30', 'VERACRUZ LLAVE': '30',
  'QUERETARO DE ARTEAGA': '22', BC: '02', BCS: '03',
};

export function mxStateCode(inegi: string | number): string {
  return `MX-${String(inegi).padStart(2, '0')}`;
}

export const MX_PLACES: Place[] = [
  place('MX', 'country', 'Mexico', 'México', ['WLD']),
  place('MX-NB', 'region', 'Mexico\'s northern border states', 'Estados de la frontera norte de México', ['MX']),
  place('MX-SB', 'region', 'Mexico\'s southern border states', 'Estados de la frontera sur de México', ['MX']),
  ...Object.entries(STATES).map(([code, [es, en, coords]]) =>
    place(
      mxStateCode(code),
      'mx-state',
      en,
      es,
      ['MX', ...(MX_NORTHERN_BORDER_STATES.includes(code) ? ['MX-NB'] : []), ...(MX_SOUTHERN_BORDER_STATES.includes(code) ? ['MX-SB'] : [])],
      coords,
    ),
  ),
];

const byName = new Map<string, string>();
for (const [code, [es, en]] of Object.entries(STATES)) {
  byName.set(normaliseLabel(es), code);
  byName.set(normaliseLabel(en), code);
}
for (const [alias, code] of Object.entries(STATE_ALIASES)) byName.set(normaliseLabel(alias), code);

/**
 * The place code of a Mexican state from a publisher's label ("CHIAPAS", "Chiapas",
 * "Distrito Federal", "México", "Veracruz de Ignacio de la Llave") or INEGI code (7, "07").
 * Undefined when unknown: the adapter turns that into an InputError naming the cell.
 */
export function mexicanState(label: string | number): string | undefined {
  const t = String(label).trim();
  if (/^\d{1,2}$/.test(t) && STATES[t.padStart(2, '0')]) return mxStateCode(t);
  const code = byName.get(normaliseLabel(t));
  return code ? mxStateCode(code) : undefined;
}
