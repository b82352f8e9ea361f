/**
 * Serving the built dashboard: the page at /, its assets with their types, gzip,
 * ETags and cache lifetimes; nothing outside the build; the API untouched; the page's
 * CSP (the API's plus blob: images); a missing build said plainly.
 */
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DASHBOARD_CSP } from '../../../src/api/middleware/web-app.js';
import { SECURITY_HEADERS } from '../../../src/api/middleware/security-headers.js';
import { call, fixtureStore, type FixtureStore } from '../fixture-store.js';

const PAGE = '<!doctype html><html><head><script type="module" src="/assets/index-abc123.js"></script></head><body><div id="app"></div></body></html>';
const SCRIPT = `console.log(${JSON.stringify('x'.repeat(2000))});`;

function fakeBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'corridor-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), PAGE);
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), SCRIPT);
  writeFileSync(join(dir, 'assets', 'index-abc123.css'), 'body{margin:0}');
  writeFileSync(join(dir, 'assets', 'states.json'), '{"type":"Topology"}');
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(dir, 'notes.unknownext'), 'not served');
  return dir;
}

let f: FixtureStore;
let dir: string;
let app: FixtureStore['app'];
beforeAll(async () => {
  f = await fixtureStore();
  dir = fakeBuild();
  app = f.appWith({ web: dir });
});
afterAll(() => f.close());

describe('the dashboard build, served at /', () => {
  it('serves the page at / and /index.html, revalidated, with the dashboard policy and the other security headers', async () => {
    for (const path of ['/', '/index.html', '/?page=us&lang=es']) {
      const r = await call(app, path);
      expect(r.status, path).toBe(200);
      expect(r.text).toBe(PAGE);
      expect(r.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
      expect(r.headers.get('Cache-Control')).toBe('no-cache');
      expect(r.headers.get('Content-Security-Policy')).toBe(DASHBOARD_CSP);
      for (const name of ['X-Content-Type-Options', 'Referrer-Policy', 'X-Frame-Options']) expect(r.headers.get(name)).toBe(SECURITY_HEADERS[name]);
    }
    expect(DASHBOARD_CSP).toContain("default-src 'self'");
    expect(DASHBOARD_CSP).toContain("frame-ancestors 'none'");
    expect(DASHBOARD_CSP).not.toMatch(/unsafe-inline|unsafe-eval|https?:|data:|\*/);
  });

  it('serves assets with their content types; hashed assets are cached for a year', async () => {
    const types: Record<string, string> = {
      '/assets/index-abc123.js': 'text/javascript; charset=utf-8',
      '/assets/index-abc123.css': 'text/css; charset=utf-8',
      '/assets/states.json': 'application/json; charset=utf-8',
      '/favicon.svg': 'image/svg+xml',
    };
    for (const [path, type] of Object.entries(types)) {
      const r = await call(app, path);
      expect(r.status, path).toBe(200);
      expect(r.headers.get('Content-Type')).toBe(type);
      expect(r.headers.get('Cache-Control')).toBe(path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      expect(r.headers.get('Content-Security-Policy')).toBe(SECURITY_HEADERS['Content-Security-Policy']);
    }
  });

  it('sends gzip when the client takes it, and 304 for a current ETag', async () => {
    const zipped = await app.request('/assets/index-abc123.js', { headers: { 'Accept-Encoding': 'gzip, br' } });
    expect(zipped.headers.get('Content-Encoding')).toBe('gzip');
    expect(zipped.headers.get('Vary')).toBe('Accept-Encoding');
    const body = Buffer.from(await zipped.arrayBuffer());
    expect(body.length).toBeLessThan(SCRIPT.length / 4);
    expect(gunzipSync(body).toString()).toBe(SCRIPT);
    const tag = zipped.headers.get('ETag')!;
    const again = await app.request('/assets/index-abc123.js', { headers: { 'If-None-Match': tag } });
    expect(again.status).toBe(304);
    const head = await app.request('/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('serves nothing but the build: other paths, traversal and unknown types get the JSON 404', async () => {
    for (const path of ['/assets/missing.js', '/../package.json', '/%2e%2e/%2e%2e/etc/passwd', '/assets/../../README.md', '/notes.unknownext', '/src/main.ts']) {
      const r = await call(app, path);
      expect(r.status, path).toBe(404);
      expect(Object.keys(r.json)).toEqual(['error', 'detail']);
    }
  });

  it('leaves the API as it was, and refuses writes to the dashboard too', async () => {
    const r = await call(app, '/api/measures');
    expect(r.status).toBe(200);
    expect(r.headers.get('Content-Security-Policy')).toBe(SECURITY_HEADERS['Content-Security-Policy']);
    expect((await call(app, '/api/nope')).status).toBe(404);
    expect((await call(app, '/', { method: 'POST' })).status).toBe(405);
  });

  it('reads a new build when index.html changes', async () => {
    const local = fakeBuild();
    const served = f.appWith({ web: local });
    expect((await call(served, '/')).text).toBe(PAGE);
    writeFileSync(join(local, 'index.html'), '<!doctype html><p>rebuilt</p>');
    const later = new Date(Date.now() + 5_000);
    utimesSync(join(local, 'index.html'), later, later);
    expect((await call(served, '/')).text).toBe('<!doctype html><p>rebuilt</p>');
  });

  it('says how to build the dashboard when there is no build, and serves no dashboard without the option', async () => {
    const none = f.appWith({ web: join(dir, 'missing') });
    const r = await call(none, '/');
    expect(r.status).toBe(404);
    expect(r.json.detail).toContain('npm run build:web');
    expect((await call(f.app, '/')).status).toBe(404);
    expect((await call(f.app, '/assets/index-abc123.js')).status).toBe(404);
  });
});
