/**
 * The engine a server runs (the cells of the latest vintages in memory, cells.ts and
 * run-cells.ts) on a small store with hand-worked figures: it answers without a statement,
 * blank cells stay blank, a vintage written in process is read into memory before it
 * answers, and an older vintage (not in memory) is answered by the store as the reference
 * engine answers it. test/store/query-equivalence.test.ts compares it on the real mirror.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/ingest.js';
import { openStore, rows, type Store } from '../../src/store/open.js';
import { invalidateQueryCatalogue, preloadQueryCatalogue, queryCatalogue, warmQueryCatalogue } from '../../src/store/query/catalogue.js';
import type { SeriesRequest } from '../../src/store/query/plan.js';
import { querySeries } from '../../src/store/query/series.js';
import { toyAdapter, toyCsv } from '../fixtures/toy-adapter.js';
import { querySeries as referenceSeries } from './reference-query/series.js';

// FY2021 October to December: October has three cells, December's is blank.
const V1 = toyCsv([
  [2021, 'OCT', 'U.S. Border Patrol', 'Title 8', 100],
  [2021, 'OCT', 'U.S. Border Patrol', 'Title 42', 50],
  [2021, 'OCT', 'Office of Field Operations', 'Title 8', 7],
  [2021, 'NOV', 'U.S. Border Patrol', 'Title 8', 120],
  [2021, 'DEC', 'U.S. Border Patrol', 'Title 8', ''],
]);
// The revision: November revised, December published.
const V2 = V1.replace(',120', ',125').replace('Title 8,\n', 'Title 8,130\n');

const MONTHS: SeriesRequest = { measure: 'encounters', where: { geography: ['US-SWB'] }, source: 'toy', grain: 'month' };

function countStatements(conn: DuckDBConnection): () => number {
  let n = 0;
  for (const name of ['runAndReadAll', 'run', 'stream', 'streamAndReadAll'] as const) {
    const original = conn[name].bind(conn) as (...a: unknown[]) => unknown;
    (conn as unknown as Record<string, unknown>)[name] = (...a: unknown[]) => {
      n++;
      return original(...a);
    };
  }
  return () => n;
}

const figures = async (conn: DuckDBConnection, req: SeriesRequest) => (await querySeries(conn, req)).rows.map((r) => [r.period, r.value, r.cells, r.vintage]);

describe('series answered from the cells in memory', () => {
  let store: Store;
  let mirror: string;
  let statements: () => number;
  const load = async (csv: string) => {
    writeFileSync(join(mirror, 'us/toy/toy.csv'), csv);
    const [outcome] = await ingest(store, [toyAdapter()], { origin: { mirror } });
    expect(outcome.error?.message ?? outcome.status).toBe('loaded');
  };
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'corridor-cells-'));
    mirror = join(dir, 'mirror');
    mkdirSync(join(mirror, 'us/toy'), { recursive: true });
    store = await openStore(join(dir, 'store.duckdb'));
    await load(V1);
    await warmQueryCatalogue(store.conn);
    statements = countStatements(store.conn);
  });
  afterAll(() => store?.close());

  it('reads no cells at warming; reads a table after its first use, then answers without a statement; a blank cell stays blank', async () => {
    const cells = (await queryCatalogue(store.conn)).cells()!;
    expect(cells.cells).toBe(0);
    let before = statements();
    expect(await figures(store.conn, MONTHS)).toEqual([
      ['2020-10-01', 157, 3, 1],
      ['2020-11-01', 120, 1, 1],
      ['2020-12-01', null, 1, 1],
    ]);
    // Answered by a statement; the table is read in the background meanwhile.
    expect(statements() - before).toBeGreaterThan(0);
    await cells.idle();
    expect(cells.table(1, 'toy/monthly')).toBeDefined();
    before = statements();
    expect(await figures(store.conn, MONTHS)).toHaveLength(3);
    // FY2021 has a blank month: no figure for the year, and three of its twelve months.
    const [year] = (await querySeries(store.conn, { ...MONTHS, grain: 'fy' })).rows;
    expect([year.period, year.value, year.parts, year.complete]).toEqual(['2020-10-01', null, 3, false]);
    expect(statements() - before).toBe(0);
  });

  it('holds every cell of the latest vintage, and says how many bytes', async () => {
    const cells = (await queryCatalogue(store.conn)).cells()!;
    const [{ n }] = await rows<{ n: number }>(store.conn, 'SELECT count(*) AS n FROM observations WHERE vintage_id = (SELECT max(id) FROM vintages)');
    expect(cells.cells).toBe(n);
    expect(cells.table(1, 'toy/monthly')?.periods).toEqual(['2020-10-01', '2020-11-01', '2020-12-01']);
    // 13 bytes a cell; a series: its six codes and where its cells start (one more start ends the table).
    const t = cells.table(1, 'toy/monthly')!;
    expect(cells.bytes).toBe(13 * n + t.series * 28 + 4);
  });

  it('reads a vintage written in process into memory when it is first asked', async () => {
    await load(V2);
    expect((await queryCatalogue(store.conn)).cells()!.cells).toBe(0);
    expect(await figures(store.conn, MONTHS)).toEqual([
      ['2020-10-01', 157, 3, 2],
      ['2020-11-01', 125, 1, 2],
      ['2020-12-01', 130, 1, 2],
    ]);
    await (await queryCatalogue(store.conn)).cells()!.idle();
    const before = statements();
    await figures(store.conn, { ...MONTHS, grain: 'cy' });
    expect(statements() - before).toBe(0);
  });

  it('reads every table and its cells ahead on a small store (preloadQueryCatalogue), then answers without a statement', async () => {
    invalidateQueryCatalogue(store.conn);
    await warmQueryCatalogue(store.conn);
    expect((await queryCatalogue(store.conn)).cells()!.cells).toBe(0);
    await preloadQueryCatalogue(store.conn);
    const [{ n }] = await rows<{ n: number }>(store.conn, 'SELECT count(*)::INTEGER AS n FROM observations WHERE vintage_id = (SELECT max(id) FROM vintages)');
    expect((await queryCatalogue(store.conn)).cells()!.cells).toBe(n);
    const before = statements();
    expect(await figures(store.conn, { ...MONTHS, grain: 'fy' })).toHaveLength(1);
    expect(statements() - before).toBe(0);
  });

  it('answers an older vintage (not in memory) from the store, as the reference engine does', async () => {
    const old = { ...MONTHS, vintage: 1 };
    const before = statements();
    const answer = await querySeries(store.conn, old);
    expect(statements() - before).toBeGreaterThan(0);
    expect(answer.rows.map((r) => [r.period, r.value])).toEqual([
      ['2020-10-01', 157],
      ['2020-11-01', 120],
      ['2020-12-01', null],
    ]);
    // The notices (how a range was read) came after the reference engine; periods.test.ts checks them.
    const { notices, ...asAnswered } = answer;
    expect(notices).toEqual([]);
    expect(asAnswered).toEqual(await referenceSeries(store.conn, old));
  });

  it('keeps no cells in memory beyond CORRIDOR_CELLS_MAX, and answers the same from the store', async () => {
    const inMemory = await querySeries(store.conn, MONTHS);
    process.env.CORRIDOR_CELLS_MAX = '0';
    try {
      invalidateQueryCatalogue(store.conn);
      await warmQueryCatalogue(store.conn);
      expect((await queryCatalogue(store.conn)).cells()).toBeUndefined();
      const before = statements();
      expect(await querySeries(store.conn, MONTHS)).toEqual(inMemory);
      expect(statements() - before).toBeGreaterThan(0);
    } finally {
      delete process.env.CORRIDOR_CELLS_MAX;
      invalidateQueryCatalogue(store.conn);
    }
  });
  it('lets the least recently used table go to hold at most CORRIDOR_CELLS_MAX cells, and answers the same', async () => {
    // A second source, with the same cells as the first: two tables of the same size.
    mkdirSync(join(mirror, 'us/toy2'), { recursive: true });
    writeFileSync(join(mirror, 'us/toy2/toy.csv'), V2);
    const [outcome] = await ingest(store, [toyAdapter('toy2')], { origin: { mirror } });
    expect(outcome.error?.message ?? outcome.status).toBe('loaded');
    const first = { ...MONTHS, grain: 'fy' } as SeriesRequest;
    const second = { ...first, source: 'toy2' };
    const answers = [await querySeries(store.conn, first), await querySeries(store.conn, second)];
    const [{ n }] = await rows<{ n: number }>(store.conn, "SELECT count(*)::INTEGER AS n FROM observations WHERE dataset_id = 'toy/monthly' AND vintage_id = 2");
    process.env.CORRIDOR_CELLS_MAX = String(n + 1);
    try {
      invalidateQueryCatalogue(store.conn);
      await warmQueryCatalogue(store.conn);
      const cells = (await queryCatalogue(store.conn)).cells()!;
      expect(await querySeries(store.conn, first)).toEqual(answers[0]);
      await cells.idle();
      expect(cells.table(2, 'toy/monthly')).toBeDefined();
      // The second table does not fit beside the first: the first goes.
      expect(await querySeries(store.conn, second)).toEqual(answers[1]);
      await cells.idle();
      expect(cells.table(2, 'toy/monthly')).toBeUndefined();
      expect(cells.table(3, 'toy2/monthly')).toBeDefined();
      expect(cells.cells).toBe(n);
      expect(await querySeries(store.conn, second)).toEqual(answers[1]);
      // Asked again, the first is answered by a statement and read again, the same.
      const before = statements();
      expect(await querySeries(store.conn, first)).toEqual(answers[0]);
      expect(statements() - before).toBeGreaterThan(0);
      await cells.idle();
      expect(cells.table(2, 'toy/monthly')).toBeDefined();
      expect(cells.table(3, 'toy2/monthly')).toBeUndefined();
      expect(await querySeries(store.conn, first)).toEqual(answers[0]);
      expect(cells.cells).toBe(n);
      // A table larger than the bound is never held: the store answers, the same.
      process.env.CORRIDOR_CELLS_MAX = String(n - 1);
      invalidateQueryCatalogue(store.conn);
      await warmQueryCatalogue(store.conn);
      expect(await querySeries(store.conn, first)).toEqual(answers[0]);
      await (await queryCatalogue(store.conn)).cells()!.idle();
      expect((await queryCatalogue(store.conn)).cells()!.cells).toBe(0);
    } finally {
      delete process.env.CORRIDOR_CELLS_MAX;
      invalidateQueryCatalogue(store.conn);
    }
  });
});
