/**
 * inegi_localidades_pob1000_censo2020.csv: one row per locality of 1,000 inhabitants or
 * more, with its 9-digit key (state + municipality + locality), coordinates and 2020
 * population by sex. Every locality must be in a municipality of the municipalities file.
 */
import { InputError, shown, type Location } from '../../errors.js';
import { normaliseLabel } from '../../store/dimensions/normalise.js';
import { parseEnum } from '../read/cells.js';
import { readCsv } from '../read/csv.js';
import { Seen } from '../read/seen.js';
import type { LocalFile, ParseContext } from '../types.js';
import { digits, localityCounts, name, stateOf, type Counts } from './cells.js';
import { parseCoordinate } from './coordinates.js';
import type { Municipality } from './municipalities.js';

export const LOCALITY_HEADER = [
  'cvegeo', 'cve_entidad', 'nom_entidad', 'nom_abr_entidad', 'cve_municipio', 'nom_municipio', 'cve_localidad', 'nom_localidad',
  'ambito', 'latitud', 'longitud', 'altitud', 'poblacion_total', 'poblacion_masculina', 'poblacion_femenina', 'viviendas_habitadas',
];
const [GEO, ENT, NOM_ENT, ABR, MUN, NOM_MUN, LOC, NOM_LOC, AMBITO, LAT, LON, ALT, TOTAL, MALE, FEMALE, DWELLINGS] = LOCALITY_HEADER.map((_, i) => i);

/** U urban, R rural: checked, not stored. */
const AMBITOS: Record<string, string> = { U: 'urban', R: 'rural' };

export interface Locality {
  /** The 9-digit INEGI key, '020040001'. */
  cvegeo: string;
  /** The municipality's place code, 'MX-02004'. */
  municipality: string;
  name: string;
  lat: number;
  lon: number;
  population: Counts;
  at: (column: string) => Location;
}

export async function readLocalities(ctx: ParseContext, file: LocalFile, municipalities: Municipality[]): Promise<Locality[]> {
  const table = await readCsv(ctx, file, { header: LOCALITY_HEADER });
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  const keys = new Seen('row');
  return table.rows.map((row, i) => {
    const line = table.lineOf(i);
    const at = (c: number): Location => ({ file: file.name, row: line, column: LOCALITY_HEADER[c] });
    const state = stateOf(row[ENT], row[NOM_ENT], at(ENT), at(NOM_ENT));
    name(row[ABR], at(ABR));
    const key = `${row[ENT]!.trim()}${digits(row[MUN], 3, at(MUN))}${digits(row[LOC], 4, at(LOC))}`;
    if (digits(row[GEO], 9, at(GEO)) !== key) throw new InputError(at(GEO), `${key} (cve_entidad, cve_municipio and cve_localidad)`, shown(row[GEO]), 'inconsistent code');
    keys.add(key, at(GEO), `locality ${key}`);
    const municipality = byCode.get(`MX-${key.slice(0, 5)}`);
    if (!municipality || municipality.state !== state) {
      throw new InputError(at(MUN), `a municipality of state ${key.slice(0, 2)} listed in the municipalities file`, shown(row[MUN]), 'unknown municipality');
    }
    if (normaliseLabel(name(row[NOM_MUN], at(NOM_MUN))) !== normaliseLabel(municipality.name)) {
      throw new InputError(at(NOM_MUN), `the name of municipality ${key.slice(0, 5)}, "${municipality.name}"`, shown(row[NOM_MUN]), 'inconsistent municipality');
    }
    parseEnum(row[AMBITO], AMBITOS, at(AMBITO), 'ambito');
    if (!/^-?\d+$/.test((row[ALT] ?? '').trim())) throw new InputError(at(ALT), 'an altitude in whole metres', shown(row[ALT]), 'bad altitude');
    return {
      cvegeo: key,
      municipality: municipality.code,
      name: name(row[NOM_LOC], at(NOM_LOC)),
      lat: parseCoordinate(row[LAT], 'lat', at(LAT)),
      lon: parseCoordinate(row[LON], 'lon', at(LON)),
      population: localityCounts(row, { total: TOTAL, male: MALE, female: FEMALE, dwellings: DWELLINGS, at }),
      at: (column: string) => ({ file: file.name, row: line, column }),
    };
  });
}
