/**
 * A small store for the API tests, built from hand-made sources and then opened
 * read-only as the server opens it:
 * - `toy`: CBP-style monthly CSV read from a temporary mirror, loaded twice with a
 *   revised file, so it has two vintages (and a diff) and files with sha256s;
 * - `alpha`: southwest border encounters by citizenship (HND, GTM, OTHER), FY2022 by month;
 * - `beta`: a measure counted in beds, to show a unit that is not events.
 * Two runs of the checks are recorded, so "latest" can be told from "first".
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordChecks } from '../../src/analysis/checks/run.js';
import { ingest } from '../../src/ingest/ingest.js';
import { observation as o, type SourceAdapter } from '../../src/sources/types.js';
import { openStore, type Store } from '../../src/store/open.js';
import { createApp } from '../../src/api/app.js';
import type { ApiOptions } from '../../src/api/env.js';
import { inlineAdapter } from '../fixtures/inline-adapter.js';
import { toyAdapter, toyCsv } from '../fixtures/toy-adapter.js';

/** The twelve month starts of a US fiscal year. */
export const monthsOf = (fy: number) => Array.from({ length: 12 }, (_, i) => `${i < 3 ? fy - 1 : fy}-${String(((i + 9) % 12) + 1).padStart(2, '0')}-01`);

export const TOY_V1 = toyCsv([
  [2021, 'OCT', 'U.S. Border Patrol', 'Title 8', 100],
  [2021, 'OCT', 'U.S. Border Patrol', 'Title 42', 50],
  [2021, 'OCT', 'Office of Field Operations', 'Title 8', 7],
  [2021, 'NOV', 'U.S. Border Patrol', 'Title 8', 120],
]);
export const TOY_V2 = TOY_V1.replace(',120', ',125') + '2021,DEC,U.S. Border Patrol,Title 8,130\n';

/** HND 100+i, GTM 50+i, OTHER 10 in month i of FY2022. */
const alpha = inlineAdapter(
  'alpha',
  [{ id: 'alpha/monthly-citizenship', measure: 'encounters', grain: 'month', complete: ['citizenship'], rounding: 1 }],
  monthsOf(2022).flatMap((m, i) => [
    o('alpha/monthly-citizenship', m, 100 + i, { geography: 'US-SWB', citizenship: 'HND' }),
    o('alpha/monthly-citizenship', m, 50 + i, { geography: 'US-SWB', citizenship: 'GTM' }),
    o('alpha/monthly-citizenship', m, 10, { geography: 'US-SWB', citizenship: 'OTHER' }),
  ]),
);

const betaBase = inlineAdapter('beta', [{ id: 'beta/beds', measure: 'shelter-beds', grain: 'month', complete: [], rounding: 1 }], [
  o('beta/beds', '2022-01-01', 40, { geography: 'US-SWB' }),
  o('beta/beds', '2022-02-01', 45, { geography: 'US-SWB' }),
]);
const beta: SourceAdapter = {
  ...betaBase,
  describe: {
    ...betaBase.describe,
    measures: [{ id: 'shelter-beds', label: { en: 'Shelter beds', es: 'Camas de albergue' }, definition: { en: 'Beds in shelters.', es: 'Camas en albergues.' }, unit: 'beds' }],
  },
};

export interface FixtureStore {
  path: string;
  store: Store;
  app: ReturnType<typeof createApp>;
  /** A fresh app on the same store with other options. */
  appWith(opts: Omit<ApiOptions, 'conn'>): ReturnType<typeof createApp>;
  close(): void;
}

export async function buildFixtureStore(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'corridor-api-'));
  const path = join(dir, 'store.duckdb');
  const mirror = join(dir, 'mirror');
  mkdirSync(join(mirror, 'us/toy'), { recursive: true });
  const toy = toyAdapter();
  const adapters = [toy, alpha, beta];
  const store = await openStore(path);
  try {
    writeFileSync(join(mirror, 'us/toy/toy.csv'), TOY_V1);
    const first = await ingest(store, adapters, { origin: { mirror } });
    writeFileSync(join(mirror, 'us/toy/toy.csv'), TOY_V2);
    const second = await ingest(store, adapters, { origin: { mirror }, only: ['toy'] });
    const failed = [...first, ...second].filter((x) => x.status === 'failed');
    if (failed.length) throw new Error(`fixture store: ${failed.map((f) => `${f.source}: ${f.error?.message}`).join('; ')}`);
    await recordChecks(store.conn, [{ id: 'overlap/toy-alpha', title: { en: 'toy and alpha agree', es: 'toy y alpha coinciden' }, status: 'differs', summary: { en: 'first run', es: 'primera ejecución' }, figures: { compared: 1 } }]);
    await new Promise((r) => setTimeout(r, 5));
    await recordChecks(store.conn, [
      { id: 'overlap/toy-alpha', title: { en: 'toy and alpha agree', es: 'toy y alpha coinciden' }, status: 'pass', summary: { en: 'second run', es: 'segunda ejecución' }, figures: { compared: 2 } },
      { id: 'adds-up/alpha/citizenship', title: { en: 'alpha adds up', es: 'alpha suma el total' }, status: 'pass', summary: { en: '12 periods', es: '12 periodos' }, figures: { compared: 12 } },
    ]);
  } finally {
    store.close();
  }
  return path;
}

/** The fixture store, opened read-only, with an app on it (no answer cache, so every request runs). */
export async function fixtureStore(opts: Omit<ApiOptions, 'conn'> = {}): Promise<FixtureStore> {
  const path = await buildFixtureStore();
  const store = await openStore(path, { readOnly: true });
  const appWith = (o: Omit<ApiOptions, 'conn'>) => createApp({ cache: false, versionTtlMs: 0, logError: () => {}, ...o, conn: store.conn });
  return { path, store, app: appWith(opts), appWith, close: () => store.close() };
}

/** GET (or another method) and the parsed answer. */
export async function call(app: { request: (url: string, init?: RequestInit) => Response | Promise<Response> }, url: string, init?: RequestInit) {
  const res = await app.request(url, init);
  const text = await res.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}
