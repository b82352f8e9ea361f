/**
 * @module
 * Puts what the store holds now (its catalogue, keyed by the vintage list) in the
 * request's variables, for the ETag, the caches and the handlers.
 */
import type { MiddlewareHandler } from 'hono';
import type { ApiEnv } from '../env.js';
import type { Catalogue } from '../store/catalogue.js';

export function withCatalogue(read: () => Promise<Catalogue>): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    c.set('catalogue', await read());
    await next();
  };
}
