/**
 * SIGTERM and SIGINT to `corridor serve` as a user starts it (node bin/corridor.js):
 * under load, the process closes its connections and exits within 5 s, and leaves
 * nothing behind: the port is free and the store can be opened for writing (no
 * process holds it). Several times, alternating the signals.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open.js';
import { buildFixtureStore } from '../api/fixture-store.js';

const QUERIES = [
  '/api/series?measure=encounters&where=geography=US-SWB&source=toy',
  '/api/sources',
  '/api/measures',
  '/api/coverage?measure=encounters',
  '/api/openapi.json',
];

/** Starts `corridor serve` on a free port; resolves with the child and its URL once it listens. */
async function serve(db: string) {
  const child = spawn(process.execPath, ['bin/corridor.js', '--db', db, 'serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code} before listening: ${stderr}`)));
  });
  return { child, url, stderr: () => stderr };
}

const portIsFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });

describe('signals to corridor serve', () => {
  it('SIGTERM and SIGINT under load: exits within 5 s, frees the port and the store, every time', async () => {
    const db = await buildFixtureStore();
    for (const signal of ['SIGTERM', 'SIGINT', 'SIGTERM', 'SIGINT'] as const) {
      const { child, url, stderr } = await serve(db);
      const exited = new Promise<{ code: number | null; at: number }>((resolve) => child.on('exit', (code) => resolve({ code, at: performance.now() })));
      // Load: many requests in flight, some on kept-alive connections, none awaited before the signal.
      const inFlight = Array.from({ length: 60 }, (_, i) => fetch(`${url}${QUERIES[i % QUERIES.length]}`).then((r) => r.arrayBuffer()).catch(() => undefined));
      await Promise.race([Promise.all(inFlight.slice(0, 10)), new Promise((r) => setTimeout(r, 300))]);
      const sent = performance.now();
      child.kill(signal);
      const { code, at } = await Promise.race([exited, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`still running 8 s after ${signal}: ${stderr()}`)), 8_000))]);
      await Promise.all(inFlight);
      expect(at - sent, `${signal}: exit took ${Math.round(at - sent)} ms`).toBeLessThan(5_000);
      expect(code, stderr()).toBe(0);
      expect(await portIsFree(Number(new URL(url).port))).toBe(true);
      const writable = await openStore(db); // throws if any process still holds the store
      writable.close();
    }
  });
});
