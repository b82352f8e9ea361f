/**
 * Writing without stopping the readers. The store a user names (corridor.duckdb) is the
 * published version: it is only ever read. A command that writes (ingest, start's load,
 * check's record, a stored back-test) takes the writer lock, copies the published file to
 * STORE.next, writes there, checkpoints, and renames STORE.next over STORE: one atomic
 * step. Readers that opened the previous version keep reading it (the file stays alive
 * while open); a server notices the new file and switches to it (see published.ts). A
 * writer that fails or is killed publishes nothing: the published store is as it was.
 */
import { closeSync, copyFileSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { openStore, type Store } from './open.js';
import { takeWriterLock } from './writer-lock.js';

export const workingPath = (store: string) => `${store}.next`;

function removeStore(path: string): void {
  rmSync(path, { force: true });
  rmSync(`${path}.wal`, { force: true });
}

/**
 * Refuses a store path whose folder does not exist (or is not a folder), before the lock
 * file is written there: the user gets what and where instead of an ENOENT trace. The
 * folder is not created: a mistyped --db should not leave new folders behind.
 */
function requireStoreFolder(path: string): void {
  const folder = dirname(resolve(path));
  const stat = statSync(folder, { throwIfNoEntry: false });
  if (stat?.isDirectory()) return;
  const found = stat ? 'is not a folder' : 'does not exist';
  const encontrado = stat ? 'no es una carpeta' : 'no existe';
  throw new UsageError(
    `cannot write the store ${path}: its folder ${folder} ${found}; create the folder first or give --db a path in an existing folder`,
    `no se puede escribir el almacén ${path}: su carpeta ${folder} ${encontrado}; cree antes la carpeta o dé a --db una ruta en una carpeta existente`,
  );
}

function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Runs `fn` on a writable copy of the store at `path` and publishes the copy when `fn`
 * succeeds (and `changed` says it changed something). `command` names the writer in the lock, for the message another writer gets.
 */
export async function writeStore<T>(
  path: string,
  command: string,
  fn: (store: Store) => Promise<T>,
  /** Publish only if this says the result changed the store (default: always). */
  changed: (result: T) => boolean = () => true,
): Promise<T> {
  requireStoreFolder(path);
  const release = takeWriterLock(path, command);
  const next = workingPath(path);
  try {
    removeStore(next); // left by a writer that was killed
    if (existsSync(path)) {
      copyFileSync(path, next);
      // A store last written in place by an older corridor may keep changes in its WAL.
      if (existsSync(`${path}.wal`)) copyFileSync(`${path}.wal`, `${next}.wal`);
    }
    const store = await openStore(next);
    let result: T;
    try {
      result = await fn(store);
      await store.conn.run('CHECKPOINT');
    } finally {
      store.close();
    }
    if (!changed(result)) return result;
    if (existsSync(`${next}.wal`)) throw new Error(`the new version of the store ${path} was not fully written (its WAL ${next}.wal remains); nothing was published`);
    fsyncPath(next);
    rmSync(`${path}.wal`, { force: true }); // already part of the new version; must not be replayed onto it
    renameSync(next, path);
    fsyncPath(dirname(path));
    return result;
  } finally {
    removeStore(next);
    release();
  }
}
