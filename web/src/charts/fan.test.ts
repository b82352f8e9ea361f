/**
 * The forecast fan's data: where the forecast starts from nowcast months, the fan starts from the
 * last one's interval (the nowcasts' own error), and each nowcast dot carries its interval.
 */
import { describe, expect, it } from 'vitest';
import { fanData, nowcastData } from './fan';
import type { SeriesForecast } from '../forecast';

const month = (period: string, mean: number) => ({ period: `${period}-01`, period_label: period, mean, lower80: mean - 10, upper80: mean + 10, lower95: mean - 20, upper95: mean + 20 });
const forecast = (nowcast: boolean) =>
  ({
    last: { period: '2026-05-01', value: 100, nowcast },
    months: [month('2026-06', 110), month('2026-07', 120)],
    card: {
      nowcast: nowcast
        ? {
            months: [
              { period: '2026-04', value: 90, days: 30, blank: [], share: 1, intervals: [] },
              { period: '2026-05', value: 100, days: 12, blank: [], share: 0.4, intervals: [{ level: 80, lower: 92, upper: 109 }, { level: 95, lower: 88, upper: 115 }] },
            ],
          }
        : null,
    },
  }) as unknown as SeriesForecast;

describe('the forecast fan', () => {
  it('starts from the last nowcast month’s interval', () => {
    const [start] = fanData(forecast(true), 'X', 'en');
    expect(start).toMatchObject({ mean: 100, lower80: 92, upper80: 109, lower95: 88, upper95: 115 });
  });

  it('starts from a point after a published month', () => {
    const [start] = fanData(forecast(false), 'X', 'en');
    expect(start).toMatchObject({ mean: 100, lower80: 100, upper80: 100, lower95: 100, upper95: 100 });
  });

  it('gives each nowcast dot its interval where measured, in its title too', () => {
    const [april, may] = nowcastData(forecast(true), 'X', 'en');
    expect(april.lower80).toBeUndefined();
    expect(april.title).not.toContain('interval');
    expect(may).toMatchObject({ value: 100, lower80: 92, upper80: 109 });
    expect(may.title).toContain('80% interval: 92 – 109');
    expect(may.title).toContain('95% interval: 88 – 115');
    expect(may.title).toContain('from 12 days');
  });
});
