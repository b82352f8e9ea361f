/**
 * @module
 * Keeps recent successful answers in memory, keyed by the store's state and the
 * normalised request, so a repeated question costs no query. Bounded in entries
 * and bytes; least recently used answers go first; a new load of any source
 * changes every key, so no stale answer is ever served.
 */
import type { MiddlewareHandler } from 'hono';
import type { ApiEnv } from '../env.js';
import { normalisedRequest } from './etag.js';

interface Entry {
  status: number;
  headers: [string, string][];
  body: ArrayBuffer;
}

export interface CacheLimits {
  maxEntries: number;
  maxBytes: number;
  maxEntryBytes: number;
}

export const CACHE_LIMITS: CacheLimits = { maxEntries: 500, maxBytes: 64 * 1024 * 1024, maxEntryBytes: 2 * 1024 * 1024 };

export function responseCache(limits: CacheLimits = CACHE_LIMITS): MiddlewareHandler<ApiEnv> {
  const entries = new Map<string, Entry>();
  let bytes = 0;
  const evict = () => {
    for (const [key, e] of entries) {
      if (entries.size <= limits.maxEntries && bytes <= limits.maxBytes) break;
      entries.delete(key);
      bytes -= e.body.byteLength;
    }
  };
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const key = `${c.var.catalogue.version} ${normalisedRequest(c.req.url)}`;
    const hit = entries.get(key);
    if (hit) {
      entries.delete(key);
      entries.set(key, hit);
      return new Response(hit.body, { status: hit.status, headers: [...hit.headers, ['X-Corridor-Cache', 'hit']] });
    }
    await next();
    if (c.res.status !== 200 || !c.res.body) return;
    const body = await c.res.clone().arrayBuffer();
    if (body.byteLength > limits.maxEntryBytes) return;
    const headers: [string, string][] = [];
    c.res.headers.forEach((v, k) => headers.push([k, v]));
    entries.set(key, { status: c.res.status, headers, body });
    bytes += body.byteLength;
    evict();
  };
}
