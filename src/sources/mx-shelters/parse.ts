/**
 * The shelters file, one row per shelter: a place under its INEGI municipality, with its
 * coordinates, and its capacity and places available in the snapshot.
 */
import { InputError, shown, type Location } from '../../errors.js';
import type { Place } from '../../model/index.js';
import { parseCoordinate } from '../inegi-places/coordinates.js';
import { readMunicipalities } from '../inegi-places/municipalities.js';
import { parseCount } from '../read/cells.js';
import { readCsv } from '../read/csv.js';
import { Seen } from '../read/seen.js';
import { observation, type Observation, type ParseContext, type ParsedSource } from '../types.js';
import { DS } from './describe.js';
import { MunicipalityNames } from './municipality-names.js';
import { SNAPSHOT } from './snapshot.js';

export const HEADER = ['id_albergue', 'descripcion', 'municipio', 'estado', 'direccion', 'latitude', 'longitude', 'capacidad', 'disponibles', 'id_municipio'];
const [ID, NAME, MUNICIPIO, ESTADO, , LAT, LON, CAPACITY, AVAILABLE, ID_MUNICIPIO] = HEADER.map((_, i) => i);

export async function parse(ctx: ParseContext): Promise<ParsedSource> {
  const { shelters: file, 'inegi-municipalities': inegi } = ctx.files;
  if (!file || !inegi) throw new Error('mx-shelters: files "shelters" and "inegi-municipalities" are both needed');
  const names = new MunicipalityNames(await readMunicipalities(ctx, inegi), inegi.name);
  const table = await readCsv(ctx, file, { header: HEADER });
  const ids = new Seen('row');
  const sourceMunicipalities = new Map<string, { code: string; at: Location }>();
  const places: Place[] = [];
  const observations: Observation[] = [];
  table.rows.forEach((row, i) => {
    const at = (c: number): Location => ({ file: file.name, row: table.lineOf(i), column: HEADER[c] });
    const id = wholeNumber(row[ID], at(ID), 'a shelter id');
    ids.add(id, at(ID), `shelter ${id}`);
    const municipality = names.find(row[MUNICIPIO], row[ESTADO], at(MUNICIPIO), at(ESTADO));
    // The replica's own municipality id is not an INEGI code; it must at least name one municipality.
    const own = wholeNumber(row[ID_MUNICIPIO], at(ID_MUNICIPIO), "the replica's municipality id");
    const before = sourceMunicipalities.get(own);
    if (before && before.code !== municipality) {
      throw new InputError(at(ID_MUNICIPIO), `a municipality id used for one municipality only (id ${own} is ${before.code} at row ${before.at.row})`, `${own} for ${municipality}`, 'inconsistent municipality id');
    }
    sourceMunicipalities.set(own, { code: municipality, at: at(ID_MUNICIPIO) });
    const name = (row[NAME] ?? '').trim();
    if (name === '') throw new InputError(at(NAME), 'the name of the shelter', 'an empty cell', 'missing value');
    const code = `MX-SHELTER-${id}`;
    places.push({ code, level: 'shelter', label: { en: name, es: name }, parents: [municipality], lat: parseCoordinate(row[LAT], 'lat', at(LAT)), lon: parseCoordinate(row[LON], 'lon', at(LON)) });
    const capacity = parseCount(row[CAPACITY], at(CAPACITY), { blank: 'null' });
    const available = parseCount(row[AVAILABLE], at(AVAILABLE), { blank: 'null' });
    if (capacity !== null && available !== null && available > capacity) {
      throw new InputError(at(AVAILABLE), `no more places available than the capacity, ${capacity}`, shown(row[AVAILABLE]), 'inconsistent counts');
    }
    observations.push(
      observation(DS.capacity, SNAPSHOT.period, capacity, { geography: code }, at(CAPACITY)),
      observation(DS.available, SNAPSHOT.period, available, { geography: code }, at(AVAILABLE)),
    );
  });
  return { observations, places };
}

function wholeNumber(text: string | null, at: Location, what: string): string {
  const t = (text ?? '').trim();
  if (!/^\d+$/.test(t)) throw new InputError(at, `${what}, a whole number`, shown(text), 'not an id');
  return String(Number(t));
}
