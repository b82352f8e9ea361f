/**
 * A server asks itself every table at each grain, plain and by each breakdown, once the
 * store is read ahead (src/api/warm-up.ts), so its first users are not the ones who wait
 * for the engine to compile its code and for each table's periods to be rolled up.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/api/server.js';
import { warmUp, warmUpPaths } from '../../src/api/warm-up.js';
import { preloadQueryCatalogue } from '../../src/store/query/catalogue.js';
import { buildFixtureStore, fixtureStore, type FixtureStore } from './fixture-store.js';

let fx: FixtureStore;
beforeAll(async () => {
  fx = await fixtureStore();
});
afterAll(() => fx?.close());

describe('the warm-up questions', () => {
  it('ask each table at each grain, plain and by each dimension it breaks down, and none fails', async () => {
    await preloadQueryCatalogue(fx.store.conn);
    const paths = await warmUpPaths(fx.store.conn, ['encounters']);
    const alpha = paths.filter((p) => p.includes('dataset=alpha%2Fmonthly-citizenship'));
    // alpha: monthly encounters by citizenship (HND, GTM, OTHER): three grains, plain and by citizenship.
    expect(alpha.map((p) => [new URLSearchParams(p.split('?')[1]).get('grain'), new URLSearchParams(p.split('?')[1]).get('by')])).toEqual([
      ['month', null],
      ['month', 'citizenship'],
      ['fy', null],
      ['fy', 'citizenship'],
      ['cy', null],
      ['cy', 'citizenship'],
    ]);
    const app = fx.app;
    const statuses: number[] = [];
    const asked = await warmUp(
      async (req) => {
        const res = await app.fetch(req);
        statuses.push(res.status);
        return res;
      },
      'http://127.0.0.1:8080',
      paths,
      () => false,
    );
    expect(asked).toBe(paths.length);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(paths.length / 2);
  });

  it('stops when told to (a version replaced, a server closing)', async () => {
    let asked = 0;
    const n = await warmUp(
      async () => {
        asked++;
        return new Response('{}');
      },
      'http://127.0.0.1:8080',
      ['/api/series?measure=a', '/api/series?measure=b', '/api/series?measure=c'],
      () => asked >= 2,
    );
    expect(n).toBe(2);
  });
});

describe('a server', () => {
  let path: string;
  let server: RunningServer;
  beforeAll(async () => {
    path = await buildFixtureStore();
    server = await startServer({ db: path, port: 0 });
  });
  afterAll(() => server?.close());

  it('has asked itself the warm-up questions by the time it has read ahead', async () => {
    await server.preloaded;
    const paths = await warmUpPaths(server.store.conn, (await (await fetch(`${server.url}/api/measures`)).json()).measures.map((m: { id: string }) => m.id));
    expect(paths.length).toBeGreaterThan(0);
    expect(server.warmedUp).toBe(paths.length);
  });
});
