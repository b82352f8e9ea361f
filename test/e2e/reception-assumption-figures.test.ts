/**
 * The figures a reception plan's assumptions quote, read by a coordinator (audit of 7 December
 * 2026): the share of men among single adults quoted ICE's counts unformatted ("ice-foia:
 * 495364 hombres, 39013 mujeres") while every other figure of the plan has its thousands
 * separated. The counts are checked against the store in plain SQL.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { receptionPlan, type Plan } from '../../src/analysis/reception/run.js';
import { rows, type Store } from '../../src/store/open.js';
import { describeMirror } from '../mirror.js';
import { storeFromMirror } from './store-from-mirror.js';

describeMirror('reception assumptions: the figures they quote', () => {
  let store: Store;
  let plan: Plan;
  beforeAll(async () => {
    store = (await storeFromMirror()).store;
    plan = await receptionPlan(store.conn, { weeks: 1 });
  });
  afterAll(() => store?.close());

  it('quotes ICE\'s counts of men and women with their thousands separated, in both languages, as the store sums them', async () => {
    const found = await rows<{ demographic: string; value: number }>(
      store.conn,
      `SELECT demographic, sum(value)::BIGINT AS value FROM observations
        WHERE dataset_id = 'ice-foia/removals' AND measure = 'removals' AND citizenship = 'MEX' AND demographic IN ('MALE', 'FEMALE')
          AND vintage_id = (SELECT max(id) FROM vintages WHERE source_id = 'ice-foia') GROUP BY demographic`,
    );
    const men = Number(found.find((r) => r.demographic === 'MALE')!.value);
    const women = Number(found.find((r) => r.demographic === 'FEMALE')!.value);
    expect(men).toBeGreaterThan(1000);
    const a = plan.assumptions.find((x) => x.id === 'male-share')!;
    const sep = (n: number) => n.toLocaleString('en-US');
    expect(a.text.en).toContain(`(ice-foia: ${sep(men)} men, ${sep(women)} women)`);
    expect(a.text.es).toContain(`(ice-foia: ${sep(men)} hombres, ${sep(women)} mujeres)`);
    expect(`${a.text.en} ${a.text.es}`).not.toContain(String(men));
  });
});
