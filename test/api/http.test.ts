import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, fixtureStore, type FixtureStore } from './fixture-store.js';

let f: FixtureStore;
beforeAll(async () => {
  f = await fixtureStore();
});
afterAll(() => f.close());

const GET_ROUTES = [
  '/api/series?measure=encounters&where=geography=US-SWB',
  '/api/export?measure=encounters&where=geography=US-SWB&format=json',
  '/api/measures',
  '/api/dimensions',
  '/api/dimensions/component',
  '/api/sources',
  '/api/sources/toy/diff',
  '/api/checks',
  '/api/openapi.json',
  '/api/openapi.json?lang=es',
  '/api/docs?lang=en',
  '/api/docs?lang=es',
];

describe('every route of the app', () => {
  it.each(GET_ROUTES)('%s: 200 with sources, ETag, Cache-Control and security headers', async (path) => {
    const res = await f.app.request(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('X-Corridor-Sources')).toMatch(/^([a-z-]+;vintage=\d+)(, [a-z-]+;vintage=\d+)*$/);
    expect(res.headers.get('X-Corridor-Store')).toMatch(/^[0-9a-f]{16}$/);
    expect(res.headers.get('ETag')).toMatch(/^".+"$/);
    expect(res.headers.get('Cache-Control')).toContain('max-age=');
    expect(res.headers.get('Content-Security-Policy')).toBe("default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(res.headers.get('Referrer-Policy')).toBe('no-referrer');
  });

  it.each(GET_ROUTES)('%s: If-None-Match with its ETag gets 304', async (path) => {
    const tag = (await f.app.request(path)).headers.get('ETag')!;
    const again = await f.app.request(path, { headers: { 'If-None-Match': tag } });
    expect(again.status).toBe(304);
    expect(again.headers.get('ETag')).toBe(tag);
  });

  it('gives equivalent requests one ETag and different ones different ETags', async () => {
    const tag = async (p: string) => (await f.app.request(p)).headers.get('ETag');
    expect(await tag('/api/series?where=geography=US-SWB&measure=encounters')).toBe(await tag('/api/series?measure=encounters&where=geography=US-SWB'));
    expect(await tag('/api/series?measure=encounters&where=geography=US-SWB&lang=es')).not.toBe(await tag('/api/series?measure=encounters&where=geography=US-SWB'));
  });

  it.each(['POST', 'PUT', 'PATCH', 'DELETE'])('%s to any route is 405: the API has no write route', async (method) => {
    for (const path of [...GET_ROUTES, '/api/anything', '/']) {
      const r = await call(f.app, path, { method, body: '{}' });
      expect(r.status, `${method} ${path}`).toBe(405);
      expect(r.json.error).toBe('method not allowed');
    }
  });

  it('answers HEAD like GET, without a body', async () => {
    const res = await f.app.request('/api/measures', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('ETag')).toMatch(/^".+"$/);
    expect(await res.text()).toBe('');
  });

  it('refuses an over-long URL with 414 and an unknown route with 404, both as JSON errors', async () => {
    const long = await call(f.app, `/api/series?measure=encounters&where=geography=${'x'.repeat(5_000)}`);
    expect(long.status).toBe(414);
    expect(long.json.error).toBe('URL too long');
    const missing = await call(f.app, '/api/nothing-here');
    expect(missing.status).toBe(404);
    expect(missing.json).toEqual({ error: 'not found', detail: 'no route /api/nothing-here: see /api/docs or /api/openapi.json' });
  });

  it('serves a repeated question from the answer cache with the same body and headers', async () => {
    const cached = f.appWith({ cache: true });
    const path = '/api/series?measure=encounters&where=geography=US-SWB&grain=fy';
    const a = await cached.request(path);
    const b = await cached.request(path);
    expect(b.headers.get('X-Corridor-Cache')).toBe('hit');
    expect(await b.text()).toBe(await a.text());
    for (const h of ['ETag', 'X-Corridor-Sources', 'Content-Security-Policy', 'Cache-Control']) expect(b.headers.get(h)).toBe(a.headers.get(h));
  });
});
