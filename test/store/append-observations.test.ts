/**
 * Observations written in bulk (one statement per chunk of rows, columns sent as joined
 * texts): every value reads back as the same double, blanks as NULL, rows of a table
 * together in period order, and a chunk boundary changes nothing.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { observation, type Observation, type SourceAdapter } from '../../src/sources/types.js';
import { appendObservations } from '../../src/store/append-observations.js';
import { openStore, rows, type Store } from '../../src/store/open.js';

const adapter = {
  describe: {
    datasets: [
      { id: 'b/monthly', measure: 'removals', grain: 'month' },
      { id: 'a/daily', measure: 'encounters', grain: 'day' },
    ],
  },
} as unknown as SourceAdapter;

let store: Store;
beforeEach(async () => {
  store = await openStore(join(mkdtempSync(join(tmpdir(), 'corridor-append-')), 'store.duckdb'));
});
afterEach(() => store.close());

type Row = { dataset_id: string; measure: string; grain: string; period: string; geography: string; category: string; value: number | null };
const read = () =>
  rows<Row>(store.conn, `SELECT dataset_id, measure, grain, strftime(period, '%Y-%m-%d') AS period, geography, category, value FROM observations WHERE vintage_id = 7`);

describe('appendObservations', () => {
  it('keeps every double exactly, blanks as NULL, and the dataset measure and grain', async () => {
    const values = [0.1, 1 / 3, 1e-300, 123456789.123456, -2.5, 0, 2 ** 53 + 2, 5e-324, null, 42];
    const obs = values.map((v, i) => observation('a/daily', `2021-03-${String(i + 1).padStart(2, '0')}`, v, { geography: 'US-SWB', category: `c${i}` }));
    await appendObservations(store.conn, 7, adapter, obs);
    const back = await read();
    expect(back.map((r) => r.value)).toEqual(values);
    expect(back.every((r) => r.measure === 'encounters' && r.grain === 'day' && r.geography === 'US-SWB')).toBe(true);
  });

  it('stores rows dataset by dataset in period order, across chunks, as the input held them within a period', async () => {
    const obs: Observation[] = [];
    for (let i = 0; i < 300_000; i++) {
      const dataset = i % 3 === 0 ? 'b/monthly' : 'a/daily';
      const period = dataset === 'b/monthly' ? `20${10 + (i % 7)}-0${1 + (i % 9)}-01` : `2020-01-${String(1 + (i % 28)).padStart(2, '0')}`;
      obs.push(observation(dataset, period, i, { geography: 'US-SWB', category: `k${i}` }));
    }
    await appendObservations(store.conn, 7, adapter, obs);
    const back = await rows<{ dataset_id: string; period: string; value: number }>(store.conn, `SELECT dataset_id, strftime(period, '%Y-%m-%d') AS period, value FROM observations WHERE vintage_id = 7`);
    const want = [...obs].sort((a, b) => (a.dataset < b.dataset ? -1 : a.dataset > b.dataset ? 1 : a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
    expect(back.length).toBe(obs.length);
    expect(back.map((r) => r.value)).toEqual(want.map((o) => o.value));
    expect(back.map((r) => `${r.dataset_id} ${r.period}`)).toEqual(want.map((o) => `${o.dataset} ${o.period}`));
  });

  it('refuses a code holding the separator rather than writing shifted rows', async () => {
    const obs = [observation('a/daily', '2021-03-01', 1, { geography: 'US-SWB', category: 'x\u001fy' }), observation('a/daily', '2021-03-02', 2, { geography: 'US-SWB' })];
    await expect(appendObservations(store.conn, 7, adapter, obs)).rejects.toThrow();
    expect(await read()).toEqual([]);
  });
});
