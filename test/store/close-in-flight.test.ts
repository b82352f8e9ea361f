/**
 * Closing a store while one of its statements is under way (a server stopping during its
 * reading ahead, a version retired by a switch). Closing the connection under the statement
 * crashed the process (SIGSEGV) or left DuckDB's worker locked forever, and the process with
 * it; the close now waits for the statement, interrupted, to settle. Run in a child process
 * so that a crash or a hang fails the test instead of the test runner.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { closedUnder, StoreClosedError, trackInFlight } from '../../src/store/in-flight.js';
import { openStore } from '../../src/store/open.js';

const src = (file: string) => pathToFileURL(resolve('src/store', file)).href;

describe('closing a store with a statement under way', () => {
  it('neither crashes nor hangs, 60 times in a row, and refuses statements after the close', () => {
    const script = join(mkdtempSync(join(tmpdir(), 'corridor-close-')), 'close.mts');
    writeFileSync(
      script,
      `import { openStore } from ${JSON.stringify(src('open.ts'))};
import { closedUnder } from ${JSON.stringify(src('in-flight.ts'))};
let settled = 0;
for (let i = 0; i < 60; i++) {
  const store = await openStore(':memory:');
  const n = BigInt(1_000_000 + ((i * 7_919_117) % 20_000_000));
  const statement = store.conn.runAndReadAll('SELECT count(*) FROM range(?::BIGINT)', [n] as never).then(
    () => settled++,
    (e) => { if (!closedUnder(e)) throw e; settled++; },
  );
  await new Promise((r) => setImmediate(r));
  store.close();
  await statement;
  await store.conn.run('SELECT 1').then(() => { throw new Error('a statement ran after the close'); }, (e) => { if (!closedUnder(e)) throw e; });
}
console.log('settled ' + settled);
`,
    );
    const run = spawnSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8', timeout: 60_000 });
    expect(run.signal, run.stderr).toBeNull();
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.trim()).toBe('settled 60');
  }, 90_000);

  it('closes at once when nothing is under way, and refuses what comes after', async () => {
    const store = await openStore(':memory:');
    await store.conn.run('SELECT 1');
    store.close();
    await expect(store.conn.runAndReadAll('SELECT 1')).rejects.toBeInstanceOf(StoreClosedError);
  });

  it('counts nested statements once each and calls the close when the last settles', async () => {
    const store = await openStore(':memory:');
    const conn = await store.connect();
    const inFlight = trackInFlight(conn);
    let closed = false;
    const pending = conn.runAndReadAll('SELECT count(*) FROM range(2000000)');
    expect(inFlight.count).toBeGreaterThan(0);
    inFlight.closeWhenIdle(() => (closed = true));
    expect(closed).toBe(false);
    await pending;
    expect(inFlight.count).toBe(0);
    expect(closed).toBe(true);
    conn.closeSync();
    store.close();
  });

  it('tells a statement failed by the close from a real fault', () => {
    expect(closedUnder(new StoreClosedError())).toBe(true);
    expect(closedUnder(new Error('INTERRUPT Error: Interrupted!'))).toBe(true);
    expect(closedUnder(new Error('Catalog Error: Table with name x does not exist!'))).toBe(false);
  });
});
