/**
 * What a lever leaves in place at no change, said by the API: a multiplier 1, an expulsion share
 * the one the US sent back in the window's last three months (all groups together), so the page
 * can stand a share's slider there rather than at 0 ("the US sends back no one"); and the model
 * card gives the same shares by nationality group.
 */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/analysis/scenario/scenario-file.js';
import { runOnSeries } from '../../src/analysis/scenario/run.js';
import { syntheticSeries } from '../../src/analysis/scenario/synthetic-series.js';
import { presentRun, ScenarioRunSchema } from '../../src/api/routes/scenario.js';

describe("GET /api/scenario's levers at no change", () => {
  const scenario = parseScenario({ name: 't', title: { en: 'T', es: 'T' }, description: { en: 'D', es: 'D' }, calibration: { from: '2020-05', to: '2021-04' }, horizon: 2, levers: {} }, 't.json');
  // Under Title 42 the synthetic series sends back 300 of each group and demographic: of single adults 1,800 of 7,500 encountered a month.
  const run = runOnSeries(syntheticSeries({ from: '2020-05', to: '2021-06' }), scenario, { from: '2020-05', to: '2021-04' }, { draws: 20 });

  it('gives each share lever the share the US sent back, and every multiplier 1', () => {
    const body = presentRun(run, 'en');
    expect(body.leverNeutral).toEqual({ enforcementSouth: 1, enforcementRest: 1, expelSA: 0.24, expelFMUA: 0.238, expelUC: 0.236, familyAcceptance: 1, reattempt: 1, departures: 1, capacity: 1 });
    expect(ScenarioRunSchema.safeParse(body).success).toBe(true);
  });

  it('states the shares in the model card, by group, in both languages', () => {
    const en = presentRun(run, 'en').modelCard.estimates.find((l) => l.label.startsWith('Share the US sends back at the border'));
    expect(en?.value).toBe('0.24, 0.24, 0.24 (MEX 0.30, 0.30, 0.29; GTM 0.27, 0.27, 0.27; HND 0.25, 0.25, 0.25; SLV 0.23, 0.23, 0.23; OAM 0.21, 0.21, 0.21; ROW 0.20, 0.20, 0.20)');
    const es = presentRun(run, 'es').modelCard.estimates.find((l) => l.label.startsWith('Proporción que EE. UU. devuelve en la frontera'));
    expect(es?.note).toContain('expelFMUA');
  });
});
