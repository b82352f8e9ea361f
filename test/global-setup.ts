/**
 * Loads the whole data mirror into one store before the tests run, once, so that every
 * end-to-end test file starts from a copy of it instead of ingesting the mirror again.
 * Skipped (visibly, by test/mirror.ts) when CORRIDOR_MIRROR is unset.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ingest } from '../src/ingest/ingest.js';
import { ADAPTERS } from '../src/sources/registry.js';
import { openStore } from '../src/store/open.js';

export interface MirrorStoreInfo {
  path: string;
  outcomes: { source: string; status: string; observations?: number; seconds: number; error?: { message: string } }[];
}

declare module 'vitest' {
  export interface ProvidedContext {
    mirrorStore: MirrorStoreInfo | null;
  }
}

/**
 * Every temporary file of the run (stores, fixtures, browser profiles, the CLI's children)
 * goes under one folder removed at the end: os.tmpdir() reads TMPDIR, which the test
 * workers and their child processes inherit. Without it each run left about 1.5 GB behind.
 */
function runTemporaryFolder(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'corridor-test-run-'));
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}

export default async function setup(project: TestProject) {
  const removeTemporaries = runTemporaryFolder();
  const mirror = process.env.CORRIDOR_MIRROR;
  if (!mirror) {
    project.provide('mirrorStore', null);
    return removeTemporaries;
  }
  const dir = mkdtempSync(join(tmpdir(), 'corridor-mirror-store-'));
  const path = join(dir, 'mirror.duckdb');
  const started = performance.now();
  const store = await openStore(path);
  const outcomes = await ingest(store, ADAPTERS, { origin: { mirror: resolve(mirror) } });
  store.close();
  console.log(`global setup: loaded the mirror (${ADAPTERS.length} sources) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  project.provide('mirrorStore', {
    path,
    outcomes: outcomes.map((o) => ({ source: o.source, status: o.status, observations: o.observations, seconds: o.seconds, error: o.error ? { message: o.error.message } : undefined })),
  });
  return () => {
    rmSync(dir, { recursive: true, force: true });
    removeTemporaries();
  };
}
