/**
 * @module
 * The API is read-only: GET and HEAD are served, OPTIONS says so, anything else is
 * refused with 405 before any handler runs. The server has no write route.
 */
import type { MiddlewareHandler } from 'hono';
import { errorResponse } from '../errors.js';

const ALLOW = 'GET, HEAD, OPTIONS';

export function readOnly(): MiddlewareHandler {
  return async (c, next) => {
    const method = c.req.method;
    if (method === 'GET' || method === 'HEAD') return next();
    c.header('Allow', ALLOW);
    if (method === 'OPTIONS') return c.body(null, 204);
    return errorResponse(c, 405, 'method not allowed', `the corridor API is read-only: ${method.slice(0, 20)} is refused; use GET`);
  };
}
