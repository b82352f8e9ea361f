/**
 * GET /api/reception?scenario=NAME&levers=...&quantile=... over the store loaded from the
 * mirror: the plan receptionPlan gives with the scenario engine's arrivals, the parameters in
 * the OpenAPI document, and a 400 saying what is allowed for an unknown name, lever or quantile.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { receptionPlan, type Plan } from '../../src/analysis/reception/run.js';
import type { Store } from '../../src/store/open.js';
import { describeMirror } from '../mirror.js';
import { mirrorApp, type App } from './mirror-app.js';
import { call } from './fixture-store.js';

describeMirror('GET /api/reception with a scenario from the engine', () => {
  let store: Store;
  let direct: Plan;
  let app: App;
  beforeAll(async () => {
    ({ store, app } = await mirrorApp());
    direct = await receptionPlan(store.conn, { weeks: 2, engine: { name: 'seed-2021-04', levers: 'familyAcceptance=3', quantile: 0.9 } });
  }, 120_000);
  afterAll(() => store?.close());

  it('answers the plan receptionPlan gives for the same scenario, levers and quantile', async () => {
    const r = await call(app, `/api/reception?weeks=2&scenario=seed-2021-04&levers=${encodeURIComponent('familyAcceptance=3')}&quantile=0.9&lang=es`);
    expect(r.status, r.text).toBe(200);
    expect(r.json.weeks).toEqual(direct.weeks);
    expect(r.json.arrivals).toEqual(direct.arrivals);
    expect(r.json.unmet).toEqual(direct.unmet);
    const scenario = r.json.assumptions.find((a: { id: string }) => a.id === 'scenario');
    expect(scenario.value).toMatchObject({ name: 'seed-2021-04', quantile: 0.9, levers: { familyAcceptance: { value: 3 } } });
    expect(scenario.text).toMatch(/^Escenario "seed-2021-04"/);
    // The engine, not INM, is what gives the arrivals by state only.
    const shares = r.json.assumptions.filter((a: { id: string }) => a.id.startsWith('city-shares:'));
    expect(shares.length).toBeGreaterThan(0);
    for (const a of shares) expect(a.text).toContain('una aproximación: el motor de escenarios solo da el estado');
    expect(r.headers.get('x-corridor-sources')).toMatch(/cbp-sbo;vintage=\d+/);
  });

  it('answers a second request with other levers as receptionPlan does (the calibration is kept, not the plan)', async () => {
    const other = await receptionPlan(store.conn, { weeks: 2, engine: { name: 'seed-2021-04', levers: 'familyAcceptance=1' } });
    const r = await call(app, `/api/reception?weeks=2&scenario=seed-2021-04&levers=${encodeURIComponent('familyAcceptance=1')}`);
    expect(r.status, r.text).toBe(200);
    expect(r.json.arrivals).toEqual(other.arrivals);
    expect(r.json.arrivals).not.toEqual(direct.arrivals);
    expect(r.json.unmet).toEqual(other.unmet);
  }, 60_000);

  it('runs levers given as JSON as /api/scenario does, replacing the scenario\'s (the Scenarios and Reception pages send them so)', async () => {
    const json = JSON.stringify({ familyAcceptance: { value: 3, from: '2021-04' } });
    const r = await call(app, `/api/reception?weeks=2&scenario=seed-2021-04&levers=${encodeURIComponent(json)}`);
    expect(r.status, r.text).toBe(200);
    expect(r.json.assumptions.find((a: { id: string }) => a.id === 'scenario').value.levers).toEqual({ familyAcceptance: { value: 3, from: '2021-04' } });
    const run = await call(app, `/api/scenario?name=seed-2021-04&levers=${encodeURIComponent(json)}`);
    expect(run.json.levers).toEqual({ familyAcceptance: { value: 3, from: '2021-04' } });
    // The catalogue gives each scenario's own levers, which a page keeps a lever's groups or states from.
    const catalogue = await call(app, '/api/scenarios');
    expect(catalogue.json.scenarios.find((s: { name: string }) => s.name === 'root-causes-2021-06').levers.departures).toMatchObject({ groups: ['GTM', 'HND', 'SLV'] });
  }, 60_000);

  it('names the parameters in the OpenAPI document', async () => {
    const r = await call(app, '/api/openapi.json');
    const names = r.json.paths['/api/reception'].get.parameters.map((p: { name: string }) => p.name);
    expect(names).toEqual(expect.arrayContaining(['scenario', 'levers', 'quantile']));
  });

  it('refuses unknown names, levers and quantiles with a 400 that says what is allowed', async () => {
    const name = await call(app, '/api/reception?scenario=nope');
    expect(name.status).toBe(400);
    expect(name.json.detail).toMatch(/the scenarios are .*seed-2021-04.*status-quo/);
    const lever = await call(app, '/api/reception?scenario=status-quo&levers=walls%3D2');
    expect(lever.status).toBe(400);
    expect(lever.json.detail).toMatch(/no lever named "walls": the levers are .*familyAcceptance \(0 to 5\)/);
    const range = await call(app, '/api/reception?scenario=status-quo&levers=expelSA%3D1.5');
    expect(range.status).toBe(400);
    expect(range.json.detail).toMatch(/expelSA.value: expected a number from 0 to 1, found 1.5/);
    expect((await call(app, '/api/reception?scenario=status-quo&quantile=1.5')).status).toBe(400);
    expect((await call(app, '/api/reception?levers=expelSA%3D0.5')).status).toBe(400);
    // A name is never a path: nothing outside the shipped list is opened.
    expect((await call(app, '/api/reception?scenario=..%2Fpackage.json')).status).toBe(400);
  });
});
