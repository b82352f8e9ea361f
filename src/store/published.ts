/**
 * The reader's side of publish.ts: holds the published version of a store open
 * read-only and switches to the next version when a writer publishes one. A request
 * leases the version that is current when it starts and keeps it to its end; a
 * version that is no longer current is closed when its last lease ends, so no request
 * fails during a switch.
 *
 * The hook "store switched": `onSwitch(listener)`. A listener is called with the new
 * version (and the one it replaces) before the new version answers any request, and
 * awaited: build caches, catalogues or an app for it there. A listener that throws
 * cancels the switch; the current version keeps answering and the error is reported.
 */
import { statSync } from 'node:fs';
import { openStore, type Store } from './open.js';

export type SwitchListener = (next: Store, previous: Store) => void | Promise<void>;

export interface Lease {
  store: Store;
  release(): void;
}

export interface PublishedOptions {
  /** How often the published file is looked at (default 250 ms); 0: only when refresh() is called. */
  pollMs?: number;
  /** Where a failed switch is reported (default: stderr). */
  onError?: (e: unknown) => void;
}

interface Version {
  store: Store;
  identity: string;
  leases: number;
  retired: boolean;
}

/** The file's identity: a new file renamed into place has a new inode. */
function identityOf(path: string): string | undefined {
  try {
    const s = statSync(path);
    return `${s.dev}:${s.ino}:${s.size}:${s.mtimeMs}`;
  } catch {
    return undefined;
  }
}

export class PublishedStore {
  private version: Version;
  private readonly listeners: SwitchListener[] = [];
  private readonly timer: NodeJS.Timeout | undefined;
  private checking: Promise<boolean> | undefined;
  private failedIdentity: string | undefined;
  private closed = false;

  private constructor(readonly path: string, first: Version, private readonly opts: PublishedOptions) {
    this.version = first;
    const poll = opts.pollMs ?? 250;
    if (poll > 0) {
      this.timer = setInterval(() => void this.refresh(), poll);
      this.timer.unref();
    }
  }

  /** Opens the published version of the store at `path` read-only. */
  static async open(path: string, opts: PublishedOptions = {}): Promise<PublishedStore> {
    const identity = identityOf(path) ?? '';
    const store = await openStore(path, { readOnly: true });
    return new PublishedStore(path, { store, identity, leases: 0, retired: false }, opts);
  }

  /** The version that answers new requests. */
  get current(): Store {
    return this.version.store;
  }

  /** Subscribes to "store switched"; returns the unsubscribe. */
  onSwitch(listener: SwitchListener): () => void {
    this.listeners.push(listener);
    return () => {
      const i = this.listeners.indexOf(listener);
      if (i >= 0) this.listeners.splice(i, 1);
    };
  }

  /** The current version, kept open until release() even if a newer one is published meanwhile. */
  acquire(): Lease {
    const v = this.version;
    v.leases++;
    let released = false;
    return {
      store: v.store,
      release: () => {
        if (released) return;
        released = true;
        v.leases--;
        if (v.retired && v.leases === 0) v.store.close();
      },
    };
  }

  /** Looks at the published file now and switches if a new version is there; true if it switched. */
  refresh(): Promise<boolean> {
    this.checking ??= this.switchIfPublished().finally(() => (this.checking = undefined));
    return this.checking;
  }

  private async switchIfPublished(): Promise<boolean> {
    const identity = identityOf(this.path);
    if (this.closed || identity === undefined || identity === this.version.identity || identity === this.failedIdentity) return false;
    let store: Store | undefined;
    try {
      store = await openStore(this.path, { readOnly: true });
      for (const listener of [...this.listeners]) await listener(store, this.version.store);
    } catch (e) {
      store?.close();
      this.failedIdentity = identity;
      (this.opts.onError ?? ((err) => process.stderr.write(`corridor: kept the current version of ${this.path}; the new one could not be opened: ${(err as Error).message}\n`)))(e);
      return false;
    }
    if (this.closed) {
      store.close();
      return false;
    }
    const previous = this.version;
    this.version = { store, identity, leases: 0, retired: false };
    this.retire(previous);
    return true;
  }

  private retire(v: Version): void {
    v.retired = true;
    if (v.leases === 0) v.store.close();
  }

  /** Stops watching and closes the current version (a leased older one closes at its release). */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    await this.checking?.catch(() => undefined);
    this.retire(this.version);
  }
}
