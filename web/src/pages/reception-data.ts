/**
 * The reception plan as the page reads it (type derived from the API's zod schema, type-only)
 * and the sums the page shows: per city and week, and the plan as one CSV table.
 */
import type { z } from 'zod';
import type { PlanSchema } from '../../../src/api/routes/reception.js';
import type { Table } from '../charts/download';
import { monthLong, num, periodText } from '../format';
import type { Lang } from '../types';

export type Plan = z.infer<typeof PlanSchema>;

export interface CityWeek {
  week: string;
  arrivals: number;
  beds: number;
  occupied: number;
  unmet: number;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** A week by its Monday: "25 May 2026" / "25 may 2026". */
export const weekText = (week: string, lang: Lang) => `${Number(week.slice(8, 10))} ${periodText(week, 'month', lang)}`;

/**
 * A solve time as a reader takes it in: seconds to a sensible precision ("0.03 s", "0.36 s",
 * "1.3 s", "12 s"), and "less than 0.01 s" below that (was "0 s" for 0.03 s).
 */
export function secondsText(seconds: number, lang: Lang): string {
  if (!(seconds >= 0.005)) return lang === 'es' ? 'menos de 0.01 s' : 'less than 0.01 s';
  const digits = seconds >= 10 ? 0 : seconds >= 1 ? 1 : 2;
  return `${num(seconds, lang, digits)} s`;
}

/** A day in words: "31 August 2026" / "31 de agosto de 2026". */
export const dayLong = (d: string, lang: Lang) => `${Number(d.slice(8, 10))}${lang === 'es' ? ' de' : ''} ${monthLong(d.slice(0, 7), lang)}`;

/** How a city stands in a week, most urgent first: people without a place, beds (nearly) full, beds free, no site in the city. */
export type Status = 'short' | 'full' | 'room' | 'none';
/** Share of a city's beds in use from which it counts as full (an editable display threshold, said in the legend). */
export const FULL_SHARE = 0.9;
export function statusOf(r: CityWeek): Status {
  if (r.unmet > 0) return 'short';
  if (r.beds <= 0) return 'none';
  return r.occupied >= FULL_SHARE * r.beds ? 'full' : 'room';
}

/** Arrivals, beds, beds in use and unmet need of one city, week by week. */
export function cityWeeks(plan: Plan, city: string): CityWeek[] {
  const sites = plan.sites.filter((s) => s.city === city);
  return plan.weeks.map((week, i) => ({
    week,
    arrivals: sum(plan.arrivals.filter((a) => a.city === city && a.week === week).map((a) => a.people)),
    beds: sum(sites.map((s) => s.capacity[i] ?? 0)),
    occupied: sum(sites.map((s) => s.occupancy[i] ?? 0)),
    unmet: sum(plan.unmet.filter((u) => u.city === city && u.week === week).map((u) => u.people)),
  }));
}

/** The plan by week, city and kind: people arriving, placed and without a place. */
export function planTable(plan: Plan): Table {
  const rows: (string | number | null)[][] = [];
  const names = new Map(plan.cities.map((c) => [c.code, c.name]));
  const kinds = new Map(plan.kinds.map((k) => [k.id, k.label]));
  for (const week of plan.weeks)
    for (const c of plan.cities)
      for (const k of plan.kinds) {
        const arriving = sum(plan.arrivals.filter((a) => a.week === week && a.city === c.code && a.kind === k.id).map((a) => a.people));
        const placed = sum(plan.assignments.filter((a) => a.week === week && a.city === c.code && a.kind === k.id).map((a) => a.people));
        const unmet = sum(plan.unmet.filter((u) => u.week === week && u.city === c.code && u.kind === k.id).map((u) => u.people));
        if (arriving || placed || unmet) rows.push([week, c.code, names.get(c.code) ?? c.code, k.id, kinds.get(k.id) ?? k.id, arriving, placed, unmet]);
      }
  return { columns: ['week', 'city', 'city_name', 'kind', 'kind_label', 'arriving_people', 'placed_people', 'unmet_people'], rows };
}
