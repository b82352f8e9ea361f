import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { ApiEnv } from '../../../src/api/env.js';
import { responseCache } from '../../../src/api/middleware/response-cache.js';
import type { Catalogue } from '../../../src/api/store/catalogue.js';

function appAt(version: { v: string }, limits = { maxEntries: 2, maxBytes: 1_000_000, maxEntryBytes: 1_000 }) {
  const runs: string[] = [];
  const app = new Hono<ApiEnv>();
  app.use('*', async (c, next) => {
    c.set('catalogue', { version: version.v } as Catalogue);
    await next();
  });
  app.use('*', responseCache(limits));
  app.get('/api/n', (c) => {
    runs.push(c.req.url);
    c.header('X-Corridor-Sources', 'toy;vintage=1');
    return c.json({ n: runs.length, q: c.req.query('q') ?? null });
  });
  app.get('/api/big', (c) => {
    runs.push(c.req.url);
    return c.text('x'.repeat(2_000));
  });
  app.get('/api/bad', (c) => {
    runs.push(c.req.url);
    return c.json({ error: 'bad request', detail: '' }, 400);
  });
  return { app, runs };
}

describe('answer cache', () => {
  it('answers a repeated request from memory, headers included, and equivalent parameter orders share an entry', async () => {
    const { app, runs } = appAt({ v: 'v1' });
    const a = await app.request('/api/n?q=1&r=2');
    const b = await app.request('/api/n?r=2&q=1');
    expect(await b.json()).toEqual(await a.json());
    expect(b.headers.get('X-Corridor-Cache')).toBe('hit');
    expect(b.headers.get('X-Corridor-Sources')).toBe('toy;vintage=1');
    expect(runs).toHaveLength(1);
  });

  it('never serves an answer from an older state of the store', async () => {
    const version = { v: 'v1' };
    const { app, runs } = appAt(version);
    await app.request('/api/n');
    version.v = 'v2';
    expect((await (await app.request('/api/n')).json()).n).toBe(2);
    expect(runs).toHaveLength(2);
  });

  it('keeps no error and no answer over the per-entry size, and drops the least recently used', async () => {
    const { app, runs } = appAt({ v: 'v1' });
    await app.request('/api/bad');
    await app.request('/api/bad');
    await app.request('/api/big');
    await app.request('/api/big');
    expect(runs).toHaveLength(4);
    runs.length = 0;
    for (const q of ['1', '2', '1', '3', '1', '2']) await app.request(`/api/n?q=${q}`);
    // 1, 2 miss; 1 hits; 3 evicts 2; 1 hits; 2 misses again
    expect(runs.map((u) => new URL(u).searchParams.get('q'))).toEqual(['1', '2', '3', '2']);
  });
});
