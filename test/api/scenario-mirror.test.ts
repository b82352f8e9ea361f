/**
 * GET /api/scenarios, /api/scenario and /api/scenario/backcast over the store loaded from the
 * whole mirror, opened read-only as the server opens it: the answer is what runScenario gives
 * directly, moving a lever re-uses the calibration, bad levers get a 400 naming the field,
 * POST is refused (read-only), and the routes are in the OpenAPI document.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runScenario } from '../../src/analysis/scenario/run.js';
import { resolveScenario } from '../../src/analysis/scenario/scenario-file.js';
import { createApp } from '../../src/api/app.js';
import { openStore, type Store } from '../../src/store/open.js';
import { storeFromMirror } from '../e2e/store-from-mirror.js';
import { describeMirror } from '../mirror.js';
import { call } from './fixture-store.js';

describeMirror('the scenario routes over the whole mirror', () => {
  let store: Store;
  const errors: unknown[] = [];
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    const { store: copy } = await storeFromMirror();
    copy.close();
    store = await openStore(copy.path, { readOnly: true });
    app = createApp({ conn: store.conn, cache: false, logError: (e) => errors.push(e) });
  }, 120_000);
  afterAll(() => store?.close());

  it('lists the shipped scenarios and the levers, in Spanish too', async () => {
    const r = await call(app, '/api/scenarios?lang=es');
    expect(r.status, r.text).toBe(200);
    expect(r.json.scenarios.map((s: { name: string }) => s.name)).toEqual(expect.arrayContaining(['seed-2021-04', 'status-quo']));
    expect(r.json.levers.find((l: { id: string }) => l.id === 'enforcementSouth')).toMatchObject({ min: 0.5, max: 3, label: 'Control migratorio de México, estados de la frontera sur' });
  });

  it('runs the seed scenario as runScenario does, and a moved lever changes only the scenario', async () => {
    const direct = await runScenario(store.conn, resolveScenario('seed-2021-04'));
    const r = await call(app, '/api/scenario?name=seed-2021-04');
    expect(r.status, r.text).toBe(200);
    expect(r.json.window).toEqual(direct.window);
    expect(r.json.paths[0].points).toEqual(direct.paths[0].points);
    expect(r.json.states).toHaveLength(6);
    const levers = encodeURIComponent(JSON.stringify({ enforcementSouth: { value: 3, from: '2021-04' } }));
    const t0 = performance.now();
    const moved = await call(app, `/api/scenario?name=seed-2021-04&levers=${levers}&lang=es`);
    const ms = performance.now() - t0;
    expect(moved.status, moved.text).toBe(200);
    expect(moved.json.paths[0].label).toBe('Encuentros en la frontera suroeste de EE. UU.');
    expect(moved.json.paths[0].points.map((p: { baseline: unknown }) => p.baseline)).toEqual(direct.paths[0].points.map((p) => p.baseline));
    const apprehensions = moved.json.differences.find((d: { id: string }) => d.id === 'mexico-apprehensions');
    expect(apprehensions.difference).toBeGreaterThan(direct.differences.find((d) => d.id === 'mexico-apprehensions')!.difference);
    console.log(`moved lever answered in ${ms.toFixed(0)} ms (calibration re-used)`);
  });

  it('answers a bad lever or scenario with a 400 that names the field, and refuses POST', async () => {
    const bad = encodeURIComponent(JSON.stringify({ enforcementSouth: { value: 9, from: '2021-04' } }));
    const r = await call(app, `/api/scenario?name=seed-2021-04&levers=${bad}`);
    expect(r.status).toBe(400);
    expect(r.json.detail).toContain('levers.enforcementSouth.value');
    expect(r.json.detail).toContain('from 0.5 to 3');
    expect((await call(app, '/api/scenario?name=no-such')).status).toBe(400);
    expect((await call(app, '/api/scenario?scenario=%7Bnot%20json')).status).toBe(400);
    expect((await call(app, '/api/scenario')).status).toBe(400);
    const post = await app.request('/api/scenario', { method: 'POST', body: '{}' });
    expect(post.status).toBe(405);
    expect(errors).toEqual([]);
  });

  it('serves the back-casts and documents the routes', async () => {
    const r = await call(app, '/api/scenario/backcast');
    expect(r.status, r.text).toBe(200);
    for (const b of r.json) expect(b.scenarioError).toBeLessThan(b.baselineError);
    const doc = await call(app, '/api/openapi.json');
    expect(Object.keys(doc.json.paths)).toEqual(expect.arrayContaining(['/api/scenario', '/api/scenarios', '/api/scenario/backcast']));
  });
});
