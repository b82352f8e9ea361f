/**
 * The files corridor reads, with their exact headers and what each column holds.
 *
 * The package ships R data files (data/<name>.rda). corridor does not parse .rda:
 * it reads the mirror's CSV conversions of them (same rows and values, empty = NA),
 * so this source is ingested from the mirror only. `url` names the .rda each CSV
 * was converted from, pinned to the commit the mirror took.
 */
import type { SourceFile } from '../types.js';
import { APP_TYPES, DEC_LEVELS, PERSONS_OR_CASES, PROCEDURE_TYPES, enumOf } from './codes.js';

const COMMIT = '0c16a6d0c2f37d8578f9b9e3d1e4459efe850398';
const MIRROR_DIR = 'unhcr/unhcr_refugees_rpkg';

export type ColumnKind =
  | { type: 'year' }
  | { type: 'name' }
  | { type: 'unhcr-code' }
  | { type: 'country' }
  | { type: 'enum'; allowed: Record<string, string>; what: string }
  | { type: 'count' };

export interface Column {
  name: string;
  kind: ColumnKind;
}

export interface FileSpec {
  id: string;
  /** The package's data object, e.g. 'asylum_applications' (data/asylum_applications.rda). */
  object: string;
  columns: Column[];
  /** Columns that identify a row: no two rows may share them. */
  key: string[];
}

const col = (name: string, kind: ColumnKind): Column => ({ name, kind });
const counts = (...names: string[]) => names.map((n) => col(n, { type: 'count' }));
const enumColumn = (name: string, allowed: Record<string, string>, what: string) => col(name, { type: 'enum', allowed, what });

/** year, origin (name, UNHCR code, ISO code), asylum (same): the first seven columns of every data file. */
const PAIR: Column[] = [
  col('year', { type: 'year' }),
  col('coo_name', { type: 'name' }), col('coo', { type: 'unhcr-code' }), col('coo_iso', { type: 'country' }),
  col('coa_name', { type: 'name' }), col('coa', { type: 'unhcr-code' }), col('coa_iso', { type: 'country' }),
];
const PAIR_KEY = ['year', 'coo_iso', 'coa_iso'];
const PC = enumOf(Object.keys(PERSONS_OR_CASES).map((code) => ({ code, label: { en: code, es: code } })));

export const POPULATION_FILE: FileSpec = {
  id: 'population', object: 'population', key: PAIR_KEY,
  columns: [...PAIR, ...counts('refugees', 'asylum_seekers', 'returned_refugees', 'idps', 'returned_idps', 'stateless', 'ooc', 'oip', 'hst')],
};

export const APPLICATIONS_FILE: FileSpec = {
  id: 'asylum-applications', object: 'asylum_applications',
  key: [...PAIR_KEY, 'procedure_type', 'app_type', 'dec_level', 'app_pc'],
  columns: [
    ...PAIR,
    enumColumn('procedure_type', enumOf(PROCEDURE_TYPES), 'procedure type'),
    enumColumn('app_type', enumOf(APP_TYPES), 'application type'),
    enumColumn('dec_level', enumOf(DEC_LEVELS), 'decision level'),
    enumColumn('app_pc', PC, 'persons/cases code'),
    ...counts('applied'),
  ],
};

export const DECISIONS_FILE: FileSpec = {
  id: 'asylum-decisions', object: 'asylum_decisions',
  key: [...PAIR_KEY, 'procedure_type', 'dec_level', 'dec_pc'],
  columns: [
    ...PAIR,
    enumColumn('procedure_type', enumOf(PROCEDURE_TYPES), 'procedure type'),
    enumColumn('dec_level', enumOf(DEC_LEVELS), 'decision level'),
    enumColumn('dec_pc', PC, 'persons/cases code'),
    ...counts('dec_recognized', 'dec_other', 'dec_rejected', 'dec_closed', 'dec_total'),
  ],
};

export const FLOWS_FILE: FileSpec = {
  id: 'flows', object: 'flows', key: PAIR_KEY,
  columns: [...PAIR, ...counts('refugees', 'asylum_seekers', 'refugee_like', 'oip')],
};

export const SOLUTIONS_FILE: FileSpec = {
  id: 'solutions', object: 'solutions', key: PAIR_KEY,
  columns: [...PAIR, ...counts('returned_refugees', 'resettlement', 'naturalisation', 'returned_idps')],
};

const regions = (...names: string[]) => Object.fromEntries(['', ...names].map((n) => [n, n]));

/**
 * The package's country list: only its regions are used, to select the Americas.
 * iso_code is blank for three entries (and unique otherwise: checked in region.ts).
 */
export const COUNTRIES_FILE: FileSpec = {
  id: 'countries', object: 'countries', key: [],
  columns: [
    col('iso_code', { type: 'name' }), col('unhcr_code', { type: 'unhcr-code' }), col('name', { type: 'name' }),
    enumColumn('unhcr_region', regions('Asia and the Pacific', 'Eastern and Southern Africa', 'Europe', 'Middle East and North Africa', 'The Americas', 'West and Central Africa'), 'UNHCR region'),
    enumColumn('unsd_region', regions('Africa', 'Americas', 'Asia', 'Europe', 'Oceania'), 'UNSD region'),
    col('unsd_subregion', { type: 'name' }), col('unsd_imregion', { type: 'name' }),
  ],
};

export const FILE_SPECS: FileSpec[] = [POPULATION_FILE, APPLICATIONS_FILE, DECISIONS_FILE, FLOWS_FILE, SOLUTIONS_FILE, COUNTRIES_FILE];

export const SOURCE_FILES: SourceFile[] = FILE_SPECS.map((f) => ({
  id: f.id,
  mirrorPath: `${MIRROR_DIR}/${f.object}.csv`,
  url: `https://raw.githubusercontent.com/PopulationStatistics/refugees/${COMMIT}/data/${f.object}.rda`,
  // The mirror holds the CSV conversion only, not the .rda: the .rda's sha256 is not known.
  convertedFrom: {},
}));
