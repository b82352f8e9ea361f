/**
 * The impact method on the real mirror: an estimate checked against figures recomputed
 * here in SQL (and the model refitted to them), the placebo test at quiet dates of the
 * Border Patrol series, an injected −30% step, an estimate against a control, and months
 * left out because they are incomplete. bench/impact-validation.ts prints the full figures.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { loadEvents } from '../../src/analysis/events/load.js';
import { etsModel } from '@corridor/forecast';
import { createEstimator, DEFAULT_ESTIMATE, type Estimator } from '../../src/analysis/impact/estimate.js';
import { estimateImpact } from '../../src/analysis/impact/impact.js';
import { fetchMonthly } from '../../src/analysis/impact/series.js';
import type { MonthlySeries } from '../../src/analysis/impact/types.js';
import { BORDER_PATROL_SERIES, injection, placebo, quietDates, rate, type InjectionOutcome, type PlaceboOutcome } from '../../src/analysis/impact/validation.js';
import { rows, type Store } from '../../src/store/open.js';
import { describeMirror } from '../mirror.js';
import { storeFromMirror } from './store-from-mirror.js';

describeMirror('impact estimates on the mirror', () => {
  let store: Store;
  const events = loadEvents();
  const opts = { model: etsModel, ...DEFAULT_ESTIMATE };
  beforeAll(async () => {
    store = (await storeFromMirror()).store;
  });
  afterAll(() => store?.close());
  const sql = <T>(q: string, params: unknown[] = []) => rows<T>(store.conn, q, params);

  // All CBP encounters at the southwest border by month: CBP's by-state file to FY2021, its southwest file from FY2022.
  const swbMonths = (first: string, last: string, citizenship?: string) =>
    sql<{ p: string; v: number }>(
      `SELECT strftime(period, '%Y-%m-%d') AS p, sum(value) AS v FROM observations
        WHERE ((dataset_id = 'cbp-state/monthly-region-state' AND geography LIKE 'US-SWB/%' AND period < DATE '2021-10-01')
            OR (dataset_id = 'cbp-sbo/sw-monthly' AND period >= DATE '2021-10-01'))
          AND period BETWEEN CAST(? AS DATE) AND CAST(? AS DATE) AND (? IS NULL OR citizenship = ?)
        GROUP BY 1 ORDER BY 1`,
      [first, last, citizenship ?? null, citizenship ?? null],
    );

  it('the end of Title 42 on southwest border encounters: the store\'s figures, the model refitted to them, the other events listed', async () => {
    const r = await estimateImpact(store.conn, { event: 'title42-end', measure: 'encounters', where: ['geography=US-SWB'] });
    expect([r.pre, r.post]).toEqual([
      { from: '2020-05-01', to: '2023-04-01', months: 36 },
      { from: '2023-05-01', to: '2024-04-01', months: 12 },
    ]);
    const pre = await swbMonths('2020-05-01', '2023-04-01');
    const post = await swbMonths('2023-05-01', '2024-04-01');
    expect(post.map((m) => m.v)).toEqual(r.months.map((m) => m.observed));
    expect(post[0].v).toBe(206_690);
    // The counterfactual is ETS fitted to the logarithm of the 36 months before May 2023.
    const refit = etsModel.fit(pre.map((m) => m.v), { period: 12, log: true });
    expect(refit.name).toBe(r.model);
    refit.forecast(12, [95]).mean.forEach((m, k) => expect(r.months[k].counterfactual).toBeCloseTo(m, 6));
    expect(r.intervals).toMatchObject({ method: 'calibrated', origins: 60 });
    const last = r.months.at(-1)!.cumulative;
    expect(last.observed).toBe(post.reduce((s, m) => s + m.v, 0));
    expect(last.effect).toBeCloseTo(last.observed - r.months.reduce((s, m) => s + m.counterfactual, 0), 6);

    const listed = Object.fromEntries(r.overlapping.map((e) => [e.id, e]));
    expect(listed['title42-end']).toBeUndefined();
    expect(listed['title42-start']).toMatchObject({ position: 'in-force', related: true });
    expect(listed['cbp-one-start']).toMatchObject({ position: 'pre-period' });
    expect(r.notes.map((n) => n.en).join('\n')).toMatch(/took effect on 11 May 2023: May 2023 is partly before it/);
    // 13 other events when this test was written; the timeline has grown since (data/events.json).
    const others = r.notes.map((n) => n.en).join('\n').match(/Not attributed to this event alone.* (\d+) other timeline events/);
    expect(Number(others?.[1])).toBeGreaterThanOrEqual(13);
    expect(r.notes.map((n) => n.es).join('\n')).toMatch(/No se atribuye solo a este evento/);
    expect(r.sources.map((s) => s.dataset)).toEqual(['cbp-state/monthly-region-state', 'cbp-sbo/sw-monthly']);
  });

  describe('validation on the Border Patrol series (FY2000 on)', () => {
    const series = new Map<string, { m: MonthlySeries; estimator: Estimator }>();
    const outcomes: PlaceboOutcome[] = [];
    beforeAll(async () => {
      for (const s of BORDER_PATROL_SERIES) {
        const m = await fetchMonthly(store.conn, { measure: 'encounters', where: s.where });
        series.set(s.label, { m, estimator: createEstimator({ periods: m.periods, treated: m.values }, opts) });
      }
    });

    it('placebo: at quiet dates the 6-month cumulative effect is significant no more often than 5%', () => {
      for (const { m, estimator } of series.values()) {
        const dates = quietDates(m.periods, events);
        outcomes.push(...placebo(m.periods, estimator, dates, 6).filter((o) => o.method === 'calibrated'));
      }
      const r = rate(outcomes, (o) => o.significant);
      console.log(`impact placebo: ${r.count} of ${r.of} quiet dates significant (${(100 * r.rate).toFixed(1)}%), ${outcomes[0].period.slice(0, 7)} to ${outcomes.at(-1)!.period.slice(0, 7)}`);
      expect(r.of).toBeGreaterThanOrEqual(400);
      expect(r.rate).toBeLessThanOrEqual(0.05);
      // Every placebo date is more than 12 months from any timeline event.
      const marks = events.flatMap((e) => [e.date, e.endDate ?? e.date]).map((d) => Date.parse(d));
      for (const o of outcomes) expect(Math.min(...marks.map((t) => Math.abs(t - Date.parse(o.period))))).toBeGreaterThan(365 * 86_400_000);
    }, 900_000);

    it('an injected −30% step is recovered within its interval', async () => {
      const injected: InjectionOutcome[] = [];
      for (const label of ['southwest border', 'Tucson', 'Rio Grande Valley']) {
        const { m, estimator } = series.get(label)!;
        for (const d of quietDates(m.periods, events)) {
          const o = injection({ periods: m.periods, treated: m.values }, estimator, d, 0.7, 6);
          if (o?.method === 'calibrated') injected.push(o);
        }
      }
      const recovered = rate(injected, (o) => o.recovered);
      const detected = rate(injected, (o) => o.detected);
      const ratios = injected.map((o) => o.estimate / o.truth).sort((a, b) => a - b);
      console.log(`impact injected −30%: truth within the interval ${recovered.count} of ${recovered.of}, detected ${detected.count}; estimate/truth median ${ratios[ratios.length >> 1].toFixed(2)}`);
      expect(recovered.of).toBeGreaterThanOrEqual(140);
      expect(recovered.rate).toBeGreaterThanOrEqual(0.9);
      expect(ratios[ratios.length >> 1]).toBeGreaterThan(0.8);
      expect(ratios[ratios.length >> 1]).toBeLessThan(1.25);

      // One of them, against the truth recomputed here: −30% of January-June 2012 at the southwest border.
      const one = injected.find((o) => o.period === '2012-01-01' && Math.abs(o.truth) > 50_000)!;
      // CBP's exact legacy table: the default series to FY2020 (src/store/precedence.ts).
      const [{ v }] = await sql<{ v: number }>(`SELECT sum(value) AS v FROM observations WHERE dataset_id = 'cbp-legacy-monthly/regions' AND geography = 'US-SWB' AND period BETWEEN DATE '2012-01-01' AND DATE '2012-06-01'`);
      expect(one.truth).toBeCloseTo(-0.3 * v, 6);
      expect(one.recovered).toBe(true);
      expect(one.interval.lower).toBeLessThan(one.truth);
      expect(one.interval.upper).toBeGreaterThan(one.truth);
    });
  });

  it('against a control: Hondurans against Mexicans, as a difference in differences', async () => {
    const r = await estimateImpact(store.conn, { event: 'title42-end', measure: 'encounters', where: ['geography=US-SWB', 'citizenship=HND'], control: 'citizenship=MEX' });
    expect(r.control).toEqual({ where: ['geography=US-SWB', 'citizenship=MEX'] });
    const [hnd, mex] = [await swbMonths('2023-05-01', '2024-04-01', 'HND'), await swbMonths('2023-05-01', '2024-04-01', 'MEX')];
    expect(r.months.map((m) => m.observed)).toEqual(hnd.map((x) => x.v));
    expect(mex[0].v).toBe(55_405);
    // The counterfactual is Mexicans as observed times the ETS forecast of the ratio Hondurans / Mexicans.
    const [preH, preM] = [await swbMonths('2020-05-01', '2023-04-01', 'HND'), await swbMonths('2020-05-01', '2023-04-01', 'MEX')];
    const ratio = etsModel.fit(preH.map((h, i) => h.v / preM[i].v), { period: 12, log: true }).forecast(12, [95]).mean;
    r.months.forEach((m, k) => expect(m.counterfactual).toBeCloseTo(mex[k].v * ratio[k], 4));
    expect(r.notes.map((n) => n.en).join('\n')).toMatch(/It assumes that the event did not change the control series/);
    expect(new Set(r.sources.map((s) => s.series))).toEqual(new Set(['treated', 'control']));
  });

  it('leaves incomplete months out and says so: INM\'s daily files have days missing in most months', async () => {
    const m = await fetchMonthly(store.conn, { measure: 'inm-foreigners-received', where: ['geography=MX-NB'] });
    const [{ n }] = await sql<{ n: number }>(
      `SELECT count(*) AS n FROM (SELECT date_trunc('month', period) AS mo, count(DISTINCT period) AS days FROM observations
         WHERE measure = 'inm-foreigners-received' GROUP BY 1) WHERE days < day(last_day(mo))`,
    );
    expect(m.excluded.filter((e) => e.reason === 'incomplete')).toHaveLength(n);
    expect(m.values.filter((v) => v !== null)).toHaveLength(m.periods.length - n);
    await expect(estimateImpact(store.conn, { event: 'mx-guard-north-2025', measure: 'inm-foreigners-received', where: ['geography=MX-NB'], windowBefore: 12 })).rejects.toThrow(UsageError);
    await expect(estimateImpact(store.conn, { event: 'mexico-te-abraza', measure: 'inm-mexicans-received', where: ['geography=MX'], windowBefore: 12 })).rejects.toThrow(
      /cannot estimate the effect of "mexico-te-abraza" on this series: 3 usable months before the event; the model needs 12/,
    );
  });

  it('rejects an unknown event, and an event outside the series', async () => {
    await expect(estimateImpact(store.conn, { event: 'no-such-event', measure: 'encounters' })).rejects.toThrow(/no timeline event "no-such-event"/);
    await expect(estimateImpact(store.conn, { event: 'title42-end', measure: 'inm-mexicans-received', where: ['geography=MX'] })).rejects.toThrow(/does not reach 2023-05/);
  });
});
