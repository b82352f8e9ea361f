/**
 * What every command shares: the store path, opening it, and how failures end the process.
 * Commands that read open the published version read-only, so they run while a server
 * holds it and while an ingest writes the next version; commands that write work on a
 * copy and publish it (src/store/publish.ts).
 */
import { InputError, UsageError } from '../errors.js';
import { argvLang, errorText } from './lang.js';
import { existsSync } from 'node:fs';
import { isEmpty } from '../store/catalog.js';
import { openStore, storePath, type Store } from '../store/open.js';
import { writeStore } from '../store/publish.js';
import { lockHolder, StoreBusyError } from '../store/writer-lock.js';

export interface GlobalOptions {
  db?: string;
}

/** The command line that runs, as the writer lock names it for another process. */
const commandLine = () => process.argv.slice(2).join(' ').slice(0, 200) || 'corridor';

/** Runs `fn` on a writable copy of the store and publishes it when `fn` succeeds. */
export async function withStore<T>(opts: GlobalOptions, fn: (store: Store) => Promise<T>, changed?: (result: T) => boolean): Promise<T> {
  return writeStore(storePath(opts.db), commandLine(), fn, changed);
}

/** Refuses a path with no store, or a store with no data, saying what to do. */
function requireStore(path: string): void {
  if (existsSync(path)) return;
  const holder = lockHolder(path);
  if (holder)
    throw new UsageError(
      `the store ${path} is being loaded for the first time by process ${holder.pid} ("corridor ${holder.command}", since ${holder.since}): wait for it to finish`,
      `el proceso ${holder.pid} ("corridor ${holder.command}", desde ${holder.since}) está cargando el almacén ${path} por primera vez: espere a que termine`,
    );
  throw new UsageError(`there is no store at ${path}: run "corridor ingest" (or "npm start") first`, `no hay almacén en ${path}: ejecute primero "corridor ingest" (o "npm start")`);
}

const emptyStore = (path: string) =>
  new UsageError(`the store ${path} holds no data yet: run "corridor ingest" (or "npm start") first`, `el almacén ${path} aún no tiene datos: ejecute primero "corridor ingest" (o "npm start")`);

/**
 * Opens the store read-only for commands that only read, so they run while a server
 * holds it or an ingest writes, and says what to do when there is no data yet.
 */
export async function readStore<T>(opts: GlobalOptions, fn: (store: Store) => Promise<T>): Promise<T> {
  const path = storePath(opts.db);
  requireStore(path);
  const store = await openStore(path, { readOnly: true });
  try {
    if (await isEmpty(store.conn)) throw emptyStore(path);
    return await fn(store);
  } finally {
    store.close();
  }
}

/**
 * For a command that reads and would also record something (a check run, a back-test):
 * writes and publishes when no other process writes the store; while one does, reads the
 * published version and tells `fn` it cannot record (writable = false).
 */
export async function readOrWriteStore<T>(
  opts: GlobalOptions,
  fn: (store: Store, writable: boolean) => Promise<T>,
  changed?: (result: T) => boolean,
): Promise<{ result: T; busy?: StoreBusyError }> {
  const path = storePath(opts.db);
  requireStore(path);
  try {
    return {
      result: await withStore(opts, async (store) => {
        if (await isEmpty(store.conn)) throw emptyStore(path);
        return fn(store, true);
      }, changed),
    };
  } catch (e) {
    if (!(e instanceof StoreBusyError)) throw e;
    return { result: await readStore(opts, (store) => fn(store, false)), busy: e };
  }
}

/** Prints an error a user can act on, in the language of --lang, and sets a non-zero exit code. */
export function fail(e: unknown): void {
  const err = e as Error;
  const known = err instanceof InputError || err instanceof UsageError;
  process.stderr.write(`corridor: ${known ? errorText(err, argvLang()) : err.stack ?? String(err)}\n`);
  process.exitCode = err instanceof UsageError ? 2 : 1;
}
