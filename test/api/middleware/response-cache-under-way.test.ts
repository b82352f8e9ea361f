import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { ApiEnv } from '../../../src/api/env.js';
import { responseCache } from '../../../src/api/middleware/response-cache.js';
import type { Catalogue } from '../../../src/api/store/catalogue.js';

/** A slow answer (a forecast's back-test on new data) and a slow refusal, each counting its runs. */
function slowApp() {
  const runs: string[] = [];
  const app = new Hono<ApiEnv>();
  app.use('*', async (c, next) => {
    c.set('catalogue', { version: 'v1' } as Catalogue);
    await next();
  });
  app.use('*', responseCache());
  app.get('/api/slow', async (c) => {
    runs.push(c.req.url);
    await new Promise((r) => setTimeout(r, 50));
    return c.json({ run: runs.length });
  });
  app.get('/api/refused', async (c) => {
    runs.push(c.req.url);
    await new Promise((r) => setTimeout(r, 50));
    return c.json({ error: 'bad request', detail: `run ${runs.length}` }, 400);
  });
  return { app, runs };
}

describe('answer cache, a question asked again while its first asking is answered', () => {
  it('waits for that answer instead of working it out a second time', async () => {
    const { app, runs } = slowApp();
    // Before: each of the five ran the handler (the Overview primer and the first visitors after a load each ran the forecast's back-test).
    const answers = await Promise.all(Array.from({ length: 5 }, (_, i) => app.request(i % 2 ? '/api/slow?a=1&b=2' : '/api/slow?b=2&a=1')));
    expect(runs).toHaveLength(1);
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(await Promise.all(answers.map((r) => r.json()))).toEqual(Array(5).fill({ run: 1 }));
    expect(answers.filter((r) => r.headers.get('X-Corridor-Cache') === 'hit')).toHaveLength(4);
  });

  it('answers each on its own when the first answer is not kept (a refusal), and keeps nothing under way after', async () => {
    const { app, runs } = slowApp();
    const answers = await Promise.all([app.request('/api/refused'), app.request('/api/refused')]);
    expect(answers.map((r) => r.status)).toEqual([400, 400]);
    expect(runs).toHaveLength(2);
    expect((await app.request('/api/refused')).status).toBe(400);
    expect(runs).toHaveLength(3);
  });
});
