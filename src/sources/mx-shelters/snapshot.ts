/**
 * When the shelter figures were taken. The file carries no date, and the manifest says
 * only "2025 snapshot". corridor would date it by the commit of the repository it was
 * copied from (cat_albergues.csv at c6ab3351db9809778fe7bfd01dcafcada3c36bf2 in
 * github.com/Slighting6322/replica_tablero_repatriados), but that commit's date could
 * not be read where this adapter was written (no network; the stored copy of the
 * repository keeps no commit dates). Rather than invent a day, the figures are dated by
 * what is documented, the year 2025. With the commit date known, this becomes
 * { grain: 'day', period: 'YYYY-MM-DD' } and the notes in describe.ts say which day.
 */
import type { Grain } from '../types.js';

export const SNAPSHOT: { grain: Grain; period: string; en: string; es: string } = {
  grain: 'cy',
  period: '2025-01-01',
  en: 'The file carries no date: the figures are a snapshot taken in 2025 (the day is not known), stored as calendar year 2025.',
  es: 'El archivo no trae fecha: las cifras son una instantánea tomada en 2025 (se desconoce el día), guardada como año calendario 2025.',
};
