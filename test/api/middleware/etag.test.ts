import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { ApiEnv } from '../../../src/api/env.js';
import { CACHE_CONTROL, etag, etagOf, matches, normalisedRequest } from '../../../src/api/middleware/etag.js';
import type { Catalogue } from '../../../src/api/store/catalogue.js';

function appAt(version: { v: string }) {
  let runs = 0;
  const app = new Hono<ApiEnv>();
  app.use('*', async (c, next) => {
    c.set('catalogue', { version: version.v } as Catalogue);
    await next();
  });
  app.use('*', etag());
  app.get('/api/ok', (c) => {
    runs++;
    return c.json({ ok: true });
  });
  app.get('/api/bad', (c) => c.json({ error: 'x', detail: 'y' }, 400));
  return { app, runs: () => runs };
}

describe('ETag', () => {
  it('normalises a request: parameters sorted by name, then value', () => {
    expect(normalisedRequest('http://h/api/s?b=2&a=1&where=y=2&where=x=1')).toBe(normalisedRequest('http://h/api/s?where=x=1&a=1&where=y=2&b=2'));
    expect(normalisedRequest('http://h/api/s?a=1')).not.toBe(normalisedRequest('http://h/api/s?a=2'));
  });

  it('derives the tag from the store version and the normalised request', () => {
    const t = etagOf('v1', 'http://h/api/s?a=1&b=2');
    expect(t).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(etagOf('v1', 'http://h/api/s?b=2&a=1')).toBe(t);
    expect(etagOf('v2', 'http://h/api/s?a=1&b=2')).not.toBe(t);
    expect(etagOf('v1', 'http://h/api/t?a=1&b=2')).not.toBe(t);
  });

  it('reads If-None-Match lists, weak tags and *', () => {
    expect(matches('"a", "b"', '"b"')).toBe(true);
    expect(matches('W/"b"', '"b"')).toBe(true);
    expect(matches('*', '"b"')).toBe(true);
    expect(matches('"a"', '"b"')).toBe(false);
    expect(matches(undefined, '"b"')).toBe(false);
  });

  it('tags a 200 with ETag and Cache-Control, and answers a current If-None-Match with 304 without running the handler', async () => {
    const version = { v: 'v1' };
    const { app, runs } = appAt(version);
    const first = await app.request('/api/ok?x=1');
    expect(first.status).toBe(200);
    const tag = first.headers.get('ETag')!;
    expect(tag).toBe(etagOf('v1', 'http://localhost/api/ok?x=1'));
    expect(first.headers.get('Cache-Control')).toBe(CACHE_CONTROL);
    const again = await app.request('/api/ok?x=1', { headers: { 'If-None-Match': tag } });
    expect(again.status).toBe(304);
    expect(again.headers.get('ETag')).toBe(tag);
    expect(await again.text()).toBe('');
    expect(runs()).toBe(1);
    version.v = 'v2'; // a source was loaded again
    const changed = await app.request('/api/ok?x=1', { headers: { 'If-None-Match': tag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('ETag')).not.toBe(tag);
  });

  it('puts no ETag on an error', async () => {
    const { app } = appAt({ v: 'v1' });
    const res = await app.request('/api/bad');
    expect(res.status).toBe(400);
    expect(res.headers.get('ETag')).toBeNull();
  });
});
