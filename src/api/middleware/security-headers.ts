/**
 * @module
 * Security headers on every response: a Content-Security-Policy that allows only
 * this origin and no framing, no MIME sniffing, no referrer. The API's answers may be read
 * by other origins (cors.ts), so their resource policy is cross-origin; the dashboard's stay
 * same-origin.
 */
import type { MiddlewareHandler } from 'hono';

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
    if (c.req.path.startsWith('/api/')) c.res.headers.set('Cross-Origin-Resource-Policy', 'cross-origin');
  };
}
