/**
 * While an ingest writes the store, the commands that read work on the published
 * version (query, check, serve), and a second writer is told which process writes and
 * what to do. The "ingest" here is this test process holding the writer lock midway.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeStore } from '../../src/store/publish.js';
import { buildFixtureStore } from '../api/fixture-store.js';

function corridor(db: string, ...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/corridor.js', '--db', db, ...args], { encoding: 'utf8', env: { ...process.env, CORRIDOR_MIRROR: '' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('while an ingest writes the store', () => {
  it('query, check and serve read the published version; ingest is refused with the writer named', async () => {
    const db = await buildFixtureStore();
    let finish!: () => void;
    let holding!: () => void;
    const held = new Promise<void>((r) => (holding = r));
    const writer = writeStore(db, 'ingest --from mirror', async () => {
      holding();
      await new Promise<void>((r) => (finish = r));
    });
    await held;
    try {
      const query = corridor(db, 'query', '--measure', 'encounters', '--where', 'geography=US-SWB', '--source', 'toy', '--format', 'json');
      expect(query.code, query.err).toBe(0);
      expect(JSON.parse(query.out).rows).toHaveLength(3);

      const check = corridor(db, 'check', '--format', 'json');
      expect(check.code, check.err).not.toBe(2);
      expect(check.err).toContain(`were not recorded: process ${process.pid} ("corridor ingest --from mirror") is writing it`);

      const ingest = corridor(db, 'ingest', '--from', '.');
      expect(ingest.code).toBe(2);
      expect(ingest.err).toMatch(new RegExp(`process ${process.pid} \\("corridor ingest --from mirror", since .*\\) is writing the store .*Wait for it to finish, or stop it with "kill ${process.pid}"`));

      const server = spawn(process.execPath, ['bin/corridor.js', '--db', db, 'serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
      try {
        const url = await new Promise<string>((resolve, reject) => {
          server.stdout.on('data', (d: Buffer) => {
            const m = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(d.toString());
            if (m) resolve(m[1]);
          });
          server.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
        });
        expect((await fetch(`${url}/api/sources`)).status).toBe(200);
      } finally {
        server.kill('SIGTERM');
      }
    } finally {
      finish();
      await writer;
    }
  });

  it('check refuses a path with no store, as query does, and creates none', () => {
    const db = join(mkdtempSync(join(tmpdir(), 'corridor-no-store-')), 'none.duckdb');
    const r = corridor(db, 'check');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/there is no store at .*none\.duckdb: run "corridor ingest" \(or "npm start"\) first/);
    expect(existsSync(db)).toBe(false);
  });
});
