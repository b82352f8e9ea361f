import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCS_ES } from '../../src/api/docs/es.js';
import { untranslated } from '../../src/api/docs/localise.js';
import { preferred } from '../../src/api/routes/docs.js';
import { englishIn } from './spanish-walk.js';
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
    expect(params).toEqual(['measure', 'where', 'by', 'grain', 'from', 'to', 'source', 'dataset', 'vintage', 'lang']);
    const where = r.json.paths['/api/series'].get.parameters.find((p: any) => p.name === 'where');
    expect(where.schema.type).toBe('array');
    expect(r.json.paths['/api/export'].get.parameters.map((p: any) => p.name)).toContain('format');
    expect(Object.keys(r.json.paths['/api/series'].get.responses)).toEqual(['200', '400', '404']);
  });

  it('renders a self-contained page: every route and parameter, no script, styles from this origin', async () => {
    const res = await f.app.request('/api/docs?lang=en');
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

/** Every operation of the document: its summary, description, parameters and responses. */
type Op = { summary: string; description?: string; parameters?: { name: string; description?: string; schema?: unknown }[]; responses: Record<string, { description: string; content?: unknown }> };

/** Values of a schema that are data (an example, a default), not schema. */
const DATA = new Set(['example', 'examples', 'default', 'enum', 'const']);
/** The description of every schema and field in `x`, in document order. */
const descriptions = (x: unknown): string[] =>
  Array.isArray(x)
    ? x.flatMap(descriptions)
    : x && typeof x === 'object'
      ? Object.entries(x).flatMap(([k, v]) => (k === 'description' && typeof v === 'string' ? [v] : DATA.has(k) ? [] : descriptions(v)))
      : [];
/** `x` without its descriptions: what a schema says apart from its words. */
const withoutDescriptions = (x: unknown): unknown =>
  Array.isArray(x)
    ? x.map(withoutDescriptions)
    : x && typeof x === 'object'
      ? Object.fromEntries(Object.entries(x).filter(([k, v]) => !(k === 'description' && typeof v === 'string')).map(([k, v]) => [k, DATA.has(k) ? v : withoutDescriptions(v)]))
      : x;
const operations = (doc: { paths: Record<string, { get: Op }> }) => Object.entries(doc.paths).map(([path, item]) => [path, item.get] as const);

/** The words of the page a reader reads: no tags, no code, no link to the English page. */
const textOf = (html: string) =>
  html
    .replace(/<(style|script)[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<(?!html)(\w+)[^>]* lang="en"[^>]*>[\s\S]*?<\/\1>/g, ' ') // the link to the English page
    .replace(/<code>[\s\S]*?<\/code>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/g, ' ');

describe('the docs in Spanish', () => {
  it('gives every route a Spanish summary, non-empty and not the English, and every parameter and response its Spanish', async () => {
    const en = (await call(f.app, '/api/openapi.json')).json;
    const es = (await call(f.app, '/api/openapi.json?lang=es')).json;
    expect(untranslated(en)).toEqual([]);
    const english = new Map(operations(en));
    expect(operations(es).map(([path]) => path)).toEqual([...english.keys()]);
    for (const [path, op] of operations(es)) {
      const was = english.get(path)!;
      expect(op.summary.trim().length, path).toBeGreaterThan(0);
      expect(op.summary, path).not.toBe(was.summary);
      if (was.description) expect(op.description, path).toBe(DOCS_ES[was.description]);
      for (const [i, p] of (op.parameters ?? []).entries()) {
        expect(p.name, path).toBe(was.parameters![i].name);
        if (p.description) expect(p.description, `${path} ${p.name}`).not.toBe(was.parameters![i].description);
      }
      for (const [code, r] of Object.entries(op.responses)) expect(r.description, `${path} ${code}`).not.toBe(was.responses[code].description);
    }
    expect(es.info.description).toMatch(/^API de solo lectura/);
    // The schemas are the same document: only the words of their descriptions change.
    expect(withoutDescriptions(es.components)).toEqual(withoutDescriptions(en.components));
  });

  it("describes every documented field of the responses' schemas in Spanish", async () => {
    const en = (await call(f.app, '/api/openapi.json')).json;
    const es = (await call(f.app, '/api/openapi.json?lang=es')).json;
    const english = descriptions(en.components);
    expect(english.length).toBeGreaterThan(100);
    // A field described in English and not in Spanish is named here.
    expect(english.filter((t) => !(t in DOCS_ES))).toEqual([]);
    expect(descriptions(es.components)).toEqual(english.map((t) => DOCS_ES[t]));
  });

  it("describes each field of /api/checks' result, in English and in Spanish", async () => {
    const en = (await call(f.app, '/api/openapi.json')).json;
    const es = (await call(f.app, '/api/openapi.json?lang=es')).json;
    const fields = (schema: any, at: string): [string, any][] =>
      Object.entries(schema.properties ?? {}).flatMap(([k, v]: [string, any]) => [[`${at}.${k}`, v] as [string, any], ...fields(v.items ?? v, `${at}.${k}`)]);
    // The variants (overlap, adds-up, cross; the last entry of oneOf says it may be null).
    const result = (doc: any) => doc.components.schemas.CheckResult.oneOf.filter((v: any) => v.properties).flatMap((variant: any) => fields(variant, `result(${variant.properties.kind.enum[0]})`));
    const [inEnglish, inSpanish] = [result(en), result(es)];
    expect(inEnglish.map(([at]: [string]) => at)).toContain('result(overlap).comparisons.largest.against_value');
    expect(inEnglish.length).toBe(inSpanish.length);
    for (const [i, [at, field]] of inEnglish.entries()) {
      expect(field.description, `${at} has no description`).toBeTruthy();
      expect(inSpanish[i][1].description, `${at} in Spanish`).toBe(DOCS_ES[field.description]);
    }
    expect(inEnglish).toHaveLength(32);
    expect(es.components.schemas.CheckResult.description).toMatch(/^las cifras que dice el resumen, como campos/);
  });

  it('has no Spanish left over for a text the document no longer has', async () => {
    const en = (await call(f.app, '/api/openapi.json')).json;
    const texts = new Set<string>([en.info.description]);
    for (const [, op] of operations(en)) {
      for (const t of [op.summary, op.description, ...(op.parameters ?? []).map((p) => p.description), ...Object.values(op.responses).map((r) => r.description)]) if (t) texts.add(t);
      for (const t of descriptions([(op.parameters ?? []).map((p) => p.schema), Object.values(op.responses).map((r) => r.content)])) texts.add(t);
    }
    for (const t of descriptions(en.components)) texts.add(t);
    expect(Object.keys(DOCS_ES).filter((t) => !texts.has(t))).toEqual([]);
  });

  it('renders the page in Spanish with no English tell-tale, and links the two languages both ways', async () => {
    const res = await f.app.request('/api/docs?lang=es');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/^<!doctype html>\n<html lang="es">/);
    expect(html).toContain('<a href="/api/docs?lang=en" hreflang="en">Documentation in English</a>');
    expect(html).toContain('<a href="/api/openapi.json?lang=es">');
    expect(html).toContain('<th>parámetro</th>');
    expect(html).toContain('<p>Una serie de una medida, de la mejor fuente para cada periodo</p>');
    const text = textOf(html);
    expect(englishIn({ page: text })).toEqual([]);
    expect(text).not.toMatch(/\b(required|repeatable|default|parameter|meaning|Examples)\b/);
    const en = await (await f.app.request('/api/docs?lang=en')).text();
    expect(en).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(en).toContain('<a href="/api/docs?lang=es" hreflang="es">Documentación en español</a>');
    expect(englishIn({ page: textOf(en) }).length).toBeGreaterThan(0); // the walk finds English in English
  });

  it('sends /api/docs to the page in the language the browser prefers, never caching the choice', async () => {
    const to = async (accept?: string) => {
      const res = await f.app.request('/api/docs', { headers: accept ? { 'Accept-Language': accept } : {} });
      expect(res.status).toBe(302);
      expect(res.headers.get('Vary')).toBe('Accept-Language');
      expect(res.headers.get('Cache-Control')).toBe('no-store');
      return res.headers.get('Location');
    };
    expect(await to()).toBe('/api/docs?lang=en');
    expect(await to('es-MX,es;q=0.9,en;q=0.8')).toBe('/api/docs?lang=es');
    expect(await to('en-US,en;q=0.9,es;q=0.8')).toBe('/api/docs?lang=en');
    expect(await to('fr-FR,es;q=0.5')).toBe('/api/docs?lang=es');
    expect(await to('de')).toBe('/api/docs?lang=en');
    expect(preferred('en;q=0.2, es;q=0.7')).toBe('es');
  });

  it('refuses a language it does not have, in both languages', async () => {
    const r = await call(f.app, '/api/docs?lang=fr');
    expect(r.status).toBe(400);
    expect(r.json.detail).toBe('lang must be en or es, not "fr"');
    expect((await call(f.app, '/api/openapi.json?lang=fr')).status).toBe(400);
  });
});
