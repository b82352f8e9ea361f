import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { requestLimits } from '../../../src/api/middleware/request-limits.js';

const app = new Hono();
app.use('*', requestLimits({ maxUrlLength: 100, maxBodyBytes: 16 }));
app.get('/api/x', (c) => c.text('ok'));
app.post('/api/x', async (c) => c.text(`read ${(await c.req.text()).length}`));

const stream = (bytes: number) =>
  new ReadableStream({
    start(controller) {
      for (let i = 0; i < bytes; i += 8) controller.enqueue(new Uint8Array(Math.min(8, bytes - i)));
      controller.close();
    },
  });

describe('request limits', () => {
  it('accepts a URL up to the limit and refuses a longer one with 414', async () => {
    const path = (n: number) => `/api/x?q=${'a'.repeat(n - '/api/x?q='.length)}`;
    expect((await app.request(path(100))).status).toBe(200);
    const res = await app.request(path(101));
    expect(res.status).toBe(414);
    expect(await res.json()).toEqual({ error: 'URL too long', detail: 'the request URL has 101 characters; at most 100 are accepted' });
  });

  it('refuses a body over the limit with 413, by its Content-Length or as it streams', async () => {
    expect((await app.request('/api/x', { method: 'POST', body: 'x'.repeat(16) })).status).toBe(200);
    const declared = await app.request('/api/x', { method: 'POST', body: 'x'.repeat(17) });
    expect(declared.status).toBe(413);
    expect((await declared.json()).error).toBe('request body too large');
    const streamed = await app.request('/api/x', { method: 'POST', body: stream(64), duplex: 'half' } as RequestInit);
    expect(streamed.status).toBe(413);
  });

  it('refuses a GET that declares a body over the limit, or a streamed one', async () => {
    expect((await app.request('/api/x', { headers: { 'Content-Length': '17' } })).status).toBe(413);
    expect((await app.request('/api/x', { headers: { 'Transfer-Encoding': 'chunked' } })).status).toBe(413);
    expect((await app.request('/api/x', { headers: { 'Content-Length': '0' } })).status).toBe(200);
  });
});
