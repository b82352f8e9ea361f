import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { securityHeaders, SECURITY_HEADERS } from '../../../src/api/middleware/security-headers.js';

const app = new Hono();
app.use('*', securityHeaders());
app.get('/ok', (c) => c.json({ ok: true }));
app.get('/boom', () => {
  throw new Error('boom');
});
app.onError((_e, c) => c.json({ error: 'server error' }, 500));

describe('security headers', () => {
  it('sets CSP (self only, no framing), nosniff and Referrer-Policy on answers, errors and unknown routes', async () => {
    for (const path of ['/ok', '/boom', '/missing']) {
      const res = await app.request(path);
      expect(res.headers.get('Content-Security-Policy')).toContain("default-src 'self'");
      expect(res.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
      expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(res.headers.get('Referrer-Policy')).toBe('no-referrer');
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(res.headers.get(name)).toBe(value);
    }
  });

  it('allows no script or style from another origin', () => {
    const csp = SECURITY_HEADERS['Content-Security-Policy'];
    expect(csp).not.toMatch(/https?:|\*|unsafe-inline|unsafe-eval/);
  });
});
