import { describe, expect, it } from 'vitest';
import type { Plan } from './reception-data';
import { inmChoices, inmWeeks, refusalChoices, refusalText, startWeeks, weeksRefusal } from './reception-weeks';

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

describe('weeks the API refuses, in the page\'s words', () => {
  // store-weeks.ts's facts on the mirror for start=2030-01-01 (a Tuesday), 12 weeks.
  const past = { kind: 'past-outlook', start: '2030-01-01', firstPlanned: '2029-12-31', lastPlanned: '2030-03-18', weeks: 12, firstDay: '2024-10-01', lastDay: '2026-05-25', firstDataWeek: '2024-10-07', lastDataWeek: '2026-05-18', nextWeek: '2026-05-25', outlookUntil: '2026-11-16', latestStart: '2026-08-31', window: 8, outlookWeeks: 26 };

  it('says what was asked, why not and which weeks can be planned, dates in words, no command-line flag', () => {
    const f = weeksRefusal(past)!;
    const es = refusalText(f, 'es');
    expect(es).toBe(
      'Este plan no se puede hacer. Pidió 12 semanas desde el 1 de enero de 2030 (la semana del lunes 31 de diciembre de 2029), hasta la semana del 18 de marzo de 2030, ' +
        'pero el pronóstico cubre solo las 26 semanas posteriores a los datos del INM, que terminan con la semana del 18 de mayo de 2026: hasta la semana del 16 de noviembre de 2026. ' +
        'Para 12 semanas, elija un inicio no posterior al 31 de agosto de 2026 en «Desde la semana del», planee menos semanas en «Semanas a planear» o vuelva a las semanas posteriores a los datos; las llegadas de un escenario («Llegadas») llegan más lejos.',
    );
    const before = weeksRefusal({ ...past, kind: 'before-data', start: '2020-01-06', firstPlanned: '2020-01-06', lastPlanned: '2020-01-06', weeks: 1, latestStart: '2026-11-16' })!;
    expect(refusalText(before, 'en')).toBe(
      "This plan cannot be made. You asked for 1 week from 6 January 2020, but INM's daily files begin on 1 October 2024: there are no arrivals to plan before the week of 7 October 2024. " +
        'The weeks of 7 October 2024 to 18 May 2026 replay what INM recorded, and from the week of 25 May 2026 on the forecast plans them. Pick a start from 7 October 2024 to 16 November 2026 in "From the week of", or go back to the weeks after the data.',
    );
    for (const text of [es, refusalText(f, 'en'), refusalText(before, 'es')]) expect(text).not.toMatch(/--|start=|corridor|\d{4}-\d{2}-\d{2}/);
  });

  it('offers the starts that fit, and reads only facts it can word', () => {
    const { starts } = refusalChoices(weeksRefusal(past)!);
    expect([starts[0], starts.at(-1), starts.length]).toEqual(['2024-10-07', '2026-08-31', 100]);
    expect(weeksRefusal(undefined)).toBeNull();
    expect(weeksRefusal({ ...past, kind: 'other' })).toBeNull();
    expect(weeksRefusal({ ...past, latestStart: 'soon' })).toBeNull();
    expect(weeksRefusal({ ...past, weeks: '12' })).toBeNull();
  });
});
