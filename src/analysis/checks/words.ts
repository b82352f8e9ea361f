/**
 * How a check's summary says its figures, in English and Spanish: a period in words at its
 * grain ("June 2000", "FY2022", not "2021-10-01", which read as a day of October for a fiscal
 * year), numbers with thousands separators and a sign for a difference. The figures
 * themselves stay as numbers and ISO periods in `figures` (the API, the dashboard).
 */
import { periodWords, type Bilingual } from '../../model/index.js';
import type { SeriesRequest } from '../../store/query/plan.js';

/** The grain a check's request reads its periods at. */
export const grainOf = (req: SeriesRequest): 'month' | 'fy' | 'cy' => req.grain ?? 'month';

export const periodSaid = (period: string, req: SeriesRequest): Bilingual => periodWords(period, grainOf(req));

/** "in June 2000" / "en junio de 2000"; "in FY2018" / "en el año fiscal 2018". */
export function inPeriod(period: string, req: SeriesRequest): Bilingual {
  const w = periodSaid(period, req);
  return { en: `in ${w.en}`, es: grainOf(req) === 'month' ? `en ${w.es}` : `en el ${w.es}` };
}

/** A count: "1,150" in both languages (Mexican Spanish writes thousands with commas, as the rest of corridor does). */
export const count = (n: number): string => n.toLocaleString('en-US');

/** A difference with its sign: "+1,150", "-11,233", "0". */
export const signed = (n: number): string => `${n > 0 ? '+' : ''}${count(n)}`;
