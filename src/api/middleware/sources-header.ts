/**
 * @module
 * Every successful response says which sources and vintages it came from, in
 * `X-Corridor-Sources` ("cbp-sbo;vintage=1, ohss-khsm;vintage=4"; "none" for an
 * empty answer): those a handler names in `c.var.sources`, else the latest vintage
 * of every source (the catalogue routes describe the whole store). A list that would pass
 * MAX_SOURCES_HEADER characters is cut and says how many it left out ("+N more").
 * `X-Corridor-Store` names the state of the store (a digest of its vintage list).
 */
import type { MiddlewareHandler } from 'hono';
import type { ApiEnv, SourceVintage } from '../env.js';

/**
 * Longest header value written. Node's HTTP client (fetch) refuses a response whose
 * headers pass 16 KB: a page of /api/coverage on a store of thousands of sources named
 * them all and could not be read.
 */
export const MAX_SOURCES_HEADER = 4_096;

/**
 * "cbp-sbo;vintage=1, ohss-khsm;vintage=4"; "none" for none. A list longer than `max`
 * characters keeps the entries that fit and ends with "+N more" (N the entries left out;
 * the answer's rows, or /api/sources, name them all).
 */
export function formatSources(list: SourceVintage[], max = MAX_SOURCES_HEADER): string {
  if (list.length === 0) return 'none';
  const entries = list.map((s) => `${s.source};vintage=${s.vintage}`);
  const whole = entries.join(', ');
  if (whole.length <= max) return whole;
  // Room for the tail at its longest (every entry left out).
  const tail = (left: number) => `, +${left} more`;
  let length = 0;
  let kept = 0;
  while (kept < entries.length && length + (kept ? 2 : 0) + entries[kept].length + tail(entries.length).length <= max) {
    length += (kept ? 2 : 0) + entries[kept].length;
    kept++;
  }
  return kept === 0 ? `+${entries.length} more` : entries.slice(0, kept).join(', ') + tail(entries.length - kept);
}

export function sourcesHeader(): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    await next();
    if (c.res.status < 200 || c.res.status >= 300) return;
    const catalogue = c.get('catalogue');
    c.res.headers.set('X-Corridor-Sources', formatSources(c.get('sources') ?? catalogue?.latest ?? []));
    if (catalogue) c.res.headers.set('X-Corridor-Store', catalogue.version);
  };
}
