/**
 * What a run shows: people in whole numbers (never -0, never 1.5e-16), per cent only of a
 * baseline that is someone, a difference within rounding noise of the scale none; path names
 * in the reader's language.
 */
import { describe, expect, it } from 'vitest';
import { differenceOf, pathName, whole, wholeBand } from './outputs.js';
import { parseScenario } from './scenario-file.js';
import { runOnSeries } from './run.js';
import { syntheticSeries } from './synthetic-series.js';

describe('differences and figures as shown', () => {
  it('gives no per cent of a baseline that is rounding noise (expelSA=1 after Title 42: 1.5e-16 waiting)', () => {
    const row = differenceOf(33197.2, 1.4982801211862973e-16);
    expect(row).toEqual({ scenario: 33197, baseline: 0, difference: 33197, percent: null });
    // A baseline of a fraction of a person is shown as 0: a per cent of it means nothing either.
    expect(differenceOf(33197, 0.3).percent).toBeNull();
  });

  it('counts a difference within rounding noise of the scale as none', () => {
    expect(differenceOf(142440.36150000001, 142440.3615)).toEqual({ scenario: 142440, baseline: 142440, difference: 0, percent: 0 });
    expect(differenceOf(110, 100).percent).toBeCloseTo(0.1, 12);
    expect(differenceOf(90, 100).difference).toBe(-10);
  });

  it('rounds people to whole numbers, without -0', () => {
    expect(whole(142440.3615)).toBe(142440);
    expect(Object.is(whole(-1e-16), 0)).toBe(true);
    expect(wholeBand({ median: 1.5e-16, lower80: -2e-16, upper80: 10.6, lower95: 0.4, upper95: 11.5 })).toEqual({ median: 0, lower80: 0, upper80: 11, lower95: 0, upper95: 12 });
  });

  it('shows a run in whole people while the per cent comes from the exact totals', () => {
    const scenario = parseScenario({ name: 't', title: { en: 'T', es: 'T' }, description: { en: 'D', es: 'D' }, calibration: { from: '2024-05', to: '2025-04' }, horizon: 3, levers: { expelSA: { value: 1, from: '2025-05' } } }, 't.json');
    const run = runOnSeries(syntheticSeries({ from: '2024-05', to: '2025-07' }), scenario, { from: '2024-05', to: '2025-04' }, { draws: 20 });
    for (const p of run.paths) for (const x of p.points) for (const v of [...Object.values(x.scenario), ...Object.values(x.baseline)]) expect(Number.isInteger(v)).toBe(true);
    for (const d of run.differences) for (const v of [d.scenario, d.baseline, d.difference]) expect(Number.isInteger(v)).toBe(true);
    const waiting = run.differences.find((d) => d.id === 'waiting')!;
    expect(waiting.baseline).toBe(0);
    expect(waiting.scenario).toBeGreaterThan(0);
    expect(waiting.percent).toBeNull();
    for (const d of run.differences) if (d.percent !== null) expect(Math.abs(d.percent)).toBeLessThan(100);
  });

  it('names the paths in Spanish for a Spanish table, codes kept', () => {
    expect(['encounters', 'into-mexico', 'waiting', 'encounters-GTM', 'first-attempts', 'mexico-apprehensions'].map((id) => pathName(id, 'es'))).toEqual(['encuentros', 'devueltas-a-mexico', 'en-espera', 'encuentros-GTM', 'primeros-intentos', 'detenciones-mexico']);
    expect(pathName('into-mexico', 'en')).toBe('into-mexico');
  });
});
