/**
 * Encuentros.csv → US encounters by day, sector or field office, kind and citizenship.
 * One row per day × kind (USBP, OFO, CBP ONE) × location; then TOTAL, Mexico,
 * Extranjeros (non-Mexicans) and one column per nationality, the last "Otros".
 */
import { InputError, shown, type Location } from '../../errors.js';
import { parseCount, parseEnum } from '../read/cells.js';
import { Seen } from '../read/seen.js';
import { observation, type Observation, type ParseContext } from '../types.js';
import { DATASET } from './datasets.js';
import { parseDay } from './days.js';
import { LOCATIONS, locationSector } from './encounter-places.js';
import { nationalityCode } from './labels.js';
import { CATEGORY } from './measures.js';
import { readTable, type Table } from './read-table.js';

export const NATIONALITY_COLUMNS = [
  'Guatemala', 'Honduras', 'El Salvador', 'República Bolivariana de Venezuela', 'Cuba', 'Colombia', 'Nicaragua',
  'China', 'Ecuador', 'Haití', 'India', 'Brasil', 'Estado Plurinacional de Bolivia', 'Bélgica', 'Perú', 'Canadá',
  'España', 'Rumania', 'Afganistán', 'Turquía', 'Federación De Rusia', 'República Dominicana', 'Bangladesh',
  'Uzbekistán', 'Pakistán', 'Vietnam', 'Camerún', 'Trinidad y Tobago', 'Belice',
  'República Federal Democrática de Nepal', 'Etiopia', 'Argentina', 'Azerbaiyán',
  'República Popular Democrática de Corea', 'República de Corea', 'Armenia', 'Hungría',
  'Reino Unido de Gran Bretaña e Irlanda del Norte', 'Marruecos', 'Chile', 'República Islámica del Irán',
  'República Árabe de Siria', 'Kosovo', 'Congo', 'Nueva Zelandia', 'Angola', 'Filipinas', 'Kazajstan', 'Ghana',
  'Polonia', 'Togo', 'Georgia', 'Italia', 'Alemania', 'Kirguistán', 'Croacia', 'Sudán', 'Sudáfrica', 'Nigeria',
  'Taiwan (Provincia de China)', 'Panamá', 'Maldivas', 'Líbano', 'Egipto', 'Uruguay', 'Iraq', 'Jordania', 'Francia',
  'Islas Norfolk', 'Benin', 'Somalia', 'Japón', 'Ucrania', 'Jamaica', 'Fiji', 'Eslovaquia', 'Suecia', 'Belarús',
  'Zimbabwe', 'República de Moldova', 'Irlanda', 'Indonesia', 'Portugal', 'Yemen', 'Suiza', 'Uganda', 'Kenia', 'Otros',
];

export const HEADER = ['FECHA', 'Encuentro', 'Location', 'Ciudad EEUU', 'Ciudad MX', 'TOTAL', 'Mexico', 'Extranjeros', ...NATIONALITY_COLUMNS];
const [DAY, KIND, LOCATION, US_STATE, MX_STATE, TOTAL, MEXICO, FOREIGN] = HEADER.keys();
const FIRST_NATIONALITY = 8;

/** The file's kinds of encounter → component and category. CBP One appointments are at ports: OFO. */
const KINDS: Record<string, { component: string; category: string }> = {
  USBP: { component: 'USBP', category: CATEGORY.usbp },
  OFO: { component: 'OFO', category: CATEGORY.ofo },
  'CBP ONE': { component: 'OFO', category: CATEGORY.cbpOne },
};
const KIND_NAMES = Object.fromEntries(Object.keys(KINDS).map((k) => [k, k]));
const LOCATION_NAMES = Object.fromEntries(Object.keys(LOCATIONS).map((k) => [k, k]));

/** One row's counts, added to those of other locations in the same field office on the same day. */
interface Place {
  period: string;
  dims: { geography: string; component: string; category: string };
  counts: (number | null)[];
  at: (c: number) => Location;
}

export async function parseEncuentros(ctx: ParseContext): Promise<Observation[]> {
  const t = await readTable(ctx, { fileId: 'encuentros', header: HEADER });
  const citizenships = columnCitizenships(t);
  const rows = new Seen('day, kind of encounter and location');
  // Summed by row, not by cell: ~90 cells a row make this the largest table.
  const places = new Map<string, Place>();
  t.rows.forEach((row, i) => {
    const at = (c: number) => t.at(i, c);
    const period = parseDay(row[DAY], at(DAY));
    const kind = KINDS[parseEnum(row[KIND], KIND_NAMES, at(KIND), 'kind of encounter')];
    const location = parseEnum(row[LOCATION], LOCATION_NAMES, at(LOCATION), 'location');
    const place = LOCATIONS[location];
    parseEnum(row[US_STATE], { [place.usState]: place.usState }, at(US_STATE), `US state for ${location}`);
    parseEnum(row[MX_STATE], { [place.mxState]: place.mxState }, at(MX_STATE), `Mexican state for ${location}`);
    rows.claim([period, row[KIND], location].join('|'), () => [row[DAY], row[KIND], location].join(', '), at(LOCATION));
    const counts = row.map((cell, c) => (c < TOTAL ? null : DIGITS.test(cell ?? '') ? Number(cell) : parseCount(cell, at(c), { blank: 'null' })));
    checkSums(counts, at);
    const dims = { geography: kind.component === 'USBP' ? locationSector(location) : place.fieldOffice, ...kind };
    const key = [period, dims.geography, dims.category].join('|');
    const prior = places.get(key);
    if (!prior) places.set(key, { period, dims, counts, at });
    else prior.counts = prior.counts.map((v, c) => (v === null || counts[c] === null ? null : v + counts[c]!));
  });
  const out: Observation[] = [];
  for (const { period, dims, counts, at } of places.values()) {
    // Extranjeros (all non-Mexicans) has no citizenship code: it is the sum of the columns after it.
    citizenships.forEach((citizenship, c) => {
      if (citizenship) out.push(observation(DATASET.usEncounters, period, counts[c], { ...dims, citizenship }, at(c)));
    });
  }
  return out;
}

const DIGITS = /^\d+$/;

/** Column → citizenship code (ALL for TOTAL, MEX for Mexico); no two columns may share one. */
function columnCitizenships(t: Table): (string | undefined)[] {
  const codes: (string | undefined)[] = HEADER.map(() => undefined);
  codes[TOTAL] = 'ALL';
  codes[MEXICO] = 'MEX';
  const columnOf = new Map([['MEX', MEXICO]]);
  for (let c = FIRST_NATIONALITY; c < HEADER.length; c++) {
    const at: Location = { file: t.file, row: 1, column: HEADER[c] };
    const code = nationalityCode(HEADER[c], at);
    const before = columnOf.get(code);
    if (before !== undefined) throw new InputError(at, `a nationality of its own (${code} is already column "${HEADER[before]}")`, shown(HEADER[c]), 'repeated nationality');
    columnOf.set(code, c);
    codes[c] = code;
  }
  return codes;
}

/** TOTAL = Mexico + Extranjeros, Extranjeros = the nationality columns; checked where none is blank. */
function checkSums(n: (number | null)[], at: (c: number) => Location): void {
  const [total, mexico, foreign] = [n[TOTAL], n[MEXICO], n[FOREIGN]];
  if (total !== null && mexico !== null && foreign !== null && total !== mexico + foreign) {
    throw new InputError(at(TOTAL), `Mexico + Extranjeros = ${mexico + foreign} (${mexico} + ${foreign})`, String(total), 'inconsistent total');
  }
  const nationalities = n.slice(FIRST_NATIONALITY);
  if (foreign !== null && nationalities.every((v) => v !== null)) {
    const sum = (nationalities as number[]).reduce((s, v) => s + v, 0);
    if (sum !== foreign) throw new InputError(at(FOREIGN), `the sum of the nationality columns, ${sum}`, String(foreign), 'inconsistent total');
  }
}
