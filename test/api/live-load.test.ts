/**
 * Loading new data while the server runs, seen as a user's browser sees it: an answer
 * fetched before a load must not be shown after it, by the server nor by any HTTP cache
 * between (the browser's), and the headers move to the new data.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startServer } from '../../src/api/server.js';
import { primeOnEachLoad } from '../../src/cli/commands/start.js';
import { ingest } from '../../src/ingest/ingest.js';
import { writeStore } from '../../src/store/publish.js';
import { toyAdapter, toyCsv } from '../fixtures/toy-adapter.js';

function toyMirror() {
  const dir = mkdtempSync(join(tmpdir(), 'corridor-live-load-'));
  const mirror = join(dir, 'mirror');
  mkdirSync(join(mirror, 'us/toy'), { recursive: true });
  const write = (value: number) => writeFileSync(join(mirror, 'us/toy/toy.csv'), toyCsv([[2021, 'OCT', 'U.S. Border Patrol', 'Title 8', value]]));
  return { db: join(dir, 'store.duckdb'), mirror, write };
}

const load = (db: string, mirror: string) => writeStore(db, 'ingest (test)', (store) => ingest(store, [toyAdapter()], { origin: { mirror } }));

/** How long an HTTP cache (RFC 9111) may reuse an answer without asking the server again. */
function reusableSeconds(cacheControl: string | null): number {
  const directives = (cacheControl ?? '').toLowerCase().split(',').map((d) => d.trim());
  if (directives.some((d) => d === 'no-cache' || d === 'no-store')) return 0;
  const maxAge = directives.find((d) => d.startsWith('max-age='));
  // No max-age: a cache may pick its own (heuristic) freshness.
  return maxAge ? Number(maxAge.slice('max-age='.length)) : Infinity;
}

const SERIES = '/api/series?measure=encounters&where=geography=US-SWB&source=toy';

describe('an answer fetched before a load, after it', () => {
  it('is never reused by a browser without asking, and asking gets the new data with new headers', async () => {
    const { db, mirror, write } = toyMirror();
    write(100);
    await load(db, mirror);
    const server = await startServer({ db, port: 0, pollMs: 20 });
    try {
      const before = await fetch(`${server.url}${SERIES}`);
      expect(((await before.json()) as { rows: { value: number }[] }).rows[0].value).toBe(100);
      // Before: `max-age=60`: a reload or a new visit within a minute of the load showed 100.
      expect(reusableSeconds(before.headers.get('Cache-Control'))).toBe(0);
      const tag = before.headers.get('ETag')!;
      expect(await fetch(`${server.url}${SERIES}`, { headers: { 'If-None-Match': tag } }).then((r) => r.status)).toBe(304);

      write(205);
      await load(db, mirror);
      const deadline = Date.now() + 10_000;
      let after: Response;
      // What a browser does with a kept answer whose freshness has run out: asks with its tag.
      while ((after = await fetch(`${server.url}${SERIES}`, { headers: { 'If-None-Match': tag } })).status === 304 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(after.status).toBe(200);
      const body = (await after.json()) as { rows: { value: number; vintage: number }[]; provenance: { sources: { id: string; vintages: number[] }[] } };
      expect(body.rows[0].value).toBe(205);
      expect(after.headers.get('ETag')).not.toBe(tag);
      expect(after.headers.get('X-Corridor-Store')).not.toBe(before.headers.get('X-Corridor-Store'));
      expect(after.headers.get('X-Corridor-Sources')).toBe(`toy;vintage=${body.rows[0].vintage}`);
      expect(before.headers.get('X-Corridor-Sources')).not.toBe(after.headers.get('X-Corridor-Sources'));
      expect(reusableSeconds(after.headers.get('Cache-Control'))).toBe(0);
    } finally {
      await server.close();
    }
  });
});

describe('corridor start, when an ingest publishes while it serves', () => {
  it('asks the Overview\'s questions again of the new version once it answers, and says so', async () => {
    const { db, mirror, write } = toyMirror();
    write(100);
    await load(db, mirror);
    const server = await startServer({ db, port: 0, pollMs: 20 });
    const primedWith: number[] = [];
    const said: string[] = [];
    // Before: start asked them once, at its start; the first visitor after a load waited for every answer.
    primeOnEachLoad(
      server,
      async (url) => {
        const body = (await (await fetch(`${url}${SERIES}`)).json()) as { rows: { value: number }[] };
        primedWith.push(body.rows[0].value);
        return { seconds: 0.1, failed: [] };
      },
      'es',
      (line) => said.push(line),
    );
    try {
      for (const value of [205, 310]) {
        write(value);
        await load(db, mirror);
        const deadline = Date.now() + 10_000;
        while (!primedWith.includes(value) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      }
      // Each version asked once, after the switch (never the version it replaces).
      expect(primedWith).toEqual([205, 310]);
      expect(said).toEqual([
        'Se publicó una nueva versión del almacén y ya se sirve: las respuestas del Resumen vuelven a estar listas (0.1 s).',
        'Se publicó una nueva versión del almacén y ya se sirve: las respuestas del Resumen vuelven a estar listas (0.1 s).',
      ]);
    } finally {
      await server.close();
    }
  });
});
