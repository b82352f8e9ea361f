/**
 * The airports the INM response names, as places MX-AIR-<IATA code> under their
 * Mexican state. Coordinates are approximate (two decimals), for maps.
 */
import { InputError, shown, type Location } from '../../errors.js';
import type { Place } from '../../model/index.js';
import { mxStateCode } from '../../store/dimensions/mexico.js';

/** Published label → [IATA code, INEGI state, English name, [lat, lon]]. */
const AIRPORTS: Record<string, [string, number, string, [number, number]]> = {
  'Aeropuerto Internacional de Acapulco': ['ACA', 12, 'Acapulco', [16.76, -99.75]],
  'Aeropuerto Internacional de Aguascalientes': ['AGU', 1, 'Aguascalientes', [21.71, -102.32]],
  'Aeropuerto Internacional de Cancún': ['CUN', 23, 'Cancún', [21.04, -86.88]],
  'Aeropuerto Internacional de Chichen-Itzá': ['CZA', 31, 'Chichén Itzá', [20.64, -88.45]],
  'Aeropuerto Internacional de Chihuahua': ['CUU', 8, 'Chihuahua', [28.7, -105.96]],
  'Aeropuerto Internacional de Cozumel': ['CZM', 23, 'Cozumel', [20.52, -86.93]],
  'Aeropuerto Internacional de Durango': ['DGO', 10, 'Durango', [24.12, -104.53]],
  'Aeropuerto Internacional de Guadalajara': ['GDL', 14, 'Guadalajara', [20.52, -103.31]],
  'Aeropuerto Internacional de Hermosillo': ['HMO', 26, 'Hermosillo', [29.1, -111.05]],
  'Aeropuerto Internacional de Huatulco': ['HUX', 20, 'Huatulco', [15.78, -96.26]],
  // Del Bajío airport, in Silao, serving León.
  'Aeropuerto Internacional de León': ['BJX', 11, 'León (Bajío)', [20.99, -101.48]],
  'Aeropuerto Internacional de Loreto': ['LTO', 3, 'Loreto', [25.99, -111.35]],
  'Aeropuerto Internacional de Los Cabos': ['SJD', 3, 'Los Cabos', [23.15, -109.72]],
  'Aeropuerto Internacional de Manzanillo': ['ZLO', 6, 'Manzanillo', [19.14, -104.56]],
  'Aeropuerto Internacional de Mazatlán': ['MZT', 25, 'Mazatlán', [23.16, -106.27]],
  'Aeropuerto Internacional de Monterrey': ['MTY', 19, 'Monterrey', [25.78, -100.11]],
  'Aeropuerto Internacional de Morelia': ['MLM', 16, 'Morelia', [19.85, -101.03]],
  'Aeropuerto Internacional de Mérida': ['MID', 31, 'Mérida', [20.94, -89.66]],
  'Aeropuerto Internacional de Oaxaca': ['OAX', 20, 'Oaxaca', [17.0, -96.73]],
  'Aeropuerto Internacional de Puebla': ['PBC', 21, 'Puebla', [19.16, -98.37]],
  'Aeropuerto Internacional de Puerto Vallarta': ['PVR', 14, 'Puerto Vallarta', [20.68, -105.25]],
  'Aeropuerto Internacional de Querétaro': ['QRO', 22, 'Querétaro', [20.62, -100.19]],
  'Aeropuerto Internacional de San Luis Potosí': ['SLP', 24, 'San Luis Potosí', [22.25, -100.93]],
  'Aeropuerto Internacional de Tampico': ['TAM', 28, 'Tampico', [22.3, -97.87]],
  'Aeropuerto Internacional de Tapachula': ['TAP', 7, 'Tapachula', [14.79, -92.37]],
  'Aeropuerto Internacional de Tijuana': ['TIJ', 2, 'Tijuana', [32.54, -116.97]],
  'Aeropuerto Internacional de Toluca': ['TLC', 15, 'Toluca', [19.34, -99.57]],
  'Aeropuerto Internacional de Torreón': ['TRC', 5, 'Torreón', [25.57, -103.41]],
  'Aeropuerto Internacional de Uruapan': ['UPN', 16, 'Uruapan', [19.4, -102.04]],
  'Aeropuerto Internacional de Veracruz': ['VER', 30, 'Veracruz', [19.15, -96.19]],
  'Aeropuerto Internacional de Villahermosa': ['VSA', 27, 'Villahermosa', [17.99, -92.82]],
  'Aeropuerto Internacional de Zacatecas': ['ZCL', 32, 'Zacatecas', [22.9, -102.69]],
  'Aeropuerto Internacional de Zihuatanejo': ['ZIH', 12, 'Zihuatanejo', [17.6, -101.46]],
  'Aeropuerto Internacional de la Ciudad de México': ['MEX', 9, 'Mexico City', [19.44, -99.07]],
  // Del Norte airport, in General Escobedo, Monterrey metropolitan area.
  'Aeropuerto Internacional del Norte': ['NTR', 19, 'Del Norte (Monterrey)', [25.87, -100.24]],
};

export const airportCodeOf = (iata: string) => `MX-AIR-${iata}`;

export const AIRPORT_PLACES: Place[] = Object.entries(AIRPORTS).map(([es, [iata, state, en, [lat, lon]]]) => ({
  code: airportCodeOf(iata),
  level: 'airport',
  label: { en: `${en} International Airport (${iata})`, es: `${es} (${iata})` },
  parents: [mxStateCode(state)],
  lat,
  lon,
}));

/** The place code of a published airport label; anything else is an error listing the known ones. */
export function airportCode(label: string | null, at: Location): string {
  const hit = label === null ? undefined : AIRPORTS[label.trim()];
  if (!hit) throw new InputError(at, `one of the ${Object.keys(AIRPORTS).length} international airports known to corridor (src/sources/upm-rechazos/airports.ts)`, shown(label), 'unknown airport');
  return airportCodeOf(hit[0]);
}
