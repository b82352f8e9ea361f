import { describe, expect, it } from 'vitest';
import { loadReferences, maxRelativeDifference, type EtsReference } from '../test/fixtures/reference.js';
import { akaikeWeights, createAkaikeEtsModel, type AkaikeEtsFittedModel } from './ets-akaike.js';
import { createEtsModel, etsModel, type EtsFittedModel } from './models/ets.js';
import { qnormUpper } from './models/validate.js';

const references = loadReferences();
const spec = (method: string) => method.replace(/^ETS\(|\)$/g, '').replace(/,/g, '');

/** Kolassa's combination computed from R's fits of each form: weights from R's AICc, the mixture's mean and sd. */
function fromR(forms: EtsReference[], log: boolean) {
  const w = akaikeWeights(forms.map((f) => f.aicc));
  const scale = (v: number) => (log ? Math.log(v) : v);
  const z = qnormUpper(80);
  const h = forms[0].mean.length;
  const mean: number[] = [];
  const sd: number[] = [];
  for (let k = 0; k < h; k++) {
    let m1 = 0;
    let m2 = 0;
    forms.forEach((f, i) => {
      const mu = scale(f.mean[k]);
      const s = (scale(f.upper80[k]) - mu) / z; // R's analytical intervals are normal on the model scale
      m1 += w[i] * mu;
      m2 += w[i] * (s * s + mu * mu);
    });
    mean.push(m1);
    sd.push(Math.sqrt(m2 - m1 * m1));
  }
  const back = (v: number) => (log ? Math.exp(v) : v);
  return { w, mean: mean.map(back), upper80: mean.map((m, k) => back(m + z * sd[k])), lower95: mean.map((m, k) => back(m - qnormUpper(95) * sd[k])) };
}

describe('akaikeWeights', () => {
  it('exp(−Δ/2), normalised; a form without a criterion gets none', () => {
    // Δ = 0, 2, 4: exp(0), exp(−1), exp(−2) over their sum.
    const e = [1, Math.exp(-1), Math.exp(-2)];
    const s = e[0] + e[1] + e[2];
    const w = akaikeWeights([100, 102, 104, NaN]);
    expect(w[0]).toBeCloseTo(e[0] / s, 15);
    expect(w[1]).toBeCloseTo(e[1] / s, 15);
    expect(w[2]).toBeCloseTo(e[2] / s, 15);
    expect(w[3]).toBe(0);
    // Only differences matter.
    expect(akaikeWeights([-5, -3, -1])).toEqual(akaikeWeights([100, 102, 104]).map((v) => expect.closeTo(v, 15)));
  });
});

describe('ETS by Akaike weights agrees with the combination of forecast::ets fits', () => {
  for (const ref of references) {
    // Every admissible form without a trend on the data's scale (ANN, ANA, MNN, MNA, MNM: the reference
    // fixtures hold R's fit of each).
    it(`${ref.series.id}: ZNZ, on the data`, () => {
      const forms = ['ANN', 'ANA', 'MNN', 'MNA', 'MNM'].map((s) => ref.ets_forms.find((f) => spec(f.method) === s)!);
      const r = fromR(forms, false);
      const fit = createAkaikeEtsModel({ model: 'ZNZ' }).fit(ref.series.values, { period: 12 }) as AkaikeEtsFittedModel;
      expect(fit.forms.map((f) => f.name)).toEqual(['ETS(A,N,N)', 'ETS(A,N,A)', 'ETS(M,N,N)', 'ETS(M,N,A)', 'ETS(M,N,M)']);
      // The fits are R's to 1e-10 in likelihood (ets.test.ts), so the weights agree closely; forecasts
      // asserted to 1e-6 as the fixed forms' are.
      fit.forms.forEach((f, i) => expect(Math.abs(f.weight - r.w[i])).toBeLessThan(1e-8));
      const f = fit.forecast(12, [80, 95]);
      expect(maxRelativeDifference(f.mean, r.mean)).toBeLessThan(1e-6);
      // Intervals to 11 months (ANA and MNA at h = m: see below).
      expect(maxRelativeDifference(f.intervals[0].upper.slice(0, 11), r.upper80.slice(0, 11))).toBeLessThan(1e-6);
      expect(maxRelativeDifference(f.intervals[1].lower.slice(0, 11), r.lower95.slice(0, 11))).toBeLessThan(1e-6);
    });
    // On logs (additive forms only), the pairs the fixtures hold: no trend (ANN, ANA) and damped (AAdN, AAdA).
    for (const [label, options, names] of [
      ['no trend', { model: 'ZNZ' }, ['ETS(A,N,N)', 'ETS(A,N,A)']],
      ['damped', { damped: true }, ['ETS(A,Ad,N)', 'ETS(A,Ad,A)']],
    ] as const) {
      it(`${ref.series.id}: ${label}, on the log scale`, () => {
        const forms = names.map((n) => ref.ets_forms_log.find((f) => f.method === n)!);
        const r = fromR(forms, true);
        const fit = createAkaikeEtsModel(options).fit(ref.series.values, { period: 12, log: true }) as AkaikeEtsFittedModel;
        expect(fit.forms.map((f) => f.name)).toEqual(names);
        fit.forms.forEach((f, i) => expect(Math.abs(f.weight - r.w[i])).toBeLessThan(1e-8));
        const f = fit.forecast(12, [80, 95]);
        expect(maxRelativeDifference(f.mean, r.mean)).toBeLessThan(1e-6);
        // Intervals to 11 months: at h = m the package's class-1 variance of ANA differs from forecast 8.20's on
        // purpose (models/ets.ts).
        expect(maxRelativeDifference(f.intervals[0].upper.slice(0, 11), r.upper80.slice(0, 11))).toBeLessThan(1e-6);
        expect(maxRelativeDifference(f.intervals[1].lower.slice(0, 11), r.lower95.slice(0, 11))).toBeLessThan(1e-6);
      });
    }
  }
});

describe('ETS by Akaike weights and the automatic ETS', () => {
  for (const ref of references) {
    it(`${ref.series.id} (log scale, every form): the weighted mean of the fixed forms, the largest weight on the form selected`, () => {
      const y = ref.series.values;
      const fit = createAkaikeEtsModel().fit(y, { period: 12, log: true }) as AkaikeEtsFittedModel;
      const fixed = fit.forms.map((f) => createEtsModel({ model: spec(f.name) }).fit(y, { period: 12, log: true }) as EtsFittedModel);
      // Same candidates and the same fits as the automatic ETS's search.
      fixed.forEach((m, i) => expect(m.aicc).toBe(fit.forms[i].ic));
      const w = akaikeWeights(fixed.map((m) => m.aicc));
      const expected = Array.from({ length: 12 }, (_, k) => Math.exp(fixed.reduce((s, m, i) => s + w[i] * Math.log(m.forecast(12, []).mean[k]), 0)));
      expect(maxRelativeDifference(fit.forecast(12, []).mean, expected)).toBeLessThan(1e-10);
      const selected = etsModel.fit(y, { period: 12, log: true }) as EtsFittedModel;
      const top = [...fit.forms].sort((a, b) => b.weight - a.weight)[0];
      expect(top.name).toBe(selected.name);
      expect(fit.forms.reduce((s, f) => s + f.weight, 0)).toBeCloseTo(1, 14);
    });
  }

  it('one form allowed: the fixed-form ETS itself, intervals included', () => {
    const y = references[0].series.values;
    const a = createAkaikeEtsModel({ model: 'AAdN' }).fit(y, { period: 12, log: true }).forecast(12, [80, 95]);
    const b = createEtsModel({ model: 'AAdN' }).fit(y, { period: 12, log: true }).forecast(12, [80, 95]);
    expect(maxRelativeDifference(a.mean, b.mean)).toBeLessThan(1e-12);
    expect(maxRelativeDifference(a.intervals[0].lower, b.intervals[0].lower)).toBeLessThan(1e-12);
    expect(maxRelativeDifference(a.intervals[1].upper, b.intervals[1].upper)).toBeLessThan(1e-12);
  });

  it('a constant series: the constant', () => {
    const f = createAkaikeEtsModel().fit(new Array(30).fill(7), { period: 12 }).forecast(3, [80]);
    expect(f.mean).toEqual([7, 7, 7]);
  });
});
