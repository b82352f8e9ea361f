/**
 * The dashboard served on a store of the whole mirror, with a fresh browser, for one test
 * file: started in a beforeAll the call registers, closed in an afterAll. Its fields are
 * filled when the beforeAll has run, so tests read them inside their own hooks and tests.
 * CORRIDOR_WEB_DIST serves a dashboard built beforehand (e.g. an older one, to see a test
 * fail on it). Eight browser test files wrote these twenty lines each.
 */
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startServer, type RunningServer } from '../../src/api/server.js';
import { storeFromMirror } from '../e2e/store-from-mirror.js';
import { buildWebForTest, launch } from './browser.js';

export interface MirrorDashboard {
  /** The server's address, e.g. http://127.0.0.1:41234. */
  base: string;
  context: BrowserContext;
  /** The folder of the dashboard served. */
  web: string;
  /** The store served (a copy of the mirror's, the test file's own). */
  db: string;
  server: RunningServer;
}

export function mirrorDashboard(options: { pollMs?: number } = {}): MirrorDashboard {
  const d = {} as MirrorDashboard;
  beforeAll(async () => {
    const [built, web] = await Promise.all([storeFromMirror(), process.env.CORRIDOR_WEB_DIST ?? buildWebForTest()]);
    d.web = web;
    d.db = built.store.path;
    built.store.close();
    d.server = await startServer({ db: d.db, port: 0, web, ...options, logError: (e) => console.error(e) });
    d.base = d.server.url;
    d.context = await launch();
  });
  afterAll(async () => {
    await d.context?.close();
    await d.server?.close();
  });
  return d;
}
