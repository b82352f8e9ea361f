/**
 * The upstream models on the real data mirror: the regressors and nationality series load
 * and add up, the daily totals agree with the query engine's month, and on the real total
 * the leading model's forecasts at an origin do not move when the regressors' months after
 * it (published or not) are replaced.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { storeFromMirror } from '../../../../test/e2e/store-from-mirror.js';
import { describeMirror } from '../../../../test/mirror.js';
import type { Store } from '../../../store/open.js';
import { querySeries } from '../../../store/query/series.js';
import { runBacktest } from '../backtest.js';
import { addMonths, monthIndex } from '../months.js';
import { registerModels } from '../registry.js';
import { extractSeries, type MonthlySeries } from '../series.js';
import { dailyTotals } from './daily.js';
import { leadingModel } from './leading.js';
import { leadingTerms } from './models.js';
import { loadNationalities, partsAt } from './nationality.js';
import { loadRegressors, type Regressor } from './regressors.js';

describeMirror('forecast upstream (mirror)', () => {
  let store: Store;
  beforeAll(async () => {
    ({ store } = await storeFromMirror());
  });
  afterAll(() => store?.close());

  it('the nationalities and REST add up to the total where the named ones do not exceed it', async () => {
    const nat = await loadNationalities(store.conn);
    expect(nat.named.map((p) => p.keys.citizenship)).toEqual(['MEX', 'GTM', 'HND', 'SLV', 'VEN', 'CUB', 'HTI', 'NIC']);
    const end = monthIndex(nat.total.start) + nat.total.values.length - 1;
    const parts = partsAt(nat, end);
    expect(parts.map((p) => p.keys.citizenship)).toEqual(['MEX', 'GTM', 'HND', 'SLV', 'VEN', 'CUB', 'HTI', 'NIC', 'REST']);
    // Nicaraguans are named from October 2019 only: at an origin in 2018 they are inside REST.
    expect(partsAt(nat, monthIndex('2018-06')).map((p) => p.keys.citizenship)).not.toContain('NIC');
    let checked = 0;
    for (let m = monthIndex(parts.at(-1)!.start); m <= end; m++) {
      const at = (s: MonthlySeries) => s.values[m - monthIndex(s.start)];
      if (at(parts.at(-1)!) === 0) continue;
      expect(parts.reduce((s, p) => s + at(p), 0)).toBeCloseTo(at(nat.total), 6);
      checked++;
    }
    expect(checked).toBeGreaterThan(24);
  });

  it("the daily totals of INM's copy add up to the query engine's month", async () => {
    const daily = await dailyTotals(store.conn);
    const month = await querySeries(store.conn, { measure: 'inm-us-encounters', where: { geography: ['US-SWB'] }, grain: 'month', from: '2025-03-01', to: '2025-03-01' });
    const sum = [...daily].filter(([d]) => d.startsWith('2025-03')).reduce((s, [, v]) => s + v, 0);
    expect(month.rows[0].complete).toBe(true);
    expect(sum).toBe(month.rows[0].value);
  });

  it('leading model on the real total: regressor months after an origin change nothing at it', async () => {
    const [total] = await extractSeries(store.conn, { measure: 'encounters', where: ['geography=US-SWB'] });
    const regressors = await loadRegressors(store.conn);
    const cut = '2023-03';
    const alter = (r: Regressor): Regressor => {
      const k = monthIndex(cut) - monthIndex(r.series.start);
      return { ...r, series: { ...r.series, values: r.series.values.map((v, t) => (t <= k ? v : v * 3)) } };
    };
    const run = (regs: Regressor[]) => runBacktest(total, registerModels([leadingModel({ terms: leadingTerms(regs) })]), { firstOrigin: '2022-10', lastOrigin: '2023-08' });
    const a = run(regressors);
    const b = run(regressors.map(alter));
    const at = (bt: typeof a, o: string) => bt.forecasts.get('leading')!.find((f) => f.origin === o);
    for (let o = '2022-10'; monthIndex(o) <= monthIndex(cut); o = addMonths(o, 1)) expect(at(b, o), o).toEqual(at(a, o));
    // UPM's March is published by the May origin (lag 2): from then on the forecasts move.
    expect(at(b, '2023-04')).toEqual(at(a, '2023-04'));
    expect(at(b, '2023-05')!.mean).not.toEqual(at(a, '2023-05')!.mean);
    expect(a.failures).toEqual([]);
  });
});
