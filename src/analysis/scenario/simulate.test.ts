/**
 * The simulator on hand-worked cases and by properties: people are conserved, levers at
 * neutral give the baseline exactly, more enforcement never raises US arrivals of transit
 * nationalities, and Mexico's family cap binds.
 */
import { describe, expect, it } from 'vitest';
import { BORDER_STATES, DEMOGRAPHICS, GROUPS } from './groups.js';
import type { Levers } from './levers.js';
import { rampWeight } from './levers.js';
import { monthIndex } from './months.js';
import { seededRandom } from './random.js';
import { simulate } from './simulate.js';
import { decodeCalibration, encodeCalibration } from './transport.js';
import type { Calibration, ParameterDraw, Simulation } from './types.js';

const G = GROUPS.length;
const D = DEMOGRAPHICS.length;
const S = BORDER_STATES.length;
const GTM = 1;
const SA = 0;
const FMUA = 1;

function tiny(): Calibration {
  const H = 2;
  const departures = new Float64Array(G * D * H);
  departures[(GTM * D + SA) * H + 0] = 100;
  departures[(GTM * D + SA) * H + 1] = 100;
  const expelShare = new Float64Array(G * D);
  expelShare[GTM * D + SA] = 0.5;
  const draw: ParameterDraw = {
    departures,
    apprehendSouth: Float64Array.from(GROUPS.map((_, g) => (g === 0 ? 0 : 0.1))),
    apprehendRest: Float64Array.from(GROUPS.map((_, g) => (g === 0 ? 0 : 0.2))),
    mexicoReturnShare: 0.5,
    reattemptRate: 0.5,
    expelShare,
  };
  return {
    window: { from: '2020-01', to: '2020-12' },
    months: ['2021-01', '2021-02'],
    draws: [draw],
    leaveRate: 0.3,
    deterrence: 0,
    familyCap: Infinity,
    processingCapacity: Infinity,
    stateShares: [1, 0, 0, 0, 0, 0],
    initialWaiting: new Float64Array(G * D * S),
    initialReleased: new Float64Array(G * D),
    gaps: [],
  };
}

/** A random calibration: every group and demographic, stocks at the start, caps that bind. */
function randomCalibration(seed: number, H = 12, draws = 5): Calibration {
  const rnd = seededRandom(seed);
  const make = (): ParameterDraw => ({
    departures: Float64Array.from({ length: G * D * H }, () => 1000 * rnd()),
    apprehendSouth: Float64Array.from(GROUPS.map((_, g) => (g === 0 ? 0 : 0.4 * rnd()))),
    apprehendRest: Float64Array.from(GROUPS.map((_, g) => (g === 0 ? 0 : 0.4 * rnd()))),
    mexicoReturnShare: rnd(),
    reattemptRate: 0.6 * rnd(),
    expelShare: Float64Array.from({ length: G * D }, () => rnd()),
  });
  const shares = BORDER_STATES.map(() => rnd());
  const sum = shares.reduce((a, b) => a + b, 0);
  return {
    window: { from: '2020-01', to: '2020-12' },
    months: Array.from({ length: H }, (_, h) => `2021-${String(h + 1).padStart(2, '0')}`).slice(0, H),
    draws: Array.from({ length: draws }, make),
    leaveRate: 0.3 * rnd(),
    deterrence: 0,
    familyCap: 500 * rnd(),
    processingCapacity: 5000 + 5000 * rnd(),
    stateShares: shares.map((s) => s / sum),
    initialWaiting: Float64Array.from({ length: G * D * S }, () => 100 * rnd()),
    initialReleased: Float64Array.from({ length: G * D }, () => 100 * rnd()),
    gaps: [],
  };
}

const transitArrivals = (sim: Simulation, n: number, h: number, field: 'encounters' | 'firstAttempts') => {
  let s = 0;
  for (let g = 1; g < G; g++) for (let d = 0; d < D; d++) s += sim[field][((n * sim.months.length + h) * G + g) * D + d];
  return s;
};

describe('simulate', () => {
  it('matches a hand-worked two-month case', () => {
    const sim = simulate(tiny());
    const at = (h: number) => ((0 * 2 + h) * G + GTM) * D + SA;
    // Month 1: 100 in transit, 28% apprehended (1 − 0.9·0.8), half of them returned; 72 reach the US, half sent back.
    expect(sim.mexicoApprehensions[(0 * 2 + 0) * G + GTM]).toBeCloseTo(28, 10);
    expect(sim.mexicoReturns[0]).toBeCloseTo(14, 10);
    expect(sim.encounters[at(0)]).toBeCloseTo(72, 10);
    expect(sim.intoMexico[0]).toBeCloseTo(36, 10);
    expect(sim.waiting[0]).toBeCloseTo(36, 10);
    // Month 2: 100 + 14 released in transit; 31.92 apprehended; 82.08 arrive, 18 re-attempt (0.5·36).
    expect(sim.mexicoApprehensions[(0 * 2 + 1) * G + GTM]).toBeCloseTo(31.92, 10);
    expect(sim.encounters[at(1)]).toBeCloseTo(100.08, 10);
    expect(sim.firstAttempts[at(1)]).toBeCloseTo(82.08, 10);
    expect(sim.leftBorder[1]).toBeCloseTo(10.8, 10);
    expect(sim.waiting[1 * S]).toBeCloseTo(36 - 18 - 10.8 + 50.04, 10);
    expect(sim.processed[1]).toBeCloseTo(50.04, 10);
  });

  it('conserves people: departures = returns + removals + processed + left + change in stocks', () => {
    for (const seed of [1, 2, 3, 4]) {
      const cal = randomCalibration(seed);
      const levers: Levers = { enforcementSouth: { value: 2, from: '2021-03', rampMonths: 3 }, capacity: { value: 0.5, from: '2021-02' }, familyAcceptance: { value: 0.5, from: '2021-01', states: { 'MX-28': 0 } }, reattempt: { value: 1.5, from: '2021-05' } };
      const sim = simulate(cal, levers);
      const H = cal.months.length;
      const start = cal.initialWaiting.reduce((a, b) => a + b, 0) + cal.initialReleased.reduce((a, b) => a + b, 0);
      for (let n = 0; n < sim.draws; n++) {
        let inflow = start;
        let outflow = sim.endReleased[n] + sim.endWaiting[n];
        for (let h = 0; h < H; h++) {
          inflow += sim.departures[n * H + h];
          outflow += sim.mexicoReturns[n * H + h] + sim.removedToOrigin[n * H + h] + sim.processed[n * H + h] + sim.leftBorder[n * H + h];
        }
        expect(outflow / inflow).toBeCloseTo(1, 10);
      }
    }
  });

  it('splits the people it expels into Mexico by demographic: with the held Title 8 level they make up all sent there', () => {
    for (const seed of [5, 6]) {
      const base = randomCalibration(seed);
      const N = base.draws.length;
      // A held Title 8 level of 100 a month into the first state, 10 of them non-Mexicans (no demographics).
      const title8 = { all: new Float64Array(N * S).map((_, i) => (i % S === 0 ? 100 : 0)), nonMexicans: new Float64Array(N * S).map((_, i) => (i % S === 0 ? 10 : 0)), months: ['2020-12'] };
      for (const cal of [base, { ...base, title8IntoMexico: title8 }]) {
        const sim = simulate(cal, { familyAcceptance: { value: 0.5, from: '2021-02' } });
        const H = cal.months.length;
        for (let k = 0; k < N * H; k++) {
          for (let st = 0; st < S; st++) {
            let expelled = 0;
            for (let d = 0; d < D; d++) expelled += sim.intoMexicoExpelled[(k * S + st) * D + d];
            const held = cal.title8IntoMexico ? cal.title8IntoMexico.all[Math.floor(k / H) * S + st] : 0;
            expect(expelled + held).toBeCloseTo(sim.intoMexico[k * S + st], 8);
          }
        }
      }
    }
  });

  it('gives the baseline exactly when every lever is at neutral, or starts after the horizon', () => {
    const cal = randomCalibration(7);
    const base = simulate(cal);
    const neutral: Levers = {
      enforcementSouth: { value: 1, from: '2021-01' },
      enforcementRest: { value: 1, from: '2021-01', rampMonths: 4 },
      familyAcceptance: { value: 1, from: '2021-01' },
      reattempt: { value: 1, from: '2021-02' },
      departures: { value: 1, from: '2021-01' },
      capacity: { value: 1, from: '2021-01' },
    };
    const late: Levers = { enforcementSouth: { value: 3, from: '2030-01' }, expelSA: { value: 0, from: '2030-01' }, departures: { value: 0.25, from: '2030-01' } };
    for (const levers of [neutral, late]) {
      const sim = simulate(cal, levers);
      expect(Array.from(sim.encounters)).toEqual(Array.from(base.encounters));
      expect(Array.from(sim.waiting)).toEqual(Array.from(base.waiting));
    }
  });

  // Month by month it can: people Mexico apprehends and releases arrive a month later. Up to
  // any month, the total cannot rise, and neither can encounters (re-attempts included).
  it('never raises the US arrivals of transit nationalities up to any month when Mexico enforces more', () => {
    for (const seed of [11, 12, 13]) {
      for (const deterrence of [0, 1]) {
        for (const observed of [false, true]) {
          const cal = { ...randomCalibration(seed), deterrence };
          if (observed) cal.observedApprehensions = cal.months.map((_, h) => (h % 3 === 2 ? null : 2000));
          let previous: Simulation | undefined;
          for (const value of [0.5, 1, 1.5, 2, 3]) {
            const sim = simulate(cal, { enforcementSouth: { value, from: '2021-02' }, enforcementRest: { value: Math.sqrt(value), from: '2021-04' } });
            if (previous) {
              for (let n = 0; n < sim.draws; n++) {
                let now = 0;
                let before = 0;
                let nowE = 0;
                let beforeE = 0;
                for (let h = 0; h < cal.months.length; h++) {
                  now += transitArrivals(sim, n, h, 'firstAttempts');
                  before += transitArrivals(previous, n, h, 'firstAttempts');
                  nowE += transitArrivals(sim, n, h, 'encounters');
                  beforeE += transitArrivals(previous, n, h, 'encounters');
                  expect(now).toBeLessThanOrEqual(before + 1e-6);
                  expect(nowE).toBeLessThanOrEqual(beforeE + 1e-6);
                }
              }
            }
            previous = sim;
          }
        }
      }
    }
  });

  it("sends no non-Mexican family into Mexico when Mexico accepts none, and reads departures from Mexico's observed apprehensions", () => {
    const cal = randomCalibration(21);
    const sim = simulate(cal, { familyAcceptance: { value: 0, from: '2021-01' }, expelSA: { value: 0, from: '2021-01' }, expelUC: { value: 0, from: '2021-01' } });
    expect(Math.max(...sim.intoMexicoNonMexicans)).toBe(0);
    const withObs = { ...cal, observedApprehensions: cal.months.map(() => 1234) };
    const obs = simulate(withObs);
    for (let h = 0; h < cal.months.length; h++) {
      let a = 0;
      for (let g = 0; g < G; g++) a += obs.mexicoApprehensions[h * G + g];
      expect(a).toBeCloseTo(1234, 6);
    }
    void FMUA;
  });

  it('sends no non-Mexican family into Mexico when Mexico accepts none, even where the window gave no cap (before Title 42)', () => {
    const cal = randomCalibration(22);
    cal.familyCap = Infinity;
    const refuse = { familyAcceptance: { value: 0, from: '2021-01' }, expelSA: { value: 0, from: '2021-01' }, expelUC: { value: 0, from: '2021-01' }, expelFMUA: { value: 0.9, from: '2021-01' } } as const;
    expect(Math.max(...simulate(cal, { ...refuse, familyAcceptance: { value: 1, from: '2021-01' } }).intoMexicoNonMexicans)).toBeGreaterThan(0);
    expect(Math.max(...simulate(cal, refuse).intoMexicoNonMexicans)).toBe(0);
    // One state closed, the others open: none sent into Tamaulipas, some into the others.
    const tamaulipas = BORDER_STATES.indexOf('MX-28');
    const one = simulate(cal, { ...refuse, familyAcceptance: { value: 1, from: '2021-01', states: { 'MX-28': 0 } } });
    const into = (s: number) => Array.from({ length: one.draws * cal.months.length }, (_, k) => one.intoMexicoNonMexicans[k * S + s]);
    expect(Math.max(...into(tamaulipas))).toBe(0);
    expect(Math.max(...into(BORDER_STATES.indexOf('MX-02')))).toBeGreaterThan(0);
  });

  it('survives the trip through JSON (as the API would send it to a browser) within its rounding', () => {
    const cal = randomCalibration(31);
    cal.familyCap = Infinity;
    const back = decodeCalibration(JSON.parse(JSON.stringify(encodeCalibration(cal))));
    expect(back.familyCap).toBe(Infinity);
    const a = simulate(cal, { enforcementSouth: { value: 2, from: '2021-02' } });
    const b = simulate(back, { enforcementSouth: { value: 2, from: '2021-02' } });
    const total = (x: Simulation) => x.encounters.reduce((s, v) => s + v, 0);
    expect(Math.abs(total(a) - total(b)) / total(a)).toBeLessThan(1e-3);
  });

  it('ramps a lever linearly from its start and stops after its end', () => {
    const r = { from: '2021-03', to: '2021-08', rampMonths: 4 };
    const w = ['2021-02', '2021-03', '2021-04', '2021-06', '2021-08', '2021-09'].map((m) => rampWeight(r, monthIndex(m)));
    expect(w).toEqual([0, 0.25, 0.5, 1, 1, 0]);
  });
});
