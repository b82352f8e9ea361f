/**
 * A small store for the claim forms' tests (claims-forms.test.ts), shaped like Mexico's
 * tables on the mirror: two sources of the same monthly count that disagree in April 2021
 * (an official total, and a third party's table by nationality whose own total is larger),
 * a third party's table with one nationality only (no total of its own) and another
 * third party's total that disagrees with the official one in January 2021, and a daily
 * table of returns with days missing in its last month. Each figure is written here, so the tests can add
 * them up in SQL and by hand.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../../src/ingest/ingest.js';
import { observation as o, type Observation } from '../../src/sources/types.js';
import { openStore, type Store } from '../../src/store/open.js';
import { inlineAdapter } from '../fixtures/inline-adapter.js';

/** The official total (not a third party: it wins every month it has). */
export const OFFICIAL: Record<string, number> = { '2021-01-01': 9_548, '2021-02-01': 11_000, '2021-03-01': 15_933, '2021-04-01': 18_701 };
/** The third party's table by nationality, March and April 2021: its total is the sum of the three. */
export const BY_NATIONALITY: Record<string, { HND: number; GTM: number; OTHER: number }> = {
  '2021-03-01': { HND: 10_019, GTM: 5_000, OTHER: 3_428 },
  '2021-04-01': { HND: 12_000, GTM: 6_000, OTHER: 4_841 },
};
/** January 2021: Hondurans from a table with no other nationality, and another total. */
export const HND_ONLY = { '2021-01-01': 6_000 };
export const OTHER_TOTAL = { '2021-01-01': 11_500 };
/** Returns by day, 100 a day: every day of December 2024, 29 days of January 2025 (the 30th and 31st are missing). */
export const RETURN_DAYS = [
  ...Array.from({ length: 31 }, (_, i) => `2024-12-${String(i + 1).padStart(2, '0')}`),
  ...Array.from({ length: 29 }, (_, i) => `2025-01-${String(i + 1).padStart(2, '0')}`),
];

export async function claimsFormsStore(): Promise<Store> {
  const official: Observation[] = Object.entries(OFFICIAL).map(([p, v]) => o('toy-official/presentados', p, v, { geography: 'MX' }));
  const byNationality: Observation[] = Object.entries(BY_NATIONALITY).flatMap(([p, v]) =>
    Object.entries(v).map(([citizenship, value]) => o('toy-compiled/presentados-by-nationality', p, value, { geography: 'MX', citizenship })),
  );
  const hndOnly = Object.entries(HND_ONLY).map(([p, v]) => o('toy-hnd/presentados-hnd', p, v, { geography: 'MX', citizenship: 'HND' }));
  const otherTotal = Object.entries(OTHER_TOTAL).map(([p, v]) => o('toy-other/presentados', p, v, { geography: 'MX' }));
  const returns = RETURN_DAYS.map((d) => o('toy-daily/returns', d, 100, { geography: 'MX' }));
  const adapters = [
    inlineAdapter('toy-official', [{ id: 'toy-official/presentados', measure: 'mx-presentados', grain: 'month', complete: [], rounding: 1 }], official),
    inlineAdapter('toy-compiled', [{ id: 'toy-compiled/presentados-by-nationality', measure: 'mx-presentados', grain: 'month', complete: ['citizenship'], rounding: 1 }], byNationality, true),
    inlineAdapter('toy-hnd', [{ id: 'toy-hnd/presentados-hnd', measure: 'mx-presentados', grain: 'month', complete: [], rounding: 1 }], hndOnly, true),
    inlineAdapter('toy-other', [{ id: 'toy-other/presentados', measure: 'mx-presentados', grain: 'month', complete: [], rounding: 1 }], otherTotal, true),
    inlineAdapter('toy-daily', [{ id: 'toy-daily/returns', measure: 'inm-returns', grain: 'day', complete: [], rounding: 1 }], returns, true),
  ];
  const store = await openStore(join(mkdtempSync(join(tmpdir(), 'corridor-claims-forms-')), 's.duckdb'));
  const outcomes = await ingest(store, adapters, { origin: { mirror: tmpdir() } });
  const failed = outcomes.filter((x) => x.status !== 'loaded');
  if (failed.length) throw new Error(`toy store: ${failed.map((f) => f.error?.message ?? f.status).join('; ')}`);
  return store;
}
