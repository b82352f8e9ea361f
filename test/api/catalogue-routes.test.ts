import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, fixtureStore, type FixtureStore } from './fixture-store.js';

let f: FixtureStore;
beforeAll(async () => {
  f = await fixtureStore();
});
afterAll(() => f.close());

const get = (path: string) => call(f.app, path);
const ALL_LATEST = 'alpha;vintage=2, beta;vintage=3, toy;vintage=4';

describe('GET /api/measures', () => {
  it('lists every measure with English and Spanish labels and definitions, unit and sources', async () => {
    const r = await get('/api/measures');
    expect(r.status).toBe(200);
    const byId = Object.fromEntries(r.json.measures.map((m: any) => [m.id, m]));
    expect(byId.encounters).toMatchObject({ label: { en: 'CBP encounters', es: 'Encuentros de CBP' }, unit: 'events', sources: ['alpha', 'toy'] });
    expect(byId.encounters.definition.es).toContain('eventos, no personas');
    expect(byId['shelter-beds']).toMatchObject({ unit: 'beds', sources: ['beta'] });
    expect(r.headers.get('X-Corridor-Sources')).toBe(ALL_LATEST);
  });
});

describe('GET /api/dimensions', () => {
  it('lists the dimensions', async () => {
    expect((await get('/api/dimensions')).json).toEqual({ dimensions: ['geography', 'citizenship', 'demographic', 'authority', 'component', 'category'] });
  });

  it('gives places with level, parent and coordinates, and labels in both languages', async () => {
    const r = await get('/api/dimensions/geography');
    expect(r.status).toBe(200);
    const swb = r.json.members.find((m: any) => m.code === 'US-SWB');
    expect(swb).toMatchObject({ label: { en: 'Southwest land border', es: 'Frontera terrestre suroeste' }, parent: 'US', level: expect.any(String) });
    expect(r.json.members.some((m: any) => typeof m.lat === 'number' && typeof m.lon === 'number')).toBe(true);
  });

  it('gives countries and the small dimensions with definitions', async () => {
    const c = await get('/api/dimensions/citizenship');
    expect(c.json.members.find((m: any) => m.code === 'HND')).toEqual({ code: 'HND', label: { en: 'Honduras', es: 'Honduras' }, is_group: false });
    const a = await get('/api/dimensions/authority');
    expect(a.json.members.find((m: any) => m.code === 'T42')).toMatchObject({ label: { en: 'Title 42', es: 'Título 42' }, definition: { en: expect.stringContaining('Public-health') } });
  });

  it('refuses an unknown dimension with 404', async () => {
    const r = await get('/api/dimensions/planet');
    expect(r.status).toBe(404);
    expect(r.json.detail).toContain('geography');
  });
});

describe('GET /api/sources', () => {
  it('lists every source with publisher, licence, coverage, and each vintage with its files', async () => {
    const r = await get('/api/sources');
    expect(r.json.sources.map((s: any) => s.id)).toEqual(['alpha', 'beta', 'toy']);
    const toy = r.json.sources.find((s: any) => s.id === 'toy');
    expect(toy).toMatchObject({ publisher: { en: 'corridor tests', es: 'pruebas de corridor' }, licence: { en: 'test data', es: 'datos de prueba' }, coverage: { en: 'whatever the fixture holds', es: 'lo que contenga el fixture' }, latest_vintage: 4, observations: 5 });
    expect(toy.vintages.map((v: any) => [v.id, v.observations, v.files.length])).toEqual([
      [1, 4, 1],
      [4, 5, 1],
    ]);
    expect(toy.vintages[0].files[0].sha256).not.toBe(toy.vintages[1].files[0].sha256);
  });

  it('shows what the newest vintage changed', async () => {
    const r = await get('/api/sources/toy/diff');
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ source: 'toy', vintages: [1, 4], diff: { older: 1, newer: 4, tables: [{ dataset: 'toy/monthly', added: 1, removed: 0, revised: 1, unchanged: 3 }] } });
    expect(r.json.diff.largest).toContainEqual({ dataset: 'toy/monthly', period: '2020-11-01', cell: expect.any(String), before: 120, after: 125 });
    expect(r.headers.get('X-Corridor-Sources')).toBe('toy;vintage=1, toy;vintage=4');
  });

  it('says a source with one vintage has no diff, and refuses an unknown source with 404', async () => {
    expect((await get('/api/sources/alpha/diff')).json).toEqual({ source: 'alpha', vintages: [2], diff: null });
    const r = await get('/api/sources/nope/diff');
    expect(r.status).toBe(404);
    expect(r.json.detail).toContain('unknown source "nope"');
    expect((await get(`/api/sources/${'x'.repeat(65)}/diff`)).status).toBe(404);
  });
});

describe('GET /api/checks', () => {
  it('gives the latest run of each check with its figures', async () => {
    const r = await get('/api/checks');
    expect(r.json.checks.map((c: any) => [c.id, c.status, c.title, c.summary, c.figures])).toEqual([
      ['adds-up/alpha/citizenship', 'pass', { en: 'alpha adds up', es: 'alpha suma el total' }, { en: '12 periods', es: '12 periodos' }, { compared: 12 }],
      ['overlap/toy-alpha', 'pass', { en: 'toy and alpha agree', es: 'toy y alpha coinciden' }, { en: 'second run', es: 'segunda ejecución' }, { compared: 2 }],
    ]);
  });
});
