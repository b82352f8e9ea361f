/**
 * Ingest while serving: a writer works on a copy and publishes it in one rename; a
 * server keeps answering during every switch (a request loop under load sees no
 * error), readers run while a writer holds the lock, and a second writer is told which
 * process holds it.
 */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startServer } from '../../src/api/server.js';
import { ingest } from '../../src/ingest/ingest.js';
import { openStore, rows } from '../../src/store/open.js';
import { workingPath, writeStore } from '../../src/store/publish.js';
import { PublishedStore } from '../../src/store/published.js';
import { lockHolder, lockPath, StoreBusyError } from '../../src/store/writer-lock.js';
import { toyAdapter, toyCsv } from '../fixtures/toy-adapter.js';

function toyMirror() {
  const dir = mkdtempSync(join(tmpdir(), 'corridor-publish-'));
  const mirror = join(dir, 'mirror');
  mkdirSync(join(mirror, 'us/toy'), { recursive: true });
  const write = (value: number) => writeFileSync(join(mirror, 'us/toy/toy.csv'), toyCsv([[2021, 'OCT', 'U.S. Border Patrol', 'Title 8', value]]));
  return { db: join(dir, 'store.duckdb'), mirror, write };
}

const load = (db: string, mirror: string, midway?: () => Promise<void>) =>
  writeStore(db, 'ingest (test)', (store) => ingest(store, [toyAdapter()], { origin: { mirror }, midway }));

/** The toy value of the newest vintage (older vintages stay in the store). */
const latestValue = async (conn: Parameters<typeof rows>[0]) =>
  (await rows<{ value: number }>(conn, 'SELECT value FROM observations WHERE vintage_id = (SELECT max(vintage_id) FROM observations)'))[0].value;

const SERIES = '/api/series?measure=encounters&where=geography=US-SWB&source=toy';

describe('publishing a new version of the store', () => {
  it('serves every request while five ingests publish, and ends on the last version', async () => {
    const { db, mirror, write } = toyMirror();
    write(100);
    await load(db, mirror);
    const server = await startServer({ db, port: 0, pollMs: 20, cache: false });
    const switched: string[] = [];
    server.published.onSwitch((next) => void switched.push(next.path));
    let running = true;
    const failures: string[] = [];
    const seen = new Set<number>();
    let requests = 0;
    // Eight clients asking as fast as they can while the store is replaced under them.
    const clients = Array.from({ length: 8 }, async () => {
      while (running) {
        try {
          const res = await fetch(`${server.url}${SERIES}`);
          const body = (await res.json()) as { rows: { value: number }[] };
          if (res.status !== 200) failures.push(`${res.status} ${JSON.stringify(body)}`);
          else seen.add(body.rows[0].value);
        } catch (e) {
          failures.push(String(e));
        }
        requests++;
      }
    });
    try {
      for (const value of [201, 302, 403, 504, 605]) {
        write(value);
        await load(db, mirror);
        const deadline = Date.now() + 10_000;
        while (!seen.has(value) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
        expect(seen.has(value), `the server never answered ${value}`).toBe(true);
      }
    } finally {
      running = false;
      await Promise.all(clients);
      await server.close();
    }
    expect(failures).toEqual([]);
    expect(requests).toBeGreaterThan(50);
    expect(switched).toHaveLength(5);
    expect([...seen].sort((a, b) => a - b)).toEqual([100, 201, 302, 403, 504, 605]);
  });

  it('lets readers read the published version while a writer holds the lock, and names the writer to a second one', async () => {
    const { db, mirror, write } = toyMirror();
    write(100);
    await load(db, mirror);
    write(999);
    let resume!: () => void;
    let midway!: () => void;
    const reachedMidway = new Promise<void>((r) => (midway = r));
    const writing = load(db, mirror, async () => {
      midway();
      await new Promise<void>((r) => (resume = r));
    });
    await reachedMidway;
    try {
      expect(existsSync(workingPath(db))).toBe(true);
      const reader = await openStore(db, { readOnly: true });
      expect(await latestValue(reader.conn)).toBe(100);
      reader.close();
      expect(lockHolder(db)?.pid).toBe(process.pid);
      const second = load(db, mirror);
      await expect(second).rejects.toBeInstanceOf(StoreBusyError);
      await expect(second).rejects.toThrow(new RegExp(`process ${process.pid} \\("corridor ingest \\(test\\)".*kill ${process.pid}`));
    } finally {
      resume();
      await writing;
    }
    expect(existsSync(lockPath(db))).toBe(false);
    expect(existsSync(workingPath(db))).toBe(false);
    const after = await openStore(db, { readOnly: true });
    expect(await latestValue(after.conn)).toBe(999);
    after.close();
  });

  it('publishes nothing when the writer fails, and takes over a lock left by a process that is gone', async () => {
    const { db, mirror, write } = toyMirror();
    write(100);
    await load(db, mirror);
    await expect(writeStore(db, 'test', async (store) => {
      await store.conn.run('DELETE FROM observations');
      throw new Error('half way');
    })).rejects.toThrow('half way');
    // A lock naming this process's pid that this process never took: a killed writer whose pid was reused.
    writeFileSync(lockPath(db), JSON.stringify({ pid: process.pid, command: 'ingest', since: '2026-01-01T00:00:00Z' }));
    expect(lockHolder(db)).toBeUndefined();
    writeFileSync(lockPath(db), JSON.stringify({ pid: 2 ** 22 + 17, command: 'ingest', since: '2026-01-01T00:00:00Z' }));
    writeFileSync(workingPath(db), 'left by a killed writer');
    expect(lockHolder(db)).toBeUndefined();
    const published = await PublishedStore.open(db, { pollMs: 0 });
    try {
      expect(await published.refresh()).toBe(false);
      expect(await latestValue(published.current.conn)).toBe(100);
      write(7);
      await load(db, mirror);
      expect(await published.refresh()).toBe(true);
      expect(await latestValue(published.current.conn)).toBe(7);
    } finally {
      await published.close();
    }
  });

  it('keeps a leased version open until its request ends, and keeps the current one when a listener refuses the new', async () => {
    const { db, mirror, write } = toyMirror();
    write(1);
    await load(db, mirror);
    const published = await PublishedStore.open(db, { pollMs: 0, onError: () => {} });
    try {
      const lease = published.acquire();
      write(2);
      await load(db, mirror);
      expect(await published.refresh()).toBe(true);
      // The old version still answers the request that leased it.
      expect(await latestValue(lease.store.conn)).toBe(1);
      lease.release();
      const stop = published.onSwitch(() => {
        throw new Error('not ready');
      });
      write(3);
      await load(db, mirror);
      expect(await published.refresh()).toBe(false);
      expect(await latestValue(published.current.conn)).toBe(2);
      stop();
      write(4);
      await load(db, mirror);
      expect(await published.refresh()).toBe(true);
      expect(await latestValue(published.current.conn)).toBe(4);
    } finally {
      await published.close();
    }
  });
});
