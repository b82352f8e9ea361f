/**
 * The query engine (in-memory catalogue, one statement per answer) answers exactly as the
 * engine it replaced (one statement per table, test/store/reference-query/): rows, values,
 * completeness, provenance and the tables considered, for many random requests drawn from
 * what the store's tables hold (the real mirror).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DIMENSIONS, type Dimension } from '../../src/model/index.js';
import type { Store } from '../../src/store/open.js';
import { rows } from '../../src/store/open.js';
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

describeMirror('the query engine answers as the engine it replaced', () => {
  let store: Store;
  let all: Table[];
  beforeAll(async () => {
    ({ store } = await storeFromMirror());
    all = await tables(store);
  }, 600_000);
  afterAll(() => store?.close());

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
        expect(request).toEqual(await referenceRequest(store.conn, raw));
        const mine = await querySeries(store.conn, request).catch((e: Error) => e);
        const theirs = await referenceSeries(store.conn, request).catch((e: Error) => e);
        expect(mine).toEqual(theirs);
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
    ];
    for (const req of requests) expect(await querySeries(store.conn, req)).toEqual(await referenceSeries(store.conn, req));
  }, 600_000);
});
