/**
 * `corridor start` on a store an earlier load left incomplete: it loads the sources the
 * store lacks (not only when the store is empty), re-runs and records the reconciliation
 * checks after the load (none left skipped), serves, and stops within 5 s on SIGTERM
 * while it is busy answering the Overview's questions. A second start has nothing to load.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, inject, it } from 'vitest';
import { latestChecks } from '../../src/analysis/checks/latest.js';
import { listSources } from '../../src/store/catalog.js';
import { checksBehindData } from '../../src/store/checks-state.js';
import { openStore } from '../../src/store/open.js';
import { describeMirror, MIRROR } from '../mirror.js';

/** Runs `corridor start` until it serves, then sends `signal`; resolves with its output and how long it took to exit. */
async function startThenSignal(db: string, signal: NodeJS.Signals, opts: { mirror?: string; waitAfterServing?: number } = {}) {
  const child = spawn(process.execPath, ['bin/corridor.js', '--db', db, 'start', '--no-build', '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CORRIDOR_MIRROR: opts.mirror ?? resolve(MIRROR!) },
  });
  let out = '';
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<{ code: number | null; at: number }>((done) => child.on('exit', (code) => done({ code, at: performance.now() })));
  await new Promise<void>((serving, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (/corridor is serving at http/.test(out)) serving();
    });
    void exited.then(({ code }) => reject(new Error(`start exited with ${code} before serving:\n${out}\n${err}`)));
  });
  if (opts.waitAfterServing) await new Promise((r) => setTimeout(r, opts.waitAfterServing));
  const sent = performance.now();
  child.kill(signal);
  const { code, at } = await exited;
  return { out, err, code, seconds: (at - sent) / 1000 };
}

describeMirror('corridor start after an incomplete load', () => {
  it('loads what is missing, re-runs the checks, serves, and stops on SIGTERM within 5 s', async () => {
    const shared = inject('mirrorStore')!;
    const db = join(mkdtempSync(join(tmpdir(), 'corridor-start-')), 'store.duckdb');
    copyFileSync(shared.path, db);
    // The store as an interrupted first load leaves it: one source never loaded, no checks recorded.
    const store = await openStore(db);
    for (const table of ['observations', 'dataset_members', 'files']) await store.conn.run(`DELETE FROM ${table} WHERE vintage_id IN (SELECT id FROM vintages WHERE source_id = 'wh-vaccines')`);
    for (const sql of ["DELETE FROM vintages WHERE source_id = 'wh-vaccines'", "DELETE FROM datasets WHERE source_id = 'wh-vaccines'", "DELETE FROM sources WHERE id = 'wh-vaccines'", 'DELETE FROM checks']) await store.conn.run(sql);
    store.close();

    const first = await startThenSignal(db, 'SIGTERM');
    expect(first.out).toContain('The store lacks 1 source (wh-vaccines): loading it.');
    expect(first.out).toMatch(/wh-vaccines\s+loaded/);
    const ran = /Ran the (\d+) reconciliation checks: \d+ pass, \d+ differ \(reported, not hidden\), 0 fail, 0 skipped\./.exec(first.out);
    expect(ran, first.out).not.toBeNull();
    expect(first.seconds, first.err).toBeLessThan(5);
    expect(first.code, first.err).toBe(0);

    const after = await openStore(db, { readOnly: true });
    try {
      expect((await listSources(after.conn)).map((s) => s.id)).toContain('wh-vaccines');
      expect(await checksBehindData(after.conn)).toBe(false);
      const checks = await latestChecks(after.conn);
      expect(checks).toHaveLength(Number(ran![1]));
      expect(checks.length).toBeGreaterThanOrEqual(19);
      expect(checks.filter((c) => c.status === 'skipped')).toEqual([]);
    } finally {
      after.close();
    }

    const second = await startThenSignal(db, 'SIGINT');
    expect(second.out).not.toMatch(/lacks|is empty|Ran the/);
    expect(second.seconds, second.err).toBeLessThan(5);
    expect(second.code, second.err).toBe(0);
  });
});

describeMirror('corridor start when nothing can be loaded', () => {
  it('says so in both languages with the command that fixes it, serves, and lists no failed answers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'corridor-start-empty-'));
    const emptyMirror = join(dir, 'mirror');
    mkdirSync(emptyMirror);
    const run = await startThenSignal(join(dir, 'store.duckdb'), 'SIGTERM', { mirror: emptyMirror, waitAfterServing: 1500 });
    expect(run.out).toContain('No data could be loaded');
    expect(run.out).toContain('No se pudo cargar ningún dato');
    expect(run.out).toContain('npx corridor ingest --from <data folder>');
    expect(run.out).toContain('corridor is serving at http');
    // The serving line's address is left out: a port such as 40407 contains "404".
    const withoutAddresses = run.out.replace(/http:\/\/\S+/g, '<address>');
    expect(withoutAddresses).not.toMatch(/answers are ready|Some failed|\b404\b/);
    expect(run.code, run.err).toBe(0);
  });
});

