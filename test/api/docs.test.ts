import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, fixtureStore, type FixtureStore } from './fixture-store.js';

let f: FixtureStore;
beforeAll(async () => {
  f = await fixtureStore();
});
afterAll(() => f.close());

const ROUTES = [
  '/api/series',
  '/api/export',
  '/api/measures',
  '/api/dimensions',
  '/api/dimensions/{dimension}',
  '/api/sources',
  '/api/sources/{id}/diff',
  '/api/checks',
  '/api/places',
  '/api/shapes',
  '/api/coverage',
  '/api/events',
  '/api/impact',
  '/api/record',
  '/api/reception',
  '/api/reception/brief',
  '/api/scenarios',
  '/api/scenario',
  '/api/scenario/backcast',
  '/api/corridor',
  '/api/headline',
  '/api/claims',
  '/api/forecast',
];

describe('the OpenAPI document and the docs page', () => {
  it('documents every route with its parameters, and only GET routes', async () => {
    const r = await call(f.app, '/api/openapi.json');
    expect(r.status).toBe(200);
    expect(r.json.openapi).toMatch(/^3\./);
    expect(Object.keys(r.json.paths).sort()).toEqual([...ROUTES].sort());
    for (const item of Object.values(r.json.paths) as Record<string, unknown>[]) expect(Object.keys(item)).toEqual(['get']);
    const params = r.json.paths['/api/series'].get.parameters.map((p: any) => p.name);
    expect(params).toEqual(['measure', 'where', 'by', 'grain', 'from', 'to', 'source', 'vintage', 'lang']);
    const where = r.json.paths['/api/series'].get.parameters.find((p: any) => p.name === 'where');
    expect(where.schema.type).toBe('array');
    expect(r.json.paths['/api/export'].get.parameters.map((p: any) => p.name)).toContain('format');
    expect(Object.keys(r.json.paths['/api/series'].get.responses)).toEqual(['200', '400', '404']);
  });

  it('renders a self-contained page: every route and parameter, no script, styles from this origin', async () => {
    const res = await f.app.request('/api/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/);
    const html = await res.text();
    for (const route of ROUTES) expect(html).toContain(`<code>${route}</code>`);
    for (const param of ['measure', 'where', 'grain', 'format', 'lang']) expect(html).toContain(`<code>${param}</code>`);
    expect(html).not.toMatch(/<script|https?:\/\/(?!127\.0\.0\.1)/);
    expect(html).toContain('<link rel="stylesheet" href="/api/docs.css">');
    const css = await f.app.request('/api/docs.css');
    expect(css.headers.get('Content-Type')).toBe('text/css; charset=utf-8');
    expect(res.headers.get('Content-Security-Policy')).toContain("default-src 'self'");
  });

  it('sends /api to the docs', async () => {
    const res = await f.app.request('/api');
    expect(res.status).toBe(302);
    expect(res.headers.get('Location')).toBe('/api/docs');
  });
});
