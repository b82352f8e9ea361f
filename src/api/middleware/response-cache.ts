/**
 * @module
 * Keeps recent successful answers in memory, keyed by the store's state and the
 * normalised request, so a repeated question costs no query. Bounded in entries
 * and bytes; least recently used answers go first; a new load of any source
 * changes every key, so no stale answer is ever served. A request asked again while its
 * first asking is still being answered waits for that answer instead of working it out a
 * second time: right after a load, `corridor start` asks the Overview's questions of the new
 * data while the first visitors ask the same, and a forecast's back-test (seconds) was run
 * twice at once on two cores.
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
  /** Answers being worked out, by key: what they will be kept as (undefined: not kept, e.g. an error). */
  const pending = new Map<string, Promise<Entry | undefined>>();
  const answer = (hit: Entry) => new Response(hit.body, { status: hit.status, headers: [...hit.headers, ['X-Corridor-Cache', 'hit']] });
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const key = `${c.var.catalogue.version} ${normalisedRequest(c.req.url)}`;
    const hit = entries.get(key);
    if (hit) {
      entries.delete(key);
      entries.set(key, hit);
      return answer(hit);
    }
    const underWay = pending.get(key);
    if (underWay) {
      const shared = await underWay;
      if (shared) return answer(shared);
      // Not kept (an error, too large): this request is answered on its own.
      return next();
    }
    let settle!: (entry: Entry | undefined) => void;
    pending.set(key, new Promise<Entry | undefined>((resolve) => (settle = resolve)));
    let kept: Entry | undefined;
    try {
      await next();
      if (c.res.status !== 200 || !c.res.body) return;
      const body = await c.res.clone().arrayBuffer();
      if (body.byteLength > limits.maxEntryBytes) return;
      const headers: [string, string][] = [];
      c.res.headers.forEach((v, k) => headers.push([k, v]));
      kept = { status: c.res.status, headers, body };
      entries.set(key, kept);
      bytes += body.byteLength;
      evict();
    } finally {
      pending.delete(key);
      settle(kept);
    }
  };
}
