/**
 * The three Guardia Nacional workbooks: one sheet "Hoja1" by state and month,
 * July-December 2019, 2020, January-July 2021.
 */
import type { SourceFile } from '../types.js';
import type { StateMonthTable } from '../upm-boletin/state-month-sheet.js';

export const SOURCE_ID = 'gn-despliegue';
export const DATASET = 'gn-despliegue/deployed-by-state';
export const SHEET = 'Hoja1';

// The commit the mirror was taken from; the repository keeps the files as guardia_<year>.xlsx.
const RAW = 'https://raw.githubusercontent.com/FelipeSaNa/despliegue-guardia-nacional/fe94c09c7b18d902164b61eaa14409912c3b398b/data/raw';

export type GnFile = SourceFile & StateMonthTable;

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const YEARS: [number, number[]][] = [[2019, range(7, 12)], [2020, range(1, 12)], [2021, range(1, 7)]];

export const FILES: GnFile[] = YEARS.map(([year, months]) => ({
  id: `despliegue-${year}`,
  mirrorPath: `mx/upm_fsn_guardia_nacional/guardia_nacional_despliegue_por_entidad_${year}.xlsx`,
  url: `${RAW}/guardia_${year}.xlsx`,
  dataset: DATASET,
  year,
  months,
}));
