/**
 * Geography as a hierarchy: country → border region → Border Patrol sector or
 * OFO field office, and country → US state. A place may have two parents
 * (Texas as seen by the Southwest land border region is under both the region and
 * the state of Texas), so the store keeps an ancestor table, not just a parent.
 */
import type { GeoLevel, Place } from '../../model/index.js';
import { MX_PLACES } from './mexico.js';
import { COUNTRIES } from './countries.js';
import { BORDER_CITY_PLACES } from './border.js';
import { normaliseLabel } from './normalise.js';

const place = (code: string, level: GeoLevel, en: string, es: string, parents: string[], coords?: [number, number]): Place => ({
  code,
  level,
  label: { en, es },
  parents,
  ...(coords ? { lat: coords[0], lon: coords[1] } : {}),
});

export const US_REGIONS: Place[] = [
  place('US', 'country', 'United States', 'Estados Unidos', ['WLD']),
  place('US-SWB', 'region', 'Southwest land border', 'Frontera terrestre suroeste', ['US']),
  place('US-NLB', 'region', 'Northern land border', 'Frontera terrestre norte', ['US']),
  place('US-CST', 'region', 'Coastal border', 'Frontera costera', ['US']),
  place('US-AIR', 'region', 'Air ports of entry (OHSS)', 'Puertos de entrada aéreos (OHSS)', ['US']),
  place('US-OTH', 'region', 'Other: air and sea ports (CBP)', 'Otros: puertos aéreos y marítimos (CBP)', ['US']),
];

/** US Border Patrol sectors, coded as USBP abbreviates them; headquarters coordinates. */
export const USBP_SECTORS: Place[] = [
  place('USBP-BBT', 'sector', 'Big Bend sector, TX', 'Sector Big Bend, TX', ['US-SWB'], [30.36, -103.66]),
  place('USBP-DRT', 'sector', 'Del Rio sector, TX', 'Sector Del Río, TX', ['US-SWB'], [29.36, -100.9]),
  place('USBP-ELC', 'sector', 'El Centro sector, CA', 'Sector El Centro, CA', ['US-SWB'], [32.79, -115.56]),
  place('USBP-EPT', 'sector', 'El Paso sector, TX', 'Sector El Paso, TX', ['US-SWB'], [31.76, -106.49]),
  place('USBP-LRT', 'sector', 'Laredo sector, TX', 'Sector Laredo, TX', ['US-SWB'], [27.51, -99.51]),
  place('USBP-RGV', 'sector', 'Rio Grande Valley sector, TX', 'Sector Valle del Río Grande, TX', ['US-SWB'], [26.2, -98.23]),
  place('USBP-SDC', 'sector', 'San Diego sector, CA', 'Sector San Diego, CA', ['US-SWB'], [32.72, -117.16]),
  place('USBP-TCA', 'sector', 'Tucson sector, AZ', 'Sector Tucson, AZ', ['US-SWB'], [32.22, -110.97]),
  place('USBP-YUM', 'sector', 'Yuma sector, AZ', 'Sector Yuma, AZ', ['US-SWB'], [32.69, -114.63]),
  place('USBP-BLW', 'sector', 'Blaine sector, WA', 'Sector Blaine, WA', ['US-NLB'], [48.99, -122.75]),
  place('USBP-BUN', 'sector', 'Buffalo sector, NY', 'Sector Buffalo, NY', ['US-NLB'], [42.89, -78.88]),
  place('USBP-DTM', 'sector', 'Detroit sector, MI', 'Sector Detroit, MI', ['US-NLB'], [42.33, -83.05]),
  place('USBP-GFN', 'sector', 'Grand Forks sector, ND', 'Sector Grand Forks, ND', ['US-NLB'], [47.93, -97.03]),
  place('USBP-HVM', 'sector', 'Havre sector, MT', 'Sector Havre, MT', ['US-NLB'], [48.55, -109.68]),
  place('USBP-HLT', 'sector', 'Houlton sector, ME', 'Sector Houlton, ME', ['US-NLB'], [46.13, -67.84]),
  place('USBP-SPW', 'sector', 'Spokane sector, WA', 'Sector Spokane, WA', ['US-NLB'], [47.66, -117.43]),
  place('USBP-SWT', 'sector', 'Swanton sector, VT', 'Sector Swanton, VT', ['US-NLB'], [44.92, -73.12]),
  place('USBP-LIV', 'sector', 'Livermore sector, CA (closed 2004; OHSS counts it in the northern border, CBP legacy series in the coastal border)', 'Sector Livermore, CA (cerrado en 2004; OHSS lo cuenta en la frontera norte, las series históricas de CBP en la costera)', ['US-NLB'], [37.68, -121.77]),
  place('USBP-MIA', 'sector', 'Miami sector, FL', 'Sector Miami, FL', ['US-CST'], [25.76, -80.19]),
  place('USBP-NOL', 'sector', 'New Orleans sector, LA', 'Sector Nueva Orleans, LA', ['US-CST'], [29.95, -90.07]),
  place('USBP-RMY', 'sector', 'Ramey sector, PR', 'Sector Ramey, PR', ['US-CST'], [18.5, -67.13]),
];

/** CBP Office of Field Operations field offices on the southwest border. */
export const OFO_FIELD_OFFICES: Place[] = [
  place('OFO-SDO', 'field-office', 'San Diego field office', 'Oficina de campo San Diego', ['US-SWB'], [32.72, -117.16]),
  place('OFO-TUC', 'field-office', 'Tucson field office', 'Oficina de campo Tucson', ['US-SWB'], [32.22, -110.97]),
  place('OFO-ELP', 'field-office', 'El Paso field office', 'Oficina de campo El Paso', ['US-SWB'], [31.76, -106.49]),
  place('OFO-LRD', 'field-office', 'Laredo field office', 'Oficina de campo Laredo', ['US-SWB'], [27.51, -99.51]),
];

/** US states and territories by USPS code, as CBP's state files name them. */
const US_STATE_NAMES: Record<string, [string, string]> = {
  AL: ['Alabama', 'Alabama'], AK: ['Alaska', 'Alaska'], AZ: ['Arizona', 'Arizona'], AR: ['Arkansas', 'Arkansas'],
  CA: ['California', 'California'], CO: ['Colorado', 'Colorado'], CT: ['Connecticut', 'Connecticut'],
  DE: ['Delaware', 'Delaware'], DC: ['District of Columbia', 'Distrito de Columbia'], FL: ['Florida', 'Florida'],
  GA: ['Georgia', 'Georgia'], HI: ['Hawaii', 'Hawái'], ID: ['Idaho', 'Idaho'], IL: ['Illinois', 'Illinois'],
  IN: ['Indiana', 'Indiana'], IA: ['Iowa', 'Iowa'], KS: ['Kansas', 'Kansas'], KY: ['Kentucky', 'Kentucky'],
  LA: ['Louisiana', 'Luisiana'], ME: ['Maine', 'Maine'], MD: ['Maryland', 'Maryland'], MA: ['Massachusetts', 'Massachusetts'],
  MI: ['Michigan', 'Míchigan'], MN: ['Minnesota', 'Minnesota'], MS: ['Mississippi', 'Misisipi'], MO: ['Missouri', 'Misuri'],
  MT: ['Montana', 'Montana'], NE: ['Nebraska', 'Nebraska'], NV: ['Nevada', 'Nevada'], NH: ['New Hampshire', 'Nuevo Hampshire'],
  NJ: ['New Jersey', 'Nueva Jersey'], NM: ['New Mexico', 'Nuevo México'], NY: ['New York', 'Nueva York'],
  NC: ['North Carolina', 'Carolina del Norte'], ND: ['North Dakota', 'Dakota del Norte'], OH: ['Ohio', 'Ohio'],
  OK: ['Oklahoma', 'Oklahoma'], OR: ['Oregon', 'Oregón'], PA: ['Pennsylvania', 'Pensilvania'], RI: ['Rhode Island', 'Rhode Island'],
  SC: ['South Carolina', 'Carolina del Sur'], SD: ['South Dakota', 'Dakota del Sur'], TN: ['Tennessee', 'Tennessee'],
  TX: ['Texas', 'Texas'], UT: ['Utah', 'Utah'], VT: ['Vermont', 'Vermont'], VA: ['Virginia', 'Virginia'],
  WA: ['Washington', 'Washington'], WV: ['West Virginia', 'Virginia Occidental'], WI: ['Wisconsin', 'Wisconsin'],
  WY: ['Wyoming', 'Wyoming'], PR: ['Puerto Rico', 'Puerto Rico'], GU: ['Guam', 'Guam'],
  VI: ['U.S. Virgin Islands', 'Islas Vírgenes de EE. UU.'], MP: ['Northern Mariana Islands', 'Islas Marianas del Norte'],
  AS: ['American Samoa', 'Samoa Americana'],
};

export const US_STATES: Place[] = Object.entries(US_STATE_NAMES).map(([usps, [en, es]]) =>
  place(`US-${usps}`, 'state', en, es, ['US']),
);

const REGIONS_WITH_STATES = ['US-SWB', 'US-NLB', 'US-OTH'];

/**
 * The part of a US state seen by one border region, as CBP's by-state files cross
 * them (e.g. Texas encounters on the southwest land border vs at Texas airports).
 * Code: 'US-SWB/TX'. Parents: the region and the state.
 */
export function regionStateCode(region: string, usps: string): string {
  return `${region}/${usps}`;
}

const REGION_STATES: Place[] = REGIONS_WITH_STATES.flatMap((region) => {
  const r = US_REGIONS.find((p) => p.code === region)!;
  return US_STATES.map((s) =>
    place(
      regionStateCode(region, s.code.slice(3)),
      'region-state',
      `${s.label.en} (${r.label.en})`,
      `${s.label.es} (${r.label.es})`,
      [region, s.code],
    ),
  );
});

/**
 * The place of a whole country as geography (a country of asylum, a recipient of doses):
 * 'US' and 'MX' for the two countries whose hierarchies corridor holds, the ISO
 * alpha-3 code for every other country.
 */
export function countryPlace(iso3: string): string {
  return iso3 === 'USA' ? 'US' : iso3 === 'MEX' ? 'MX' : iso3;
}

/** The world: the parent of every country, so that a table of all countries can be totalled. */
const WORLD = place('WLD', 'world', 'World', 'Mundo', []);

const OTHER_COUNTRIES: Place[] = COUNTRIES.filter((c) => !c.group && c.code !== 'USA' && c.code !== 'MEX').map((c) =>
  place(c.code, 'country', c.label.en, c.label.es, ['WLD']),
);

/** Every place defined in code: the US hierarchy, Mexico's states, other countries. Sources add data-defined places (municipalities, shelters). */
export const PLACES: Place[] = [WORLD, ...US_REGIONS, ...USBP_SECTORS, ...OFO_FIELD_OFFICES, ...US_STATES, ...REGION_STATES, ...MX_PLACES, ...BORDER_CITY_PLACES, ...OTHER_COUNTRIES];

const byCode = new Map(PLACES.map((p) => [p.code, p]));

export function placeByCode(code: string): Place | undefined {
  return byCode.get(code);
}

/** All ancestors of a place including itself (the closure the store keeps). */
export function ancestorsOf(code: string): string[] {
  const seen = new Set<string>();
  const visit = (c: string) => {
    if (seen.has(c)) return;
    seen.add(c);
    for (const p of byCode.get(c)?.parents ?? []) visit(p);
  };
  visit(code);
  return [...seen];
}

export { normaliseLabel };

/** A sector's label without its state and the word sector, in either language: "RIO GRANDE VALLEY", "VALLE DEL RIO GRANDE". */
function sectorName(label: string): string {
  return normaliseLabel(label.replace(/_/g, ' '))
    .replace(/ (TX|CA|AZ|NM|WA|NY|MI|ND|MT|ME|VT|FL|LA|PR)$/, '')
    .replace(/ SECTOR$/, '')
    .replace(/^SECTOR (?:DE |DEL )?/, '');
}

const SECTOR_BY_SPANISH_NAME = new Map(PLACES.filter((p) => p.level === 'sector').map((p) => [sectorName(p.label.es), p.code]));

const SECTOR_ALIASES: Record<string, string> = {
  'BIG BEND': 'USBP-BBT', MARFA: 'USBP-BBT', 'DEL RIO': 'USBP-DRT', 'EL CENTRO': 'USBP-ELC', 'EL PASO': 'USBP-EPT',
  LAREDO: 'USBP-LRT', 'RIO GRANDE VALLEY': 'USBP-RGV', 'RIO GRANDE': 'USBP-RGV', MCALLEN: 'USBP-RGV', 'SAN DIEGO': 'USBP-SDC', TUCSON: 'USBP-TCA',
  YUMA: 'USBP-YUM', BLAINE: 'USBP-BLW', BUFFALO: 'USBP-BUN', DETROIT: 'USBP-DTM', 'GRAND FORKS': 'USBP-GFN',
  HAVRE: 'USBP-HVM', HOULTON: 'USBP-HLT', SPOKANE: 'USBP-SPW', SWANTON: 'USBP-SWT', LIVERMORE: 'USBP-LIV',
  MIAMI: 'USBP-MIA', 'NEW ORLEANS': 'USBP-NOL', RAMEY: 'USBP-RMY',
};

/**
 * Border Patrol sector code from a publisher's label: "Rio Grande Valley, TX",
 * "rio_grande_valley", "RGV", "Marfa" (Big Bend's old name). Undefined when unknown.
 */
export function sectorCode(label: string): string | undefined {
  const n = sectorName(label);
  if (SECTOR_ALIASES[n]) return SECTOR_ALIASES[n];
  // The Spanish names too ("Valle del Río Grande", "Sector Valle del Río Grande, TX"): a filter takes names in either language.
  const es = SECTOR_BY_SPANISH_NAME.get(n);
  if (es) return es;
  const byAbbrev = `USBP-${n}`;
  return byCode.has(byAbbrev) ? byAbbrev : undefined;
}

const FIELD_OFFICE_ALIASES: Record<string, string> = {
  'SAN DIEGO': 'OFO-SDO', TUCSON: 'OFO-TUC', 'EL PASO': 'OFO-ELP', LAREDO: 'OFO-LRD',
};

/** OFO field office code from a label such as "El Paso Field Office". */
export function fieldOfficeCode(label: string): string | undefined {
  const n = normaliseLabel(label).replace(/ FIELD OFFICE$/, '').replace(/ (TX|CA|AZ)$/, '');
  return FIELD_OFFICE_ALIASES[n];
}

/** US state code ('US-TX') from a USPS abbreviation or a state name. */
export function usStateCode(label: string): string | undefined {
  const n = normaliseLabel(label);
  if (US_STATE_NAMES[n]) return `US-${n}`;
  const hit = US_STATES.find((s) => normaliseLabel(s.label.en) === n || normaliseLabel(s.label.es) === n);
  return hit?.code;
}
