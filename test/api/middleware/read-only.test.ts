import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { readOnly } from '../../../src/api/middleware/read-only.js';

let handled = 0;
const app = new Hono();
app.use('*', readOnly());
app.all('/api/thing', (c) => {
  handled++;
  return c.json({ ok: true });
});

describe('read-only', () => {
  it('serves GET and HEAD', async () => {
    expect((await app.request('/api/thing')).status).toBe(200);
    expect((await app.request('/api/thing', { method: 'HEAD' })).status).toBe(200);
  });

  it('refuses every method that could write with 405 and an Allow header, before any handler runs', async () => {
    const before = handled;
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'PROPFIND', 'PURGE']) {
      const res = await app.request('/api/thing', { method, body: '{}' });
      expect(res.status, method).toBe(405);
      expect(res.headers.get('Allow')).toBe('GET, HEAD, OPTIONS');
      expect(await res.json()).toMatchObject({ error: 'method not allowed' });
    }
    expect(handled).toBe(before);
  });

  it('answers OPTIONS with the allowed methods', async () => {
    const res = await app.request('/api/thing', { method: 'OPTIONS' });
    expect(res.status).toBe(204);
    expect(res.headers.get('Allow')).toBe('GET, HEAD, OPTIONS');
  });
});
