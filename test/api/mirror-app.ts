/**
 * The mirror's store as the server opens it (a private copy, read-only) and the API app on it
 * without the answer cache, for the API tests on the real data. `prepare` runs on the writable
 * copy first (e.g. recording a run of the reconciliation checks).
 */
import { createApp } from '../../src/api/app.js';
import { openStore, type Store } from '../../src/store/open.js';
import { storeFromMirror } from '../e2e/store-from-mirror.js';

export type App = ReturnType<typeof createApp>;

export async function readOnlyMirror(prepare?: (store: Store) => Promise<void>): Promise<Store> {
  const built = await storeFromMirror();
  try {
    await prepare?.(built.store);
  } finally {
    built.store.close();
  }
  return openStore(built.store.path, { readOnly: true });
}

export async function mirrorApp(
  opts: { prepare?: (store: Store) => Promise<void>; logError?: (e: unknown) => void } = {},
): Promise<{ store: Store; app: App }> {
  const store = await readOnlyMirror(opts.prepare);
  const app = createApp({ conn: store.conn, cache: false, logError: opts.logError ?? ((e) => console.error(e)) });
  return { store, app };
}
