import { describe, expect, it } from 'vitest';
import {
  loadReferences,
  maxRelativeDifference,
  vector,
  type EtsReference,
  type SeriesReference,
} from '../../test/fixtures/reference.js';
import { EtsFilter, etsPointForecast, etsSimulatePath, parseForm, type EtsForm, type EtsParameters } from './ets-core.js';
import { etsForecastMoments } from './ets-intervals.js';
import { createEtsModel, etsFromParameters, etsModel, etsObjective, fitEtsForm, type EtsFittedModel } from './ets.js';
import { seededRandom } from './random.js';
import { ModelInputError } from './validate.js';

const references = loadReferences();
const LEVELS = [80, 95];

function paramsOf(r: EtsReference): EtsParameters {
  return { alpha: r.par.alpha, beta: r.par.beta ?? 0, gamma: r.par.gamma ?? 0, phi: r.par.phi ?? 1 };
}

/** R's form string ("ETS(M,Ad,M)") back to ours ("MAdM"). */
function formOf(method: string): EtsForm {
  return parseForm(method.replace(/^ETS\(|\)$/g, '').replace(/,/g, ''));
}

/**
 * forecast 8.20's class-1 variance puts gamma on the second seasonal state of models
 * without a trend (G[3, 1] whatever the trend), so its interval at h = m (12 here) for
 * ETS(A,N,A) and ETS(M,N,A) is wider than the model's; corridor's is the model's (checked
 * by simulation below). Those two forms are compared with R for h < m only.
 */
function comparableHorizons(form: EtsForm): number {
  return form.trend === 'N' && form.season === 'A' ? 11 : 12;
}

function expectForecastClose(model: EtsFittedModel, r: EtsReference, tol: number): void {
  const f = model.forecast(12, LEVELS);
  const hs = comparableHorizons(model.form);
  const cut = (v: number[]) => v.slice(0, hs);
  expect(maxRelativeDifference(f.mean, r.mean)).toBeLessThan(tol);
  expect(maxRelativeDifference(cut(f.intervals[0].lower), cut(r.lower80))).toBeLessThan(tol);
  expect(maxRelativeDifference(cut(f.intervals[0].upper), cut(r.upper80))).toBeLessThan(tol);
  expect(maxRelativeDifference(cut(f.intervals[1].lower), cut(r.lower95))).toBeLessThan(tol);
  expect(maxRelativeDifference(cut(f.intervals[1].upper), cut(r.upper95))).toBeLessThan(tol);
}

describe('ETS with R estimates plugged in reproduces forecast::ets', () => {
  for (const ref of references) {
    const y = ref.series.values;
    for (const r of ref.ets_forms) {
      it(`${ref.series.id}: ${r.method}`, () => {
        const form = formOf(r.method);
        const model = etsFromParameters(y, { period: 12 }, form, paramsOf(r), vector(r.initstate));
        // Same recursion, same order of operations: only the last-ulp rounding of log/pow
        // can differ between V8 and glibc, so agreement to 1e-10 is expected.
        expect(Math.abs(model.loglik - r.loglik) / Math.abs(r.loglik)).toBeLessThan(1e-10);
        expect(Math.abs(model.aicc - r.aicc) / Math.abs(r.aicc)).toBeLessThan(1e-10);
        expect(Math.abs(model.sigma2 - r.sigma2) / r.sigma2).toBeLessThan(1e-10);
        expect(maxRelativeDifference(model.finalState, vector(r.laststate))).toBeLessThan(1e-10);
        expect(maxRelativeDifference(model.fitted, r.fitted)).toBeLessThan(1e-10);
        // Forecast means and interval limits from the analytical class 1-3 formulas.
        expectForecastClose(model, r, 1e-9);
      });
    }
  }
});

describe('ETS estimated by corridor agrees with forecast::ets', () => {
  for (const ref of references) {
    const y = ref.series.values;
    for (const r of ref.ets_forms) {
      it(`${ref.series.id}: ${r.method}`, () => {
        const form = formOf(r.method);
        const model = createEtsModel({ model: r.method.replace(/^ETS\(|\)$/g, '').replace(/,/g, '') }).fit(y, {
          period: 12,
        }) as EtsFittedModel;
        expect(model.name).toBe(r.method);
        // Same starting values and a step-by-step port of R's Nelder-Mead: the optimizer
        // follows R's path, so the optimum agrees to rounding (observed max 1.5e-12).
        expect(Math.abs(model.loglik - r.loglik) / Math.abs(r.loglik)).toBeLessThan(1e-10);
        // Forecasts: observed max 2.4e-11 relative. Asserted at 1e-6: a last-ulp difference in
        // log or pow (another V8) can move Nelder-Mead a little along the flat likelihood of
        // damped forms.
        expectForecastClose(model, r, 1e-6);
        expect(model.form).toEqual(form);
      });
    }
  }
});

describe('automatic ETS selects the form R selects', () => {
  const cases: [SeriesReference, boolean][] = references.flatMap((ref) => [
    [ref, false],
    [ref, true],
  ]);
  for (const [ref, log] of cases) {
    const r = log ? ref.ets_auto_log : ref.ets_auto;
    it(`${ref.series.id}${log ? ' (log scale)' : ''}: ${r.method}`, () => {
      const model = etsModel.fit(ref.series.values, { period: 12, log }) as EtsFittedModel;
      // Same candidate forms, same search order, same criterion: the same form is chosen.
      expect(model.name).toBe(r.method);
      // AICc to 1e-10 relative (observed 1e-12): the fits are R's.
      expect(Math.abs(model.aicc - r.aicc) / Math.abs(r.aicc)).toBeLessThan(1e-10);
      // On the log scale R back-transforms mean and limits with exp, as corridor does.
      // Observed max 2.4e-11; asserted 1e-6 as above.
      expectForecastClose(model, r, 1e-6);
    });
  }
  for (const ref of references) {
    for (const r of ref.ets_forms_log) {
      it(`${ref.series.id} (log scale): ${r.method}`, () => {
        const spec = r.method.replace(/^ETS\(|\)$/g, '').replace(/,/g, '');
        const model = createEtsModel({ model: spec }).fit(ref.series.values, { period: 12, log: true }) as EtsFittedModel;
        expect(Math.abs(model.loglik - r.loglik) / Math.abs(r.loglik)).toBeLessThan(1e-10);
        expectForecastClose(model, r, 1e-6);
      });
    }
  }
});

describe('simple exponential smoothing by mean squared error (forecast::ses)', () => {
  for (const ref of references) {
    it(ref.series.id, () => {
      const r = ref.ses_mse;
      const fit = fitEtsForm(ref.series.values, 1, parseForm('ANN'), 'mse');
      expect(fit).toBeDefined();
      // opt.crit = "mse" runs the same Nelder-Mead on the one-step MSE: 1e-8 relative.
      expect(Math.abs(fit!.params.alpha - r.par.alpha) / r.par.alpha).toBeLessThan(1e-8);
      expect(Math.abs(fit!.mse - r.mse) / r.mse).toBeLessThan(1e-8);
    });
  }
});

describe('ETS prediction intervals', () => {
  const ref = references.find((r) => r.series.id.startsWith('usbp-tucson'))!;
  const y = ref.series.values;

  it('class 1 and class 2 variances agree with simulated sample paths', () => {
    for (const spec of ['ANA', 'MNA', 'AAdA', 'MAdN']) {
      const r = ref.ets_forms.find((f) => f.request === spec)!;
      const model = etsFromParameters(y, { period: 12 }, parseForm(spec), paramsOf(r), vector(r.initstate));
      const moments = etsForecastMoments(12, model.finalState, model.form, 12, model.sigma2, model.params);
      const rng = seededRandom(11);
      const N = 40_000;
      const sum = new Float64Array(12);
      const sum2 = new Float64Array(12);
      const path = new Float64Array(12);
      const e = new Float64Array(12);
      for (let k = 0; k < N; k++) {
        for (let i = 0; i < 12; i++) e[i] = Math.sqrt(model.sigma2) * rng.normal();
        etsSimulatePath(model.finalState, 12, model.form, model.params, e, path);
        for (let i = 0; i < 12; i++) {
          sum[i] += path[i];
          sum2[i] += path[i] * path[i];
        }
      }
      for (const h of [1, 6, 12]) {
        const mean = sum[h - 1] / N;
        const variance = sum2[h - 1] / N - mean * mean;
        // Monte Carlo with 40,000 paths: the sample variance is within about 1.5% (2 standard
        // errors of a variance estimate, sqrt(2 / N) = 0.7%, plus the heavier tails of
        // multiplicative errors); allow 4%.
        expect(Math.abs(variance / moments.variance[h - 1] - 1)).toBeLessThan(0.04);
      }
    }
  });

  it('simulated intervals are reproducible from their seed, positive for a multiplicative model', () => {
    const a = createEtsModel({ model: 'MNM', intervals: 'simulate', seed: 3, paths: 4000 }).fit(y, { period: 12 });
    const b = createEtsModel({ model: 'MNM', intervals: 'simulate', seed: 3, paths: 4000 }).fit(y, { period: 12 });
    const analytic = createEtsModel({ model: 'MNM' }).fit(y, { period: 12 });
    const fa = a.forecast(12, LEVELS);
    expect(fa).toEqual(b.forecast(12, LEVELS));
    expect(fa).toEqual(a.forecast(12, LEVELS));
    const fn = analytic.forecast(12, LEVELS);
    // Paths of a multiplicative model stay positive; the symmetric normal approximation
    // does not need to (its 95% lower limit is near zero or below here).
    expect(Math.min(...fa.intervals[1].lower)).toBeGreaterThan(0);
    // Where the distribution is not strongly skewed (the upper 80% limit) the two agree:
    // quantiles of 4,000 paths vs the normal approximation, within 5% (observed 1.1%).
    expect(maxRelativeDifference(fa.intervals[0].upper, fn.intervals[0].upper)).toBeLessThan(0.05);
  });

  it('R widens ETS(A,N,A) at h = m by misplacing gamma; corridor does not', () => {
    const r = ref.ets_forms.find((f) => f.request === 'ANA')!;
    const model = etsFromParameters(y, { period: 12 }, parseForm('ANA'), paramsOf(r), vector(r.initstate));
    const f = model.forecast(12, LEVELS);
    expect(f.intervals[1].upper[11]).toBeLessThan(r.upper95[11]);
    expect(maxRelativeDifference(f.intervals[1].upper.slice(0, 11), r.upper95.slice(0, 11))).toBeLessThan(1e-9);
  });
});

describe('ETS input validation and options', () => {
  it('rejects missing values, short series and non-positive values with clear messages', () => {
    expect(() => etsModel.fit([1, 2, NaN, 4, 5, 6, 7, 8, 9, 10], { period: 1 })).toThrow(/observation 3 of 10 is NaN/);
    expect(() => etsModel.fit([1, 2, 3], { period: 1 })).toThrow('ets requires at least 10 observations, got 3');
    expect(() => createEtsModel({ model: 'AAdA' }).fit(new Array(20).fill(0).map((_, i) => i + 1), { period: 12 })).toThrow(
      'ets requires at least 22 observations, got 20',
    );
    expect(() => createEtsModel({ model: 'MNN' }).fit([1, 2, 3, 0, 5, 6, 7, 8, 9, 10], { period: 1 })).toThrow(
      /requires positive values/,
    );
    expect(() => etsModel.fit([1, 2, 3, -4, 5, 6, 7, 8, 9, 10], { period: 1, log: true })).toThrow(
      'ets with fitting on the log scale requires positive values: observation 4 is -4',
    );
    expect(() => createEtsModel({ model: 'ANM' }).fit(references[0].series.values, { period: 12 })).toThrow(ModelInputError);
    expect(() => createEtsModel({ model: 'XYZ' }).fit(references[0].series.values, { period: 12 })).toThrow(/unknown model "XYZ"/);
  });

  it('on the log scale allows additive forms only', () => {
    expect(() => createEtsModel({ model: 'MNN' }).fit(references[0].series.values, { period: 12, log: true })).toThrow(
      /not allowed on the log scale/,
    );
  });

  it('fits series with negative values with additive models only', () => {
    const y = references[1].series.values.map((v, i) => v - 60_000 + i);
    const model = etsModel.fit(y, { period: 12 });
    expect(model.name).toMatch(/^ETS\(A,/);
  });

  it('re-applies fitted parameters to a longer series without re-estimating', () => {
    const y = references[3].series.values;
    const fit = etsModel.fit(y.slice(0, 96), { period: 12 }) as EtsFittedModel;
    const same = etsFromParameters(y.slice(0, 96), { period: 12 }, fit.form, fit.params, fit.initialState);
    expect(same.forecast(12, LEVELS)).toEqual(fit.forecast(12, LEVELS));
    const longer = etsFromParameters(y, { period: 12 }, fit.form, fit.params, fit.initialState);
    expect(longer.fitted).toHaveLength(y.length);
    expect(longer.fitted.slice(0, 96)).toEqual(fit.fitted);
  });

  it('is deterministic', () => {
    const y = references[2].series.values;
    expect(etsModel.fit(y, { period: 12 }).forecast(12, LEVELS)).toEqual(etsModel.fit(y, { period: 12 }).forecast(12, LEVELS));
  });

  it('the filter reuses its buffers without leaking state between runs', () => {
    const y = references[2].series.values;
    const form = parseForm('AAN');
    const filter = new EtsFilter(y, 1, form);
    const p = { alpha: 0.5, beta: 0.1, gamma: 0, phi: 1 };
    const first = filter.run([2000, 10], p);
    filter.run([5000, -3], { ...p, alpha: 0.9 });
    expect(filter.run([2000, 10], p)).toBe(first);
  });
});

/**
 * Multi-step estimation (opt.crit = "amse"; Kourentzes, Li & Strauss 2019). Reference values from
 * Debian's r-cran-forecast 8.20, printed with sprintf("%.17g") by
 *   tuc <- ts(fromJSON("packages/forecast/test/fixtures/usbp-tucson-fy2010-fy2019.json")$series$values, frequency = 12)
 *   nat <- ts(fromJSON("packages/forecast/test/fixtures/usbp-nationwide-fy2000-fy2019.json")$series$values, frequency = 12)
 *   fit <- ets(<y>, model = <form>, [damped = TRUE,] opt.crit = "amse", nmse = <nmse>[, additive.only = TRUE])
 *   fit$par; fit$amse; fit$mse; fit$loglik; fit$method
 * forecast 8.20's etscalc extends the damped sum of its multi-step forecasts by phi^h where the
 * model has phi^(h+1) (fixed upstream in June 2026), so damped forms are compared with
 * `legacyDampedAmse: true`.
 */
describe('ETS estimated by multi-step mean squared error agrees with forecast::ets(opt.crit = "amse")', () => {
  const tucson = references.find((r) => r.series.id.startsWith('usbp-tucson'))!.series.values;
  const nationwide = references.find((r) => r.series.id.startsWith('usbp-nationwide'))!.series.values;
  interface AmseCase {
    label: string;
    y: number[];
    model?: string;
    nmse: number;
    log: boolean;
    method: string;
    par: { alpha: number; beta?: number; gamma?: number; phi?: number };
    amse: number;
    mse: number;
    loglik: number;
  }
  const cases: AmseCase[] = [
    {
      // ets(tuc, model = "AAN", opt.crit = "amse", nmse = 12) (R tries both dampings; damped chosen)
      label: 'Tucson AAdN, nmse 12', y: tucson, model: 'AAdN', nmse: 12, log: false, method: 'ETS(A,Ad,N)',
      par: { alpha: 0.1871183609327714, beta: 0.00010000875105253572, phi: 0.97977089639045989 },
      amse: 11343196.322728949, mse: 9297757.5646552388, loglik: -1249.9665329850507,
    },
    {
      // ets(tuc, model = "ANA", opt.crit = "amse", nmse = 12)
      label: 'Tucson ANA, nmse 12', y: tucson, model: 'ANA', nmse: 12, log: false, method: 'ETS(A,N,A)',
      par: { alpha: 0.17130294237233024, gamma: 0.39214892136750196 },
      amse: 9756076.2766776495, mse: 6971452.5060441243, loglik: -1232.689553867295,
    },
    {
      // ets(tuc, model = "MNM", opt.crit = "amse", nmse = 3)
      label: 'Tucson MNM, nmse 3', y: tucson, model: 'MNM', nmse: 3, log: false, method: 'ETS(M,N,M)',
      par: { alpha: 0.71607685570703727, gamma: 0.28067246887437453 },
      amse: 2563158.0403948291, mse: 1789656.0986397066, loglik: -1138.7647652812457,
    },
    {
      // ets(tuc, model = "AAA", damped = TRUE, opt.crit = "amse", nmse = 12)
      label: 'Tucson AAdA, nmse 12', y: tucson, model: 'AAdA', nmse: 12, log: false, method: 'ETS(A,Ad,A)',
      par: { alpha: 0.00010018382385440767, beta: 0.00010000013326912462, gamma: 0.33381843620280632, phi: 0.97365863785471762 },
      amse: 6507667.6303825285, mse: 7564125.7108776271, loglik: -1237.5851442620362,
    },
    {
      // ets(tuc, model = "AAN", damped = TRUE, opt.crit = "amse", nmse = 6)
      label: 'Tucson AAdN, nmse 6', y: tucson, model: 'AAdN', nmse: 6, log: false, method: 'ETS(A,Ad,N)',
      par: { alpha: 0.086074124504981128, beta: 0.00010001293757246291, phi: 0.97737639664198217 },
      amse: 10824255.997371711, mse: 9825876.4480303917, loglik: -1253.2812996257662,
    },
    {
      // ets(log(tuc), opt.crit = "amse", nmse = 12, additive.only = TRUE)
      label: 'Tucson on logs, automatic, nmse 12', y: tucson, nmse: 12, log: true, method: 'ETS(A,Ad,A)',
      par: { alpha: 0.19359895672076216, beta: 0.00011044752724809254, gamma: 0.00012205569578666451, phi: 0.9799990245280692 },
      amse: 0.097661137857163891, mse: 0.051317175143312348, loglik: -109.06571748357001,
    },
    {
      // ets(log(nat), opt.crit = "amse", nmse = 12, additive.only = TRUE)
      label: 'Nationwide on logs, automatic, nmse 12', y: nationwide, nmse: 12, log: true, method: 'ETS(A,N,A)',
      par: { alpha: 0.19091446699238321, gamma: 0.28225036706337209 },
      amse: 0.11107833183382088, mse: 0.056274715686144373, loglik: -312.37547747001304,
    },
    {
      // ets(nat, model = "ANA", opt.crit = "amse", nmse = 30)
      label: 'Nationwide ANA, nmse 30', y: nationwide, model: 'ANA', nmse: 30, log: false, method: 'ETS(A,N,A)',
      par: { alpha: 0.13694013988843839, gamma: 0.38416778118817296 },
      amse: 609718984.63499749, mse: 280868139.00588387, loglik: -2992.0841741157651,
    },
  ];
  for (const c of cases) {
    it(c.label, () => {
      const fit = createEtsModel({ model: c.model, optCrit: 'amse', nmse: c.nmse, legacyDampedAmse: true }).fit(c.y, {
        period: 12,
        log: c.log,
      }) as EtsFittedModel;
      expect(fit.name).toBe(c.method);
      // Same objective, same starting values, R's Nelder-Mead path: observed max 1.5e-11
      // relative (alpha near its lower bound 1e-4 in the damped seasonal form); 1e-8 as the
      // 'mse' references.
      const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);
      expect(rel(fit.params.alpha, c.par.alpha)).toBeLessThan(1e-8);
      if (c.par.beta !== undefined) expect(rel(fit.params.beta, c.par.beta)).toBeLessThan(1e-8);
      if (c.par.gamma !== undefined) expect(rel(fit.params.gamma, c.par.gamma)).toBeLessThan(1e-8);
      if (c.par.phi !== undefined) expect(rel(fit.params.phi, c.par.phi)).toBeLessThan(1e-8);
      expect(rel(fit.amse, c.amse)).toBeLessThan(1e-8);
      expect(rel(fit.mse, c.mse)).toBeLessThan(1e-8);
      expect(rel(fit.loglik, c.loglik)).toBeLessThan(1e-8);
    });
  }

  it("the amse array of a damped seasonal form is etscalc's", () => {
    // fit <- ets(tuc, model = "AAA", damped = TRUE); p <- fit$par
    // forecast:::pegelsresid.C(tuc, 12, fit$initstate, "A", "A", "A", TRUE,
    //   p["alpha"], p["beta"], p["gamma"], p["phi"], 12)$amse
    const expected = [
      3227609.7485088082, 8210247.6929668048, 12373415.008589929, 13482359.531302148, 12961484.779049726,
      12567202.129058421, 11972711.32143683, 11976748.080354055, 11438025.443758201, 9953236.9147786479,
      8355492.9376247711, 7522193.0566134257,
    ];
    const ref = references.find((r) => r.series.id.startsWith('usbp-tucson'))!;
    const r = ref.ets_forms.find((f) => f.request === 'AAdA')!;
    const filter = new EtsFilter(tucson, 12, parseForm('AAdA'));
    filter.legacyDampedAmse = true;
    filter.run(vector(r.initstate), paramsOf(r), 12);
    // Same recursions and order of operations: 1e-12 relative.
    expect(maxRelativeDifference(Array.from(filter.amse.slice(0, 12)), expected)).toBeLessThan(1e-12);
    expect(filter.mse).toBe(filter.amse[0]);
  });

  it("without the legacy sum, amse[h] is the mean squared error of the model's own h-step forecasts", () => {
    const ref = references.find((r) => r.series.id.startsWith('usbp-tucson'))!;
    for (const spec of ['AAdA', 'MAdM', 'ANN']) {
      const r = ref.ets_forms.find((f) => f.request === spec)!;
      const form = parseForm(spec);
      const filter = new EtsFilter(tucson, 12, form);
      const params = paramsOf(r);
      filter.run(vector(r.initstate), params, 12);
      const got = Array.from(filter.amse.slice(0, 12));
      // Brute force: the state before each t from a filter run on y[0..t-1], then etsPointForecast.
      const sum = new Array<number>(12).fill(0);
      const count = new Array<number>(12).fill(0);
      const n = tucson.length;
      for (let t = 0; t < n; t++) {
        let state: number[] = vector(r.initstate);
        if (t > 0) {
          const f = new EtsFilter(tucson.slice(0, t), 12, form);
          f.run(vector(r.initstate), params);
          state = Array.from(f.last);
        }
        const fc = etsPointForecast(state, 12, form, params.phi, 12);
        for (let h = 0; h < 12 && t + h < n; h++) {
          sum[h] += (tucson[t + h] - fc[h]) ** 2;
          count[h]++;
        }
      }
      expect(maxRelativeDifference(got, sum.map((s, h) => s / count[h]))).toBeLessThan(1e-10);
    }
  });

  it("'tmse' is nmse times 'amse' (same optimum); 'gtmse' sums the logs; nmse out of 1..30 is refused", () => {
    const a = createEtsModel({ model: 'ANA', optCrit: 'amse', nmse: 12 }).fit(tucson, { period: 12 }) as EtsFittedModel;
    const t = createEtsModel({ model: 'ANA', optCrit: 'tmse', nmse: 12 }).fit(tucson, { period: 12 }) as EtsFittedModel;
    expect(Math.abs(t.params.alpha - a.params.alpha) / a.params.alpha).toBeLessThan(1e-6);
    expect(Math.abs(t.params.gamma - a.params.gamma) / a.params.gamma).toBeLessThan(1e-6);
    const filter = new EtsFilter(tucson, 12, parseForm('ANA'));
    const lik = filter.run(a.initialState, a.params, 12);
    const logs = Array.from(filter.amse.slice(0, 12)).reduce((s, v) => s + Math.log(v), 0);
    expect(etsObjective(filter, lik, 'gtmse')).toBeCloseTo(logs, 12);
    expect(etsObjective(filter, lik, 'tmse')).toBeCloseTo(12 * etsObjective(filter, lik, 'amse'), 3);
    const g = createEtsModel({ model: 'ANA', optCrit: 'gtmse', nmse: 12 }).fit(tucson, { period: 12 }) as EtsFittedModel;
    // Its own optimum: the sum of logs is no larger there than at the 'amse' estimates.
    const gf = new EtsFilter(tucson, 12, parseForm('ANA'));
    const glik = gf.run(g.initialState, g.params, 12);
    expect(etsObjective(gf, glik, 'gtmse')).toBeLessThanOrEqual(logs + 1e-9);
    expect(() => createEtsModel({ optCrit: 'amse', nmse: 31 })).toThrow(ModelInputError);
    expect(() => createEtsModel({ optCrit: 'amse', nmse: 0 })).toThrow(ModelInputError);
  });
});
