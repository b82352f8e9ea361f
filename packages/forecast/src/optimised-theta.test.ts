import { describe, expect, it } from 'vitest';
import { loadReferences, maxRelativeDifference } from '../test/fixtures/reference.js';
import { parseForm } from './models/ets-core.js';
import { fitEtsForm } from './models/ets.js';
import { thetaModel } from './models/theta.js';
import {
  createOptimisedThetaModel,
  estimateTwoLines,
  thetaLine,
  twoLinesPath,
  twoLinesSse,
  type OptimisedThetaFittedModel,
  type TwoLinesParameters,
} from './optimised-theta.js';

const references = loadReferences();
const seriesOf = (id: string) => references.find((r) => r.series.id === id)!.series.values;

/*
 * The authors' implementation (R package forecTheta, functions otm and dotm, i.e. its twoTL with
 * dynamic FALSE / TRUE, point forecasts, h = 12) run under R 4.2.2 with forecast 8.20 on the four
 * fixture series (ts with frequency 12), on the data and on log(y) (forecasts exponentiated), 15
 * significant digits. forecTheta is not packaged by Debian; its twoTL was run from its source.
 */
const FORECTHETA: { series: string; log: boolean; dynamic: boolean; seasonal: boolean; level0: number; alpha: number; theta: number; mean: number[] }[] = [
  { series: 'cbp-sw-total-fy2022-fy2025aug', log: false, dynamic: false, seasonal: false, level0: 82418.3711099825, alpha: 0.811741348933082, theta: 1.5194063082599,
    mean: [7690.60119964689, 6260.46301751251, 4830.32483537813, 3400.18665324375, 1970.04847110937, 539.910288974995, -890.227893159383, -2320.36607529376, -3750.50425742814, -5180.64243956252, -6610.7806216969, -8040.91880383128] },
  { series: 'cbp-sw-total-fy2022-fy2025aug', log: false, dynamic: true, seasonal: false, level0: 82418.5671834127, alpha: 0.83823909275218, theta: 1.00000028897684,
    mean: [9481.83623309834, 9481.83498191845, 9481.833703938, 9481.83240521547, 9481.83109100148, 9481.82976584702, 9481.82843369602, 9481.82709796492, 9481.82576161104, 9481.82442719163, 9481.82309691477, 9481.82177268352] },
  { series: 'cbp-sw-total-fy2022-fy2025aug', log: true, dynamic: false, seasonal: false, level0: 5.56630031258225, alpha: 0.98999998851398, theta: 1.99270269814577,
    mean: [9449.7694088942, 9190.71009558822, 8938.75272571669, 8693.70260409609, 8455.37037298538, 8223.57186576343, 7998.12796461787, 7778.86446213526, 7565.61192668565, 7358.20557149755, 7156.48512732224, 6960.29471858871] },
  { series: 'cbp-sw-total-fy2022-fy2025aug', log: true, dynamic: true, seasonal: false, level0: 5.80463797216463, alpha: 0.989999986907994, theta: 1.83049813967573,
    mean: [9473.48341688532, 9224.20085483338, 8971.22662911813, 8716.69021534181, 8462.35840791309, 8209.68480275624, 7959.8539413167, 7713.82031370195, 7472.34255480507, 7236.01323832521, 7005.28470111496, 6780.49132951778] },
  { series: 'usbp-nationwide-fy2000-fy2019', log: false, dynamic: false, seasonal: true, level0: 49395.3575598801, alpha: 0.989999992074001, theta: 2.03216243712061,
    mean: [42274.0657567634, 38168.2861791009, 33346.0952429489, 43960.2227933622, 50557.5516910499, 64788.4026240038, 60278.1460144166, 55350.7856501752, 45167.9120485919, 42206.1878257515, 43331.3396200273, 39431.5538441838] },
  { series: 'usbp-nationwide-fy2000-fy2019', log: false, dynamic: true, seasonal: true, level0: 49397.1850850393, alpha: 0.989999997420892, theta: 1.00000015764156,
    mean: [42429.7822611794, 38449.0900124917, 33714.8188995761, 44610.185519675, 51494.9193822378, 66234.7301868171, 61853.5354447309, 57009.9435910532, 46696.5825542099, 43799.1416607784, 45136.9439466615, 41230.7002458519] },
  { series: 'usbp-nationwide-fy2000-fy2019', log: true, dynamic: false, seasonal: true, level0: 6.00139699927394, alpha: 0.989999995302693, theta: 1.91289744120268,
    mean: [41894.9039133396, 37454.8739259329, 32181.6703470659, 43606.0999659967, 49771.6899878874, 62651.7583463631, 58746.7810314404, 55137.3117033833, 45391.1792036509, 42647.0269782836, 43844.2796613382, 39910.8676717212] },
  { series: 'usbp-nationwide-fy2000-fy2019', log: true, dynamic: true, seasonal: true, level0: 7.21607588918899, alpha: 0.989999997085077, theta: 1.00000040074456,
    mean: [42009.4494229093, 37656.835265389, 32438.1751728953, 44083.5080490356, 50462.0856519544, 63718.3925079283, 59908.4151096614, 56377.8828903626, 46521.1110680023, 43821.431955193, 45177.9319207465, 41225.437756095] },
  { series: 'usbp-san-diego-fy2014-fy2019', log: false, dynamic: false, seasonal: false, level0: 1220.23734972758, alpha: 0.972653152586855, theta: 2.29577714572297,
    mean: [3455.88221128426, 3474.39521190242, 3492.90821252059, 3511.42121313875, 3529.93421375691, 3548.44721437508, 3566.96021499324, 3585.47321561141, 3603.98621622957, 3622.49921684773, 3641.0122174659, 3659.52521808406] },
  { series: 'usbp-san-diego-fy2014-fy2019', log: false, dynamic: true, seasonal: false, level0: 1222.15294553759, alpha: 0.973789135654907, theta: 1.00000038978176,
    mean: [3436.97342994483, 3436.97344242361, 3436.97345461458, 3436.97346652734, 3436.97347817107, 3436.97348955455, 3436.97350068622, 3436.97351157416, 3436.97352222611, 3436.97353264951, 3436.97354285149, 3436.9735528389] },
  { series: 'usbp-san-diego-fy2014-fy2019', log: true, dynamic: false, seasonal: false, level0: 3.98418729905433, alpha: 0.989999910862372, theta: 1.96321473478907,
    mean: [3455.03265363312, 3471.18442767053, 3487.41170889723, 3503.71485029831, 3520.09420650903, 3536.55013382253, 3553.08299019754, 3569.69313526622, 3586.38093034193, 3603.14673842714, 3619.99092422131, 3636.91385412879] },
  { series: 'usbp-san-diego-fy2014-fy2019', log: true, dynamic: true, seasonal: false, level0: 5.25660568338036, alpha: 0.989999977772426, theta: 1.00000017168931,
    mean: [3438.794039741, 3438.79404526993, 3438.79405071679, 3438.79405608222, 3438.79406136699, 3438.79406657194, 3438.79407169799, 3438.79407674612, 3438.79408171736, 3438.79408661277, 3438.79409143344, 3438.79409618051] },
  { series: 'usbp-tucson-fy2010-fy2019', log: false, dynamic: false, seasonal: true, level0: 12083.4512025441, alpha: 0.989999961297525, theta: 3.49608500687322,
    mean: [6042.31073684905, 5805.26347337373, 5319.67696330849, 5069.98889240521, 5570.33753384299, 6992.33674965998, 6326.74767758114, 5985.22353612798, 4805.8508105076, 3707.85706319023, 3961.05657916562, 4179.90626786047] },
  { series: 'usbp-tucson-fy2010-fy2019', log: false, dynamic: true, seasonal: true, level0: 12761.1825348487, alpha: 0.98999991730622, theta: 1.00000005582879,
    mean: [6117.44669048377, 5950.70869296549, 5521.78011339402, 5329.8763773575, 5931.69605258854, 7543.61960129192, 6916.28320205886, 6631.07866412277, 5397.14970429691, 4221.71129136209, 4573.31597407567, 4894.70954278646] },
  { series: 'usbp-tucson-fy2010-fy2019', log: true, dynamic: false, seasonal: true, level0: 2.04916654450365, alpha: 0.989835060398247, theta: 5.82666739383577,
    mean: [6019.05463961073, 5753.78148342386, 5273.74329530826, 5067.53855873314, 5507.45270860864, 6745.23326985248, 6017.44396510966, 5965.31839136371, 4928.4090215786, 3855.80794688921, 4129.65935780459, 4348.3556750365] },
  { series: 'usbp-tucson-fy2010-fy2019', log: true, dynamic: true, seasonal: true, level0: 4.67065824431779, alpha: 0.989999972390189, theta: 1.00000001790776,
    mean: [6080.87144734545, 5871.36547966673, 5434.42505952327, 5273.49037513775, 5791.62261375345, 7175.52661331123, 6461.99068253867, 6471.54767292498, 5390.98275821712, 4248.14730876696, 4598.76326449435, 4894.08149896475] },
];

describe('OTM and DOTM agree with forecTheta (the authors\' R package)', () => {
  for (const r of FORECTHETA) {
    it(`${r.series}${r.log ? ' (log scale)' : ''}: ${r.dynamic ? 'dotm' : 'otm'}`, () => {
      const fit = createOptimisedThetaModel({ dynamic: r.dynamic }).fit(seriesOf(r.series), { period: 12, log: r.log }) as OptimisedThetaFittedModel;
      expect(fit.seasonal).toBe(r.seasonal);
      // The package's Nelder-Mead follows R's optim step by step, and the recursion is the same: observed
      // agreement 1e-15 relative (forecasts) and in the printed digits (estimates); asserted 1e-8.
      expect(Math.abs(fit.level0 - r.level0) / Math.abs(r.level0)).toBeLessThan(1e-8);
      expect(Math.abs(fit.alpha - r.alpha) / r.alpha).toBeLessThan(1e-8);
      expect(Math.abs(fit.theta - r.theta) / r.theta).toBeLessThan(1e-8);
      expect(maxRelativeDifference(fit.forecast(12, []).mean, r.mean)).toBeLessThan(1e-8);
    });
  }
});

// A short non-seasonal series (no seasonal adjustment at period 12 below 25 observations).
const Y = [12, 15, 14, 18, 21, 19, 24, 26, 25, 30, 29, 33, 35, 34, 38];

describe('the theta lines', () => {
  it('thetaLine is the least-squares line on t = 1..n', () => {
    // y = 1, 3, 2, 5 on t = 1..4: t̄ = 2.5, ȳ = 2.75, Σ(t − t̄)(y − ȳ) = 2.625 − 0.125 − 0.375 + 3.375 = 5.5,
    // Σ(t − t̄)² = 5: B = 1.1, A = 2.75 − 1.1·2.5 = 0.
    const { a, b } = thetaLine([1, 3, 2, 5]);
    expect(b).toBeCloseTo(1.1, 14);
    expect(a).toBeCloseTo(0, 14);
  });

  it('the state-space form reproduces the two theta lines of the definition (OTM)', () => {
    // Z_t = theta Y_t + (1 - theta)(A + B t), SES on Z from L_0 = theta l_0 (so that the recursions agree
    // with forecTheta's mu_1), and Yhat = (1 - 1/theta)(A + B (n + h)) + L_n / theta, in sample and ahead.
    const par: TwoLinesParameters = { level0: 5.5, alpha: 0.37, theta: 2.6 };
    const n = Y.length;
    const { a, b } = thetaLine(Y);
    const path = twoLinesPath(Y, par, false, 12);
    let L = par.theta * par.level0;
    const omega = 1 - 1 / par.theta;
    for (let t = 1; t <= n; t++) {
      const oneStep = omega * (a + b * t) + L / par.theta;
      expect(path.mu[t - 1]).toBeCloseTo(oneStep, 10);
      const z = par.theta * Y[t - 1] + (1 - par.theta) * (a + b * t);
      L = par.alpha * z + (1 - par.alpha) * L;
    }
    for (let h = 1; h <= 12; h++) expect(Math.abs(path.mu[n + h - 1] - (omega * (a + b * (n + h)) + L / par.theta))).toBeLessThan(1e-10);
  });

  it("OTM's recursion ahead is the paper's closed form", () => {
    const par: TwoLinesParameters = { level0: 11, alpha: 0.62, theta: 3.1 };
    const n = Y.length;
    const { a, b } = thetaLine(Y);
    const path = twoLinesPath(Y, par, false, 12);
    const ln = path.level[n - 1];
    const { alpha, theta } = par;
    for (let h = 1; h <= 12; h++) {
      const closed = ln + (1 - 1 / theta) * ((1 - alpha) ** n * a + b * (h - 1 + (1 - (1 - alpha) ** (n + 1)) / alpha));
      expect(Math.abs(path.mu[n + h - 1] - closed)).toBeLessThan(1e-10);
    }
  });

  it('a straight line is its own theta line: OTM forecasts (1 − 1/θ)(a + b(n + h)) + L_n / θ with L SES of the line', () => {
    // y_t = 3 + 2t: A = 3, B = 2 and Z_t(theta) = y_t for every theta. By hand with alpha = 0.5, theta = 2,
    // l_0 = 1 (L_0 = 2), n = 3: L = 2 → 0.5·5 + 0.5·2 = 3.5 → 0.5·7 + 0.5·3.5 = 5.25 → 0.5·9 + 0.5·5.25 = 7.125;
    // forecast h = 1: 0.5·(3 + 2·4) + 7.125 / 2 = 5.5 + 3.5625 = 9.0625; h = 2: 0.5·13 + 3.5625 = 10.0625.
    const path = twoLinesPath([5, 7, 9], { level0: 1, alpha: 0.5, theta: 2 }, false, 2);
    expect(path.mu[3]).toBeCloseTo(9.0625, 12);
    expect(path.mu[4]).toBeCloseTo(10.0625, 12);
  });

  it('theta = 1 is simple exponential smoothing: a flat forecast at the last level', () => {
    const path = twoLinesPath(Y, { level0: 12, alpha: 0.4, theta: 1 }, false, 6);
    const n = Y.length;
    for (let h = 1; h <= 6; h++) expect(path.mu[n + h - 1]).toBeCloseTo(path.level[n - 1], 12);
  });

  it("theta = 2 with thetaf's alpha and initial level is thetaf plus (1 − alpha)^n (A + B) / 2", () => {
    // thetaf (Hyndman & Billah 2003) drops that term of the two-lines forecast; the levels are the same
    // SES recursion. Non-seasonal fixture series, on the data and on logs.
    for (const id of ['usbp-san-diego-fy2014-fy2019', 'cbp-sw-total-fy2022-fy2025aug']) {
      for (const log of [false, true]) {
        const y = seriesOf(id);
        const x = log ? y.map(Math.log) : y;
        const n = x.length;
        const ses = fitEtsForm(x, 1, parseForm('ANN'), 'mse')!;
        const theta = thetaModel.fit(y, { period: 12, log });
        expect(theta.parameters.seasonal).toBe(0);
        const { a, b } = thetaLine(x);
        const alpha = ses.params.alpha;
        const otm = twoLinesPath(x, { level0: ses.initialState[0], alpha, theta: 2 }, false, 12).mu.slice(n);
        const expected = theta.forecast(12, []).mean.map((f) => (log ? Math.log(f) : f) + ((1 - alpha) ** n * (a + b)) / 2);
        expect(maxRelativeDifference(otm, expected)).toBeLessThan(1e-10);
      }
    }
  });
});

describe('DOTM', () => {
  it("updates the line recursively: A_t, B_t are the least-squares line of the first t observations", () => {
    const path = twoLinesPath(Y, { level0: 6, alpha: 0.5, theta: 2 }, true);
    for (let t = 2; t <= Y.length; t++) {
      const { a, b } = thetaLine(Y.slice(0, t));
      expect(Math.abs(path.a[t - 1] - a)).toBeLessThan(1e-10);
      expect(Math.abs(path.b[t - 1] - b)).toBeLessThan(1e-10);
    }
  });

  it('its forecasts move the line with them, unlike OTM, and share the last level', () => {
    const par: TwoLinesParameters = { level0: 6, alpha: 0.5, theta: 2.5 };
    const n = Y.length;
    const dynamic = twoLinesPath(Y, par, true, 12);
    const fixed = twoLinesPath(Y, par, false, 12);
    // The level recursion does not depend on the line.
    expect(dynamic.level[n - 1]).toBeCloseTo(fixed.level[n - 1], 12);
    // The line at n is the same least-squares line; ahead, DOTM's slope is re-estimated with each forecast.
    expect(dynamic.b[n - 1]).toBeCloseTo(fixed.b[n - 1], 10);
    expect(Math.abs(dynamic.b[n + 5] - fixed.b[n + 5])).toBeGreaterThan(1e-6);
  });

  it('scores one-step errors from the third observation on (its first two rest on one and two observations)', () => {
    const par: TwoLinesParameters = { level0: 6, alpha: 0.5, theta: 2 };
    const { mu } = twoLinesPath(Y, par, true);
    let s = 0;
    for (let t = 2; t < Y.length; t++) s += (Y[t] - mu[t]) ** 2;
    expect(twoLinesSse(Y, par, true)).toBeCloseTo(s, 10);
    expect(mu[0]).toBe(Y[0]);
  });
});

describe('estimation', () => {
  it('keeps alpha in [0.1, 0.99] and theta >= 1, and does at least as well as its start', () => {
    for (const dynamic of [false, true]) {
      const start = { level0: Y[0] / 2, alpha: 0.5, theta: 2 };
      const fit = estimateTwoLines(Y, dynamic, undefined, start);
      expect(fit.alpha).toBeGreaterThanOrEqual(0.1);
      expect(fit.alpha).toBeLessThanOrEqual(0.99);
      expect(fit.theta).toBeGreaterThanOrEqual(1);
      expect(fit.sse).toBeLessThanOrEqual(twoLinesSse(Y, start, dynamic));
    }
  });

  it('a fixed theta is kept (theta = 2: the standard theta model)', () => {
    const fit = createOptimisedThetaModel({ theta: 2 }).fit(Y, { period: 1 }) as OptimisedThetaFittedModel;
    expect(fit.theta).toBe(2);
    expect(() => createOptimisedThetaModel({ theta: 0.5 })).toThrow(/at least 1/);
  });

  it('forecasts on the log scale are positive, intervals nested around the mean', () => {
    const y = seriesOf('usbp-tucson-fy2010-fy2019');
    for (const dynamic of [false, true]) {
      const f = createOptimisedThetaModel({ dynamic }).fit(y, { period: 12, log: true }).forecast(12, [80, 95]);
      for (let h = 0; h < 12; h++) {
        expect(f.mean[h]).toBeGreaterThan(0);
        expect(f.intervals[1].lower[h]).toBeLessThan(f.intervals[0].lower[h]);
        expect(f.intervals[0].lower[h]).toBeLessThan(f.mean[h]);
        expect(f.mean[h]).toBeLessThan(f.intervals[0].upper[h]);
        expect(f.intervals[0].upper[h]).toBeLessThan(f.intervals[1].upper[h]);
      }
    }
  });
});
