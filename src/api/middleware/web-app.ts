/**
 * @module
 * Serves the built dashboard (web/dist) at `/`: every file is read into memory with
 * its content type, a gzip copy and an ETag; hashed files under /assets are cached
 * for a year, the page itself is revalidated. Only the files the build wrote are
 * served (a lookup in a map, so no path can leave the folder); anything else falls
 * through to the API's 404. The files are read again when a new build replaces
 * index.html. Without a build, `/` says how to make one.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';
import { errorResponse } from '../errors.js';
import { SECURITY_HEADERS } from './security-headers.js';

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** The dashboard's policy: the API's, plus images from blob: URLs (a chart drawn into a PNG download). */
export const DASHBOARD_CSP = `${SECURITY_HEADERS['Content-Security-Policy']}; img-src 'self' blob:`;

export interface WebFile {
  body: Uint8Array;
  gzip: Uint8Array | null;
  type: string;
  etag: string;
  immutable: boolean;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.isFile() ? [join(dir, e.name)] : []));
}

/** Every file of the build by URL path ('/index.html', '/assets/index-3f2a.js'). */
export function readWebFiles(dir: string): Map<string, WebFile> {
  const files = new Map<string, WebFile>();
  for (const file of walk(dir)) {
    const type = CONTENT_TYPES[extname(file).toLowerCase()];
    if (!type) continue;
    const body = readFileSync(file);
    const zipped = /^(text|application)\/|svg/.test(type) && body.length > 512 ? gzipSync(body, { level: 9 }) : null;
    const path = `/${relative(dir, file).split(sep).join('/')}`;
    files.set(path, {
      body,
      gzip: zipped && zipped.length < body.length ? zipped : null,
      type,
      etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
      immutable: path.startsWith('/assets/'),
    });
  }
  return files;
}

export function webApp(dir: string): MiddlewareHandler {
  const index = join(dir, 'index.html');
  let files = new Map<string, WebFile>();
  let builtAt = -1;
  const current = () => {
    const mtime = existsSync(index) ? statSync(index).mtimeMs : -1;
    if (mtime !== builtAt) {
      files = mtime < 0 ? new Map() : readWebFiles(dir);
      builtAt = mtime;
    }
    return files;
  };
  return async (c, next) => {
    const path = c.req.path;
    if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || path === '/api' || path.startsWith('/api/')) return next();
    const found = current();
    const file = found.get(path === '/' ? '/index.html' : path);
    if (!file) {
      if (path === '/' || path === '/index.html') return errorResponse(c, 404, 'not found', 'the dashboard is not built: run "npm run build:web" (npm start builds it); the API is at /api/docs');
      return next();
    }
    const headers: Record<string, string> = {
      'Content-Type': file.type,
      ETag: file.etag,
      'Cache-Control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      Vary: 'Accept-Encoding',
    };
    if (c.req.header('If-None-Match')?.split(',').some((t) => t.trim() === file.etag)) return c.body(null, 304, headers);
    const gzip = file.gzip && /\bgzip\b/.test(c.req.header('Accept-Encoding') ?? '');
    if (gzip) headers['Content-Encoding'] = 'gzip';
    const body = gzip ? file.gzip! : file.body;
    headers['Content-Length'] = String(body.length);
    if (c.req.method === 'HEAD') return c.body(null, 200, headers);
    return c.body(body as Uint8Array<ArrayBuffer>, 200, headers);
  };
}

/**
 * Registered before the security headers, so it runs after them: gives the
 * dashboard's page (HTML outside /api) its policy, which adds blob: images.
 */
export function dashboardPolicy(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (c.req.path.startsWith('/api') || !c.res.headers.get('Content-Type')?.startsWith('text/html')) return;
    c.res.headers.set('Content-Security-Policy', DASHBOARD_CSP);
  };
}
