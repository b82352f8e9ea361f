/**
 * GET /api/impact and GET /api/record on the small fixture store: parameters checked
 * before anything runs (400 with the parameter named, 404 for an unknown event or
 * measure), a question the store cannot answer is a 400, never a 5xx; and a seeded
 * random run of a few hundred parameter sets over both routes gets no 5xx.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { impactKey, impactParams } from '../../src/api/routes/impact.js';
import { call, fixtureStore, type FixtureStore } from './fixture-store.js';

const SEED = Number(process.env.CORRIDOR_FC_SEED ?? 20_260_405);

let f: FixtureStore;
const faults: unknown[] = [];
let app: FixtureStore['app'];
beforeAll(async () => {
  f = await fixtureStore();
  app = f.appWith({ logError: (e) => faults.push(e) });
});
afterAll(() => f.close());

const IMPACT = '/api/impact?event=title42-end&measure=encounters&where=geography=US-SWB';

describe('GET /api/impact: checking the request', () => {
  it.each([
    ['no event', '/api/impact?measure=encounters', 'event'],
    ['no measure', '/api/impact?event=title42-end', 'measure'],
    ['a window too short', `${IMPACT}&window-before=6`, 'window-before'],
    ['a window too long', `${IMPACT}&window-after=240`, 'window-after'],
    ['a window that is not a number', `${IMPACT}&window-after=twelve`, 'window-after'],
    ['a negative window', `${IMPACT}&window-before=-36`, 'window-before'],
    ['a fractional window', `${IMPACT}&window-after=1.5`, 'window-after'],
    ['a level of 100', `${IMPACT}&level=100`, 'level'],
    ['a level of 0', `${IMPACT}&level=0`, 'level'],
    ['a bad lang', `${IMPACT}&lang=fr`, 'lang'],
    ['an unknown parameter', `${IMPACT}&horizon=3`, 'horizon'],
    ['a bad filter', '/api/impact?event=title42-end&measure=encounters&where=planet=Mars', 'where'],
    ['a bad control', `${IMPACT}&control=MEX`, 'control'],
    ['control and control-where', `${IMPACT}&control=citizenship=MEX&control-where=geography=US`, 'control'],
    ['arima (too slow for the API)', `${IMPACT}&model=arima`, 'model'],
    ['an event id with odd characters', '/api/impact?event=title42%27end&measure=encounters', 'event'],
  ])('%s: 400 naming the parameter', async (_what, url, param) => {
    const r = await call(app, url);
    expect(r.status, r.text).toBe(400);
    expect(r.json).toMatchObject({ error: 'invalid parameters' });
    expect(r.json.detail).toContain(param);
    expect(r.headers.get('Cache-Control')).toBe('no-store');
  });

  it('an unknown event: 404 pointing at /api/events', async () => {
    const r = await call(app, '/api/impact?event=atlantis-invasion&measure=encounters&where=geography=US-SWB');
    expect(r.status, r.text).toBe(404);
    expect(r.json.error).toBe('not found');
    expect(r.json.detail).toContain('atlantis-invasion');
    expect(r.json.detail).toContain('/api/events');
  });

  it('an unknown measure: 404 pointing at /api/measures', async () => {
    const r = await call(app, '/api/impact?event=title42-end&measure=nope&where=geography=US-SWB');
    expect(r.status, r.text).toBe(404);
    expect(r.json.detail).toContain('/api/measures');
  });

  it('a series that does not reach the event: 400 saying so, not a 5xx', async () => {
    const r = await call(app, `${IMPACT}&lang=es`);
    expect(r.status, r.text).toBe(400);
    expect(r.json.error).toBe('bad request');
    // Asked with lang=es: said in Spanish, not marked as English.
    expect(r.json.detail).toMatch(/no llega a|no hay cifras mensuales/);
    expect(r.json.detail).not.toContain('(mensaje en inglés)');
    expect(faults).toEqual([]);
  });

  it('an unknown place: 400 from the store, pointing at the API', async () => {
    const r = await call(app, '/api/impact?event=title42-end&measure=encounters&where=geography=Atlantis');
    expect(r.status, r.text).toBe(400);
    expect(r.json.detail).not.toContain('corridor dimensions');
  });

  it('reads equivalent requests as one estimate: filters in any order, event in any case, lang aside', () => {
    const a = impactParams.parse({ event: 'Title42-End', measure: 'encounters', where: ['geography=US-SWB', 'citizenship=MEX'], lang: 'es' });
    const b = impactParams.parse({ event: 'title42-end', measure: 'encounters', where: ['citizenship=MEX', 'geography=US-SWB'], 'window-before': '36' });
    expect(impactKey(a)).toBe(impactKey(b));
    expect(impactKey(a)).not.toBe(impactKey({ ...b, level: 80 }));
  });
});

describe('GET /api/record: checking the request', () => {
  it.each([
    ['an unknown actor', '/api/record?actor=GT', 'actor'],
    ['an unknown kind', '/api/record?kind=promised', 'kind'],
    ['a bad from', '/api/record?from=2021-13', 'from'],
    ['a bad to', '/api/record?to=yesterday', 'to'],
    ['a bad lang', '/api/record?lang=de', 'lang'],
    ['a bad guard', '/api/record?guard=all', 'guard'],
    ['an unknown parameter', '/api/record?measure=encounters', 'measure'],
  ])('%s: 400 naming the parameter', async (_what, url, param) => {
    const r = await call(app, url);
    expect(r.status, r.text).toBe(400);
    expect(r.json.detail).toContain(param);
  });

  it('a store without the record\'s tables: 400 saying what is missing, not a 5xx', async () => {
    const r = await call(app, '/api/record?actor=us&kind=Delivered&lang=es');
    expect(r.status, r.text).toBe(400);
    expect(r.json.error).toBe('bad request');
    expect(r.json.detail).toContain('/api/measures');
    expect(faults).toEqual([]);
  });
});

describe('both routes under random parameters', () => {
  const anyText = fc.oneof(
    fc.string({ maxLength: 10 }),
    fc.string({ unit: 'grapheme', maxLength: 10 }),
    fc.constantFrom('', ' ', '=', ',', "'", '%', '\0', 'null', "' OR 1=1 --", '../../etc/passwd'),
  );
  const mostly = (plausible: fc.Arbitrary<string>) => fc.oneof({ weight: 5, arbitrary: plausible }, { weight: 1, arbitrary: anyText });
  const period = mostly(fc.constantFrom('2021', '2021-03', '2021-08-03', '2021-13', '2021-02-30', '0000-01', '9999-12-31', 'FY2022', '-1'));
  const impactValues: Record<string, fc.Arbitrary<string>> = {
    event: mostly(fc.constantFrom('title42-end', 'title42-start', 'TITLE42-END', 'mpp-start', 'nope', 'title42-end ')),
    measure: mostly(fc.constantFrom('encounters', 'shelter-beds', 'nope', 'ENCOUNTERS')),
    where: mostly(fc.constantFrom('geography=US-SWB', 'citizenship=HND', 'citizenship=HND,GTM', 'geography=Atlantis', 'planet=Mars', 'geography=')),
    control: mostly(fc.constantFrom('citizenship=GTM', 'citizenship=HND', 'MEX', 'planet=Mars')),
    'control-where': mostly(fc.constantFrom('citizenship=GTM', 'geography=US-SWB')),
    'window-before': mostly(fc.constantFrom('12', '36', '0', '11', '121', '1e2', '-1', '36.0')),
    'window-after': mostly(fc.constantFrom('1', '12', '36', '0', '37', 'x')),
    level: mostly(fc.constantFrom('80', '95', '99', '100', '0', '95.5')),
    model: mostly(fc.constantFrom('ets', 'theta', 'snaive', 'mstl', 'arima', 'ETS')),
    lang: mostly(fc.constantFrom('en', 'es', 'fr')),
  };
  const recordValues: Record<string, fc.Arbitrary<string>> = {
    actor: mostly(fc.constantFrom('US', 'MX', 'bilateral', 'us', ' MX ', 'GT')),
    kind: mostly(fc.constantFrom('asked', 'committed', 'delivered', 'DELIVERED', 'promised')),
    from: period,
    to: period,
    guard: mostly(fc.constantFrom('regions', 'states', 'all')),
    lang: mostly(fc.constantFrom('en', 'es', 'fr')),
  };
  const query = (values: Record<string, fc.Arbitrary<string>>) => {
    const key = fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...Object.keys(values)) }, { weight: 1, arbitrary: anyText });
    const pair = key.chain((k) => (values[k] ?? anyText).map((v) => [k, v] as const));
    return fc.array(pair, { maxLength: 6 }).map((ps) => ps.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&'));
  };
  const request = fc.oneof(query(impactValues).map((q) => `/api/impact?${q}`), query(recordValues).map((q) => `/api/record?${q}`));

  it('never answers with a 5xx; every error is JSON {error, detail}', async () => {
    const cached = f.appWith({ cache: true, logError: (e) => faults.push(e) });
    await fc.assert(
      fc.asyncProperty(request, fc.boolean(), async (url, useCache) => {
        const r = await call(useCache ? cached : app, url);
        expect(r.status, `${url}: ${r.text}`).toBeLessThan(500);
        if (r.status >= 400) expect(Object.keys(r.json ?? {}).sort(), url).toEqual(['detail', 'error']);
        else expect(r.status).toBe(200);
      }),
      { numRuns: 300, seed: SEED },
    );
    expect(faults).toEqual([]);
  }, 60_000);
});
