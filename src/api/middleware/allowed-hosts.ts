/**
 * @module
 * Answers only for the host names the server is meant to be reached by. A page on another
 * site can make a browser send requests to 127.0.0.1 under a name it controls (DNS
 * rebinding); checking the Host header refuses those before any handler runs.
 */
import type { MiddlewareHandler } from 'hono';
import { errorResponse } from '../errors.js';

const LOOPBACK = ['127.0.0.1', 'localhost', '[::1]', '::1'];

/**
 * The names a server bound to `host` answers for: the loopback names when it listens on
 * loopback, that address when it listens on one, plus `extra` (CORRIDOR_ALLOWED_HOSTS).
 * A wildcard bind (0.0.0.0, ::) without `extra` answers for any name: the operator chose
 * to expose it, and its public name is not known here.
 */
export function allowedHostsFor(host: string, extra: string[] = []): string[] | null {
  const wildcard = host === '0.0.0.0' || host === '::' || host === '';
  if (wildcard && extra.length === 0) return null;
  const own = LOOPBACK.includes(host) ? LOOPBACK : wildcard ? [] : [host];
  return [...new Set([...own, ...extra.map((h) => h.trim().toLowerCase()).filter(Boolean)])];
}

/** The Host header's name, without the port. */
function hostName(header: string): string {
  const h = header.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(0, h.indexOf(']') + 1);
  return h.split(':')[0];
}

export function allowedHosts(names: string[]): MiddlewareHandler {
  const allowed = new Set(names.map((n) => n.toLowerCase()));
  return async (c, next) => {
    const header = c.req.header('host');
    if (header !== undefined && allowed.has(hostName(header))) return next();
    return errorResponse(c, 421, 'host not served', `this server answers for ${[...allowed].join(', ')}; set CORRIDOR_ALLOWED_HOSTS to add a name`);
  };
}
