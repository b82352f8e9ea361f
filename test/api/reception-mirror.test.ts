/**
 * GET /api/reception over the store loaded from the whole mirror, opened read-only as the
 * server opens it: the answer is receptionPlan's, in the language asked, named in the
 * OpenAPI document, with its sources in X-Corridor-Sources; bad parameters get a 400.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { receptionPlan, type Plan } from '../../src/analysis/reception/run.js';
import { WeeksRefusalSchema } from '../../src/api/schemas.js';
import type { Store } from '../../src/store/open.js';
import { describeMirror } from '../mirror.js';
import { mirrorApp, type App } from './mirror-app.js';
import { call } from './fixture-store.js';

describeMirror('GET /api/reception over the whole mirror', () => {
  let store: Store;
  let direct: Plan;
  let app: App;
  beforeAll(async () => {
    ({ store, app } = await mirrorApp());
    // As the API plans: the demo registry's assumption says what its readers can do, not the command line's --registry.
    direct = await receptionPlan(store.conn, { weeks: 3, ownRegistry: 'service' });
  }, 120_000);
  afterAll(() => store?.close());

  it('answers the plan receptionPlan gives, in Spanish when asked', async () => {
    const r = await call(app, '/api/reception?weeks=3&lang=es');
    expect(r.status, r.text).toBe(200);
    expect(r.json.weeks).toEqual(direct.weeks);
    expect(r.json.sites.map((s: { id: string }) => s.id)).toEqual(direct.sites.map((s) => s.id));
    expect(r.json.solver.unmetPeople).toBe(direct.solver.unmetPeople);
    // The solver's report whole, bounds and LP size included (seconds differ run to run).
    const { seconds: _s, ...solver } = direct.solver;
    expect(solver.personKmLowerBound).toEqual(expect.any(Number));
    expect(solver.lpVariables).toBeGreaterThan(0);
    expect(solver.lpRows).toBeGreaterThan(0);
    expect(solver.mipUsed).toEqual(expect.any(Boolean));
    expect(r.json.solver).toEqual({ ...solver, seconds: expect.any(Number) });
    expect(r.json.unmet).toEqual(direct.unmet);
    expect(r.json.alerts.map((a: { message: string }) => a.message)).toEqual(direct.alerts.map((a) => a.message.es));
    expect(r.json.assumptions.find((a: { id: string }) => a.id === 'registry').text).toMatch(/NO VERIFICADO/);
    // The assumptions are the command line's sentences, their dates in words (was "semanas completas del 2024-10-07 al 2026-05-18").
    expect(r.json.assumptions.map((a: { text: string }) => a.text)).toEqual(direct.assumptions.map((a) => a.text.es));
    expect(r.json.assumptions.find((a: { id: string }) => a.id === 'arrivals').text).toContain('las semanas completas del 7 de octubre de 2024 al 18 de mayo de 2026. Pronóstico para las semanas planeadas del 25 de mayo al 8 de junio de 2026 (');
    const en = await call(app, '/api/reception?weeks=3');
    expect(en.json.assumptions.find((a: { id: string }) => a.id === 'arrivals').text).toContain('the complete weeks of 7 October 2024 to 18 May 2026. Forecast for the planned weeks of 25 May to 8 June 2026 (');
    for (const a of [...r.json.assumptions, ...en.json.assumptions]) expect(a.text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(en.json.assumptions.find((a: { id: string }) => a.id === 'arrivals').value).toMatchObject({ firstDay: '2024-10-01', forecastWeeks: ['2026-05-25', '2026-06-01', '2026-06-08'] });
    expect(r.headers.get('x-corridor-sources')).toMatch(/inm-ianami;vintage=\d+/);
    expect(r.headers.get('x-corridor-sources')).toMatch(/mx-shelters;vintage=\d+/);
  });

  it('serves the printable brief as HTML, in the language asked, with its stylesheet apart', async () => {
    const r = await call(app, '/api/reception/brief?weeks=3&lang=es');
    expect(r.status, r.text).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^text\/html/);
    expect(r.text).toMatch(/^<!doctype html>\n<html lang="es">/);
    for (const c of direct.cities) expect(r.text).toContain(c.name);
    expect(r.text).toContain('<link rel="stylesheet" href="brief.css">');
    expect(r.text).not.toContain('<style>');
    expect(r.headers.get('x-corridor-sources')).toMatch(/mx-shelters;vintage=\d+/);
    const css = await call(app, '/api/reception/brief.css');
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
    expect(css.text).toMatch(/@page/);
    expect((await call(app, '/api/reception/brief?weeks=27')).status).toBe(400);
  });

  it('is in the OpenAPI document', async () => {
    const r = await call(app, '/api/openapi.json');
    expect(Object.keys(r.json.paths)).toEqual(expect.arrayContaining(['/api/reception', '/api/reception/brief']));
    const solver = r.json.components.schemas.ReceptionPlan.properties.solver.properties;
    expect(Object.keys(solver)).toEqual(expect.arrayContaining(['personKmLowerBound', 'lpVariables', 'lpRows', 'mipUsed']));
  });

  it('refuses a start before INM\'s data or far past it with a 400 in the language asked; a start inside the data is a replay', async () => {
    const en = await call(app, '/api/reception?start=2020-01-06&weeks=2');
    expect(en.status).toBe(400);
    expect(en.json.detail).toMatch(/^no arrivals for the start 2020-01-06: INM's daily files in the store begin on /);
    const es = await call(app, '/api/reception?start=2020-01-06&weeks=2&lang=es');
    expect(es.status).toBe(400);
    expect(es.json.detail).toMatch(/^no hay llegadas para el inicio 2020-01-06: /);
    expect((await call(app, '/api/reception/brief?start=2030-01-01&lang=es')).json.detail).toMatch(/van más allá de lo que cubre el pronóstico/);
    const start = new Date(Date.parse(`${direct.weeks[0]}T00:00:00Z`) - 8 * 7 * 86_400_000).toISOString().slice(0, 10);
    const replay = await call(app, `/api/reception?start=${start}&weeks=2&lang=es`);
    expect(replay.status, replay.text).toBe(200);
    expect(replay.json.assumptions.find((a: { id: string }) => a.id === 'replay').text).toMatch(/^Repetición: /);
    expect(replay.json.forecast).toEqual([]);
  });

  it("sends the refusal's facts beside its message in the 400 body, the same in either language, documented in the OpenAPI document", async () => {
    const es = await call(app, '/api/reception?start=2030-01-01&lang=es');
    expect(es.status).toBe(400);
    // The message stays the command line's (its flags and ISO dates), in the language asked.
    expect(es.json.error).toBe('bad request');
    expect(es.json.detail).toMatch(/^las 12 semanas planeadas desde el inicio 2030-01-01, cuya semana empieza el lunes 2029-12-31, .*--start/);
    const facts = WeeksRefusalSchema.strict().parse(es.json.facts);
    const last = direct.assumptions.find((a) => a.id === 'arrivals')!.value as { outlookUntil: string };
    expect(facts).toMatchObject({ kind: 'past-outlook', start: '2030-01-01', firstPlanned: '2029-12-31', lastPlanned: '2030-03-18', weeks: 12, outlookUntil: last.outlookUntil, outlookWeeks: 26 });
    // The latest start that fits is the one the message names; the forecast's first week is the default start.
    expect(es.json.detail).toContain(`no posterior al ${facts.latestStart} para 12 semanas`);
    expect(facts.nextWeek).toBe(direct.weeks[0]);
    const en = await call(app, '/api/reception?start=2030-01-01');
    expect(en.json.facts).toEqual(es.json.facts);
    // Before the data: its own kind, the first complete week named as the message names it; the brief's 400 carries them too.
    const before = await call(app, '/api/reception/brief?start=2020-01-01&weeks=2');
    expect(before.status).toBe(400);
    expect(WeeksRefusalSchema.strict().parse(before.json.facts)).toMatchObject({ kind: 'before-data', start: '2020-01-01', firstPlanned: '2019-12-30', weeks: 2, outlookUntil: facts.outlookUntil, latestStart: new Date(Date.parse(`${facts.outlookUntil}T00:00:00Z`) - 7 * 86_400_000).toISOString().slice(0, 10) });
    expect(before.json.detail).toContain(`the first complete week they hold is the week of ${before.json.facts.firstDataWeek}`);
    // Other 400s have no facts.
    expect((await call(app, '/api/reception?weeks=27')).json.facts).toBeUndefined();
    const doc = (await call(app, '/api/openapi.json')).json;
    const schema = doc.paths['/api/reception'].get.responses['400'].content['application/json'].schema;
    expect(schema.$ref).toBe('#/components/schemas/ReceptionError');
    expect(doc.components.schemas.ReceptionError.allOf).toEqual([{ $ref: '#/components/schemas/Error' }, { type: 'object', properties: { facts: { $ref: '#/components/schemas/WeeksRefusal' } } }]);
    expect(doc.components.schemas.WeeksRefusal.description).toMatch(/^\/api\/reception's 400 `facts`/);
    expect(doc.components.schemas.WeeksRefusal.properties.kind.enum).toEqual(['before-data', 'past-outlook']);
  });

  it('refuses more than 26 weeks and unknown parameters with a 400', async () => {
    expect((await call(app, '/api/reception?weeks=27')).status).toBe(400);
    expect((await call(app, '/api/reception?registry=x.csv')).status).toBe(400);
  });
});
