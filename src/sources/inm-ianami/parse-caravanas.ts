/**
 * The two caravan files. Caravanas_2019_2026.csv: one row per caravan, its approximate
 * starting size by day and state of departure (names go to the table notes; the
 * columns about documents and nationalities are not read). Caravanas_periodoCS.csv: the
 * caravans since October 2024, counted by day and state of departure.
 */
import { InputError, shown } from '../../errors.js';
import { parseCount } from '../read/cells.js';
import { Seen } from '../read/seen.js';
import { observation, type Observation, type ParseContext } from '../types.js';
import { Cells } from './cells.js';
import { DATASET } from './datasets.js';
import { parseDay, parseSpanishDay } from './days.js';
import { stateCode } from './labels.js';
import { readTable } from './read-table.js';

export const CARAVAN_HEADER = [
  'Año', 'DIA', 'Estado de Partida', 'Lugar de Partida', 'Nombre de la Caravana', 'Estado de Disolución', 'Lugar de Disolución',
  'Personas que Aproximadamente Incian la movilización', 'Personas Rescatadas', 'Personas Documentadas',
  'Personas Trasladadas a Oficinas distintas al origen', 'Tipo de Documento o Procedimiento', 'TVRH', 'PAM', 'FMM', 'CITA COMAR',
  'Documentos Provisionales y Oficios de Salida', 'Honduras', 'El Salvador', 'Guatemala', 'Nicaragua', 'Haití',
  'República Bolivariana de Venezuela', 'Cuba', 'República Dominicana', 'República Federal Democrática de Nepal', 'Ecuador',
  'Colombia', 'Estado Plurinacional de Bolivia', 'Senegal', 'Perú', 'Chile', 'Brasil', 'Pakistán', 'Ghana', 'Costa Rica',
  'Nigeria', 'Camerún', 'Etiopia', 'Bangladesh', 'India',
];
const [YEAR, DAY, STATE] = [0, 1, 2];
const SIZE = 7;

export async function parseCaravanas(ctx: ParseContext): Promise<Observation[]> {
  const t = await readTable(ctx, { fileId: 'caravanas', header: CARAVAN_HEADER });
  const caravans = new Seen('caravan per day and state of departure');
  return t.rows.map((row, i) => {
    const period = parseDay(row[DAY], t.at(i, DAY));
    if ((row[YEAR] ?? '').trim() !== period.slice(0, 4)) {
      throw new InputError(t.at(i, YEAR), `the year of DIA, ${period.slice(0, 4)}`, shown(row[YEAR]), 'inconsistent year');
    }
    const geography = stateCode(row[STATE], t.at(i, STATE));
    caravans.claim(`${period}|${geography}`, () => `${row[DAY]}, ${row[STATE]}`, t.at(i, DAY));
    return observation(DATASET.caravans, period, parseCount(row[SIZE], t.at(i, SIZE), { blank: 'null' }), { geography }, t.at(i, SIZE));
  });
}

export const LIST_HEADER = ['No', 'Fecha', 'Lugar de partida'];

export async function parseCaravanList(ctx: ParseContext): Promise<Observation[]> {
  const t = await readTable(ctx, { fileId: 'caravanasCs', header: LIST_HEADER });
  const cells = new Cells();
  t.rows.forEach((row, i) => {
    if ((row[0] ?? '').trim() !== String(i + 1)) throw new InputError(t.at(i, 0), `caravan number ${i + 1}`, shown(row[0]), 'caravans out of sequence');
    const period = parseSpanishDay(row[1], t.at(i, 1));
    // "Tapachula, Chiapas": the place, then its state.
    const state = (row[2] ?? '').split(',').at(-1) ?? null;
    cells.add(observation(DATASET.caravanList, period, 1, { geography: stateCode(state, t.at(i, 2)) }, t.at(i, 1)));
  });
  return cells.observations();
}
