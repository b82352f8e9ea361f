/**
 * @module
 * The API is public and read-only, so other sites and notebooks may read it: every /api/*
 * answer allows any origin, and a preflight is answered for GET and HEAD. The dashboard
 * itself stays same-origin (no CORS header outside /api).
 */
import type { MiddlewareHandler } from 'hono';

export function publicReadCors(): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method === 'OPTIONS') {
      c.header('Access-Control-Allow-Origin', '*');
      c.header('Access-Control-Allow-Methods', 'GET, HEAD, OPTIONS');
      c.header('Access-Control-Allow-Headers', 'If-None-Match, Accept, Content-Type');
      c.header('Access-Control-Max-Age', '86400');
      return c.body(null, 204);
    }
    await next();
    c.res.headers.set('Access-Control-Allow-Origin', '*');
    c.res.headers.set('Access-Control-Expose-Headers', 'ETag, X-Corridor-Sources, X-Corridor-Notices');
  };
}
