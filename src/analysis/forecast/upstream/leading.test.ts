/**
 * The leading-indicator model: it finds a lead that is there, reads no regressor month
 * published after the origin, carries the regressors' forecast variance into its intervals,
 * and (no look-ahead) data after an origin, target and regressors alike, cannot change a
 * forecast made at it in the back-test.
 */
import { describe, expect, it } from 'vitest';
import { seededRandom } from '@corridor/forecast';
import { runBacktest } from '../backtest.js';
import { addMonths, monthIndex } from '../months.js';
import { registerModels } from '../registry.js';
import type { MonthlySeries } from '../series.js';
import { fitAr1Regression } from './ar1-regression.js';
import { leadingModel } from './leading.js';
import { knownThrough, type Regressor, type RegressorSource } from './regressors.js';

const START = '2016-01';
const N = 96;

function series(id: string, values: number[]): MonthlySeries {
  return { id, measure: 'test', keys: {}, start: START, values, sources: values.map(() => 'test'), droppedAtEnd: [] };
}

/** A regressor (a seasonal random walk in logs) and a target that follows it two months later, with AR(1) noise. */
function synthetic(seed = 7) {
  const rnd = seededRandom(seed);
  const x: number[] = [];
  let level = Math.log(20000);
  for (let t = 0; t < N; t++) {
    level += 0.08 * rnd.normal();
    x.push(Math.round(Math.exp(level + 0.2 * Math.sin((2 * Math.PI * t) / 12))));
  }
  let u = 0;
  const y = x.map((_, t) => {
    u = 0.5 * u + 0.05 * rnd.normal();
    const lead = x[Math.max(0, t - 2)];
    return Math.round(Math.exp(1 + 0.8 * Math.log1p(lead) + u));
  });
  return { x, y };
}

const source = (publicationLag: number): RegressorSource => ({ id: 'up', label: { en: 'up', es: 'up' }, measure: 'test', where: {}, publicationLag, why: 'test' });

describe('regression with AR(1) errors', () => {
  it('recovers the coefficients and the error autocorrelation of a simulated regression', () => {
    const rnd = seededRandom(3);
    const x = Array.from({ length: 400 }, () => rnd.normal());
    let u = 0;
    const y = x.map((v) => {
      u = 0.6 * u + 0.3 * rnd.normal();
      return 2 + 1.5 * v + u;
    });
    const fit = fitAr1Regression([x.map(() => 1), x], y);
    expect(fit.beta[0]).toBeCloseTo(2, 0);
    expect(fit.beta[1]).toBeCloseTo(1.5, 1);
    expect(fit.phi).toBeGreaterThan(0.5);
    expect(fit.phi).toBeLessThan(0.7);
    expect(Math.sqrt(fit.sigma2)).toBeCloseTo(0.3, 1);
  });
  it("agrees with R's arima(y, order = c(1, 0, 0), xreg = x, method = 'ML') (stats 4.2.2)", () => {
    // R: n <- 200; t <- 1:n; x <- sin(0.7 * t) + 0.02 * t; e <- 0.5 * sin(1.3 * t^1.5)
    //    u <- numeric(n); u[1] <- e[1]; for (i in 2:n) u[i] <- 0.6 * u[i - 1] + e[i]; y <- 2 + 1.5 * x + u
    //    arima(y, order = c(1, 0, 0), xreg = x, method = "ML")$coef
    //    ar1 0.5759620267, intercept 2.0194574127, x 1.4475095340
    // Prais-Winsten is feasible GLS, not exact ML: the coefficients agree to 1e-3, phi to 0.005.
    const t = Array.from({ length: 200 }, (_, i) => i + 1);
    const x = t.map((v) => Math.sin(0.7 * v) + 0.02 * v);
    const u: number[] = [];
    t.forEach((v, i) => u.push((i === 0 ? 0 : 0.6 * u[i - 1]) + 0.5 * Math.sin(1.3 * v ** 1.5)));
    const y = x.map((v, i) => 2 + 1.5 * v + u[i]);
    const fit = fitAr1Regression([x.map(() => 1), x], y);
    expect(Math.abs(fit.phi - 0.575962)).toBeLessThan(0.005);
    expect(Math.abs(fit.beta[0] - 2.0194574)).toBeLessThan(1e-3);
    expect(Math.abs(fit.beta[1] - 1.4475095)).toBeLessThan(1e-3);
  });
});

describe('leading model', () => {
  const { x, y } = synthetic();

  it('finds the lead: the right lag fits better, and the coefficient is near the true one', () => {
    const at = (lag: number) => leadingModel({ terms: [{ regressor: { source: source(1), series: series('x', x) }, lag }] }).fit(y.slice(0, 80), { period: 12, log: true, start: START });
    const right = at(2);
    const wrong = at(0);
    expect(right.parameters.up_lag2).toBeGreaterThan(0.6);
    expect(right.parameters.up_lag2).toBeLessThan(1);
    expect(right.parameters.sigma2).toBeLessThan(wrong.parameters.sigma2 / 2);
  });

  it('reads no regressor month published after the origin, and refuses a lag shorter than the publication delay', () => {
    const origin = addMonths(START, 79);
    const reg = (values: number[], lag = 2): Regressor => ({ source: source(lag === 2 ? 2 : 1), series: series('x', values) });
    expect(knownThrough(source(2), origin)).toBe(addMonths(origin, -1));
    const model = (values: number[]) => leadingModel({ terms: [{ regressor: reg(values), lag: 2 }] }).fit(y.slice(0, 80), { period: 12, log: true, start: START }).forecast(12, [80, 95]);
    const base = model(x);
    // The origin's own month of the regressor is not published yet (lag 2): changing it changes nothing...
    expect(model(x.map((v, t) => (t >= 79 ? v * 3 : v)))).toEqual(base);
    // ...while the last month published does change the forecast.
    expect(model(x.map((v, t) => (t === 78 ? v * 3 : v)))).not.toEqual(base);
    expect(() => leadingModel({ terms: [{ regressor: reg(x), lag: 0 }] }).fit(y.slice(0, 80), { period: 12, log: true, start: START })).toThrow(/lag must be at least 1/);
  });

  it("carries the regressors' forecast variance: intervals widen once the forecast needs unpublished regressor months", () => {
    const f = leadingModel({ terms: [{ regressor: { source: source(1), series: series('x', x) }, lag: 2 }] }).fit(y.slice(0, 80), { period: 12, log: true, start: START }).forecast(12, [80, 95]);
    const width = (i: number) => Math.log(f.intervals[1].upper[i] / f.intervals[1].lower[i]);
    // Horizons 1-2 read published regressor months; from 3 on, the regressor is forecast.
    expect(width(2) - width(1)).toBeGreaterThan(2 * (width(1) - width(0)));
    for (let i = 0; i < 12; i++) {
      expect(f.intervals[0].lower[i]).toBeGreaterThan(f.intervals[1].lower[i]);
      expect(f.intervals[0].upper[i]).toBeLessThan(f.intervals[1].upper[i]);
    }
  });

  it('no look-ahead: target and regressor data after an origin change no forecast made at it', () => {
    const cut = addMonths(START, 70);
    const k = monthIndex(cut) - monthIndex(START);
    const alter = (v: number[]) => v.map((a, t) => (t <= k ? a : t === k + 4 ? a * 4 : Math.round(a / 5)));
    const run = (yy: number[], xx: number[]) =>
      runBacktest(series('y', yy), registerModels([leadingModel({ terms: [{ regressor: { source: source(2), series: series('x', xx) }, lag: 1 }] })]), { firstOrigin: addMonths(START, 40), lastOrigin: addMonths(START, 80) });
    const a = run(y, x);
    const b = run(alter(y), alter(x));
    const at = (bt: typeof a, o: string) => bt.forecasts.get('leading')!.find((f) => f.origin === o);
    let compared = 0;
    for (let o = addMonths(START, 40); monthIndex(o) <= monthIndex(cut); o = addMonths(o, 1)) {
      expect(at(b, o), o).toEqual(at(a, o));
      compared++;
    }
    expect(compared).toBe(31);
    // Teeth: conformal intervals are in play by the cut, and later origins do change.
    expect(at(a, cut)!.shown[0].method[0]).toMatch(/^conformal/);
    expect(at(b, addMonths(cut, 3))!.mean).not.toEqual(at(a, addMonths(cut, 3))!.mean);
  });
});
