/**
 * The other timeline events that fall in an estimate's window (from the first month fitted
 * to the last month estimated). They are listed beside the estimate, never subtracted from
 * it: the estimate is the change after the event's date, whatever caused it.
 */
import { filterEvents } from '../events/filter.js';
import type { PolicyEvent } from '../events/schema.js';
import { showMonth } from './months.js';
import type { OverlappingEvent } from './types.js';

export function overlappingEvents(events: PolicyEvent[], event: PolicyEvent, window: { from: string; to: string }): OverlappingEvent[] {
  const eventMonth = showMonth(event.date);
  return filterEvents(events, { from: showMonth(window.from), to: showMonth(window.to) })
    .filter((e) => e.id !== event.id)
    .map((e) => {
      const month = showMonth(e.date);
      const position: OverlappingEvent['position'] =
        e.date < window.from ? 'in-force' : month < eventMonth ? 'pre-period' : month === eventMonth ? 'event-month' : 'post-period';
      return {
        id: e.id,
        date: e.date,
        endDate: e.endDate,
        title: e.title,
        position,
        related: event.related.includes(e.id) || e.related.includes(event.id),
      };
    });
}

export const POSITION_LABELS: Record<OverlappingEvent['position'], { en: string; es: string }> = {
  'in-force': { en: 'in force since before the window', es: 'vigente desde antes de la ventana' },
  'pre-period': { en: 'in the months fitted', es: 'en los meses ajustados' },
  'event-month': { en: 'in the month of the event', es: 'en el mes del evento' },
  'post-period': { en: 'in the months estimated', es: 'en los meses estimados' },
};
