/**
 * A store loaded from the whole mirror, for end-to-end tests: a private, writable copy
 * of the one test/global-setup.ts loaded before the run.
 */
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { openStore, type Store } from '../../src/store/open.js';
import type { MirrorStoreInfo } from '../global-setup.js';

export async function storeFromMirror(): Promise<{ store: Store; outcomes: MirrorStoreInfo['outcomes'] }> {
  const shared = inject('mirrorStore');
  if (!shared) throw new Error('no mirror store: CORRIDOR_MIRROR is not set (use describeMirror)');
  const path = join(mkdtempSync(join(tmpdir(), 'corridor-e2e-')), 'store.duckdb');
  copyFileSync(shared.path, path);
  return { store: await openStore(path), outcomes: shared.outcomes };
}

/** The path of such a copy, closed, for a test that hands it to the CLI or a server (nine files wrote these four lines). */
export async function storePathFromMirror(): Promise<string> {
  const { store } = await storeFromMirror();
  store.close();
  return store.path;
}
