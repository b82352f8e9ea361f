/**
 * The impact method on synthetic series (fast, no store): calibration order statistics,
 * the counterfactual's handling of gaps, the estimate's arithmetic, a known effect
 * recovered, false alarms on a series with no effect, and the overlapping events listed
 * from the real timeline.
 */
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../errors.js';
import { loadEvents } from '../events/load.js';
import { etsModel, snaiveModel } from '@corridor/forecast';
import { seededRandom } from '@corridor/forecast';
import type { SeriesRow } from '../../store/query/series.js';
import { conformalBounds, minimumOrigins, originErrors } from './calibration.js';
import { counterfactualAt, targetSeries } from './counterfactual.js';
import { createEstimator, DEFAULT_ESTIMATE } from './estimate.js';
import { controlFilters } from './impact.js';
import { addMonths, monthNumber } from './months.js';
import { overlappingEvents } from './overlap.js';
import { toMonthly } from './series.js';
import { injectStep, injection, placebo, quietDates, rate } from './validation.js';

const opts = { model: etsModel, ...DEFAULT_ESTIMATE };

/** A positive monthly series: level × seasonal factor × lognormal noise, from a seed. */
function synthetic(n: number, seed: number, sd = 0.08): { periods: string[]; values: number[] } {
  const rnd = seededRandom(seed);
  const periods = Array.from({ length: n }, (_, i) => addMonths('2000-01-01', i));
  let level = Math.log(10_000);
  const values = periods.map((_, i) => {
    level += 0.02 * rnd.normal();
    return Math.round(Math.exp(level + 0.25 * Math.sin((2 * Math.PI * i) / 12) + sd * rnd.normal()));
  });
  return { periods, values };
}

describe('calibration', () => {
  it('takes split-conformal order statistics, and none when there are too few errors', () => {
    const errors = Array.from({ length: 39 }, (_, i) => i - 19);
    expect(conformalBounds(errors, 95)).toEqual({ lower: -19, upper: 19 });
    expect(conformalBounds(errors.slice(1), 95)).toBeUndefined();
    // n = 99 at 90%: the 5th smallest and the 95th smallest.
    const hundred = Array.from({ length: 99 }, (_, i) => i + 1);
    expect(conformalBounds(hundred, 90)).toEqual({ lower: 5, upper: 95 });
    expect(minimumOrigins(95)).toBe(39);
    expect(minimumOrigins(80)).toBe(9);
  });

  it('measures relative errors month by month and cumulatively', () => {
    const e = originErrors(7, [110, 90, 100], [100, 100, 100])!;
    expect(e.monthly.map((x) => +x.toFixed(10))).toEqual([0.1, -0.1, 0]);
    expect(e.cumulative.map((x) => +x.toFixed(10))).toEqual([0.1, 0, 0]);
    expect(originErrors(7, [110, null, 100], [100, 100, 100])).toBeUndefined();
  });
});

describe('counterfactual', () => {
  const { values } = synthetic(80, 1);

  it('fits the unbroken run of months before the origin and forecasts past a gap', () => {
    const y: (number | null)[] = [...values];
    y[59] = null; // the month before the origin is incomplete
    const cf = counterfactualAt(y, undefined, 60, { model: etsModel, windowBefore: 36, horizon: 6, level: 95 });
    if ('reason' in cf) throw new Error(cf.reason);
    expect([cf.from, cf.to]).toEqual([24, 58]);
    expect(cf.mean).toHaveLength(6);
    // The forecast of month 60 is step 2 of a fit ending at 58: the same as asking from origin 59.
    const direct = counterfactualAt(values.slice(0, 59), undefined, 59, { model: etsModel, windowBefore: 35, horizon: 7, level: 95 });
    if ('reason' in direct) throw new Error(direct.reason);
    expect(cf.mean[0]).toBeCloseTo(direct.mean[1]!, 6);
  });

  it('says why there is none when the run before the origin is too short', () => {
    const y: (number | null)[] = [...values];
    y[50] = null;
    const cf = counterfactualAt(y, undefined, 60, { model: etsModel, windowBefore: 36, horizon: 6, level: 95 });
    expect(cf).toEqual({ reason: '9 usable months before the event; the model needs 24 in an unbroken run', reason_es: '9 meses utilizables antes del evento; el modelo necesita 24 seguidos' });
  });

  it('against a control forecasts the ratio and scales it by the control as observed', () => {
    const control = values.map((v) => v * 2);
    const cf = counterfactualAt(targetSeries(values.map((v) => v * 3), control), control, 60, { model: snaiveModel, windowBefore: 36, horizon: 3, level: 95 });
    if ('reason' in cf) throw new Error(cf.reason);
    // A constant ratio (1.5) is forecast exactly: the counterfactual is 1.5 × the control.
    cf.mean.forEach((m, k) => expect(m).toBeCloseTo(1.5 * control[60 + k], 6));
  });
});

describe('the estimate', () => {
  const { periods, values } = synthetic(240, 7);

  it('is observed minus counterfactual, added up, with intervals around it', () => {
    const r = createEstimator({ periods, treated: values }, opts).at(200);
    if ('reason' in r) throw new Error(r.reason);
    expect(r.intervals.method).toBe('calibrated');
    expect(r.intervals.origins).toBe(60);
    let sum = 0;
    for (const m of r.months) {
      expect(m.effect).toBeCloseTo(m.observed - m.counterfactual, 6);
      sum += m.effect;
      expect(m.cumulative.effect).toBeCloseTo(sum, 6);
      expect(m.effectInterval.lower).toBeLessThanOrEqual(m.effect);
      expect(m.effectInterval.upper).toBeGreaterThanOrEqual(m.effect);
      // Never narrower than the model's own interval.
      expect(m.counterfactualInterval.lower).toBeLessThanOrEqual(m.modelInterval.lower);
      expect(m.counterfactualInterval.upper).toBeGreaterThanOrEqual(m.modelInterval.upper);
    }
    expect(r.months.map((m) => m.period)).toEqual(periods.slice(200, 212));
  });

  it('falls back to the model intervals, and says so, with too few earlier origins', () => {
    const r = createEstimator({ periods, treated: values }, opts).at(60);
    if ('reason' in r) throw new Error(r.reason);
    expect(r.intervals.method).toBe('model');
    expect(r.intervals.why?.en).toMatch(/^only 25 back-test origins before the event \(39 are needed/);
  });

  it('stops at the first incomplete month after the event', () => {
    const y: (number | null)[] = [...values];
    y[204] = null;
    const r = createEstimator({ periods, treated: y }, opts).at(200);
    if ('reason' in r) throw new Error(r.reason);
    expect(r.months).toHaveLength(4);
  });

  it('recovers an injected −30% step within its interval and detects it on a quiet series', () => {
    const quiet = synthetic(240, 11, 0.03);
    const input = { periods: quiet.periods, treated: quiet.values };
    const base = createEstimator(input, opts);
    const outcomes = [150, 170, 190, 210].map((d) => injection(input, base, d, 0.7)!);
    for (const o of outcomes) {
      expect(o.recovered).toBe(true);
      expect(o.detected).toBe(true);
      expect(o.estimate / o.truth).toBeGreaterThan(0.7);
      expect(o.estimate / o.truth).toBeLessThan(1.3);
    }
    // The shared fits give exactly what a fresh estimator on the changed series gives.
    const fresh = createEstimator({ ...input, treated: injectStep(quiet.values, 170, 0.7) }, opts).at(170);
    if ('reason' in fresh) throw new Error(fresh.reason);
    expect(fresh.months[5].cumulative.effect).toBe(outcomes[1].estimate);
  });

  it('calls few placebo dates significant on a series with no effect', () => {
    const outcomes = [3, 5].flatMap((seed) => {
      const s = synthetic(240, seed);
      return placebo(s.periods, createEstimator({ periods: s.periods, treated: s.values }, opts), Array.from({ length: 30 }, (_, i) => 120 + 3 * i));
    });
    const r = rate(outcomes, (o) => o.significant);
    expect(r.of).toBe(60);
    expect(r.count).toBeLessThanOrEqual(3);
  });
});

describe('series and filters', () => {
  const row = (period: string, value: number | null, complete = true): SeriesRow => ({
    period, grain: 'month', keys: {}, value, complete, parts: complete ? 31 : 20, expectedParts: 31,
    source: 's', dataset: 's/t', vintage: 1, rounding: 1, cells: 1,
  });

  it('lays months out in order and leaves out incomplete and missing ones, saying which', () => {
    const m = toMonthly([row('2024-01-01', 5), row('2024-02-01', 6, false), row('2024-04-01', null)]);
    expect(m.periods).toEqual(['2024-01-01', '2024-02-01', '2024-03-01', '2024-04-01']);
    expect(m.values).toEqual([5, null, null, null]);
    expect(m.excluded).toEqual([
      { period: '2024-02-01', reason: 'incomplete' },
      { period: '2024-03-01', reason: 'missing' },
      { period: '2024-04-01', reason: 'missing' },
    ]);
  });

  it('builds the control from the treated filters with one dimension replaced', () => {
    expect(controlFilters(['geography=US-SWB', 'citizenship=GTM'], 'citizenship=MEX')).toEqual(['geography=US-SWB', 'citizenship=MEX']);
    expect(controlFilters(['geography=US-SWB'], 'citizenship=MEX')).toEqual(['geography=US-SWB', 'citizenship=MEX']);
    expect(controlFilters(['geography=USBP-TCA'], undefined, ['geography=USBP-YUM'])).toEqual(['geography=USBP-YUM']);
    expect(controlFilters(['geography=US-SWB'])).toBeUndefined();
    expect(() => controlFilters([], 'citizenship=MEX', ['geography=US'])).toThrow(UsageError);
    expect(() => controlFilters(['citizenship=MEX'], 'citizenship=MEX')).toThrow(/treated series itself/);
    expect(() => controlFilters([], 'MEX')).toThrow(/DIMENSION=VALUE/);
  });
});

describe('the timeline around an estimate', () => {
  const events = loadEvents();

  it('lists every other event in the window, with where it falls, and never the event itself', () => {
    const end = events.find((e) => e.id === 'title42-end')!;
    const listed = overlappingEvents(events, end, { from: '2020-05-01', to: '2024-04-01' });
    const by = Object.fromEntries(listed.map((e) => [e.id, e]));
    expect(by['title42-end']).toBeUndefined();
    expect(by['title42-start']).toMatchObject({ position: 'in-force', related: true });
    expect(by['chnv-2023']).toMatchObject({ position: 'pre-period', related: false });
    expect(by['securing-the-border-2024']).toBeUndefined(); // June 2024, after the window
    // Independently: every event whose span touches May 2020 - April 2024, except the event.
    const expected = events.filter((e) => e.id !== 'title42-end' && e.date <= '2024-04-30' && (e.endDate ?? e.date) >= '2020-05-01').map((e) => e.id);
    expect(listed.map((e) => e.id).sort()).toEqual(expected.sort());
  });

  it('finds quiet dates at least 12 months from any event', () => {
    const periods = Array.from({ length: 400 }, (_, i) => addMonths('2000-01-01', i));
    const dates = quietDates(periods, events);
    expect(dates.length).toBeGreaterThan(50);
    const marks = events.flatMap((e) => [e.date, e.endDate ?? e.date]).map(monthNumber);
    for (const d of dates) expect(Math.min(...marks.map((m) => Math.abs(m - monthNumber(periods[d]))))).toBeGreaterThan(12);
    expect(dates.every((d) => monthNumber(periods[d]) % 3 === 0)).toBe(true);
  });
});
