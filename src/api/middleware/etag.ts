/**
 * @module
 * ETag and Cache-Control on successful GETs (and HEADs). The tag is a digest of the store's
 * state (its vintage list) and the normalised request (path and sorted parameters),
 * so it is known before any query runs: If-None-Match with a current tag gets 304
 * at once, and any new load of a source changes every tag.
 */
import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { ApiEnv } from '../env.js';

/**
 * A cache (the browser's, a proxy's) may keep an answer but must ask again before each use:
 * the store can change at any moment (an ingest publishes, the server switches within a
 * second), and asking costs a 304 worked out before any query. With `max-age=60`, a reload
 * or a new visit within a minute of a load showed the previous data.
 */
export const CACHE_CONTROL = 'public, max-age=0, must-revalidate';

/**
 * The last few thousand URLs and tags worked out, so that a repeated request (what the
 * ETag and the answer cache are for) parses and hashes nothing; bounded, oldest first out.
 */
const MEMO_ENTRIES = 4_096;
const memo = new Map<string, string>();

function remembered(key: string, work: () => string): string {
  let found = memo.get(key);
  if (found === undefined) {
    found = work();
    if (memo.size >= MEMO_ENTRIES) memo.delete(memo.keys().next().value!);
    memo.set(key, found);
  }
  return found;
}

/** Path plus parameters sorted by name then value: equivalent requests, one key. */
export function normalisedRequest(url: string): string {
  return remembered(`n ${url}`, () => {
    const u = new URL(url);
    const params = [...u.searchParams].sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0));
    return `${u.pathname}?${new URLSearchParams(params).toString()}`;
  });
}

export function etagOf(storeVersion: string, url: string): string {
  return remembered(`t ${storeVersion} ${url}`, () => `"${createHash('sha256').update(`${storeVersion}\n${normalisedRequest(url)}`).digest('base64url').slice(0, 27)}"`);
}

/** If-None-Match holds the tag (or `*`); weak tags compare by their value. */
export function matches(ifNoneMatch: string | undefined, tag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((t) => {
    const v = t.trim();
    return v === '*' || v === tag || v === `W/${tag}`;
  });
}

export function etag(): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const tag = etagOf(c.var.catalogue.version, c.req.url);
    if (matches(c.req.header('If-None-Match'), tag)) {
      return c.body(null, 304, { ETag: tag, 'Cache-Control': CACHE_CONTROL });
    }
    await next();
    if (c.res.status === 200) {
      c.res.headers.set('ETag', tag);
      c.res.headers.set('Cache-Control', CACHE_CONTROL);
    }
  };
}
