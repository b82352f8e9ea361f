/**
 * One store loaded from the whole mirror, shared by the end-to-end tests of a file.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ingest, type SourceOutcome } from '../../src/ingest/ingest.js';
import { ADAPTERS } from '../../src/sources/registry.js';
import { openStore, type Store } from '../../src/store/open.js';
import { MIRROR } from '../mirror.js';

export async function storeFromMirror(): Promise<{ store: Store; outcomes: SourceOutcome[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'corridor-e2e-'));
  const store = await openStore(join(dir, 'store.duckdb'));
  const outcomes = await ingest(store, ADAPTERS, { origin: { mirror: resolve(MIRROR!) } });
  return { store, outcomes };
}
