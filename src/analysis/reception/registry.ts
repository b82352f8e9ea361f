/**
 * The shelter registry: a CSV the user supplies, one row per site. Columns (any order):
 *   name, city, lat, lon, beds, takes_men, takes_women, takes_families, takes_minors, dif
 * and optionally state, beds_men, beds_women, beds_families, beds_minors, opens, closes.
 * Any bad row stops the whole registry with one error naming its row and column, in English
 * and Spanish (what, expected, found); no plan is made from part of a registry.
 */
import { InputError, shown, type Location } from '../../errors.js';
import { STATE_NAMES, type CityCatalogue } from './cities.js';
import { haversineKm } from './geo.js';
import { closest } from '../../store/query/closest.js';
import { KIND_LABELS, KINDS, type Kind, type Site } from './types.js';
import { headerShown, headerShownEs, shownEs, type UserTable } from './user-file.js';
import { dayFault } from './scenario-file.js';

export const REGISTRY_REQUIRED = ['name', 'city', 'lat', 'lon', 'beds', 'takes_men', 'takes_women', 'takes_families', 'takes_minors', 'dif'] as const;
export const REGISTRY_OPTIONAL = ['state', 'beds_men', 'beds_women', 'beds_families', 'beds_minors', 'opens', 'closes'] as const;

/**
 * How far (great circle) a site may lie from the seat of the municipality it names. The
 * largest municipalities of the border states reach about 200 km from their seat (Mexicali's
 * runs to the Gulf of California), so a site farther than this has coordinates, or a city,
 * that are wrong (a Tijuana shelter at 19.4, -99.1 is in Mexico City, 2,300 km away).
 */
export const SITE_CITY_MAX_KM = 200;

export function parseRegistry(table: UserTable, cities: CityCatalogue): Site[] {
  const col = new Map(table.header.map((h, i) => [h, i]));
  for (const name of REGISTRY_REQUIRED) {
    if (!col.has(name)) throw new InputError({ file: table.file, row: 1, column: name }, `a column "${name}" (required: ${REGISTRY_REQUIRED.join(', ')})`, headerShown(table.header), 'missing column', {
      what: 'falta una columna',
      expected: `una columna "${name}" (obligatorias: ${REGISTRY_REQUIRED.join(', ')})`,
      found: headerShownEs(table.header),
    });
  }
  // A column the registry does not know is refused, not ignored: a typo like beds_famillies would otherwise leave a cap unapplied.
  const known: readonly string[] = [...REGISTRY_REQUIRED, ...REGISTRY_OPTIONAL];
  table.header.forEach((h, i) => {
    if (h === '' || known.includes(h)) return;
    const near = closest(h, known, 1)[0];
    throw new InputError({ file: table.file, row: 1, column: h }, `only known columns (${near ? `did you mean "${near}"? ` : ''}required: ${REGISTRY_REQUIRED.join(', ')}; optional: ${REGISTRY_OPTIONAL.join(', ')})`, `the column ${shown(h)} (column ${i + 1})`, 'unknown column', {
      what: 'columna desconocida',
      expected: `solo columnas conocidas (${near ? `¿quiso decir "${near}"? ` : ''}obligatorias: ${REGISTRY_REQUIRED.join(', ')}; opcionales: ${REGISTRY_OPTIONAL.join(', ')})`,
      found: `la columna ${shown(h)} (columna ${i + 1})`,
    });
  });
  const seen = new Map<string, number>();
  return table.rows.map((row, i) => {
    const line = table.lineOf(i);
    const at = (column: string): Location => ({ file: table.file, row: line, column });
    const cell = (column: string): string => (col.has(column) ? (row[col.get(column)!] ?? '').trim() : '');
    const name = cell('name');
    if (name === '') throw new InputError(at('name'), 'the name of the site', 'an empty cell', 'missing value', { what: 'falta un valor', expected: 'el nombre del sitio', found: 'una celda vacía' });
    const key = slug(name); // two names with one id ("Casa A", "casa-a") are the same site to the plan
    if (seen.has(key)) throw new InputError(at('name'), `a name used once (row ${seen.get(key)} has it already)`, shown(name), 'duplicated site name', { what: 'nombre de sitio duplicado', expected: `un nombre usado una sola vez (la fila ${seen.get(key)} ya lo tiene)`, found: shownEs(name) });
    seen.set(key, line);
    const city = cities.resolve(cell('city'), cell('state') || undefined);
    if ('problem' in city) {
      if (city.otherState) throw new InputError(at('state'), city.problem, shown(cell('state')), 'city not in that state', { what: 'la ciudad no está en ese estado', expected: city.problemEs, found: shownEs(cell('state')) });
      throw new InputError(at('city'), city.problem, shown(cell('city')), 'unknown city', { what: 'ciudad desconocida', expected: city.problemEs, found: shownEs(cell('city')) });
    }
    const lat = coordinate(cell('lat'), at('lat'), 14, 33);
    const lon = coordinate(cell('lon'), at('lon'), -119, -86);
    // The coordinates must be near the city named: a site placed elsewhere is out of every city's reach, and its arrivals end without a place with no word why.
    const km = haversineKm(lat, lon, city.lat, city.lon);
    if (km > SITE_CITY_MAX_KM) {
      const seat = `${city.lat.toFixed(2)}, ${city.lon.toFixed(2)}`;
      throw new InputError(at('lat'), `coordinates within ${SITE_CITY_MAX_KM} km of ${city.name} (${STATE_NAMES[city.state] ?? city.state}), whose seat is at ${seat} (INEGI); check lat and lon, or the city`, `${cell('lat')}, ${cell('lon')}: ${Math.round(km).toLocaleString('en-US')} km away`, 'site far from its city', {
        what: 'sitio lejos de su ciudad',
        expected: `coordenadas a no más de ${SITE_CITY_MAX_KM} km de ${city.name} (${STATE_NAMES[city.state] ?? city.state}), cuya cabecera está en ${seat} (INEGI); revise lat y lon, o la ciudad`,
        found: `${cell('lat')}, ${cell('lon')}: a ${Math.round(km).toLocaleString('en-US')} km`,
      });
    }
    const beds = count(cell('beds'), at('beds'));
    const bedsByKind: Partial<Record<Kind, number>> = {};
    const takes = {} as Record<Kind, boolean>;
    for (const k of KINDS) {
      takes[k] = yesNo(cell(`takes_${k}`), at(`takes_${k}`));
      const text = cell(`beds_${k}`);
      if (text !== '') {
        const n = count(text, at(`beds_${k}`));
        if (n > beds) throw new InputError(at(`beds_${k}`), `at most the site's beds (${beds})`, shown(text), 'too many beds', { what: 'demasiadas camas', expected: `a lo más las camas del sitio (${beds})`, found: shownEs(text) });
        if (n > 0 && !takes[k]) throw new InputError(at(`beds_${k}`), `no beds for ${k} at a site that does not take them (takes_${k} is no)`, shown(text), 'inconsistent row', {
          what: 'fila incoherente',
          expected: `ninguna cama para ${KIND_LABELS[k].es} en un sitio que no los recibe (takes_${k} es no)`,
          found: shownEs(text),
        });
        bedsByKind[k] = n;
      }
    }
    const dif = yesNo(cell('dif'), at('dif'));
    if (takes.minors && !dif) throw new InputError(at('takes_minors'), 'no, unless the site is a DIF facility (dif yes): unaccompanied minors go only to DIF sites', shown(cell('takes_minors')), 'rule broken', {
      what: 'regla incumplida',
      expected: 'no, salvo que el sitio sea una instalación del DIF (dif sí): las niñas, niños y adolescentes no acompañados solo van a sitios del DIF',
      found: shownEs(cell('takes_minors')),
    });
    const opens = date(cell('opens'), at('opens'));
    const closes = date(cell('closes'), at('closes'));
    if (opens && closes && closes < opens) throw new InputError(at('closes'), `a day on or after opens (${opens})`, shown(closes), 'closes before it opens', { what: 'cierra antes de abrir', expected: `un día igual o posterior a opens (${opens})`, found: shownEs(closes) });
    return { id: slug(name), name, city: city.code, lat, lon, beds, bedsByKind, takes, dif, ...(opens ? { opens } : {}), ...(closes ? { closes } : {}) };
  });
}

export function slug(name: string): string {
  return name.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'site';
}

function count(text: string, at: Location): number {
  if (!/^-?\d+$/.test(text)) throw new InputError(at, 'a whole number of beds', shown(text), 'not a number', { what: 'no es un número', expected: 'un número entero de camas', found: shownEs(text) });
  const n = Number(text);
  if (n < 0) throw new InputError(at, 'a number of beds of 0 or more', shown(text), 'negative beds', { what: 'camas negativas', expected: 'un número de camas de 0 o más', found: shownEs(text) });
  return n;
}

function coordinate(text: string, at: Location, min: number, max: number): number {
  const n = Number(text);
  // A decimal comma (a spreadsheet set for Spanish writes 32,53) is said as such: the fix is the point.
  const comma = /^-?\d+,\d+$/.test(text) ? { en: ` (a decimal comma: write ${text.replace(',', '.')})`, es: ` (una coma decimal: escriba ${text.replace(',', '.')})` } : { en: '', es: '' };
  if (text === '' || !Number.isFinite(n) || n < min || n > max) throw new InputError(at, `a decimal coordinate in Mexico, between ${min} and ${max}`, `${shown(text)}${comma.en}`, 'bad coordinate', { what: 'coordenada no válida', expected: `una coordenada decimal en México, entre ${min} y ${max}`, found: `${shownEs(text)}${comma.es}` });
  return n;
}

function yesNo(text: string, at: Location): boolean {
  const t = text.toLowerCase();
  if (['yes', 'y', 'si', 'sí', 'true', '1'].includes(t)) return true;
  if (['no', 'n', 'false', '0'].includes(t)) return false;
  throw new InputError(at, 'yes or no (sí/no)', shown(text), 'not yes or no', { what: 'no es sí o no', expected: 'sí o no (yes/no)', found: shownEs(text) });
}

function date(text: string, at: Location): string | undefined {
  if (text === '') return undefined;
  // Date.parse would take 2026-02-30 as 2 March: only a day of the calendar is a date here.
  const fault = /^\d{4}-\d{2}-\d{2}$/.test(text) ? dayFault(text) : null;
  if (fault) throw new InputError(at, 'a day of the calendar as YYYY-MM-DD, or an empty cell', `${shown(text)}, which ${fault.en}`, 'bad date', { what: 'fecha no válida', expected: 'un día del calendario escrito AAAA-MM-DD, o una celda vacía', found: `${shownEs(text)}, que ${fault.es}` });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) throw new InputError(at, 'a day as YYYY-MM-DD, or an empty cell', shown(text), 'bad date', { what: 'fecha no válida', expected: 'un día escrito AAAA-MM-DD, o una celda vacía', found: shownEs(text) });
  return text;
}
