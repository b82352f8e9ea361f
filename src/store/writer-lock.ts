/**
 * One writer at a time per store: a lock file beside the store (STORE.lock) naming the
 * process that writes, what it runs and since when. Readers never take it: they read
 * the published store (see publish.ts). A lock left by a process that no longer runs
 * (killed, machine restarted) is taken over.
 */
import { linkSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { UsageError } from '../errors.js';

export interface LockHolder {
  pid: number;
  command: string;
  since: string;
}

export const lockPath = (store: string) => `${store}.lock`;

/** The process that holds the writer lock of a store, if one does and still runs. */
export function lockHolder(store: string): LockHolder | undefined {
  let holder: LockHolder;
  try {
    holder = JSON.parse(readFileSync(lockPath(store), 'utf8')) as LockHolder;
  } catch {
    return undefined;
  }
  if (!Number.isInteger(holder.pid)) return undefined;
  // Our own pid: held only if this process took it (a restarted container may reuse the pid of a killed writer).
  if (holder.pid === process.pid) return heldHere.has(lockPath(store)) ? holder : undefined;
  return isRunning(holder.pid) ? holder : undefined;
}

/** The locks this process holds. */
const heldHere = new Set<string>();

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** What a user reads when another process writes the store. */
export function heldMessage(store: string, holder: LockHolder, wanted: string): string {
  return `cannot ${wanted}: process ${holder.pid} ("corridor ${holder.command}", since ${holder.since}) is writing the store ${store}. ` +
    `Wait for it to finish, or stop it with "kill ${holder.pid}" (nothing it has not finished lands in the store).`;
}

/** heldMessage in Spanish; `wanted` is the command line (e.g. "ingest --from mirror"), quoted as typed. */
export function heldMessageEs(store: string, holder: LockHolder, wanted: string): string {
  return `no se puede ejecutar "corridor ${wanted}": el proceso ${holder.pid} ("corridor ${holder.command}", desde ${holder.since}) está escribiendo el almacén ${store}. ` +
    `Espere a que termine, o deténgalo con "kill ${holder.pid}" (nada de lo que no haya terminado llega al almacén).`;
}

/** Another process writes the store: names it and says what to do. */
export class StoreBusyError extends UsageError {
  constructor(readonly store: string, readonly holder: LockHolder, wanted: string) {
    super(heldMessage(store, holder, wanted), heldMessageEs(store, holder, wanted));
    this.name = 'StoreBusyError';
  }
}

/** Takes the writer lock or throws a StoreBusyError naming the process that holds it. Returns the release. */
export function takeWriterLock(store: string, command: string): () => void {
  const path = lockPath(store);
  const content = JSON.stringify({ pid: process.pid, command, since: new Date().toISOString() } satisfies LockHolder);
  for (let attempt = 0; attempt < 2; attempt++) {
    // Written whole to a file of our own, then linked into place: link() fails if the lock
    // exists, and a reader never sees a lock file without its content.
    const mine = `${path}.${process.pid}`;
    writeFileSync(mine, content);
    try {
      linkSync(mine, path);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = lockHolder(store);
      if (holder) throw new StoreBusyError(store, holder, command);
      rmSync(path, { force: true }); // left by a process that is gone
      continue;
    } finally {
      rmSync(mine, { force: true });
    }
    heldHere.add(path);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      heldHere.delete(path);
      rmSync(path, { force: true });
    };
  }
  throw new UsageError(
    `cannot take the writer lock ${path}: another process took it at the same moment; try again`,
    `no se puede tomar el candado de escritura ${path}: otro proceso lo tomó en el mismo momento; intente de nuevo`,
  );
}
