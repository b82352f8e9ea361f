/**
 * Counts the statements a DuckDB connection has under way, so that it is closed only when
 * none is. Closing a connection while one of its statements is queued or running in the
 * thread pool leaves the statement's worker holding the last reference to a client context
 * it has locked; destroying it there locks the same mutex again and the worker never ends
 * (DuckDB 1.x, seen with gdb: `~ClientContext` → `LockContext` under `ExecutePreparedWorker`).
 * The process then cannot exit either: `process.exit` joins the thread pool first.
 */
import type { DuckDBConnection } from '@duckdb/node-api';

/** A statement asked of a store that is closed or closing. */
export class StoreClosedError extends Error {
  constructor() {
    super('the store is closed');
    this.name = 'StoreClosedError';
  }
}

/** The connection's methods that start work in DuckDB's threads (each resolves when that work is done). */
const STARTERS = [
  'run',
  'runAndRead',
  'runAndReadAll',
  'runAndReadUntil',
  'stream',
  'streamAndRead',
  'streamAndReadAll',
  'streamAndReadUntil',
  'start',
  'startStream',
  'prepare',
  'extractStatements',
] as const;

export interface InFlight {
  /** Statements under way. */
  readonly count: number;
  /** Refuses new statements (StoreClosedError) and calls `then` once none is under way: now, or when the last one settles. */
  closeWhenIdle(then: () => void): void;
}

/** Wraps `conn`'s statement methods in place to count them; returns the count and the deferred close. */
export function trackInFlight(conn: DuckDBConnection): InFlight {
  let count = 0;
  const state: { closing?: () => void } = {};
  const settled = () => {
    if (count === 0) state.closing?.();
  };
  const target = conn as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
  for (const name of STARTERS) {
    const original = target[name] as ((...args: unknown[]) => Promise<unknown>) | undefined;
    if (typeof original !== 'function') continue;
    target[name] = async (...args: unknown[]) => {
      if (state.closing) throw new StoreClosedError();
      count++;
      try {
        return await original.apply(conn, args);
      } finally {
        // Nested calls (runAndReadAll calls run) count twice and settle in order.
        count--;
        settled();
      }
    };
  }
  return {
    get count() {
      return count;
    },
    closeWhenIdle(then) {
      if (state.closing) return;
      let done = false;
      state.closing = () => {
        if (done) return;
        done = true;
        then();
      };
      if (count === 0) state.closing();
    },
  };
}

/** True for what a statement fails with when its store is closed under it: refused, or interrupted by the close. */
export function closedUnder(e: unknown): boolean {
  return e instanceof StoreClosedError || /^INTERRUPT Error/.test((e as Error)?.message ?? '');
}
