/**
 * Random and malformed parameters against the routes the dashboard added: whatever is
 * sent, the answer is a 2xx or a 4xx with a JSON error, never a 5xx. Seeded.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, fixtureStore, type FixtureStore } from './fixture-store.js';

const SEED = Number(process.env.CORRIDOR_FC_SEED ?? 20_261_129);

let f: FixtureStore;
let app: FixtureStore['app'];
const faults: unknown[] = [];
beforeAll(async () => {
  f = await fixtureStore();
  app = f.appWith({ logError: (e) => faults.push(e) });
});
afterAll(() => f.close());

const anyText = fc.oneof(
  fc.string({ maxLength: 16 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.constantFrom('', ' ', ',', ',,', "'", '"', '%', "' OR 1=1 --", '"; DROP TABLE places; --', '../../etc/passwd', 'null', '-1', '9999-99'),
);
const mostly = (plausible: fc.Arbitrary<string>) => fc.oneof({ weight: 8, arbitrary: plausible }, { weight: 1, arbitrary: anyText });

const ROUTES: Record<string, Record<string, fc.Arbitrary<string>>> = {
  '/api/places': {
    level: mostly(fc.constantFrom('sector', 'region', 'mx-state', 'country', 'sector,region', 'SECTOR')),
    parent: mostly(fc.constantFrom('US-SWB', 'MX', 'US', 'nope')),
    code: mostly(fc.constantFrom('MX-07', 'US-SWB,MX', 'USBP-RGV', 'x'.repeat(70))),
  },
  '/api/shapes': { precision: mostly(fc.constantFrom('0', '3', '6', '7', '-1', '2.5')) },
  '/api/coverage': { measure: mostly(fc.constantFrom('encounters', 'shelter-beds', 'nope')), source: mostly(fc.constantFrom('toy', 'alpha', 'nope')), limit: mostly(fc.constantFrom('1', '2', '500', '2000', '0', '2001', '1e3')), offset: mostly(fc.constantFrom('0', '1', '3', '100', '-1', '9007199254740993')) },
  '/api/events': {
    actor: mostly(fc.constantFrom('US', 'MX', 'US,MX', 'bilateral', 'Atlantis')),
    kind: mostly(fc.constantFrom('policy-start', 'deployment', 'nope')),
    from: mostly(fc.constantFrom('2019', '2019-06', '2019-06-01', '2019-13', '2019-02-30')),
    to: mostly(fc.constantFrom('2025', '2025-12', '1900')),
  },
  '/api/corridor': {
    citizenship: mostly(fc.constantFrom('HND', 'Honduras', 'GTM', 'OTHER', 'Atlantis', 'hn')),
    from: mostly(fc.constantFrom('2021-10', '2022', 'FY2022', '2021-13')),
    to: mostly(fc.constantFrom('2022-09', '2023')),
    lang: mostly(fc.constantFrom('en', 'es', 'fr')),
  },
  '/api/headline': {
    measure: mostly(fc.constantFrom('encounters', 'shelter-beds', 'nope')),
    where: mostly(fc.constantFrom('geography=US-SWB', 'citizenship=HND', 'citizenship=HND,GTM', 'component=USBP', 'planet=mars', 'geography=')),
    grain: mostly(fc.constantFrom('month', 'fy', 'cy', 'week')),
    lang: mostly(fc.constantFrom('en', 'es', 'fr')),
  },
  '/api/claims': {
    text: mostly(fc.constantFrom('September 2022 had the most encounters in a year', 'Encounters fell 10% in 2022', 'hello', '2022', 'Los encuentros subieron 5% en 2022')),
    lang: mostly(fc.constantFrom('en', 'es', 'de')),
  },
};

const request = fc.constantFrom(...Object.keys(ROUTES)).chain((path) => {
  const params = ROUTES[path];
  const pair = fc.oneof({ weight: 10, arbitrary: fc.constantFrom(...Object.keys(params)) }, { weight: 1, arbitrary: anyText }).chain((k) => (params[k] ?? anyText).map((v) => [k, v] as const));
  // Each parameter once, mostly (a repeated one is a 400 by design).
  return fc.uniqueArray(pair, { maxLength: 5, selector: ([k]) => k }).map((pairs) => `${path}?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`);
});

describe('random and malformed parameters on the dashboard routes', () => {
  it('never get a 5xx (1,200 parameter sets)', async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(request, async (url) => {
        const r = await call(app, url);
        statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
        expect(r.status, `${url}: ${r.text.slice(0, 300)}`).toBeLessThan(500);
        if (r.status >= 400) expect(Object.keys(r.json ?? {})).toEqual(['error', 'detail']);
      }),
      { numRuns: 1_200, seed: SEED, endOnFailure: true },
    );
    expect(faults).toEqual([]);
    process.stdout.write(`dashboard routes property test: statuses ${JSON.stringify(Object.fromEntries(statuses))}\n`);
    // Enough of them must get past validation for the test to mean something.
    expect(statuses.get(200) ?? 0).toBeGreaterThan(250);
  }, 120_000);
});
