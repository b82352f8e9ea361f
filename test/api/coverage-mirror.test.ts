/**
 * `/api/coverage` on the store of the whole mirror: every page, and every source's and
 * measure's tables, answered as the reference computes them (coverage-reference.ts), through
 * the route too; and no step of the plan makes more rows than the tables' places and their
 * ancestors (before the rewrite, about 119 million pairs of INEGI's localities for the first
 * page: 13-65 s cold).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { countCoverage, listCoverage } from '../../src/api/store/coverage.js';
import { MAX_CODES } from '../../src/api/routes/coverage.js';
import { rows, type Store } from '../../src/store/open.js';
import { describeMirror } from '../mirror.js';
import { readOnlyMirror } from './mirror-app.js';
import { call } from './fixture-store.js';
import { coverageReference, largestIntermediate, linearBound, plainCoverage } from './coverage-reference.js';

describeMirror('/api/coverage over the whole mirror', () => {
  let store: Store;
  beforeAll(async () => {
    store = await readOnlyMirror();
  });
  afterAll(() => store?.close());

  it('answers every page, source and measure as the reference does', async () => {
    const sources = (await rows<{ id: string }>(store.conn, 'SELECT DISTINCT source_id AS id FROM vintages ORDER BY 1')).map((r) => r.id);
    const measures = (await rows<{ id: string }>(store.conn, 'SELECT DISTINCT measure AS id FROM datasets ORDER BY 1')).map((r) => r.id);
    const asks = [
      ...[0, 1, 27, 100].map((offset) => ({ filter: {}, page: { limit: 1, offset } })),
      { filter: {}, page: { limit: 500, offset: 0 } },
      { filter: {}, page: { limit: 499, offset: 0 } },
      { filter: {}, page: { limit: 50, offset: 50 } },
      ...sources.map((source) => ({ filter: { source }, page: { limit: 500, offset: 0 } })),
      ...measures.map((measure) => ({ filter: { measure }, page: { limit: 500, offset: 0 } })),
    ];
    for (const { filter, page } of asks) {
      const want = await coverageReference(store.conn, filter, MAX_CODES, page);
      expect(plainCoverage(await listCoverage(store.conn, filter, MAX_CODES, page)), JSON.stringify({ filter, page })).toEqual(want.rows);
      expect(await countCoverage(store.conn, filter)).toBe(want.total);
    }
    expect(sources).toContain('inegi-places');
  });

  it('makes no step of the plan larger than the places and their ancestors', async () => {
    const bound = await linearBound(store.conn);
    for (const filter of [{}, { source: 'inegi-places' }, { measure: 'population' }]) {
      expect(await largestIntermediate(store, filter), JSON.stringify(filter)).toBeLessThanOrEqual(bound);
    }
  });

  it('answers the route with the tables in id order and INEGI\'s top places', async () => {
    const app = createApp({ conn: store.conn, cache: false, logError: (e) => console.error(e) });
    const r = await call(app, '/api/coverage?source=inegi-places');
    expect(r.status).toBe(200);
    const ids = r.json.tables.map((t: { id: string }) => t.id);
    expect(ids).toEqual([...ids].sort());
    const want = await coverageReference(store.conn, { source: 'inegi-places' }, MAX_CODES, { limit: 500, offset: 0 });
    for (const t of r.json.tables) {
      const geo = want.rows.find((x) => x.dataset === t.id && x.dimension === 'geography');
      if (geo) expect(t.dimensions.geography.tops).toEqual(geo.tops);
    }
  });
});
