/**
 * inegi_municipios_censo2020.csv: one row per municipality (CDMX: per alcaldía), with
 * its INEGI codes, its seat (cabecera) and its 2020 population by sex. Also read by
 * mx-shelters, to place each shelter in its municipality.
 */
import { InputError, shown, type Location } from '../../errors.js';
import { readCsv } from '../read/csv.js';
import { Seen } from '../read/seen.js';
import type { LocalFile, ParseContext } from '../types.js';
import { digits, municipalCounts, name, stateOf, type Counts } from './cells.js';

export const MUNICIPALITY_HEADER = [
  'cve_entidad', 'nom_entidad', 'nom_abr_entidad', 'cve_municipio', 'nom_municipio', 'cve_completa',
  'cve_cabecera', 'nom_cabecera', 'poblacion_total', 'poblacion_masculina', 'poblacion_femenina', 'viviendas_habitadas',
];
const [ENT, NOM_ENT, ABR, MUN, NOM_MUN, CVE, CAB, NOM_CAB, TOTAL, MALE, FEMALE, DWELLINGS] = MUNICIPALITY_HEADER.map((_, i) => i);

/** Mexico City's alcaldías have no seat: their cabecera code is "----" and its name blank. */
const NO_SEAT = '----';

export interface Municipality {
  /** 'MX-07089'. */
  code: string;
  /** The state's place code, 'MX-07'. */
  state: string;
  name: string;
  /** The 9-digit INEGI key (cvegeo) of the seat locality; undefined where there is none. */
  seat?: string;
  /** Undefined for a municipality created after the census (cells.ts, municipalCounts). */
  population?: Counts;
  /** Where the row is, for errors and observations: the cell of a column. */
  at: (column: string) => Location;
}

export async function readMunicipalities(ctx: ParseContext, file: LocalFile): Promise<Municipality[]> {
  const table = await readCsv(ctx, file, { header: MUNICIPALITY_HEADER });
  const codes = new Seen('row');
  return table.rows.map((row, i) => {
    const line = table.lineOf(i);
    const at = (c: number): Location => ({ file: file.name, row: line, column: MUNICIPALITY_HEADER[c] });
    const state = stateOf(row[ENT], row[NOM_ENT], at(ENT), at(NOM_ENT));
    name(row[ABR], at(ABR));
    const full = `${row[ENT]!.trim()}${digits(row[MUN], 3, at(MUN))}`;
    if (digits(row[CVE], 5, at(CVE)) !== full) throw new InputError(at(CVE), `${full} (cve_entidad and cve_municipio)`, shown(row[CVE]), 'inconsistent code');
    codes.add(full, at(CVE), `municipality ${full}`);
    return {
      code: `MX-${full}`,
      state,
      name: name(row[NOM_MUN], at(NOM_MUN)),
      seat: seatOf(row[CAB], row[NOM_CAB], at, full),
      population: municipalCounts(row, { total: TOTAL, male: MALE, female: FEMALE, dwellings: DWELLINGS, at }),
      at: (column: string) => ({ file: file.name, row: line, column }),
    };
  });
}

function seatOf(code: string | null, seatName: string | null, at: (c: number) => Location, municipality: string): string | undefined {
  const blankName = (seatName ?? '').trim() === '';
  if ((code ?? '').trim() === NO_SEAT) {
    if (!blankName) throw new InputError(at(CAB), 'the 4-digit code of the seat named in nom_cabecera', shown(code), 'bad code');
    return undefined;
  }
  const seat = digits(code, 4, at(CAB));
  if (blankName) throw new InputError(at(NOM_CAB), `the name of seat ${seat}`, 'an empty cell', 'missing value');
  return `${municipality}${seat}`;
}
