/**
 * The daily tables by INM office, file by file: their headers and which count goes
 * to which cell. Rescatados.csv's two kinds of rows are explained at its spec.
 */
import { normaliseLabel } from '../../store/dimensions/normalise.js';
import { DATASET } from './datasets.js';
import type { DailyTable } from './daily-table.js';
import { CATEGORY } from './measures.js';

const BY_NATIONALITY = { nationality: true, unique: 'day, state office and nationality', keyColumns: [0, 1, 2] } as const;

export const PRESENTADOS: DailyTable = {
  ...BY_NATIONALITY,
  fileId: 'presentados',
  header: ['DIA', 'ESTADO / O.R.', 'NACIONALIDAD', 'ESTACIÓN O ESTANCIA MIGRATORIA', 'PRESENTADOS'],
  counts: [4],
  cells: [{ dataset: DATASET.presented, column: 4 }],
  unique: 'day, state office, nationality and station',
  // Stations are summed into their state, but one station appears once per day and nationality.
  rowKey: (row) => normaliseLabel(row[3] ?? ''),
  keyColumns: [0, 1, 2, 3],
};

/**
 * Each day, state and nationality has up to two rows: one with the total (always equal
 * to PRIMERA VEZ) and what followed, REINCIDENCIA 0; and one with only REINCIDENCIA,
 * every other count 0. Their sum is the cell; two rows of one kind are an error.
 */
export const RESCATADOS: DailyTable = {
  ...BY_NATIONALITY,
  fileId: 'rescatados',
  header: [
    'DIA', 'ESTADO / O.R.', 'NACIONALIDAD', 'EXTRANJEROS RESCATADOS POR EL INM', 'PRIMERA VEZ', 'REINCIDENCIA',
    'PRESENTADOS EN EM', 'CANALIZADOS AL DIF', 'CONDUCCIÓN DE NORTE A SUR',
  ],
  counts: [3, 4, 5, 6, 7, 8],
  cells: [
    { dataset: DATASET.rescued, column: 3 },
    { dataset: DATASET.rescued, column: 4, dims: { category: CATEGORY.firstTime } },
    { dataset: DATASET.rescued, column: 5, dims: { category: CATEGORY.repeat } },
    { dataset: DATASET.rescued, column: 8, dims: { category: CATEGORY.northSouth } },
    { dataset: DATASET.rescuedOutcome, column: 6, dims: { category: CATEGORY.presentedEm } },
    { dataset: DATASET.rescuedOutcome, column: 7, dims: { category: CATEGORY.difReferral } },
  ],
  unique: 'day, state office, nationality and kind of row (counts, or repeats only)',
  rowKey: (_row, n) => ([3, 4, 6, 7].every((c) => n(c) === 0) && (n(5) ?? 0) > 0 ? 'repeats' : 'counts'),
};

/** "OTRO", "OTRO LUGAR" and "SIN REGISTRO" lump several facilities: their rows may repeat and are added. */
const LUMPED_FACILITIES = new Set(['OTRO', 'OTRO LUGAR', 'SIN REGISTRO']);

export const CANALIZADOS: DailyTable = {
  ...BY_NATIONALITY,
  fileId: 'canalizados',
  header: ['DIA', 'Estado / O.R.', 'NACIONALIDAD', 'ESTANCIA DIF', 'TOTAL DE CANALIZADOS', 'ADULTOS', 'MENORES'],
  counts: [4, 5, 6],
  cells: [
    { dataset: DATASET.difReferrals, column: 4 },
    { dataset: DATASET.difReferrals, column: 5, dims: { demographic: 'ADULTS' } },
    { dataset: DATASET.difReferrals, column: 6, dims: { demographic: 'MINORS' } },
  ],
  unique: 'day, state office, nationality and DIF facility',
  rowKey: (row) => {
    const facility = normaliseLabel(row[3] ?? '');
    return LUMPED_FACILITIES.has(facility) ? undefined : facility;
  },
  keyColumns: [0, 1, 2, 3],
};

export const RETORNADOS: DailyTable = {
  ...BY_NATIONALITY,
  fileId: 'retornados',
  header: ['DIA', 'ESTADO / O.R.', 'NACIONALIDAD', 'RETORNADOS A SU PAÍS', 'DEPORTADOS', 'RETORNOS ASISTIDOS'],
  counts: [3, 4, 5],
  cells: [
    { dataset: DATASET.returns, column: 3 },
    { dataset: DATASET.returns, column: 4, dims: { category: CATEGORY.deportation } },
    { dataset: DATASET.returns, column: 5, dims: { category: CATEGORY.assisted } },
  ],
};

export const MEXICANOS: DailyTable = {
  fileId: 'mexicanos',
  header: [
    'DIA', 'ESTADO / O.R.', 'MEXICANOS REPATRIADOS', 'ADULTOS', 'MENORES', 'NNA NO ACOMPAÑADOS', 'NNA ACOMPAÑADOS', 'TERRESTRES', 'VUELOS PRIM',
  ],
  // The header row ends with six empty cells, and so does every row.
  blankColumns: 6,
  nationality: false,
  counts: [2, 3, 4, 5, 6, 7, 8],
  cells: [
    { dataset: DATASET.mexicansReceived, column: 2 },
    { dataset: DATASET.mexicansReceived, column: 3, dims: { demographic: 'ADULTS' } },
    { dataset: DATASET.mexicansReceived, column: 4, dims: { demographic: 'MINORS' } },
    { dataset: DATASET.mexicansReceived, column: 5, dims: { demographic: 'UC' } },
    { dataset: DATASET.mexicansReceived, column: 7, dims: { category: CATEGORY.land } },
    { dataset: DATASET.mexicansReceived, column: 8, dims: { category: CATEGORY.prim } },
    { dataset: DATASET.mexicanMinors, column: 5, dims: { demographic: 'MINORS', category: CATEGORY.unaccompanied } },
    { dataset: DATASET.mexicanMinors, column: 6, dims: { demographic: 'MINORS', category: CATEGORY.accompanied } },
  ],
  unique: 'day and state office',
  keyColumns: [0, 1],
};

export const EXTRANJEROS: DailyTable = {
  ...BY_NATIONALITY,
  fileId: 'extranjeros',
  header: ['DIA', 'ESTADO / O.R.', 'NACIONALIDAD', 'EXTRANJEROS RECIBIDOS DE EE.UU.', 'ADULTOS', 'MENORES'],
  counts: [3, 4, 5],
  cells: [
    { dataset: DATASET.foreignersReceived, column: 3 },
    { dataset: DATASET.foreignersReceived, column: 4, dims: { demographic: 'ADULTS' } },
    { dataset: DATASET.foreignersReceived, column: 5, dims: { demographic: 'MINORS' } },
  ],
};

export const INADMISIONES: DailyTable = {
  ...BY_NATIONALITY,
  fileId: 'inadmisiones',
  header: ['DIA', 'ESTADO / O.R.', 'NACIONALIDAD', 'INADMITIDOS'],
  counts: [3],
  cells: [{ dataset: DATASET.inadmissions, column: 3 }],
};

export const DAILY_TABLES: DailyTable[] = [PRESENTADOS, RESCATADOS, CANALIZADOS, RETORNADOS, MEXICANOS, EXTRANJEROS, INADMISIONES];
