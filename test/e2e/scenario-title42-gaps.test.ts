/**
 * After Title 42 ended (11 May 2023) no one was expelled under it: the months after are none,
 * a fact, not months whose expulsions the model approximates. Before, status-quo's model card
 * listed June 2023 - April 2025 (23 months) under "US expulsions (Title 42)" as an assumption.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadCorridorSeries } from '../../src/analysis/scenario/inputs.js';
import type { Store } from '../../src/store/open.js';
import { describeMirror } from '../mirror.js';
import { storeFromMirror } from './store-from-mirror.js';

describeMirror('Title 42 expulsions in the scenario series on the mirror', () => {
  let store: Store;
  beforeAll(async () => {
    store = (await storeFromMirror()).store;
  });
  afterAll(() => store?.close());

  it('are none after May 2023, not a gap, and still read under Title 42', async () => {
    const series = await loadCorridorSeries(store.conn, '2022-10', '2025-04');
    const after = series.months.map((m, t) => [m, t] as const).filter(([m]) => m > '2023-05');
    expect(after.length).toBe(23);
    for (const [, t] of after) for (const row of series.expelled) for (const grid of row) expect(grid[t]).toBe(0);
    const gap = series.gaps.find((g) => g.stage === 'us-expulsions');
    expect((gap?.months ?? []).filter((m) => m > '2023-05')).toEqual([]);
    // Under Title 42 the figures are read: the four groups Mexico accepts, March 2023.
    const march = series.months.indexOf('2023-03');
    expect(series.expelled.slice(0, 4).flatMap((row) => row.map((grid) => grid[march] ?? 0)).reduce((a, b) => a + b, 0)).toBeGreaterThan(50_000);
  });
});
