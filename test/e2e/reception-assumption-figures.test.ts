/**
 * The figures a reception plan's assumptions quote, read by a coordinator (audit of 7 December
 * 2026): the share of men among single adults quoted ICE's counts unformatted ("ice-foia:
 * 495364 hombres, 39013 mujeres") while every other figure of the plan has its thousands
 * separated; a replay of a week INM recorded said its arrivals were "what INM recorded" while
 * whole-people rounding left a few out (3,236 planned against 3,242 recorded in the week of 2 June
 * 2025), unsaid. The counts are checked against the store in plain SQL.
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

  it('says how many arrivals whole-people rounding adds or leaves out, against INM\'s recorded week in SQL', async () => {
    const week = '2025-06-02';
    const replay = await receptionPlan(store.conn, { weeks: 1, start: week });
    const [{ recorded }] = await rows<{ recorded: number }>(
      store.conn,
      `SELECT sum(value)::BIGINT AS recorded FROM observations
        WHERE vintage_id = (SELECT max(id) FROM vintages WHERE source_id = 'inm-ianami')
          AND dataset_id IN ('inm-ianami/mexicans-received', 'inm-ianami/foreigners-received') AND category = 'ALL' AND demographic IN ('ADULTS', 'MINORS')
          AND geography IN ('MX-02', 'MX-26', 'MX-08', 'MX-05', 'MX-19', 'MX-28') AND period BETWEEN DATE '2025-06-02' AND DATE '2025-06-08'`,
    );
    const planned = replay.arrivals.reduce((t, x) => t + x.people, 0);
    expect(Number(recorded)).toBeGreaterThan(1000);
    const off = planned - Number(recorded);
    expect(off).not.toBe(0);
    const a = replay.assumptions.find((x) => x.id === 'whole-people')!;
    expect(a).toBeDefined();
    expect(a.value).toEqual({ figures: Number(recorded), planned });
    const sep = (n: number) => n.toLocaleString('en-US');
    expect(a.text.en).toContain(`the plan has ${sep(planned)} arrivals where the figures above give ${sep(Number(recorded))} (${sep(Math.abs(off))} ${off < 0 ? 'fewer' : 'more'})`);
    expect(a.text.es).toContain(`el plan tiene ${sep(planned)} llegadas donde las cifras de arriba dan ${sep(Number(recorded))} (${sep(Math.abs(off))} ${off < 0 ? 'menos' : 'más'})`);
  });
});
