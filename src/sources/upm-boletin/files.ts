/**
 * The six workbooks: Cuadro 3.1 (presentados) and Cuadro 1.2 (regular entries) for
 * 2019, 2020 and January-July 2021, each one sheet by state and month.
 */
import type { SourceFile } from '../types.js';
import type { StateMonthTable } from './state-month-sheet.js';

export const SOURCE_ID = 'upm-boletin';
export const DATASET = {
  presentados: 'upm-boletin/presentados-by-state',
  entries: 'upm-boletin/regular-entries-by-state',
} as const;

// The commit the mirror was taken from; the repository keeps the files under other names.
const RAW = 'https://raw.githubusercontent.com/FelipeSaNa/despliegue-guardia-nacional/fe94c09c7b18d902164b61eaa14409912c3b398b/data/raw';
const MIRROR = 'mx/upm_fsn_guardia_nacional';

export interface BoletinFile extends SourceFile, StateMonthTable {
  sheet: string;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const YEARS: [number, number[]][] = [[2019, range(1, 12)], [2020, range(1, 12)], [2021, range(1, 7)]];

export const FILES: BoletinFile[] = YEARS.flatMap(([year, months]) => [
  {
    id: `presentados-${year}`,
    mirrorPath: `${MIRROR}/upm_cuadro3_1_presentados_por_entidad_${year}.xlsx`,
    url: `${RAW}/extranjeros_estacion_${year}.xlsx`,
    sheet: 'Cuadro 3.1',
    dataset: DATASET.presentados,
    year,
    months,
  },
  {
    id: `entradas-${year}`,
    mirrorPath: `${MIRROR}/upm_cuadro1_2_entradas_regulares_por_entidad_${year}.xlsx`,
    url: `${RAW}/entradas_regulares_${year}.xlsx`,
    sheet: 'Cuadro 1.2',
    dataset: DATASET.entries,
    year,
    months,
    notApplicable: '-',
  },
]);
