/**
 * /api/reception's `levers` read as /api/scenario reads them (audit of 7 December 2026), over
 * the store loaded from the mirror. Before, `levers=enforcementSouth=2,enforcementSouth=3` ran 3
 * without a word and `enforcementSouth=0x2` ran 2, where /api/scenario answered 400 saying what to
 * write; and `levers=none` (the Scenarios page's word when every lever is put back: no lever runs)
 * was a 400 here and at /api/scenario. Now both routes refuse the same lists with the same detail
 * in English and Spanish (the brief too), and both run no lever for `none`, as the command line does.
 * The demo registry's assumption tells an API or dashboard reader what they can do for their own
 * registry, not the command line's --registry flag (which the command line keeps).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { receptionPlan } from '../../src/analysis/reception/run.js';
import type { Store } from '../../src/store/open.js';
import { describeMirror } from '../mirror.js';
import { mirrorApp, type App } from './mirror-app.js';
import { call } from './fixture-store.js';

describeMirror('/api/reception levers: the scenario engine\'s reading', () => {
  let store: Store;
  let app: App;
  beforeAll(async () => {
    ({ store, app } = await mirrorApp());
  }, 120_000);
  afterAll(() => store?.close());

  const q = (levers: string, lang = 'en') => `scenario=seed-2021-04&weeks=2&lang=${lang}&levers=${encodeURIComponent(levers)}`;

  it('refuses a lever named twice, a value such as 0x2 and a decimal comma as /api/scenario does, in English and Spanish', async () => {
    for (const levers of ['enforcementSouth=2,enforcementSouth=3', 'enforcementSouth=0x2', 'familyAcceptance=3,enforcementSouth=1,5']) {
      for (const lang of ['en', 'es']) {
        const scenario = await call(app, `/api/scenario?name=seed-2021-04&lang=${lang}&levers=${encodeURIComponent(levers)}`);
        expect(scenario.status, scenario.text).toBe(400);
        for (const path of ['/api/reception', '/api/reception/brief']) {
          const r = await call(app, `${path}?${q(levers, lang)}`);
          expect(r.status, `${path} ${levers} ${lang}: ${r.text}`).toBe(400);
          expect(r.json.detail).toBe(scenario.json.detail);
        }
      }
    }
    const twice = await call(app, `/api/reception?${q('enforcementSouth=2,enforcementSouth=3', 'es')}`);
    expect(twice.json.detail).toBe('la palanca enforcementSouth aparece dos veces ("enforcementSouth=2" y "enforcementSouth=3"): dé cada palanca una sola vez');
    const hex = await call(app, `/api/reception?${q('enforcementSouth=0x2')}`);
    expect(hex.json.detail).toBe('the lever enforcementSouth takes a number written with digits and a decimal point (e.g. 1.5), not "0x2"');
  });

  it('runs no lever for levers=none, as /api/scenario and the command line do (both refused it)', async () => {
    const none = await call(app, `/api/reception?${q('none')}`);
    expect(none.status, none.text).toBe(200);
    const empty = await call(app, `/api/reception?${q('{}')}`);
    const own = await call(app, '/api/reception?scenario=seed-2021-04&weeks=2');
    const scenario = (r: typeof none) => r.json.assumptions.find((a: { id: string }) => a.id === 'scenario').value;
    expect(scenario(none).levers).toEqual({});
    expect(none.json.arrivals).toEqual(empty.json.arrivals);
    expect(none.json.unmet).toEqual(empty.json.unmet);
    expect(none.json.arrivals).not.toEqual(own.json.arrivals);
    const direct = await receptionPlan(store.conn, { weeks: 2, engine: { name: 'seed-2021-04', levers: 'none' } });
    expect(none.json.arrivals).toEqual(direct.arrivals);
    const run = await call(app, '/api/scenario?name=seed-2021-04&levers=none');
    expect(run.status, run.text).toBe(200);
    expect(run.json.levers).toEqual({});
    expect((await call(app, `/api/reception/brief?${q('none')}`)).status).toBe(200);
  }, 120_000);

  it("says what an API or dashboard reader can do for their own registry, not the command line's --registry", async () => {
    for (const lang of ['en', 'es'] as const) {
      const r = await call(app, `/api/reception?weeks=1&lang=${lang}`);
      const text: string = r.json.assumptions.find((a: { id: string }) => a.id === 'registry').text;
      expect(text).not.toContain('--registry');
      expect(text).toContain(lang === 'en' ? 'ask whoever runs this service to plan with it' : 'pida a quien opera este servicio que planee con él');
      const brief = await call(app, `/api/reception/brief?weeks=1&lang=${lang}`);
      expect(brief.text).not.toContain('--registry');
    }
    // The command line keeps its flag.
    const cli = await receptionPlan(store.conn, { weeks: 1 });
    expect(cli.assumptions.find((a) => a.id === 'registry')!.text).toMatchObject({ en: expect.stringContaining('Supply your own registry with --registry FILE.'), es: expect.stringContaining('Use su propio registro con --registry ARCHIVO.') });
  }, 120_000);
});
