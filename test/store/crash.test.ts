import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/ingest.js';
import { openStore, rows } from '../../src/store/open.js';
import { toyAdapter, toyCsv } from '../fixtures/toy-adapter.js';

describe('a kill -9 in the middle of an ingest', () => {
  it('leaves a store that opens and holds the previous state', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'corridor-crash-'));
    const mirror = join(dir, 'mirror');
    const storePath = join(dir, 'store.duckdb');
    mkdirSync(join(mirror, 'us/toy'), { recursive: true });
    const csvPath = join(mirror, 'us/toy/toy.csv');
    writeFileSync(csvPath, toyCsv([[2021, 'OCT', 'U.S. Border Patrol', 'Title 8', 100]]));
    const first = await openStore(storePath);
    await ingest(first, [toyAdapter()], { origin: { mirror } });
    first.close();

    // A revised file: the child starts writing vintage 2 and is killed mid-transaction.
    writeFileSync(csvPath, toyCsv([[2021, 'OCT', 'U.S. Border Patrol', 'Title 8', 999], [2021, 'NOV', 'U.S. Border Patrol', 'Title 8', 5]]));
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '../fixtures/ingest-child.ts'), storePath, mirror], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        if (d.toString().includes('MIDWAY')) resolve();
      });
      child.on('exit', (code) => reject(new Error(`child exited early with ${code}`)));
    });
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('exit', resolve));

    const after = await openStore(storePath);
    try {
      expect(await rows(after.conn, 'SELECT id FROM vintages')).toEqual([{ id: 1 }]);
      expect(await rows(after.conn, 'SELECT value FROM observations')).toEqual([{ value: 100 }]);
    } finally {
      after.close();
    }
  });
});
