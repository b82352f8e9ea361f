import { describe, expect, it } from 'vitest';
import type { Plan } from './reception-data';
import { inmChoices, inmWeeks, startWeeks } from './reception-weeks';

/** A plan from INM as the API writes its `arrivals` assumption (the mirror's: files from Tuesday 1 October 2024, 85 complete weeks, the forecast held to the week of 16 November 2026). */
const planOf = (weeks: string[], value: unknown = { firstDay: '2024-10-01', lastDay: '2026-05-25', weeksOfData: 85, outlookUntil: '2026-11-16' }) => ({ weeks, assumptions: [{ id: 'arrivals', basis: 'data', text: '', value }] }) as unknown as Plan;
const weeksFrom = (start: string, n: number) => Array.from({ length: n }, (_, i) => new Date(Date.parse(`${start}T00:00:00Z`) + i * 7 * 86_400_000).toISOString().slice(0, 10));

describe("the Reception page's planned weeks from INM", () => {
  it("reads INM's weeks as the API counts them: the first Monday on or after the first day, its complete weeks, the last week its forecast covers", () => {
    // store-weeks.ts on the mirror: complete weeks 2024-10-07 to 2026-05-18, the forecast to 2026-11-16.
    expect(inmWeeks(planOf(weeksFrom('2026-05-25', 12)))).toEqual({ first: '2024-10-07', last: '2026-05-18', limit: '2026-11-16' });
    // Files starting on a Monday start with that week.
    expect(inmWeeks(planOf([], { firstDay: '2024-10-07', weeksOfData: 2, outlookUntil: '2025-04-14' }))).toEqual({ first: '2024-10-07', last: '2024-10-14', limit: '2025-04-14' });
    expect(inmWeeks(planOf([], { firstDay: 'soon', weeksOfData: 2, outlookUntil: '2025-04-14' }))).toBeNull();
    // A server that does not say how far its forecast goes: no range.
    expect(inmWeeks(planOf([], { firstDay: '2024-10-07', weeksOfData: 2 }))).toBeNull();
    expect(inmWeeks(planOf([], null))).toBeNull();
  });

  it('offers the starts whose weeks the API plans (the latest as its refusal names it), and the numbers of weeks that fit from the start shown', () => {
    const twelve = inmChoices(planOf(weeksFrom('2026-05-25', 12)));
    expect([twelve.starts[0], twelve.starts.at(-1), twelve.starts.length]).toEqual(['2024-10-07', '2026-08-31', 100]);
    expect(twelve.maxWeeks).toBe(26);
    // A late start: only the weeks left before the forecast ends.
    expect(inmChoices(planOf(weeksFrom('2026-11-02', 2))).maxWeeks).toBe(3);
    expect(inmChoices(planOf(weeksFrom('2026-11-16', 1)))).toMatchObject({ maxWeeks: 1 });
    // Without a plan (refused) or a range: no start offered, every number of weeks.
    expect(inmChoices(null)).toEqual({ starts: [], maxWeeks: 26 });
  });

  it("offers a scenario's starts within its simulated months, as before", () => {
    const starts = startWeeks(['2021-04', '2021-05']);
    expect([starts[0], starts.at(-1), starts.length]).toEqual(['2021-04-05', '2021-05-31', 9]);
  });
});
