/**
 * GET /api/scenarios, /api/scenario and /api/scenario/backcast over the store loaded from the
 * whole mirror, opened read-only as the server opens it: the answer is what runScenario gives
 * directly, moving a lever re-uses the calibration, bad levers get a 400 naming the field,
 * POST is refused (read-only), and the routes are in the OpenAPI document.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runScenario } from '../../src/analysis/scenario/run.js';
import { resolveScenario } from '../../src/analysis/scenario/scenario-file.js';
import type { Store } from '../../src/store/open.js';
import { describeMirror } from '../mirror.js';
import { mirrorApp, type App } from './mirror-app.js';
import { call } from './fixture-store.js';

describeMirror('the scenario routes over the whole mirror', () => {
  let store: Store;
  const errors: unknown[] = [];
  let app: App;
  beforeAll(async () => {
    ({ store, app } = await mirrorApp({ logError: (e) => errors.push(e) }));
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

  it('refuses a lever starting after the simulated months, naming it, its month and the months, in both languages', async () => {
    const late = encodeURIComponent(JSON.stringify({ enforcementSouth: { value: 2, from: '2030-04' } }));
    const en = await call(app, `/api/scenario?name=seed-2021-04&levers=${late}`);
    expect(en.status, en.text).toBe(400);
    expect(en.json.detail).toBe('the lever enforcementSouth starts in 2030-04 (levers.enforcementSouth.from), after the simulated months 2021-04 to 2022-03: it would change nothing; expected a "from" from 2021-04 to 2022-03, found "2030-04"');
    const es = await call(app, `/api/scenario?name=seed-2021-04&levers=${late}&lang=es`);
    expect(es.status, es.text).toBe(400);
    expect(es.json.detail).toBe('la palanca enforcementSouth empieza en 2030-04 (levers.enforcementSouth.from), después de los meses simulados 2021-04 a 2022-03: no cambiaría nada; se esperaba un "from" de 2021-04 a 2022-03, se encontró "2030-04"');
    // Starting inside the simulated months and ending after them is fine.
    const long = encodeURIComponent(JSON.stringify({ enforcementSouth: { value: 2, from: '2022-01', to: '2030-01' } }));
    expect((await call(app, `/api/scenario?name=seed-2021-04&levers=${long}`)).status).toBe(200);
    expect(errors).toEqual([]);
  });

  it('says in words what a lever should be when it is not an object, in both languages', async () => {
    const bare = encodeURIComponent(JSON.stringify({ enforcementSouth: 5 }));
    const en = await call(app, `/api/scenario?name=seed-2021-04&levers=${bare}`);
    expect(en.status).toBe(400);
    expect(en.json.detail).toBe('invalid scenario in levers, field "levers.enforcementSouth": expected a lever as an object, e.g. {"value": 1.5, "from": "2021-04"} ("value" a number from 0.5 to 3; "to" and "rampMonths" optional), found 5');
    const es = await call(app, `/api/scenario?name=seed-2021-04&levers=${bare}&lang=es`);
    expect(es.json.detail).toBe('escenario no válido en levers, campo "levers.enforcementSouth": se esperaba una palanca como objeto, p. ej. {"value": 1.5, "from": "2021-04"} ("value" un número de 0.5 a 3; "to" y "rampMonths" opcionales), se encontró 5');
  });

  it("gives Mexico's apprehension rates by nationality group in the model card, in both languages", async () => {
    for (const lang of ['en', 'es'] as const) {
      const r = await call(app, `/api/scenario?name=seed-2021-04&lang=${lang}`);
      expect(r.status, r.text).toBe(200);
      const mexico = r.json.sources.find((s: { id: string }) => s.id === 'mexico-apprehensions');
      expect(mexico.series).toBe(lang === 'en' ? "Mexico's apprehensions" : 'detenciones de México');
      expect(mexico.sources).toContain('iom/upm-presentados-by-nationality');
      expect(mexico.vintages.map((v: { source: string }) => v.source)).toContain('iom');
      const line = r.json.modelCard.estimates[1];
      expect(line.value).toMatch(/^GTM 0\.\d\d, 0\.\d\d, 0\.\d\d; HND .*; SLV .*; OAM .*; ROW .*$/);
      const south = [...line.value.matchAll(/([A-Z]{3}) (0\.\d\d),/g)].map((m: RegExpMatchArray) => m[2]);
      expect(new Set(south).size).toBeGreaterThan(1);
      expect(line.note).toContain(lang === 'en' ? 'By nationality group (GTM Guatemala' : 'Por grupo de nacionalidad (GTM Guatemala');
      expect(line.note).not.toMatch(/unless|salvo que/);
    }
  });

  it('names in X-Corridor-Sources only the vintages the scenario read, and takes levers as id=value too', async () => {
    const r = await app.request('/api/scenario?name=status-quo');
    expect(r.status).toBe(200);
    const header = r.headers.get('X-Corridor-Sources')!;
    const body = await r.json();
    const read = new Set(body.sources.flatMap((s: { vintages: { source: string; vintage: number }[] }) => s.vintages.map((v) => `${v.source};vintage=${v.vintage}`)));
    expect(new Set(header.split(', '))).toEqual(read);
    expect(header).not.toMatch(/wh-vaccines|poder-vacunas|unhcr/);
    const pairs = await call(app, '/api/scenario?name=status-quo&levers=enforcementSouth=2');
    const json = await call(app, `/api/scenario?name=status-quo&levers=${encodeURIComponent(JSON.stringify({ enforcementSouth: { value: 2, from: body.months[0] } }))}`);
    expect(pairs.status, pairs.text).toBe(200);
    expect(pairs.json.levers).toEqual({ enforcementSouth: { value: 2, from: body.months[0] } });
    expect(pairs.json.differences).toEqual(json.json.differences);
  });

  it('after Title 42, sends into Mexico what Mexico recorded receiving, and shows no invented 0 as what happened', async () => {
    const r = await call(app, '/api/scenario?name=status-quo');
    const path = (id: string) => r.json.paths.find((p: { id: string }) => p.id === id);
    const into = path('into-mexico').points;
    expect(into[0].scenario.median).toBeGreaterThan(1000);
    for (const p of into) expect(p.actual === null || p.actual > 1000).toBe(true);
    for (const id of ['encounters-OAM', 'encounters-ROW']) for (const p of path(id).points) expect(p.actual).toBeNull();
    expect(r.json.gaps.map((g: { stage: string }) => g.stage)).toContain('into-mexico');
  });

  it('serves the back-casts and documents the routes', async () => {
    const r = await call(app, '/api/scenario/backcast');
    expect(r.status, r.text).toBe(200);
    for (const b of r.json) expect(b.scenarioError).toBeLessThan(b.baselineError);
    const doc = await call(app, '/api/openapi.json');
    expect(Object.keys(doc.json.paths)).toEqual(expect.arrayContaining(['/api/scenario', '/api/scenarios', '/api/scenario/backcast']));
  });
});
