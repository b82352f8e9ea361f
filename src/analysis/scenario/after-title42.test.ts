/**
 * After Title 42 (and before it) the US sends people into Mexico under Title 8, which the model
 * does not simulate: with what Mexico recorded receiving from the US in the window, that level
 * is held and shown; without it, the gap says so and the actual is empty, never a 0 shown as
 * what happened. A group a table lumps into "other countries" has no actual either.
 */
import { describe, expect, it } from 'vitest';
import { parseScenario } from './scenario-file.js';
import { runOnSeries } from './run.js';
import { BORDER_STATES } from './groups.js';
import { syntheticSeries } from './synthetic-series.js';

const scenario = parseScenario({ name: 't', title: { en: 'T', es: 'T' }, description: { en: 'D', es: 'D' }, calibration: { from: '2024-05', to: '2025-04' }, horizon: 3, levers: {} }, 't.json');
const window = { from: '2024-05', to: '2025-04' };
const path = (run: ReturnType<typeof runOnSeries>, id: string) => run.paths.find((p) => p.id === id)!;

describe('people sent into Mexico after Title 42', () => {
  it('holds the level Mexico recorded receiving in the window, by state, and shows it as the actual', () => {
    const mexicans = [100, 200, 300, 400, 0, 600];
    const nonMexicans = [10, 0, 0, 0, 0, 50];
    const run = runOnSeries(syntheticSeries({ from: '2024-05', to: '2025-07', received: { from: '2024-10', mexicans, nonMexicans } }), scenario, window, { draws: 20 });
    const into = path(run, 'into-mexico');
    // 1,600 Mexicans + 60 non-Mexicans a month, the same in every draw (the months are constant).
    expect(into.points.map((p) => p.scenario.median)).toEqual([1660, 1660, 1660]);
    expect(into.points.map((p) => p.actual)).toEqual([1660, 1660, 1660]);
    const tamaulipas = run.states.find((s) => s.state === 'MX-28')!;
    expect(tamaulipas.months[0].intoMexico.median).toBe(650);
    expect(tamaulipas.months[0].nonMexicans.median).toBe(50);
    // Nuevo León gets none from the sectors, but Mexico's own figure for it stands.
    expect(run.states.find((s) => s.state === 'MX-19')!.months[0].intoMexico.median).toBe(0);
    expect(run.gaps.find((g) => g.stage === 'into-mexico')?.note.en).toMatch(/holds, in every simulated month and state, the mean of what Mexico recorded receiving/);
    expect(run.modelCard.estimates.some((l) => l.value === '1,660 (60)')).toBe(true);
  });

  it('says it cannot model the flow where the store has no figure: a gap on the card, the actual empty, not 0', () => {
    const run = runOnSeries(syntheticSeries({ from: '2024-05', to: '2025-07' }), scenario, window, { draws: 20 });
    const into = path(run, 'into-mexico');
    expect(into.points.map((p) => p.actual)).toEqual([null, null, null]);
    const gap = run.gaps.find((g) => g.stage === 'into-mexico');
    expect(gap?.months).toEqual(['2025-05', '2025-06', '2025-07']);
    expect(gap?.note.en).toMatch(/does not simulate that flow.*leaves out every Title 8 return \(unknown, not none\)/);
    expect(gap?.note.es).toMatch(/desconocido, no cero/);
  });

  it('keeps the Title 42 expulsions as the actual under Title 42', () => {
    const t42 = parseScenario({ name: 't', title: { en: 'T', es: 'T' }, description: { en: 'D', es: 'D' }, calibration: { from: '2020-05', to: '2021-04' }, horizon: 2, levers: {} }, 't.json');
    const run = runOnSeries(syntheticSeries({ from: '2020-05', to: '2021-06' }), t42, { from: '2020-05', to: '2021-04' }, { draws: 20 });
    // 300 a group and demographic, four groups Mexico accepts, three demographics.
    expect(path(run, 'into-mexico').points.map((p) => p.actual)).toEqual([3600, 3600]);
    expect(run.gaps.find((g) => g.stage === 'into-mexico')).toBeUndefined();
  });

  it('leaves the rest of the Americas and the rest of the world without an actual where a table lumps them as "other countries"', () => {
    const run = runOnSeries(syntheticSeries({ from: '2024-05', to: '2025-07', lumpedFrom: '2025-01' }), scenario, window, { draws: 20 });
    expect(path(run, 'encounters-OAM').points.map((p) => p.actual)).toEqual([null, null, null]);
    expect(path(run, 'encounters-ROW').points.map((p) => p.actual)).toEqual([null, null, null]);
    expect(path(run, 'encounters-GTM').points.map((p) => p.actual)).toEqual([3330, 3330, 3330]);
  });

  it('says when a window that ends under Title 42 goes on expelling after Title 42 ended (May 2023), in both languages, with the levers that end it', () => {
    const late = parseScenario({ name: 't', title: { en: 'T', es: 'T' }, description: { en: 'D', es: 'D' }, calibration: { from: '2022-04', to: '2023-03' }, horizon: 5, levers: {} }, 't.json');
    const run = runOnSeries(syntheticSeries({ from: '2022-04', to: '2023-08' }), late, { from: '2022-04', to: '2023-03' }, { draws: 20 });
    // The model sends people back in June-August 2023 at the window's shares (300 of each group and demographic, the four groups Mexico accepts).
    expect(path(run, 'into-mexico').points.map((p) => p.scenario.median).slice(3).every((v) => v > 0)).toBe(true);
    const gap = run.gaps.find((g) => g.stage === 'title42-ended');
    expect(gap?.months).toEqual(['2023-06', '2023-07', '2023-08']);
    expect(gap?.note.en).toMatch(/^Title 42 ended on 11 May 2023, but the window ends under it: .* as if Title 42 went on .* set expelSA, expelFMUA and expelUC to 0 from 2023-06/);
    expect(gap?.note.es).toMatch(/^El Título 42 terminó el 11 de mayo de 2023.* fije expelSA, expelFMUA y expelUC en 0 desde 2023-06/);
    // Under Title 42 throughout, or with no expulsions in the window, there is nothing to say.
    expect(runOnSeries(syntheticSeries({ from: '2020-05', to: '2021-06' }), parseScenario({ ...late, calibration: { from: '2020-05', to: '2021-04' }, horizon: 2 }, 't.json'), { from: '2020-05', to: '2021-04' }, { draws: 20 }).gaps.find((g) => g.stage === 'title42-ended')).toBeUndefined();
    expect(runOnSeries(syntheticSeries({ from: '2024-05', to: '2025-07' }), scenario, window, { draws: 20 }).gaps.find((g) => g.stage === 'title42-ended')).toBeUndefined();
  });

  it("gives the non-Mexicans Mexico received a band from the window's months, as the Mexicans have, not one figure in every draw", () => {
    const series = syntheticSeries({ from: '2024-05', to: '2025-07', received: { from: '2024-10', mexicans: [100, 200, 300, 400, 0, 600], nonMexicans: [10, 0, 0, 0, 0, 50] } });
    // Tamaulipas received 20, 40, 60, 80, 100, 120 non-Mexicans in the window's last six months (November 2024 – April 2025).
    const tam = BORDER_STATES.indexOf('MX-28');
    series.months.forEach((m, t) => {
      if (m >= '2024-11' && m <= '2025-04') series.receivedFromUS!.nonMexicans[tam][t] = 20 * (t - series.months.indexOf('2024-11') + 1);
    });
    const run = runOnSeries(series, scenario, window, { draws: 200 });
    const months = run.states.find((s) => s.state === 'MX-28')!.months;
    const band = months[0].nonMexicans;
    expect(band.lower95).toBeLessThan(band.median);
    expect(band.upper95).toBeGreaterThan(band.median);
    expect(band.lower95).toBeGreaterThanOrEqual(20);
    expect(band.upper95).toBeLessThanOrEqual(120);
    // Each draw's non-Mexicans are among the people it sends into the state.
    expect(months.every((m) => m.nonMexicans.upper95 <= m.intoMexico.upper95 && m.nonMexicans.lower95 <= m.intoMexico.lower95)).toBe(true);
    // The Mexicans' part is resampled as before: Tamaulipas's 600 a month, the same in every month and draw.
    expect(months[0].intoMexico.lower95 - band.lower95).toBeCloseTo(600, 0);
  });
});

