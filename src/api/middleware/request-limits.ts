/**
 * @module
 * Bounds what a request may send: a URL longer than `maxUrlLength` characters gets
 * 414, a body larger than `maxBodyBytes` gets 413 (the API reads no body at all),
 * whether its Content-Length says so or it streams; and so does a GET or HEAD that
 * declares a streamed body, which the server would otherwise drain unread.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { errorResponse } from '../errors.js';

export function requestLimits(opts: { maxUrlLength: number; maxBodyBytes: number }): MiddlewareHandler {
  const tooLarge = (c: Context) => errorResponse(c, 413, 'request body too large', `the API reads no request body; at most ${opts.maxBodyBytes} bytes are accepted`);
  const body = bodyLimit({ maxSize: opts.maxBodyBytes, onError: tooLarge });
  return async (c, next) => {
    // The path and query: what follows the origin (scheme://host:port), found without parsing the URL.
    const url = c.req.url;
    const path = url.indexOf('/', url.indexOf('//') + 2);
    const length = path < 0 ? 0 : url.length - path;
    if (length > opts.maxUrlLength) {
      return errorResponse(c, 414, 'URL too long', `the request URL has ${length} characters; at most ${opts.maxUrlLength} are accepted`);
    }
    const declared = Number(c.req.header('Content-Length') ?? 0);
    const streamed = c.req.header('Transfer-Encoding') !== undefined && (c.req.method === 'GET' || c.req.method === 'HEAD');
    if (declared > opts.maxBodyBytes || streamed) return tooLarge(c);
    // A GET or HEAD that declares no body has none: nothing to count (the body check
    // would build the whole Request, a tenth of a small answer's CPU, for nothing).
    if ((c.req.method === 'GET' || c.req.method === 'HEAD') && c.req.header('Content-Length') === undefined) return next();
    return body(c, next);
  };
}
