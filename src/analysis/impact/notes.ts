/**
 * The caveats an estimate carries, in English and Spanish: months left out, an event that
 * took effect during its month, a change of source inside the window, a short post-period,
 * other events in the window.
 */
import { dayWords, monthRangeWords, monthWords } from '../../model/index.js';
import type { PolicyEvent } from '../events/schema.js';
import { showMonth } from './months.js';
import type { Bilingual, ImpactResult, MonthlySeries } from './types.js';

export function eventMonthNote(event: PolicyEvent): Bilingual | undefined {
  const m = monthWords(event.date);
  if (event.datePrecision === 'month') {
    return { en: `Only the month of the event is established: ${m.en} counts as the first month after it.`, es: `Solo se conoce el mes del evento: ${m.es} cuenta como el primer mes posterior.` };
  }
  if (event.date.endsWith('-01')) return undefined;
  const d = dayWords(event.date);
  return {
    en: `The event took effect on ${d.en}: ${m.en} is partly before it and counts as the first month after.`,
    es: `El evento entró en vigor el ${d.es}: ${m.es} es en parte anterior y cuenta como el primer mes posterior.`,
  };
}

export function excludedNote(excluded: MonthlySeries['excluded'], which: Bilingual): Bilingual | undefined {
  if (excluded.length === 0) return undefined;
  const list = excluded.map((e) => `${monthWords(e.period).en} (${e.reason === 'incomplete' ? 'incomplete' : 'missing'})`).join(', ');
  const listEs = excluded.map((e) => `${monthWords(e.period).es} (${e.reason === 'incomplete' ? 'incompleto' : 'sin dato'})`).join(', ');
  return {
    en: `Months of the ${which.en} series left out of fitting and comparison: ${list}.`,
    es: `Meses de la serie ${which.es} que no se usan para ajustar ni comparar: ${listEs}.`,
  };
}

export function shortPostNote(months: number, wanted: number, next: string | undefined): Bilingual | undefined {
  if (months >= wanted) return undefined;
  const why = next ? { en: `${monthWords(next).en} has no complete figure`, es: `${monthWords(next).es} no tiene cifra completa` } : { en: 'the series ends', es: 'la serie termina' };
  return {
    en: `Only ${months} of the ${wanted} months asked for after the event are estimated: ${why.en}.`,
    es: `Solo se estiman ${months} de los ${wanted} meses pedidos después del evento: ${why.es}.`,
  };
}

export function sourcesNote(sources: ImpactResult['sources']): Bilingual | undefined {
  const datasets = new Set(sources.map((s) => `${s.series}|${s.dataset}`));
  const perSeries = new Set(sources.map((s) => s.series));
  if (datasets.size <= perSeries.size) return undefined;
  // Each table's months in words ("ohss-monthly/encounters-type-region March 2017 to September 2019").
  const list = (lang: 'en' | 'es') => sources.map((s) => `${s.dataset} ${monthRangeWords(showMonth(s.from), showMonth(s.to))[lang]}`).join('; ');
  return {
    en: `The window mixes tables (${list('en')}): a change of source or table can look like an effect.`,
    es: `La ventana combina tablas (${list('es')}): un cambio de fuente o de tabla puede parecer un efecto.`,
  };
}

export function overlapNote(event: PolicyEvent, count: number): Bilingual | undefined {
  if (count === 0) return undefined;
  const d = dayWords(event.date);
  return {
    en: `Not attributed to this event alone: the estimate is how the series departed from its pre-event path from ${d.en}, whatever the cause; ${count} other timeline event${count === 1 ? '' : 's'} fall${count === 1 ? 's' : ''} in the window (listed).`,
    es: `No se atribuye solo a este evento: la estimación es cuánto se apartó la serie de su trayectoria previa desde el ${d.es}, sea cual sea la causa; ${count === 1 ? 'otro evento' : `otros ${count} eventos`} de la cronología ${count === 1 ? 'cae' : 'caen'} en la ventana (listados).`,
  };
}

export const LEVEL_SCALE_NOTE: Bilingual = {
  en: 'The series has months at zero, so the model was fitted to the values themselves, not their logarithm.',
  es: 'La serie tiene meses en cero, así que el modelo se ajustó a los valores mismos, no a su logaritmo.',
};
