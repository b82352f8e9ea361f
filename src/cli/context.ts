/**
 * What every command shares: the store path, opening it, and how failures end the process.
 */
import { InputError, UsageError } from '../errors.js';
import { existsSync } from 'node:fs';
import { isEmpty } from '../store/catalog.js';
import { openStore, storePath, type Store } from '../store/open.js';

export interface GlobalOptions {
  db?: string;
}

export async function withStore<T>(opts: GlobalOptions, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(storePath(opts.db));
  try {
    return await fn(store);
  } finally {
    store.close();
  }
}

/**
 * Opens the store read-only for commands that only read, so they run while a server
 * holds it, and says what to do when there is no data yet.
 */
export async function readStore<T>(opts: GlobalOptions, fn: (store: Store) => Promise<T>): Promise<T> {
  const path = storePath(opts.db);
  if (!existsSync(path)) throw new UsageError(`there is no store at ${path}: run "corridor ingest" (or "npm start") first`);
  const store = await openStore(path, { readOnly: true });
  try {
    if (await isEmpty(store.conn)) throw new UsageError(`the store ${path} holds no data yet: run "corridor ingest" (or "npm start") first`);
    return await fn(store);
  } finally {
    store.close();
  }
}

/** Prints an error a user can act on and sets a non-zero exit code. */
export function fail(e: unknown): void {
  const err = e as Error;
  const known = err instanceof InputError || err instanceof UsageError;
  process.stderr.write(`corridor: ${known ? err.message : err.stack ?? String(err)}\n`);
  process.exitCode = err instanceof UsageError ? 2 : 1;
}
