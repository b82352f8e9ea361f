/**
 * corridor scenario run's table states what the paths rest on, as the page's model card does:
 * the figures estimated from the window and every assumption with its value, in the language
 * asked for. Before, the table only pointed to --format json for them.
 */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/analysis/scenario/scenario-file.js';
import { runOnSeries } from '../../src/analysis/scenario/run.js';
import { syntheticSeries } from '../../src/analysis/scenario/synthetic-series.js';
import { printRun } from '../../src/cli/commands/scenario.js';

describe('corridor scenario run, as a table', () => {
  const scenario = parseScenario({ name: 't', title: { en: 'T', es: 'T' }, description: { en: 'D', es: 'D' }, calibration: { from: '2020-05', to: '2021-04' }, horizon: 2, levers: {} }, 't.json');
  const run = runOnSeries(syntheticSeries({ from: '2020-05', to: '2021-06' }), scenario, { from: '2020-05', to: '2021-04' }, { draws: 20 });

  it('prints the estimates and the assumptions with their values', () => {
    const text = printRun(run, 'en');
    expect(text).toContain('\nEstimated from the window (model card):\n  Re-attempt rate (a month): ');
    expect(text).toMatch(/\n {2}Share the US sends back at the border \(Title 42 and the like\): single adults, people in families, unaccompanied children: 0\.24, 0\.24, 0\.24 \(MEX /);
    expect(text).toContain('\nAssumptions (editable under "assumptions" in a scenario file):\n  People waiting in northern Mexico who leave the border each month: 0.30 — ');
    expect(text).toContain('  Deterrence: how departures respond to the chance of getting through Mexico: 0.00 — ');
  });

  it('prints them in Spanish under --lang es', () => {
    const text = printRun(run, 'es');
    expect(text).toContain('\nEstimado con la ventana (ficha del modelo):\n  Tasa de reintento (al mes): ');
    expect(text).toContain('\nSupuestos (editables en "assumptions" de un archivo de escenario):\n  Personas que esperan en el norte de México y dejan la frontera cada mes: 0.30 — ');
    expect(text).not.toContain('Re-attempt rate');
  });

  it("prints Mexico's apprehensions month by month, the flow the enforcement levers act on, with what Mexico recorded", () => {
    const table = printRun(run, 'en').split('\n').filter((l) => l.startsWith('mexico-apprehensions '));
    expect(table.map((l) => l.split(/\s+/)[1])).toEqual(['2021-05', '2021-06']);
    // The synthetic series: Mexico recorded 5,000 apprehensions a month.
    expect(table.every((l) => l.trim().endsWith('5,000'))).toBe(true);
    expect(printRun(run, 'es').split('\n').filter((l) => l.startsWith('detenciones-mexico ')).length).toBe(2);
  });
});

