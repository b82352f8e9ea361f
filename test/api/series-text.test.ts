/**
 * /api/series writes its answer as text, in slices (src/api/series/text.ts): the bytes
 * must be exactly those of JSON.stringify(answerSeries(...)), the objects /api/export
 * uses, for every kind of answer; and a long answer must let other work run while it is
 * written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { formatSources } from '../../src/api/middleware/sources-header.js';
import { answerSeries } from '../../src/api/series/answer.js';
import { seriesParams } from '../../src/api/series/params.js';
import { usedVintages } from '../../src/api/series/provenance.js';
import { answerSeriesText } from '../../src/api/series/text.js';
import { catalogueReader, type Catalogue } from '../../src/api/store/catalogue.js';
import { openStore, type Store } from '../../src/store/open.js';
import { preloadQueryCatalogue, warmQueryCatalogue } from '../../src/store/query/catalogue.js';
import { drawQueries, fetchCoverage } from '../../bench/distinct-queries.js';
import { storeFromMirror } from '../e2e/store-from-mirror.js';
import { describeMirror } from '../mirror.js';
import { fixtureStore, type FixtureStore } from './fixture-store.js';

/** The parameters of a /api/series URL, as the route receives them. */
function paramsOf(path: string) {
  const raw: Record<string, string | string[]> = {};
  for (const [k, v] of new URL(`http://127.0.0.1${path}`).searchParams) raw[k] = k === 'where' || k === 'by' ? [...((raw[k] as string[]) ?? []), v] : v;
  return seriesParams.parse(raw);
}

/** The text and the objects agree byte for byte (or refuse alike); says which it was. */
async function sameAnswer(store: Store, catalogue: Catalogue, path: string): Promise<'answered' | 'refused'> {
  const p = paramsOf(path);
  const objects = await answerSeries(store.conn, catalogue, p, 50_000).catch((e: Error) => e);
  const text = await answerSeriesText(store.conn, catalogue, p, 50_000).catch((e: Error) => e);
  if (objects instanceof Error) {
    expect(text, path).toBeInstanceOf(Error);
    expect((text as Error).message, path).toBe(objects.message);
    return 'refused';
  }
  if (text instanceof Error) throw text;
  expect(Buffer.from(text.body).toString('utf8'), path).toBe(JSON.stringify(objects));
  expect(text.sources, path).toEqual(usedVintages(objects.rows));
  return 'answered';
}

describe('the /api/series text', () => {
  let f: FixtureStore;
  let catalogue: Catalogue;
  beforeAll(async () => {
    f = await fixtureStore();
    catalogue = await catalogueReader(f.store.conn, 0)();
  });
  afterAll(() => f.close());

  it('is JSON.stringify of the answer, for answers of every shape and both languages', async () => {
    const paths = [
      '/api/series?measure=encounters&where=geography=US-SWB',
      '/api/series?measure=encounters&where=geography=US-SWB&lang=es',
      '/api/series?measure=encounters&where=geography=US-SWB&where=citizenship=Honduras,GTM&grain=fy&from=FY2022&to=FY2022',
      '/api/series?measure=encounters&where=geography=US-SWB&by=component&source=toy&lang=es',
      '/api/series?measure=encounters&where=geography=US-SWB&by=citizenship&grain=cy',
      '/api/series?measure=encounters&where=geography=US-SWB&grain=fy&source=toy',
      '/api/series?measure=encounters&where=geography=US-SWB&source=toy&vintage=1',
      '/api/series?measure=shelter-beds&where=geography=US-SWB',
      // No rows at all, and a request the store refuses.
      '/api/series?measure=encounters&where=geography=US-SWB&from=2030-01',
      '/api/series?measure=encounters&where=geography=Atlantis',
    ];
    const outcomes = [];
    for (const path of paths) outcomes.push(await sameAnswer(f.store, catalogue, path));
    expect(outcomes.filter((o) => o === 'answered').length).toBeGreaterThanOrEqual(8);
    expect(outcomes).toContain('refused');
  });

  it('is what the route sends, as application/json', async () => {
    const path = '/api/series?measure=encounters&where=geography=US-SWB&by=citizenship&lang=es';
    const res = await f.app.request(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('application/json');
    const objects = await answerSeries(f.store.conn, catalogue, paramsOf(path), 50_000);
    expect(res.headers.get('X-Corridor-Sources')).toBe(formatSources(usedVintages(objects.rows)));
    expect(Buffer.from(await res.arrayBuffer()).toString('utf8')).toBe(JSON.stringify(objects));
  });
});

describeMirror('the /api/series text over the whole mirror', () => {
  let store: Store;
  let catalogue: Catalogue;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    const built = await storeFromMirror();
    const path = built.store.path;
    built.store.close();
    // Opened and warmed as a server opens its published store: the cells in memory.
    store = await openStore(path, { readOnly: true });
    await warmQueryCatalogue(store.conn);
    catalogue = await catalogueReader(store.conn, 0)();
    // And read ahead as a server does once listening, so the mix is answered as served.
    await preloadQueryCatalogue(store.conn);
    app = createApp({ conn: store.conn, cache: false, catalogue });
  }, 600_000);
  afterAll(() => store?.close());

  it('is JSON.stringify of the answer for the distinct query mix of the benchmark and the longest answers', async () => {
    const tables = await fetchCoverage(async (p) => app.request(p));
    const long = [
      '/api/series?measure=mx-presentados&where=geography%3DMX&by=citizenship&grain=month',
      '/api/series?measure=unhcr-refugees&where=geography%3DUS&by=citizenship&grain=cy&lang=es',
      // Stocks: each row closes with the day its level is from (as_of).
      '/api/series?measure=vaccine-doses-donated&where=geography%3DMX&where=category%3Ddonor:USA&grain=cy',
      '/api/series?measure=gn-deployed&where=geography%3DMX&grain=cy&lang=es',
    ];
    let answered = 0;
    for (const path of [...long, ...drawQueries(tables, 400, 3)]) if ((await sameAnswer(store, catalogue, path)) === 'answered') answered++;
    const doses = (await answerSeries(store.conn, catalogue, paramsOf(long[2]), 50_000)).rows;
    expect(doses).toMatchObject([{ period: '2021-01-01', value: 4_049_000, as_of: '2021-08-03' }]);
    expect(answered).toBeGreaterThan(350);
  }, 120_000);

  it('lets other work run while a long answer is written', async () => {
    const p = paramsOf('/api/series?measure=mx-presentados&where=geography%3DMX&by=citizenship&grain=month');
    let finished = false;
    let turns = 0;
    const count = () => {
      if (finished) return;
      turns++;
      setImmediate(count);
    };
    setImmediate(count);
    const answer = await answerSeriesText(store.conn, catalogue, p, 50_000);
    finished = true;
    expect(answer.body.byteLength).toBeGreaterThan(1_000_000);
    // Without slices, the whole answer is one turn of the event loop and nothing else runs in it.
    expect(turns).toBeGreaterThan(0);
  });
});
