/**
 * The Reception page's week-by-week chart of one city, in two panels on one time axis: people
 * (arriving, and without a place) on a scale set by them, and beds (the beds of the city's
 * sites and the average in use) on their own, so that 160 arrivals do not lie flat under
 * 2,500 beds. The time axis is ticked on the plan's weeks (their Mondays, where the points
 * are), thinned to fit, each named by its day and month, the year under the first and where
 * it changes.
 */
import * as Plot from '@observablehq/plot';
import { axisNumber, clean, PALETTE } from '../charts/plot';
import { dateOf, num, periodText } from '../format';
import type { Lang } from '../types';
import { cityWeeks, weekText, type CityWeek, type Plan } from './reception-data';
import { w } from './reception-words';

export const COLOUR = { arrivals: PALETTE[0], beds: PALETTE[7], occupied: PALETTE[2], unmet: PALETTE[5] };

/** The weeks that get a tick: every k-th Monday of the plan, so that labels of about 52 px never overlap. */
export function weekTicks(weeks: string[], width: number, perLabel = 52): string[] {
  const k = Math.max(1, Math.ceil((weeks.length * perLabel) / Math.max(120, width - 70)));
  return weeks.filter((_, i) => i % k === 0);
}

/** "25 May" (the year under the first tick and where the year changes): each tick names its own week. */
export function weekTickText(lang: Lang): (d: Date, i: number, ticks?: Date[]) => string {
  return (d, i, ticks = [d]) => {
    const [month, year] = periodText(d.toISOString().slice(0, 10), 'month', lang).split(' ');
    const previous = ticks[i - 1];
    return `${d.getUTCDate()} ${month}${previous && previous.getUTCFullYear() === d.getUTCFullYear() ? '' : `\n${year}`}`;
  };
}

interface Row extends CityWeek {
  x: Date;
  title: string;
}

function panel(rows: Row[], ticks: Date[], lang: Lang, width: number, label: string, marks: Plot.Markish[]): Element {
  return clean(
    Plot.plot({
      width,
      height: Math.min(200, Math.max(150, width * 0.3)),
      marginLeft: 56,
      marginRight: 16,
      marginTop: 22,
      x: { type: 'utc', label: null, ticks, tickFormat: weekTickText(lang), domain: [rows[0].x, new Date(rows.at(-1)!.x.getTime() + 7 * 864e5)] },
      y: { grid: true, label: null, tickFormat: axisNumber(lang), nice: true, zero: true, ticks: 4 },
      marks: [Plot.text([label], { frameAnchor: 'top-left', dy: -14, dx: -48, textAnchor: 'start', fontWeight: 600, fill: '#333', fontSize: 11 }), ...marks],
    }),
  );
}

/** The two panels of `city`'s chart: people, then beds. */
export function cityPlots(plan: Plan, city: string, lang: Lang, width: number): Element[] {
  const rows: Row[] = cityWeeks(plan, city).map((r) => ({
    ...r,
    x: dateOf(r.week),
    title: [weekText(r.week, lang), `${w(lang, 'arrivals')}: ${num(r.arrivals, lang)}`, `${w(lang, 'unmet')}: ${num(r.unmet, lang)}`, `${w(lang, 'beds')}: ${num(r.beds, lang)}`, `${w(lang, 'occupied')}: ${num(r.occupied, lang)}`].join('\n'),
  }));
  if (!rows.length) return [];
  const ticks = weekTicks(plan.weeks, width).map(dateOf);
  // Each week's bar spans its week (Monday to Sunday); the lines join the Mondays.
  const end = (d: { x: Date }) => new Date(d.x.getTime() + 6 * 864e5);
  const people = panel(rows, ticks, lang, width, w(lang, 'panelPeople'), [
    Plot.rectY(rows, { x1: 'x', x2: end, y: 'unmet', fill: COLOUR.unmet, fillOpacity: 0.7, className: 'reception-unmet' }),
    Plot.lineY(rows, { x: 'x', y: 'arrivals', stroke: COLOUR.arrivals, strokeWidth: 2.2, className: 'reception-arrivals' }),
    Plot.dot(rows, { x: 'x', y: 'arrivals', fill: COLOUR.arrivals, r: 2.4, title: 'title' }),
  ]);
  const beds = panel(rows, ticks, lang, width, w(lang, 'panelBeds'), [
    Plot.lineY(rows, { x: 'x', y: 'beds', stroke: COLOUR.beds, strokeWidth: 1.8, strokeDasharray: '5,3', className: 'reception-beds' }),
    Plot.lineY(rows, { x: 'x', y: 'occupied', stroke: COLOUR.occupied, strokeWidth: 2, className: 'reception-occupied' }),
    Plot.dot(rows, { x: 'x', y: 'occupied', fill: COLOUR.occupied, r: 2, title: 'title' }),
  ]);
  return [people, beds];
}
