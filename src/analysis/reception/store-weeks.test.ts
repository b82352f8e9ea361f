/**
 * Which planned weeks INM's files answer (a replay of what it recorded) and which the forecast
 * does; a start before the data, or weeks past what the forecast covers, are refused with an
 * error in English and Spanish that says which start would work.
 */
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../errors.js';
import { OUTLOOK_WEEKS, storeWeeks, type WeeksRefusal } from './store-weeks.js';
import { addDays } from './scenario-file.js';

// The store's INM files: 1 October 2024 (a Tuesday) to 25 May 2026 (a Monday).
const dataWeeks = Array.from({ length: 85 }, (_, i) => addDays('2024-10-07', 7 * i));
const base = { dataWeeks, firstDay: '2024-10-01', lastDay: '2026-05-25', level: 'central' as const, window: 8 };
const weeksFrom = (monday: string, n: number) => Array.from({ length: n }, (_, i) => addDays(monday, 7 * i));
const refused = (f: () => unknown): UsageError => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return e as UsageError;
  }
  throw new Error('not refused');
};

describe('planned weeks from the store', () => {
  it('the data hold complete weeks 2024-10-07 to 2026-05-18', () => {
    expect(dataWeeks.at(-1)).toBe('2026-05-18');
  });

  it('the default start, the week after the data: every week forecast, 1 to 12 weeks ahead', () => {
    expect(storeWeeks({ ...base, planned: weeksFrom('2026-05-25', 12) })).toEqual({ replay: [], forecast: weeksFrom('2026-05-25', 12), ahead: [1, 12], outlookUntil: '2026-11-16' });
  });

  it('a start inside the data replays the weeks INM recorded, and forecasts only the weeks after them', () => {
    expect(storeWeeks({ ...base, planned: weeksFrom('2025-06-02', 12) })).toEqual({ replay: weeksFrom('2025-06-02', 12), forecast: [], ahead: null, outlookUntil: '2026-11-16' });
    expect(storeWeeks({ ...base, planned: weeksFrom('2026-05-04', 12) })).toEqual({ replay: ['2026-05-04', '2026-05-11', '2026-05-18'], forecast: weeksFrom('2026-05-25', 9), ahead: [1, 9], outlookUntil: '2026-11-16' });
  });

  it('a start before the data is refused, saying which starts work', () => {
    const e = refused(() => storeWeeks({ ...base, planned: weeksFrom('2020-01-06', 4), start: '2020-01-06' }));
    expect(e.message).toBe(
      "no arrivals for the start 2020-01-06: INM's daily files in the store begin on 2024-10-01, so the first complete week they hold is the week of 2024-10-07. " +
        "Give a start (--start, or start= in the API) from 2024-10-07 to 2026-05-18 to replay weeks INM recorded, or from 2026-05-25 on (the default) to plan with the forecast; or plan a scenario's arrivals (--scenario NAME or scenario=NAME, or --scenario-file FILE).",
    );
    expect(e.es).toBe(
      'no hay llegadas para el inicio 2020-01-06: los archivos diarios del INM en el almacén empiezan el 2024-10-01, así que la primera semana completa que tienen es la del 2024-10-07. ' +
        'Dé un inicio (--start, o start= en la API) del 2024-10-07 al 2026-05-18 para repetir semanas que el INM registró, o del 2026-05-25 en adelante (el valor por omisión) para planear con el pronóstico; o planee las llegadas de un escenario (--scenario NOMBRE o scenario=NOMBRE, o --scenario-file ARCHIVO).',
    );
    // The same refusal as facts, for a face that words it itself (the API's 400 `facts`, the dashboard).
    expect(e.facts).toEqual({
      kind: 'before-data',
      start: '2020-01-06',
      firstPlanned: '2020-01-06',
      lastPlanned: '2020-01-27',
      weeks: 4,
      firstDay: '2024-10-01',
      lastDay: '2026-05-25',
      firstDataWeek: '2024-10-07',
      lastDataWeek: '2026-05-18',
      nextWeek: '2026-05-25',
      outlookUntil: '2026-11-16',
      latestStart: '2026-10-26',
      window: 8,
      outlookWeeks: 26,
    } satisfies WeeksRefusal);
    // The partial first week (the files start on its Tuesday) is before the data too.
    expect(() => storeWeeks({ ...base, planned: weeksFrom('2024-09-30', 2), start: '2024-10-01' })).toThrow(/the start 2024-10-01, whose week begins on Monday 2024-09-30/);
  });

  it(`weeks past the ${OUTLOOK_WEEKS} weeks after the data are refused, naming the latest start`, () => {
    const e = refused(() => storeWeeks({ ...base, planned: weeksFrom('2029-12-31', 12), start: '2030-01-01' }));
    expect(e.message).toBe(
      "the 12 planned weeks from the start 2030-01-01, whose week begins on Monday 2029-12-31, up to the week of 2030-03-18, go past what the forecast covers: INM's data end with the week of 2026-05-18 (last day 2026-05-25), " +
        'and the forecast, the mean of their last 8 weeks held flat, is used for at most 26 weeks after them (2026-05-25 to 2026-11-16). ' +
        'Give a start (--start, or start= in the API) no later than 2026-08-31 for 12 weeks, load newer INM files ("corridor ingest --only inm-ianami"), or plan a scenario\'s arrivals (--scenario NAME or scenario=NAME, or --scenario-file FILE).',
    );
    expect(e.es).toBe(
      'las 12 semanas planeadas desde el inicio 2030-01-01, cuya semana empieza el lunes 2029-12-31, hasta la semana del 2030-03-18, van más allá de lo que cubre el pronóstico: los datos del INM terminan con la semana del 2026-05-18 (último día 2026-05-25), ' +
        'y el pronóstico, la media de sus últimas 8 semanas mantenida constante, se usa a lo más 26 semanas después de ellos (del 2026-05-25 al 2026-11-16). ' +
        'Dé un inicio (--start, o start= en la API) no posterior al 2026-08-31 para 12 semanas, cargue archivos más nuevos del INM ("corridor ingest --only inm-ianami"), o planee las llegadas de un escenario (--scenario NOMBRE o scenario=NOMBRE, o --scenario-file ARCHIVO).',
    );
    expect(e.facts).toEqual({
      kind: 'past-outlook',
      start: '2030-01-01',
      firstPlanned: '2029-12-31',
      lastPlanned: '2030-03-18',
      weeks: 12,
      firstDay: '2024-10-01',
      lastDay: '2026-05-25',
      firstDataWeek: '2024-10-07',
      lastDataWeek: '2026-05-18',
      nextWeek: '2026-05-25',
      outlookUntil: '2026-11-16',
      latestStart: '2026-08-31',
      window: 8,
      outlookWeeks: 26,
    } satisfies WeeksRefusal);
    // Without a start given, the asked start is the first planned week; the latest start is the last week the forecast covers for one week.
    expect(refused(() => storeWeeks({ ...base, planned: weeksFrom('2026-11-23', 1) })).facts).toMatchObject({ kind: 'past-outlook', start: '2026-11-23', weeks: 1, latestStart: '2026-11-16' });
    // The edge: the 26th week after the data is the last one planned.
    expect(storeWeeks({ ...base, planned: weeksFrom('2026-11-16', 1) }).ahead).toEqual([26, 26]);
    expect(storeWeeks({ ...base, planned: weeksFrom('2026-05-25', 26) }).ahead).toEqual([1, 26]);
    expect(() => storeWeeks({ ...base, planned: weeksFrom('2026-11-16', 2) })).toThrow(/no later than 2026-11-09 for 2 weeks/);
  });

  it('--level high with every week a replay is refused (it would change nothing), in both languages', () => {
    const e = refused(() => storeWeeks({ ...base, level: 'high', planned: weeksFrom('2025-06-02', 2) }));
    expect(e.message).toMatch(/^--level high \(level=high\) plans for the forecast's 80% upper bound, but every planned week \(2025-06-02 to 2025-06-09\) is in INM's data/);
    expect(e.facts).toBeUndefined();
    expect(e.es).toMatch(/^--level high \(level=high\) planea para el límite superior de 80% del pronóstico, pero todas las semanas planeadas \(del 2025-06-02 al 2025-06-09\)/);
    expect(storeWeeks({ ...base, level: 'high', planned: weeksFrom('2026-05-18', 2) }).forecast).toEqual(['2026-05-25']);
  });
});
