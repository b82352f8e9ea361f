/**
 * The nationality model: bottom-up is the sum of the nationalities' own forecasts, MinT
 * lands between the total's forecast and that sum, and data after an origin (in the total
 * or in any nationality) change no forecast made at it.
 */
import { describe, expect, it } from 'vitest';
import { seededRandom } from '@corridor/forecast';
import { runBacktest } from '../backtest.js';
import { addMonths, monthIndex } from '../months.js';
import { registerModels } from '../registry.js';
import type { MonthlySeries } from '../series.js';
import { seasonMeanDouble, snaiveDouble } from '../test-doubles.js';
import { trainingWindow } from '../window.js';
import { nationalityModel, partsAt, type NationalitySeries } from './nationality.js';

const START = '2010-01';
/** Windows without detected changepoints (and no policy break before 2020): every window is the whole series. */
const FIXED = { detect: false } as const;

function series(id: string, values: number[], start = START): MonthlySeries {
  return { id, measure: 'test', keys: { citizenship: id }, start, values, sources: values.map(() => 'test'), droppedAtEnd: [] };
}

function data(seed = 5): NationalitySeries {
  const rnd = seededRandom(seed);
  const part = (level: number, trend: number) => Array.from({ length: 84 }, (_, t) => Math.round(level * Math.exp(trend * t + 0.3 * Math.sin((2 * Math.PI * t) / 12) + 0.1 * rnd.normal())));
  const a = part(20000, 0);
  const b = part(2000, 0.03);
  const c = part(5000, -0.01);
  const others = part(3000, 0.005);
  return { total: series('ALL', a.map((v, t) => v + b[t] + c[t] + others[t])), named: [series('A', a), series('B', b), series('C', c)] };
}

describe('nationality model', () => {
  it('bottom-up is the sum of the nationalities and REST forecast one by one; MinT leaves coherent forecasts as they are', () => {
    const d = data();
    const n = 60;
    const y = d.total.values.slice(0, n);
    const bu = nationalityModel(d, snaiveDouble, 'bottom-up', FIXED).fit(y, { period: 12, start: START }).forecast(12, [80, 95]);
    const sum = new Array<number>(12).fill(0);
    const parts = partsAt(d, monthIndex(START) + n - 1);
    expect(parts.map((p) => p.keys.citizenship)).toEqual(['A', 'B', 'C', 'REST']);
    for (const p of parts) {
      const w = trainingWindow(p.start, p.values.slice(0, n), FIXED);
      const f = snaiveDouble.fit(w.values, { period: 12, log: w.log }).forecast(12, [80, 95]);
      f.mean.forEach((v, i) => (sum[i] += v));
    }
    bu.mean.forEach((v, i) => expect(v).toBeCloseTo(sum[i], 6));
    // The seasonal naive forecast is linear in the data (on logs too) and every window here is the whole series, so the
    // total's own forecast is the sum of the parts' (coherent): MinT must return it unchanged.
    const own = snaiveDouble.fit(trainingWindow(START, y, FIXED).values, { period: 12 }).forecast(12, [80, 95]);
    own.mean.forEach((v, i) => expect(v).toBeCloseTo(sum[i], 6));
    const mint = nationalityModel(d, snaiveDouble, 'mint-shrink', FIXED).fit(y, { period: 12, start: START }).forecast(12, [80, 95]);
    mint.mean.forEach((v, i) => expect(v / sum[i]).toBeCloseTo(1, 9));
    // And with REST = total − named, the sum of the parts' forecasts is the total's own.
    own.mean.forEach((v, i) => expect(bu.mean[i] / v).toBeCloseTo(1, 9));
  });

  it('refuses an origin a nationality has not reached; one with too short a history stays in REST', () => {
    const d = data();
    const short = { ...d, named: [...d.named.slice(0, 2), series('C', d.named[2].values.slice(0, 50))] };
    expect(() => nationalityModel(short, seasonMeanDouble, 'bottom-up').fit(d.total.values.slice(0, 60), { period: 12, start: START })).toThrow(/C ends before the origin/);
    // A nationality that starts after the origin, or too late to have MIN_PART_MONTHS, stays inside REST.
    for (const from of [65, 40]) {
      const late = { ...d, named: [...d.named.slice(0, 2), series('C', d.named[2].values.slice(from), addMonths(START, from))] };
      const early = nationalityModel(late, seasonMeanDouble, 'bottom-up').fit(d.total.values.slice(0, 60), { period: 12, start: START });
      expect(early.name).toMatch(/\(A, B, REST;/);
      const parts = partsAt(late, monthIndex(START) + 59);
      expect(parts.at(-1)!.values).toEqual(d.total.values.slice(0, 60).map((v, t) => v - d.named[0].values[t] - d.named[1].values[t]));
      expect(early.forecast(12, [80]).mean.every(Number.isFinite)).toBe(true);
    }
  });

  it('no look-ahead: data after an origin, in the total or a nationality, change no forecast made at it', () => {
    const d = data();
    const cut = addMonths(START, 50);
    const k = monthIndex(cut) - monthIndex(START);
    const alter = (s: MonthlySeries): MonthlySeries => ({ ...s, values: s.values.map((v, t) => (t <= k ? v : t === k + 3 ? v * 4 : Math.round(v / 5))) });
    const altered: NationalitySeries = { total: alter(d.total), named: d.named.map(alter) };
    const run = (x: NationalitySeries) =>
      runBacktest(x.total, registerModels([nationalityModel(x, snaiveDouble, 'bottom-up'), nationalityModel(x, snaiveDouble, 'mint-shrink')]), { firstOrigin: addMonths(START, 30), lastOrigin: addMonths(START, 60) });
    const a = run(d);
    const b = run(altered);
    for (const id of ['nationality-bu', 'nationality-mint']) {
      const at = (bt: typeof a, o: string) => bt.forecasts.get(id)!.find((f) => f.origin === o);
      let compared = 0;
      for (let o = addMonths(START, 30); monthIndex(o) <= monthIndex(cut); o = addMonths(o, 1)) {
        expect(at(b, o), `${id} ${o}`).toEqual(at(a, o));
        compared++;
      }
      expect(compared).toBe(21);
      expect(at(b, addMonths(cut, 4))!.mean).not.toEqual(at(a, addMonths(cut, 4))!.mean);
    }
  });
});
