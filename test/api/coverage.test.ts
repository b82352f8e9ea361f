/**
 * `/api/coverage`'s store query (src/api/store/coverage.ts) against a plain reference
 * computed here in JavaScript from the same small tables (dataset_members, place_ancestors,
 * datasets, vintages), on a toy store whose tables mix places of several levels (a table of
 * 2,000 localities with half their municipalities, places of one border, nested countries),
 * a source with two vintages and every filter and page; and the rows its plan reads stay
 * linear in the tables' places (the correlated NOT EXISTS it replaced paired every place of a
 * table with every other: 13-65 s cold on the mirror's INEGI tables, bench/api-coverage.ts).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countCoverage, listCoverage, type CoverageFilter } from '../../src/api/store/coverage.js';
import { coverageReference, largestIntermediate, linearBound, plainCoverage } from './coverage-reference.js';
import { ingest } from '../../src/ingest/ingest.js';
import { observation as o, type SourceAdapter } from '../../src/sources/types.js';
import type { Observation, Place } from '../../src/model/index.js';
import { openStore, type Store } from '../../src/store/open.js';
import { inlineAdapter } from '../fixtures/inline-adapter.js';

const MUNICIPALITIES = Array.from({ length: 20 }, (_, i) => `MX-07T${String(i + 1).padStart(2, '0')}`);
const LOCALITIES = MUNICIPALITIES.flatMap((m) => Array.from({ length: 100 }, (_, j) => `${m}-L${String(j + 1).padStart(3, '0')}`));
const place = (code: string, level: Place['level'], parent: string): Place => ({ code, level, label: { en: code, es: code }, parents: [parent] });

/** Localities of Chiapas: every locality, the odd municipalities, the state, in three tables. */
function toyMx(): SourceAdapter {
  const base = inlineAdapter('toy-mx', [
    { id: 'toy-mx/localities', measure: 'encounters', grain: 'cy', complete: [], rounding: 1 },
    { id: 'toy-mx/mixed', measure: 'removals', grain: 'cy', complete: [], rounding: 1 },
    { id: 'toy-mx/state', measure: 'encounters', grain: 'month', complete: ['citizenship'], rounding: 1 },
  ], []);
  const observations: Observation[] = [
    ...LOCALITIES.map((c, i) => o('toy-mx/localities', '2020-01-01', i, { geography: c })),
    ...[MUNICIPALITIES[3], LOCALITIES[7]].map((c, i) => o('toy-mx/mixed', `${2018 + i}-01-01`, i, { geography: c })),
    ...['2021-01-01', '2021-02-01', '2021-03-01'].flatMap((p, i) => ['HND', 'GTM', 'OTHER'].map((c) => o('toy-mx/state', p, i, { geography: 'MX-07', citizenship: c }))),
  ];
  return {
    ...base,
    parse: async () => ({
      observations,
      places: [...MUNICIPALITIES.map((m) => place(m, 'municipality', 'MX-07')), ...LOCALITIES.map((l) => place(l, 'locality', l.slice(0, 8)))],
    }),
  };
}

/** The US side, loaded twice: the second vintage (the latest) drops OFO and adds a month. */
const toyUs = (second: boolean) =>
  inlineAdapter('toy-us', [{ id: 'toy-us/border', measure: 'encounters', grain: 'month', complete: ['component'], rounding: 1 }], [
    ...(second ? [] : [o('toy-us/border', '2019-01-01', 1, { geography: 'US-SWB', component: 'OFO' })]),
    o('toy-us/border', '2020-01-01', 2, { geography: 'US-SWB', component: 'USBP' }),
    ...(second ? [o('toy-us/border', '2022-05-01', 4, { geography: 'US-SWB', component: 'USBP' })] : []),
  ]);

let store: Store;
beforeAll(async () => {
  store = await openStore(join(mkdtempSync(join(tmpdir(), 'corridor-coverage-')), 's.duckdb'));
  const origin = { mirror: tmpdir() };
  for (const outcome of await ingest(store, [toyMx(), toyUs(false)], { origin })) expect(outcome.error?.message ?? outcome.status).toBe('loaded');
  // An ingest refuses a table whose places nest (validate.ts), but the query must not rely on it:
  // members that nest are added by hand (the odd municipalities over their localities; the
  // state, its southern border and the country over a municipality and a locality).
  const add = (dataset: string, codes: string[], year: number) =>
    store.conn.run(`INSERT INTO dataset_members SELECT 1, '${dataset}', 'geography', unnest([${codes.map((c) => `'${c}'`).join(', ')}]), DATE '${year}-01-01', DATE '${year}-01-01'`);
  await add('toy-mx/localities', MUNICIPALITIES.filter((_, i) => i % 2 === 0), 2020);
  await add('toy-mx/mixed', ['MX', 'MX-07', 'MX-SB', LOCALITIES[1999]], 2016);
  // A source without files is "unchanged" on a second load: its vintage is made new by hand (a new id, as a revised file would).
  await store.conn.run("UPDATE vintages SET fingerprint = 'earlier' WHERE source_id = 'toy-us'");
  const [again] = await ingest(store, [toyUs(true)], { origin });
  expect(again).toMatchObject({ status: 'loaded', vintage: 3 });
}, 60_000);
afterAll(() => store.close());


describe('/api/coverage\'s store query', () => {
  const filters: CoverageFilter[] = [{}, { source: 'toy-mx' }, { source: 'toy-us' }, { measure: 'encounters' }, { measure: 'removals' }, { measure: 'encounters', source: 'toy-mx' }, { source: 'nobody' }];
  const pages = [{ limit: 500, offset: 0 }, { limit: 1, offset: 0 }, { limit: 1, offset: 1 }, { limit: 2, offset: 1 }, { limit: 1, offset: 3 }, { limit: 5, offset: 9 }];
  for (const filter of filters) {
    for (const page of pages) {
      for (const maxCodes of [60, 5000]) {
        it(`answers as the reference: ${JSON.stringify(filter)}, limit ${page.limit} offset ${page.offset}, ${maxCodes} codes`, async () => {
          const want = await coverageReference(store.conn, filter, maxCodes, page);
          expect(plainCoverage(await listCoverage(store.conn, filter, maxCodes, page))).toEqual(want.rows);
          expect(await countCoverage(store.conn, filter)).toBe(want.total);
        });
      }
    }
  }

  it('finds the top places of a table that mixes levels', async () => {
    const got = await listCoverage(store.conn, { source: 'toy-mx' }, 5000, { limit: 500, offset: 0 });
    const geo = (id: string) => got.find((r) => r.dataset === id && r.dimension === 'geography')!;
    // Localities whose municipality is in the table are under it; the others are on top.
    expect(geo('toy-mx/localities').tops).toEqual([...MUNICIPALITIES.filter((_, i) => i % 2 === 0), ...LOCALITIES.filter((l) => MUNICIPALITIES.indexOf(l.slice(0, 8)) % 2 === 1)].sort());
    expect(geo('toy-mx/localities').n).toBe(2010);
    expect(geo('toy-mx/mixed').tops).toEqual(['MX']);
    expect(geo('toy-mx/state').tops).toEqual(['MX-07']);
    expect(got.find((r) => r.dataset === 'toy-mx/state' && r.dimension === 'citizenship')!.tops).toBeNull();
    const us = await listCoverage(store.conn, { source: 'toy-us' }, 60, { limit: 500, offset: 0 });
    // The latest vintage only: OFO went, May 2022 came.
    expect(us.find((r) => r.dimension === 'geography')).toMatchObject({ codes: ['US-SWB'], tops: ['US-SWB'], first_period: '2020-01-01', last_period: '2022-05-01' });
    expect(us.find((r) => r.dimension === 'component')).toMatchObject({ codes: ['USBP'], tops: null });
  });

  it('reads a number of rows linear in the tables\' places, never every place of a table paired with every other', async () => {
    const bound = await linearBound(store.conn);
    expect(await largestIntermediate(store, { source: 'toy-mx' })).toBeLessThanOrEqual(bound);
  });
});
