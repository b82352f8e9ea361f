/**
 * @module
 * Every error the API sends is JSON `{ error, detail }`: 400 for a request the store
 * cannot answer as asked (UsageError, failed validation, a result over the size
 * limit), 404 for an unknown measure, source, dimension or route, and 500 only for
 * a fault of the server, whose details go to the log, not to the client.
 */
import type { Hook } from '@hono/zod-openapi';
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { UsageError } from '../errors.js';
import type { ApiEnv } from './env.js';

export interface ErrorBody {
  error: string;
  detail: string;
}

/** Something the request names that the store does not have. */
export class NotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotFoundError';
  }
}

/** An answer with more rows than the server sends at once. */
export class ResultTooLargeError extends Error {
  constructor(readonly rows: number, readonly limit: number) {
    super(
      `this request answers with ${rows.toLocaleString('en-US')} rows; the limit is ${limit.toLocaleString('en-US')}: narrow it with from/to, fewer filter values, fewer "by" dimensions or a coarser grain`,
    );
    this.name = 'ResultTooLargeError';
  }
}

export function errorResponse(c: Context, status: ContentfulStatusCode, error: string, detail: string): Response {
  c.header('Cache-Control', 'no-store');
  return c.json({ error, detail } satisfies ErrorBody, status);
}

/** The store's messages point at commands ("corridor dimensions geography"); the API's point at its routes. */
export function apiHints(message: string): string {
  return message
    .replace(/"corridor dimensions (\w+)"/g, '/api/dimensions/$1')
    .replace(/"corridor measures"/g, '/api/measures')
    .replace(/"corridor sources"/g, '/api/sources');
}

export function errorHandler(logError: (e: unknown) => void): ErrorHandler<ApiEnv> {
  return (err, c) => {
    if (err instanceof UsageError) return errorResponse(c, 400, 'bad request', apiHints(err.message));
    if (err instanceof ResultTooLargeError) return errorResponse(c, 400, 'result too large', err.message);
    if (err instanceof NotFoundError) return errorResponse(c, 404, 'not found', err.message);
    if (err instanceof HTTPException) {
      const status = err.status as ContentfulStatusCode;
      return errorResponse(c, status, status >= 500 ? 'server error' : 'bad request', err.message || 'the request was refused');
    }
    logError(err);
    return errorResponse(c, 500, 'server error', 'the server failed to answer; the fault is logged on the server');
  };
}

export const notFound: NotFoundHandler<ApiEnv> = (c) =>
  errorResponse(c, 404, 'not found', `no route ${c.req.path}: see /api/docs or /api/openapi.json`);

/** Turns a failed zod validation into a 400 that names each bad parameter (404 for a bad path segment). */
export const validationHook: Hook<unknown, ApiEnv, string, Response | undefined> = (result, c) => {
  if (result.success) return undefined;
  const issues = result.error.issues.map((i) => `${i.path.length ? i.path.join('.') : 'request'}: ${i.message}`);
  if (result.target === 'param') return errorResponse(c, 404, 'not found', issues.join('; '));
  return errorResponse(c, 400, 'invalid parameters', issues.join('; '));
};
