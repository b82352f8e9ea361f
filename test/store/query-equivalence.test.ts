/**
 * The query engine (in-memory catalogue, one statement per answer) answers exactly as the
 * engine it replaced (one statement per table, test/store/reference-query/): rows, values,
 * completeness, provenance and the tables considered, for many random requests drawn from
 * what the store's tables hold (the real mirror). So does the engine a server runs, on a
 * connection warmed with every table's cells and the place hierarchy in memory
 * (src/store/query/cells.ts, run-cells.ts), and it answers without a single statement.
 */
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DIMENSIONS, type Dimension } from '../../src/model/index.js';
import type { Store } from '../../src/store/open.js';
import { openStore, rows } from '../../src/store/open.js';
import { queryCatalogue, warmQueryCatalogue } from '../../src/store/query/catalogue.js';
import type { SeriesRequest } from '../../src/store/query/plan.js';
import { buildRequest } from '../../src/store/query/request.js';
import { querySeries } from '../../src/store/query/series.js';
import { storeFromMirror } from '../e2e/store-from-mirror.js';
import { describeMirror } from '../mirror.js';
import { buildRequest as referenceRequest } from './reference-query/request.js';
import { querySeries as referenceSeries } from './reference-query/series.js';

interface Table {
  measure: string;
  grain: string;
  first: string;
  last: string;
  codes: Partial<Record<Dimension, string[]>>;
}

/** Each table's measure, grain, periods and codes (latest vintage), as /api/coverage reads them. */
async function tables(store: Store): Promise<Table[]> {
  const found = await rows<{ id: string; measure: string; grain: string; dimension: Dimension; codes: string[]; first: string; last: string }>(
    store.conn,
    `WITH latest AS (SELECT source_id, max(id) AS vintage FROM vintages GROUP BY source_id)
     SELECT d.id, d.measure, d.grain, dm.dimension, list(DISTINCT dm.value ORDER BY dm.value) AS codes,
            strftime(min(dm.first_period), '%Y-%m-%d') AS first, strftime(max(dm.last_period), '%Y-%m-%d') AS last
       FROM datasets d JOIN latest l ON l.source_id = d.source_id JOIN dataset_members dm ON dm.dataset_id = d.id AND dm.vintage_id = l.vintage
      GROUP BY ALL ORDER BY d.id, dm.dimension`,
  );
  const byId = new Map<string, Table>();
  for (const r of found) {
    const t = byId.get(r.id) ?? { measure: r.measure, grain: r.grain, first: r.first, last: r.last, codes: {} };
    t.codes[r.dimension] = r.codes;
    if (r.first < t.first) t.first = r.first;
    if (r.last > t.last) t.last = r.last;
    byId.set(r.id, t);
  }
  return [...byId.values()];
}

const GRAINS: Record<string, string[]> = { day: ['month', 'fy', 'cy'], month: ['month', 'fy', 'cy'], fy: ['fy'], cy: ['cy'] };

/** A request a table could answer: its measure, some of its codes (one or two per filter), a breakdown, a grain, a period range. */
function requestOf(all: Table[]) {
  return fc
    .record({ t: fc.nat(), g: fc.nat(), g2: fc.option(fc.nat(), { nil: undefined }), dim: fc.nat(), code: fc.nat(), filter: fc.boolean(), by: fc.option(fc.nat(), { nil: undefined }), grain: fc.nat(), from: fc.option(fc.nat(), { nil: undefined }), span: fc.option(fc.nat(), { nil: undefined }), source: fc.boolean() })
    .map((x) => {
      const t = all[x.t % all.length];
      const geo = t.codes.geography ?? ['US'];
      const where: string[] = [`geography=${[geo[x.g % geo.length], ...(x.g2 !== undefined ? [geo[x.g2 % geo.length]] : [])].join(',')}`];
      const others = DIMENSIONS.filter((d) => d !== 'geography' && (t.codes[d]?.length ?? 0) > 1);
      const dim = others.length ? others[x.dim % others.length] : undefined;
      if (dim && x.filter) where.push(`${dim}=${t.codes[dim]![x.code % t.codes[dim]!.length]}`);
      const byable = [...others.filter((d) => d !== dim || !x.filter), ...(x.by !== undefined && x.by % 5 === 0 ? ['geography' as const] : [])];
      const by = x.by !== undefined && byable.length ? [byable[x.by % byable.length]] : [];
      const grain = GRAINS[t.grain][x.grain % GRAINS[t.grain].length];
      const first = Number(t.first.slice(0, 4));
      const last = Number(t.last.slice(0, 4));
      const from = x.from !== undefined ? String(first + (x.from % (last - first + 1))) : undefined;
      const to = from !== undefined && x.span !== undefined ? String(Number(from) + (x.span % 4)) : undefined;
      return { measure: t.measure, where, by, grain, from, to };
    });
}

/** Counts the statements a connection runs (every query of the store layer goes through runAndReadAll or run). */
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

/**
 * The answer of the warmed (in-memory) engine: its first answer comes from a statement
 * while the tables it uses are read into memory; asked again once they are, it runs no
 * statement and answers the same.
 */
async function inMemory(conn: DuckDBConnection, statements: () => number, request: SeriesRequest) {
  const first = await querySeries(conn, request).catch((e: Error) => e);
  await (await queryCatalogue(conn)).cells()!.idle();
  const before = statements();
  const answer = await querySeries(conn, request).catch((e: Error) => e);
  expect(statements() - before, 'statements run by the in-memory engine').toBe(0);
  expect(answer).toEqual(first);
  return first;
}

/**
 * The answer without what the engine it replaced did not give: the Spanish reasons (checked in
 * query.test.ts), a stock's asOf (the in-memory engine is compared with it whole, in inMemory;
 * its value is checked in stock-as-of.test.ts) and the notices on how the range was read
 * (src/store/query/periods.test.ts, test/cli/query-range.test.ts).
 */
function english<T>(r: T): T {
  if (r instanceof Error || !r || typeof r !== 'object' || !('considered' in r)) return r;
  const considered = (r as { considered: { reason_es?: string }[] }).considered.map(({ reason_es: _es, ...c }) => c);
  const rows = (r as { rows?: { asOf?: string }[] }).rows?.map(({ asOf: _asOf, ...row }) => row);
  const { notices: _notices, ...rest } = r as T & { notices?: unknown };
  return { ...rest, considered, ...(rows ? { rows } : {}) } as T;
}

describeMirror('the query engine answers as the engine it replaced', () => {
  let store: Store;
  let warm: Store;
  let statements: () => number;
  let all: Table[];
  beforeAll(async () => {
    ({ store } = await storeFromMirror());
    all = await tables(store);
    // A second copy, opened and warmed as a server opens and warms the published store.
    const path = join(mkdtempSync(join(tmpdir(), 'corridor-warm-')), 'store.duckdb');
    copyFileSync(store.path, path);
    warm = await openStore(path, { readOnly: true });
    await warmQueryCatalogue(warm.conn);
    statements = countStatements(warm.conn);
  }, 600_000);
  afterAll(() => {
    store?.close();
    warm?.close();
  });

  it('for random requests drawn from what the tables hold', async () => {
    await fc.assert(
      fc.asyncProperty(requestOf(all), async (raw) => {
        let request: SeriesRequest;
        try {
          request = await buildRequest(store.conn, raw);
        } catch (e) {
          // The same request is refused the same way by both.
          await expect(referenceRequest(store.conn, raw)).rejects.toThrow((e as Error).message);
          return;
        }
        // The notices (how a range was read: a bare year at grain fy is the fiscal year) came after that engine; periods.test.ts checks them.
        const { notices: _notices, ...asRead } = request;
        expect(asRead).toEqual(await referenceRequest(store.conn, raw));
        const mine = await querySeries(store.conn, request).catch((e: Error) => e);
        const theirs = await referenceSeries(store.conn, asRead).catch((e: Error) => e);
        expect(english(mine)).toEqual(theirs);
        expect(english(await inMemory(warm.conn, statements, request))).toEqual(theirs);
      }),
      { numRuns: 400, seed: 15 },
    );
  }, 600_000);

  it('for one source or one vintage, and by every dimension', async () => {
    const requests: SeriesRequest[] = [
      { measure: 'encounters', where: { geography: ['US-SWB'] }, source: 'ohss-monthly', grain: 'fy' },
      { measure: 'encounters', where: { geography: ['US'] }, by: ['citizenship'], grain: 'fy', from: '2019-10-01', to: '2021-10-01' },
      { measure: 'encounters', by: ['geography'], grain: 'cy', from: '2020-01-01', to: '2020-01-01' },
      { measure: 'inm-rescatados', where: { geography: ['MX'] }, by: ['category'], grain: 'month' },
      { measure: 'population', where: { geography: ['MX', 'MX-02'] }, grain: 'cy' },
      { measure: 'gn-deployed', where: { geography: ['MX'] }, grain: 'cy' },
      // Places of one component (a sector, a field office, an ICE area) without a component: tables of that component answer.
      { measure: 'encounters', where: { geography: ['USBP-RGV'] }, grain: 'month' },
      { measure: 'encounters', where: { geography: ['USBP-RGV', 'USBP-TCA'] }, grain: 'fy', from: '2012-10-01' },
      { measure: 'encounters', where: { geography: ['OFO-SDO'] }, grain: 'cy' },
      { measure: 'ice-arrests', where: { geography: ['ICE-ATL'] }, grain: 'fy' },
    ];
    for (const req of requests) {
      const theirs = await referenceSeries(store.conn, req);
      expect(english(await querySeries(store.conn, req))).toEqual(theirs);
      expect(english(await inMemory(warm.conn, statements, req))).toEqual(theirs);
    }
  }, 600_000);

  it('in memory as in SQL: every grain, stocks rolled up, places listed, matched by pairs or through the hierarchy, stitched sources', async () => {
    const requests: SeriesRequest[] = [
      // Stitched across sources, each grain, with and without a range.
      { measure: 'encounters', where: { geography: ['US-SWB'] }, grain: 'month' },
      { measure: 'encounters', where: { geography: ['US-SWB'] }, grain: 'fy', from: '2004-10-01', to: '2023-10-01' },
      { measure: 'encounters', where: { geography: ['US-SWB'] }, grain: 'cy', from: '2019-01-01' },
      { measure: 'encounters', where: { geography: ['US'] }, by: ['component'], grain: 'fy' },
      // Several places at once (pairs of table place and requested place), and place by place.
      { measure: 'encounters', where: { geography: ['US-SWB', 'USBP-RGV'] }, grain: 'fy', from: '2019-10-01' },
      { measure: 'encounters', where: { geography: ['US-SWB', 'US-TX'] }, grain: 'month', from: '2021-10-01', to: '2022-03-01' },
      { measure: 'encounters', where: { geography: ['US-SWB', 'US-TX'] }, by: ['geography'], grain: 'fy', from: '2020-10-01' },
      { measure: 'encounters', where: { geography: ['US-SWB'] }, by: ['geography'], grain: 'fy', from: '2020-10-01', to: '2021-10-01' },
      { measure: 'encounters', where: { geography: ['US-TX'], citizenship: ['MEX', 'HND'] }, grain: 'month', from: '2021-01-01', to: '2021-12-01' },
      // More than 1,000 places under the requested one: the statement joins the hierarchy.
      { measure: 'population', where: { geography: ['MX'] }, grain: 'cy' },
      { measure: 'population', where: { geography: ['MX-05'] }, by: ['geography'], grain: 'cy' },
      // Stocks: the level of the last sub-period, from months and from days.
      { measure: 'gn-deployed', where: { geography: ['MX'] }, grain: 'fy' },
      { measure: 'gn-deployed', where: { geography: ['MX'] }, by: ['geography'], grain: 'cy', from: '2020-01-01', to: '2021-01-01' },
      { measure: 'vaccine-doses-donated', where: { category: ['donor:USA'] }, by: ['geography'], grain: 'month' },
      { measure: 'vaccine-doses-donated', where: { category: ['donor:USA'] }, by: ['geography'], grain: 'cy' },
      // Days rolled up to months and years, blank cells, breakdowns.
      { measure: 'inm-rescatados', where: { geography: ['MX'] }, by: ['category'], grain: 'fy', from: '2021-10-01' },
      { measure: 'ice-encounters', where: { component: ['ICE'] }, by: ['geography'], grain: 'month', from: '2018-01-01', to: '2018-03-01' },
      // A Mexican measure with no place (its home), and a place outside its home (refused with the reason).
      { measure: 'inm-returns', where: { citizenship: ['HND'] }, grain: 'cy' },
      { measure: 'inm-returns', where: { geography: ['US-SWB'] }, grain: 'cy' },
      // One source and its (latest) vintage.
      { measure: 'encounters', where: { geography: ['US-SWB'] }, source: 'ohss-monthly', grain: 'month', from: '2020-01-01' },
    ];
    const [{ v }] = await rows<{ v: number }>(store.conn, "SELECT max(id) AS v FROM vintages WHERE source_id = 'cbp-sbo'");
    requests.push({ measure: 'encounters', where: { geography: ['US-SWB'] }, by: ['citizenship'], source: 'cbp-sbo', vintage: v, grain: 'fy' });
    // A third copy whose bound holds only a few tables at once: tables are let go and read again.
    process.env.CORRIDOR_CELLS_MAX = '150000';
    const tight = await openStore(warm.path, { readOnly: true });
    try {
      await warmQueryCatalogue(tight.conn);
    } finally {
      delete process.env.CORRIDOR_CELLS_MAX;
    }
    for (const req of requests) {
      // Against the statement engine (held to the reference above), which also knows a measure's home place.
      const theirs = await querySeries(store.conn, req).catch((e: Error) => e);
      expect(await inMemory(warm.conn, statements, req), JSON.stringify(req)).toEqual(theirs);
      expect(await querySeries(tight.conn, req).catch((e: Error) => e), JSON.stringify(req)).toEqual(theirs);
      await (await queryCatalogue(tight.conn)).cells()!.idle();
      expect(await querySeries(tight.conn, req).catch((e: Error) => e), JSON.stringify(req)).toEqual(theirs);
      // Each asks for figures the store holds, except the place outside the measure's home.
      const refused = req.measure === 'inm-returns' && req.where?.geography?.includes('US-SWB');
      if (!(theirs instanceof Error)) expect(theirs.rows.length > 0, JSON.stringify(req)).toBe(!refused);
    }
    const cells = (await queryCatalogue(tight.conn)).cells()!;
    expect(cells.max).toBe(150_000);
    expect(cells.cells).toBeLessThanOrEqual(150_000);
    tight.close();
  }, 600_000);
});
