/**
 * @module
 * Every successful response says which sources and vintages it came from, in
 * `X-Corridor-Sources` ("cbp-sbo;vintage=1, ohss-khsm;vintage=4"; "none" for an
 * empty answer): those a handler names in `c.var.sources`, else the latest vintage
 * of every source (the catalogue routes describe the whole store).
 * `X-Corridor-Store` names the state of the store (a digest of its vintage list).
 */
import type { MiddlewareHandler } from 'hono';
import type { ApiEnv, SourceVintage } from '../env.js';

export function formatSources(list: SourceVintage[]): string {
  return list.length ? list.map((s) => `${s.source};vintage=${s.vintage}`).join(', ') : 'none';
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
