/**
 * The routes the dashboard added: places, shapes, coverage, the policy timeline, the
 * corridor view, headlines and claims, each with valid and invalid input, on the
 * small fixture store.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roundCoordinates } from '../../src/api/routes/shapes.js';
import { loadEvents } from '../../src/analysis/events/load.js';
import { call, fixtureStore, type FixtureStore } from './fixture-store.js';

let f: FixtureStore;
beforeAll(async () => {
  f = await fixtureStore();
});
afterAll(() => f.close());

const get = (path: string) => call(f.app, path);

describe('GET /api/places', () => {
  it('gives places by level and parent, with labels in both languages and coordinates', async () => {
    const r = await get('/api/places?level=sector&parent=US-SWB');
    expect(r.status).toBe(200);
    const codes = r.json.places.map((p: any) => p.code);
    expect(codes).toContain('USBP-RGV');
    expect(codes.every((c: string) => c.startsWith('USBP-'))).toBe(true);
    const rgv = r.json.places.find((p: any) => p.code === 'USBP-RGV');
    expect(rgv).toMatchObject({ level: 'sector', parent: 'US-SWB', label: { en: 'Rio Grande Valley sector, TX', es: 'Sector Valle del Río Grande, TX' } });
    expect(typeof rgv.lat).toBe('number');
    expect(typeof rgv.lon).toBe('number');
  });

  it('gives places by code, several levels at once', async () => {
    const r = await get('/api/places?code=US-SWB,MX,USBP-TCA');
    expect(r.json.places.map((p: any) => p.code)).toEqual(['MX', 'US-SWB', 'USBP-TCA']);
    const both = await get('/api/places?level=region,sector&code=US-SWB,USBP-TCA,MX');
    expect(both.json.places.map((p: any) => p.code)).toEqual(['US-SWB', 'USBP-TCA']);
  });

  it('refuses malformed codes and unknown parameters with 400, and answers an unknown code with nothing', async () => {
    for (const q of ["level=sector'%20OR%201=1", 'code=' + 'A,'.repeat(201), 'planet=mars', `code=${'x'.repeat(65)}`]) {
      const r = await get(`/api/places?${q}`);
      expect(r.status, q).toBe(400);
      expect(Object.keys(r.json)).toEqual(['error', 'detail']);
    }
    expect((await get('/api/places?code=ATLANTIS')).json.places).toEqual([]);
  });
});

describe('GET /api/shapes', () => {
  it('is a GeoJSON FeatureCollection (empty in a store without shapes)', async () => {
    const r = await get('/api/shapes');
    expect(r.status).toBe(200);
    expect(r.json).toEqual({ type: 'FeatureCollection', features: [] });
  });

  it('rounds coordinates to the precision asked, and refuses another', async () => {
    expect(roundCoordinates([[[-99.090521769, 19.509262698], [1.23456, 2]]], 3)).toEqual([[[-99.091, 19.509], [1.235, 2]]]);
    expect((await get('/api/shapes?precision=7')).status).toBe(400);
    expect((await get('/api/shapes?precision=two')).status).toBe(400);
  });
});

describe('GET /api/coverage', () => {
  it('lists each table with its grain, periods and the codes of each dimension, top places first', async () => {
    const r = await get('/api/coverage?measure=encounters');
    expect(r.status).toBe(200);
    const alpha = r.json.tables.find((t: any) => t.id === 'alpha/monthly-citizenship');
    expect(alpha).toMatchObject({ source: 'alpha', measure: 'encounters', grain: 'month', first_period: '2021-10-01', last_period: '2022-09-01' });
    expect(alpha.dimensions.citizenship).toEqual({ count: 3, codes: ['GTM', 'HND', 'OTHER'] });
    expect(alpha.dimensions.geography).toEqual({ count: 1, codes: ['US-SWB'], tops: ['US-SWB'] });
    expect(r.headers.get('X-Corridor-Sources')).toBe('alpha;vintage=2, toy;vintage=4');
    const bySource = await get('/api/coverage?source=beta');
    expect(bySource.json.tables.map((t: any) => t.id)).toEqual(['beta/beds']);
  });

  it('pages the tables by limit and offset, in id order, with the total and the next offset', async () => {
    const all = await get('/api/coverage');
    expect(all.status).toBe(200);
    const ids: string[] = all.json.tables.map((t: any) => t.id);
    expect(ids.length).toBeGreaterThan(2);
    expect(ids).toEqual([...ids].sort());
    expect(all.json).toMatchObject({ total: ids.length, next_offset: null });
    const seen: string[] = [];
    for (let offset: number | null = 0; offset !== null; ) {
      const page = await get(`/api/coverage?limit=2&offset=${offset}`);
      expect(page.status).toBe(200);
      expect(page.json.tables.length).toBeLessThanOrEqual(2);
      expect(page.json.total).toBe(ids.length);
      seen.push(...page.json.tables.map((t: any) => t.id));
      expect(page.json.next_offset).toBe(seen.length < ids.length ? offset + 2 : null);
      offset = page.json.next_offset;
    }
    expect(seen).toEqual(ids);
    // each page's tables are whole: the same dimensions as in the unpaged answer
    const second = await get('/api/coverage?limit=1&offset=1');
    expect(second.json.tables).toEqual([all.json.tables[1]]);
    expect((await get(`/api/coverage?offset=${ids.length}`)).json).toMatchObject({ tables: [], total: ids.length, next_offset: null });
  });

  it('refuses a limit or offset out of range with 400', async () => {
    for (const q of ['limit=0', 'limit=2001', 'limit=two', 'offset=-1', 'offset=1.5']) expect((await get(`/api/coverage?${q}`)).status, q).toBe(400);
  });

  it('answers an unknown measure or source with 404 and a malformed one with 400', async () => {
    expect((await get('/api/coverage?measure=nope')).status).toBe(404);
    expect((await get('/api/coverage?source=nope')).status).toBe(404);
    expect((await get('/api/coverage?measure=a%20b')).status).toBe(400);
  });
});

describe('GET /api/events', () => {
  it('gives the whole timeline, bilingual, each entry with its source', async () => {
    const r = await get('/api/events');
    expect(r.status).toBe(200);
    expect(r.json.events).toHaveLength(loadEvents().length);
    for (const e of r.json.events) {
      expect(e.title.en && e.title.es, e.id).toBeTruthy();
      expect(e.source.url).toMatch(/^https?:\/\//);
    }
    expect(r.headers.get('X-Corridor-Sources')).toBe('none');
  });

  it('gives every note in both languages, and with lang says when a source title is quoted in the other language', async () => {
    const plain = await get('/api/events');
    const t42 = plain.json.events.find((e: any) => e.id === 'title42-start');
    expect(t42.evidence.note.es).toMatch(/primer día completo de expulsiones/);
    expect(t42.source).toMatchObject({ title_lang: 'en' });
    expect(t42.source.title_note).toBeUndefined();
    const es = (await get('/api/events?lang=es')).json.events;
    expect(es.find((e: any) => e.id === 'title42-start').source).toMatchObject({ title: t42.source.title, title_note: 'título original en inglés' });
    for (const e of es) expect(e.source.title_note === undefined, e.id).toBe(e.source.title_lang === 'es');
    const en = (await get('/api/events?lang=en')).json.events;
    for (const e of en) expect(e.source.title_note === undefined, e.id).toBe(e.source.title_lang === 'en');
    expect(en.some((e: any) => e.source.title_note === 'original title, in Spanish')).toBe(true);
    // Each figure's unit in the reader's language (the unit itself stays the English key).
    const figures = es.flatMap((e: any) => e.figures);
    expect(figures.length).toBeGreaterThan(5);
    for (const f of figures) expect(f.unit_label, f.unit).toMatch(/^(dosis|por ciento|eventos|repatriaciones|elementos de la Guardia Nacional|autorizaciones de viaje( por mes)?|citas por día|encuentros por día \(promedio de 7 días\))$/);
    expect(plain.json.events.flatMap((e: any) => e.figures).every((f: any) => f.unit_label === undefined)).toBe(true);
    expect((await get('/api/events?lang=fr')).status).toBe(400);
  });

  it('filters by actor, kind and period', async () => {
    const r = await get('/api/events?actor=MX&kind=deployment&from=2019&to=2019-12');
    expect(r.json.events.map((e: any) => e.id)).toEqual(['mx-guard-south-2019']);
  });

  it('refuses an unknown actor or a malformed period with 400', async () => {
    expect((await get('/api/events?actor=Atlantis')).json.detail).toContain('unknown actor');
    expect((await get('/api/events?actor=Atlantis')).status).toBe(400);
    expect((await get('/api/events?from=March')).status).toBe(400);
    expect((await get('/api/events?from=2021-13')).status).toBe(400);
  });
});

describe('GET /api/headline', () => {
  it('gives the latest complete period with what the claim engine says about it', async () => {
    const r = await get('/api/headline?measure=encounters&where=geography=US-SWB&where=citizenship=HND');
    expect(r.status).toBe(200);
    expect(r.json.latest).toMatchObject({ period: '2022-09-01', period_label: '2022-09', value: 111, complete: true, source: 'alpha', vintage: 2 });
    expect(r.json.partial).toBeNull();
    const kinds = r.json.statements.map((s: any) => s.kind);
    expect(kinds).toContain('value');
    expect(kinds).toContain('highest-since');
    expect(r.json.statements.find((s: any) => s.kind === 'highest-since').text).toContain('highest in the series');
    expect(r.json.provenance.measure).toMatchObject({ id: 'encounters', label: 'CBP encounters' });
    expect(r.json.provenance.sources.map((s: any) => s.id)).toEqual(['alpha']);
    expect(r.headers.get('X-Corridor-Sources')).toBe('alpha;vintage=2');
  });

  it('speaks Spanish when asked', async () => {
    const r = await get('/api/headline?measure=encounters&where=geography=US-SWB&where=citizenship=HND&lang=es');
    expect(r.json.statements.find((s: any) => s.kind === 'value').text).toContain('septiembre de 2022');
    expect(r.json.provenance.measure.label).toBe('Encuentros de CBP');
  });

  it('refuses several series, an unknown measure, a breakdown or a store without figures', async () => {
    expect((await get('/api/headline?measure=encounters&where=geography=US-SWB&where=citizenship=HND,GTM')).status).toBe(400);
    expect((await get('/api/headline?measure=nope')).status).toBe(404);
    expect((await get('/api/headline?measure=encounters&by=component')).status).toBe(400);
    const none = await get('/api/headline?measure=encounters&where=geography=US-NLB');
    expect(none.status).toBe(400);
    expect(none.json.detail).toContain('no figures');
  });
});

describe('GET /api/claims', () => {
  it('checks a claim and says on which figures', async () => {
    const r = await get(`/api/claims?text=${encodeURIComponent('September 2022 had the most encounters of Hondurans at the southwest border since October 2021')}`);
    expect(r.status, r.text).toBe(200);
    expect(r.json.verdict).toBeDefined();
    expect(r.json.summary.en).toBeTruthy();
    expect(r.json.summary.es).toBeTruthy();
  });

  it('answers words it cannot read with "cannot be checked" and what it understood; refuses an empty or overlong claim with 400', async () => {
    const r = await get('/api/claims?text=hello%20world');
    expect(r.status).toBe(200);
    expect([r.json.verdict, r.json.type]).toEqual(['undetermined', 'unreadable']);
    expect(r.json.summary.en).toMatch(/^Cannot be checked: it names nothing the store counts/);
    expect((await get('/api/claims?text=')).status).toBe(400);
    expect((await get(`/api/claims?text=${'a'.repeat(301)}`)).status).toBe(400);
  });
});

describe('GET /api/corridor', () => {
  it("follows a nationality stage by stage, saying why a stage has no figures", async () => {
    const r = await get('/api/corridor?citizenship=Honduras&lang=es');
    expect(r.status).toBe(200);
    expect(r.json.citizenship).toEqual({ code: 'HND', label: 'Honduras' });
    const swb = r.json.entries.find((e: any) => e.id === 'swb-encounters');
    expect(swb.rows.length).toBe(12);
    expect(swb.rows[0]).toMatchObject({ period: '2021-10-01', period_label: '2021-10', value: 100, source: 'alpha' });
    expect(swb.label).toBe('Encuentros en la frontera suroeste de EE. UU.');
    const transit = r.json.entries.find((e: any) => e.id === 'inm-rescatados');
    expect(transit.rows).toEqual([]);
    expect(transit.missing).toBeTruthy();
    expect(r.json.stages.map((s: any) => s.id)).toContain('transit');
  });

  it('refuses an unknown nationality and a malformed period with 400', async () => {
    expect((await get('/api/corridor?citizenship=Atlantis')).status).toBe(400);
    expect((await get('/api/corridor?citizenship=HND&from=soon')).status).toBe(400);
    expect((await get('/api/corridor')).status).toBe(400);
  });
});
