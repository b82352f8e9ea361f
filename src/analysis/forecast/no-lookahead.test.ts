/**
 * Honesty of the back-test: a forecast made at an origin may depend only on the data up to
 * that origin. Two series that agree up to a month and differ after it (here a collapse to a
 * fifth of the level and a spike, which the changepoint detector sees and which rescales the
 * training windows of later origins) must give, at every origin up to that month, the same
 * training window, breaks, forecasts, conformal intervals (calibrated on the errors known
 * then), the same weights of the combination's members (learnt from the errors known then)
 * and the same model selected by the online default.
 */
import { describe, expect, it } from 'vitest';
import { loadReferences } from '../../../packages/forecast/test/fixtures/reference.js';
import { DEFAULT_MODEL, runBacktest, type SeriesBacktest } from './backtest.js';
import { addMonths, monthIndex } from './months.js';
import { loadModels } from './registry.js';
import type { MonthlySeries } from './series.js';

const CUT = '2017-12';

function realSeries(): MonthlySeries {
  // U.S. Border Patrol apprehensions nationwide, FY2000-FY2019 (provenance in the fixture).
  const ref = loadReferences().find((r) => r.series.id === 'usbp-nationwide-fy2000-fy2019')!;
  const values = ref.series.values;
  return { id: ref.series.id, measure: 'encounters', keys: {}, start: ref.series.start, values, sources: values.map(() => 'ohss'), droppedAtEnd: [] };
}

function alteredAfter(series: MonthlySeries, cut: string): MonthlySeries {
  const k = monthIndex(cut) - monthIndex(series.start);
  const values = series.values.map((v, t) => (t <= k ? v : t === k + 6 ? 3 * v : Math.round(v / 5)));
  return { ...series, values };
}

function atOrigin(bt: SeriesBacktest, origin: string) {
  const forecasts = [...bt.forecasts.entries()].map(([id, list]) => {
    const f = list.find((x) => x.origin === origin);
    return f && { id, form: f.form, mean: f.mean, intervals: f.intervals, shown: f.shown, selected: f.selected, weights: f.weights, recent: f.recent, scale: f.scale, offset: f.offset };
  });
  return { window: bt.windows.get(origin), forecasts };
}

describe('no look-ahead', () => {
  it('data after an origin change nothing a forecast made at it shows: window, breaks, forecasts, calibrated intervals, combination weights, selection', async () => {
    // ARIMA is in (its order search sees only the window); MSTL is left out to keep the test short.
    const registered = await loadModels({ exclude: ['mstl'] });
    const opts = { firstOrigin: '2016-07', lastOrigin: '2018-12' };
    const real = realSeries();
    const altered = alteredAfter(real, CUT);
    const a = runBacktest(real, registered, opts);
    const b = runBacktest(altered, registered, opts);
    let compared = 0;
    for (let origin = opts.firstOrigin; monthIndex(origin) <= monthIndex(CUT); origin = addMonths(origin, 1)) {
      expect(atOrigin(b, origin), origin).toEqual(atOrigin(a, origin));
      compared++;
    }
    expect(compared).toBe(18);
    // The comparison has teeth: conformal intervals and the default are in play by the cut...
    const shownAtCut = a.forecasts.get('ets')!.find((f) => f.origin === CUT)!.shown;
    expect(shownAtCut[0].method[0]).toMatch(/^conformal/);
    expect(a.forecasts.get(DEFAULT_MODEL)!.find((f) => f.origin === CUT)!.selected).toBeDefined();
    // ...the combination's weights are learnt (not the median) and differ from origin to origin...
    const combos = a.forecasts.get('combination')!;
    const atCut = combos.find((f) => f.origin === CUT)!.weights!;
    expect(Object.keys(atCut).sort()).toEqual(['ets', 'theta']);
    expect(combos.find((f) => f.origin === addMonths(CUT, -6))!.weights).not.toEqual(atCut);
    // ...and after it the altered data do change the forecasts and the windows.
    const after = addMonths(CUT, 3);
    expect(atOrigin(b, after).forecasts).not.toEqual(atOrigin(a, after).forecasts);
    // ...including the weights, once the altered outcomes are known.
    const weightsAt = (bt: SeriesBacktest, o: string) => bt.forecasts.get('combination')!.find((f) => f.origin === o)!.weights;
    expect(weightsAt(b, after)).not.toEqual(weightsAt(a, after));
  });
});
