/**
 * GET /api/forecast on the small fixture store: invalid parameters are refused with
 * 400 (or 404 for an unknown measure), never a 5xx, whatever is asked; a series too
 * short for a back-test is forecast with the model's own intervals; nothing is written.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasResultTables } from '../../src/analysis/forecast/results-store.js';
import { call, fixtureStore, type FixtureStore } from './fixture-store.js';

describe('GET /api/forecast (fixture store)', () => {
  let f: FixtureStore;
  const errors: unknown[] = [];
  beforeAll(async () => {
    f = await fixtureStore();
    f.app = f.appWith({ logError: (e) => errors.push(e) });
  });
  afterAll(() => f?.close());

  it.each([
    ['/api/forecast', 400, /measure/],
    ['/api/forecast?measure=encounters&horizon=0', 400, /horizon/],
    ['/api/forecast?measure=encounters&horizon=25', 400, /horizon/],
    ['/api/forecast?measure=encounters&horizon=1.5', 400, /horizon/],
    ['/api/forecast?measure=encounters&as-of=2024-13', 400, /as-of/],
    ['/api/forecast?measure=encounters&as-of=December', 400, /as-of/],
    ['/api/forecast?measure=encounters&grain=fy', 400, /grain/],
    ['/api/forecast?measure=encounters&where=planet=Mars', 400, /DIMENSION=VALUE/],
    ['/api/forecast?measure=encounters&where=geography=Atlantis', 400, /Atlantis/],
    ['/api/forecast?measure=encounters&lang=fr', 400, /lang/],
    ['/api/forecast?measure=no-such-measure', 404, /unknown measure/],
    ['/api/forecast?measure=encounters&source=nowhere', 404, /unknown source/],
    ['/api/forecast?measure=encounters&where=geography=US-SWB&as-of=1990-01', 400, /no monthly figures/],
    // why no table could answer: the geography its figures are counted in
    ['/api/forecast?measure=encounters&where=geography=MX', 400, /no monthly figures for encounters with these filters \(.*counted in US-SWB/],
    ['/api/forecast?measure=encounters&where=geography=MX&lang=es', 400, /no hay cifras mensuales .*se cuenta en US-SWB/],
    ['/api/forecast?measure=encounters&where=geography=US-SWB&nowcast=yes', 400, /nowcast/],
    ['/api/forecast?measure=encounters&where=geography=US-SWB&where=citizenship=HND&as-of=2022-06&nowcast=true', 400, /does not go with as-of/],
  ])('%s answers %i', async (url, status, detail) => {
    const r = await call(f.app, url);
    expect(r.status, r.text).toBe(status);
    expect(r.json.detail).toMatch(detail);
    expect(r.headers.get('Cache-Control')).toBe('no-store');
  });

  it('forecasts a short series with the model\'s own intervals, labelled in the language asked, with its provenance', async () => {
    const r = await call(f.app, '/api/forecast?measure=encounters&where=geography=US-SWB&where=citizenship=HND&horizon=3&lang=es');
    expect(r.status, r.text).toBe(200);
    const [one] = r.json.forecasts;
    expect(one.keys.citizenship.code).toBe('HND');
    expect(one.months.map((m: any) => m.period)).toEqual(['2022-10-01', '2022-11-01', '2022-12-01']);
    for (const m of one.months) {
      expect(m.lower95).toBeLessThanOrEqual(m.lower80);
      expect(m.lower80).toBeLessThanOrEqual(m.mean);
      expect(m.mean).toBeLessThanOrEqual(m.upper80);
      expect(m.upper80).toBeLessThanOrEqual(m.upper95);
    }
    expect(one.last).toEqual({ period: '2022-09-01', value: 111, nowcast: false });
    expect(one.card).toMatchObject({ selected_by: 'fallback', backtest: null, intervals: 'model', training: { to: '2022-09' } });
    expect(r.json.provenance.sources.map((s: any) => s.id)).toEqual(['alpha']);
    expect(r.json.provenance.measure.note).toContain('Eventos, no personas');
    expect(r.headers.get('X-Corridor-Sources')).toMatch(/^alpha;vintage=\d+$/);
    expect(r.headers.get('ETag')).toBeTruthy();
    const again = await f.app.request('/api/forecast?measure=encounters&where=geography=US-SWB&where=citizenship=HND&horizon=3&lang=es', { headers: { 'If-None-Match': r.headers.get('ETag')! } });
    expect(again.status).toBe(304);
    expect(await hasResultTables(f.store.conn)).toBe(false);
  });

  it('says why nothing was filled when nowcast=true finds no daily figures, and forecasts from the published months', async () => {
    const url = '/api/forecast?measure=encounters&where=geography=US-SWB&where=citizenship=HND&horizon=3';
    const plain = (await call(f.app, url)).json.forecasts[0];
    const r = await call(f.app, `${url}&nowcast=true&lang=es`);
    expect(r.status, r.text).toBe(200);
    const [one] = r.json.forecasts;
    expect(plain.card.nowcast).toBeNull();
    expect(one.card.nowcast).toMatchObject({ source: 'inm-ianami', published: '2022-09', daily_through: null, months: [], why: 'el INM no publica cifras diarias de esta serie' });
    expect(one.card.nowcast.said).toMatch(/^Estimación inmediata: ningún mes completado/);
    expect(one.last).toEqual({ ...plain.last, nowcast: false });
    expect(one.months).toEqual(plain.months);
    expect(r.json.provenance.sources.map((s: any) => s.id)).toEqual(['alpha']);
  });

  it('by default fills nothing where INM has no daily figures, says nothing of it, and forecasts as of a month (never a nowcast then)', async () => {
    const url = '/api/forecast?measure=encounters&where=geography=US-SWB&where=citizenship=HND&horizon=3';
    const auto = (await call(f.app, url)).json.forecasts[0];
    const off = (await call(f.app, `${url}&nowcast=false`)).json.forecasts[0];
    expect(auto.card.nowcast).toBeNull();
    expect(auto.months).toEqual(off.months);
    const asOf = await call(f.app, `${url}&as-of=2022-06`);
    expect(asOf.status, asOf.text).toBe(200);
    expect(asOf.json.forecasts[0].last).toMatchObject({ period: '2022-06-01', nowcast: false });
    expect((await call(f.app, `${url}&nowcast=auto&as-of=2022-06`)).status).toBe(200);
  });

  it('answers several series when a filter names several codes', async () => {
    const r = await call(f.app, '/api/forecast?measure=encounters&where=geography=US-SWB&where=citizenship=HND,GTM&horizon=2');
    expect(r.status, r.text).toBe(200);
    expect(r.json.forecasts.map((x: any) => x.keys.citizenship.code).sort()).toEqual(['GTM', 'HND']);
  });

  it('never answers 5xx, whatever the parameters', async () => {
    const text = fc.string({ maxLength: 12 });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('encounters', 'shelter-beds', 'x'), fc.option(text), fc.option(text), fc.option(fc.constantFrom('geography=US-SWB', 'citizenship=HND', 'geography=', 'x=y')), fc.option(fc.constantFrom('true', 'false', 'auto', '1', '')), async (measure, horizon, asOf, where, nowcast) => {
        const p = new URLSearchParams({ measure });
        if (nowcast !== null) p.set('nowcast', nowcast);
        if (horizon !== null) p.set('horizon', horizon);
        if (asOf !== null) p.set('as-of', asOf);
        if (where !== null) p.append('where', where);
        const r = await f.app.request(`/api/forecast?${p}`);
        expect(r.status, p.toString()).toBeLessThan(500);
      }),
      { numRuns: 60 },
    );
    expect(errors).toEqual([]);
  });
});
