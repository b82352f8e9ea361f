/**
 * `corridor forecast --nowcast` on the real data mirror: CBP's southwest border file names
 * citizenships and components through August 2025, INM's daily copy runs to May 2026, so a
 * forecast of Guatemalans (or Mexicans, whose 3 December 2025 INM left blank) can start nine months later; the back-test behind it stays on the
 * published months; series INM does not break down, or that run past it, are left as they are
 * and the card says why.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { storeFromMirror } from '../../../../test/e2e/store-from-mirror.js';
import { describeMirror } from '../../../../test/mirror.js';
import type { Store } from '../../../store/open.js';
import { forecastRequest } from '../run.js';
import { extractSeries } from '../series.js';
import { dailyFor } from './daily.js';
import { nowcastFill } from './nowcast-fill.js';

describeMirror('forecast with the nowcast (mirror)', () => {
  let store: Store;
  beforeAll(async () => {
    ({ store } = await storeFromMirror());
  });
  afterAll(() => store?.close());

  it("fills Guatemalans' unpublished months from INM's days and forecasts from after them, on the published back-test", async () => {
    const where = ['geography=US-SWB', 'citizenship=GTM'];
    const [plain] = await forecastRequest(store.conn, { measure: 'encounters', where, horizon: 3 });
    const [now] = await forecastRequest(store.conn, { measure: 'encounters', where, horizon: 3, nowcast: true });
    expect(plain.card.nowcast).toBeUndefined();
    expect(plain.months[0].period).toBe('2025-09');
    const fill = now.card.nowcast!;
    expect(fill.published).toBe('2025-08');
    expect(fill.months.map((m) => m.month)).toEqual(['2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05']);
    expect(now.months.map((m) => m.period)).toEqual(['2026-06', '2026-07', '2026-08']);
    expect(now.card.training.sources.at(-1)).toEqual({ source: 'nowcast', from: '2025-09', to: '2026-05' });
    // A whole month is INM's month scaled by the ratio; May 2026 rests on its first 26 days.
    const days = await dailyFor(store.conn, 'encounters', { geography: 'US-SWB', citizenship: 'GTM' });
    if (!('days' in days)) throw new Error('GTM should be covered');
    const oct = [...days.days].filter(([d]) => d.startsWith('2025-10')).reduce((s, [, v]) => s + v, 0);
    const filledOct = fill.months.find((m) => m.month === '2025-10')!;
    expect(filledOct.days).toBe(31);
    expect(filledOct.value).toBeCloseTo(oct * filledOct.ratio, 6);
    expect(fill.months.at(-1)).toMatchObject({ month: '2026-05', days: 26 });
    expect(fill.months.at(-1)!.share).toBeLessThan(1);
    // The error of such nowcasts, measured on this series where CBP and INM both published.
    expect(fill.errors.map((e) => e.days)).toEqual([26, 28, 30, 31]);
    for (const e of fill.errors) expect(e.months).toBeGreaterThanOrEqual(6);
    // Same back-test (published months only) behind both forecasts.
    expect(now.card.backtest?.runId).toBe(plain.card.backtest?.runId);
    expect(now.card.backtest?.origins).toBe(plain.card.backtest?.origins);
    // The nowcasts' own error: each filled month's interval holds it, and the forecast's bands carry May's (26 days).
    expect(fill.carried).toMatchObject({ days: 26 });
    expect(fill.carried!.months).toBeGreaterThanOrEqual(6);
    for (const m of fill.months) {
      const [i80, i95] = m.intervals!;
      expect(i95.lower).toBeLessThan(i80.lower);
      expect(i80.lower).toBeLessThan(m.value);
      expect(i80.upper).toBeGreaterThan(m.value);
      expect(i95.upper).toBeGreaterThan(i80.upper);
    }
    expect(fill.said.en).toContain('the intervals add the error nowcasts from 26 days had on this series (the published month against the nowcast, 80%: −');
    expect(fill.said.es).toContain('los intervalos suman el error que tuvieron en esta serie las estimaciones con 26 días');
    expect(fill.said.en).toContain('9 months not yet published here, September 2025 to May 2026');
    expect(fill.said.es).toContain('9 meses aún no publicados aquí, de septiembre de 2025 a mayo de 2026');
    // Months and days in words in both languages (were 2025-09 to 2026-05, "mes(es)", through 2026-05-26).
    expect(fill.said.es).not.toMatch(/\d{4}-\d{2}|mes\(es\)/);
    expect(fill.said.es).toMatch(/\(hasta el \d{1,2} de mayo de 2026\)/);
  });

  it('fills a month INM left a day of blank from its other days, and says so (Mexicans, 3 December 2025)', async () => {
    const [mex] = await extractSeries(store.conn, { measure: 'encounters', where: ['geography=US-SWB', 'citizenship=MEX'] });
    const { series, fill } = await nowcastFill(store.conn, mex);
    expect(fill.months.map((m) => m.month)).toEqual(['2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05']);
    const dec = fill.months.find((m) => m.month === '2025-12')!;
    expect(dec).toMatchObject({ days: 31, blank: ['2025-12-03'] });
    expect(dec.share).toBeGreaterThan(0.93);
    expect(dec.share).toBeLessThan(1);
    expect(fill.months.filter((m) => m.month !== '2025-12' && m.month !== '2026-05').every((m) => m.blank.length === 0 && m.share === 1)).toBe(true);
    expect(fill.stopped).toBeUndefined();
    expect(fill.said.en).toContain('December 2025 from 30 of its first 31 days (INM left 3 December 2025 blank)');
    expect(fill.said.es).toContain('diciembre de 2025 con 30 de sus primeros 31 días (el INM dejó en blanco 3 de diciembre de 2025)');
    expect(series.values.length).toBe(mex.values.length + 9);
    expect(series.sources.slice(-9).every((s) => s === 'nowcast')).toBe(true);
  });

  it("fills a Border Patrol sector's or OFO field office's unpublished months from INM's days at that place (CBP's tables by sector end in May 2025)", async () => {
    const [rgv] = await extractSeries(store.conn, { measure: 'encounters', where: ['geography=USBP-RGV'] });
    expect(rgv.start.localeCompare('2014-01')).toBeLessThanOrEqual(0);
    const { series, fill } = await nowcastFill(store.conn, rgv);
    expect(fill.published).toBe('2025-05');
    expect(fill.months.map((m) => m.month)).toEqual(['2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05']);
    expect(series.values.length).toBe(rgv.values.length + 12);
    // A whole month is INM's days at RGV, summed, scaled by the ratio (Rio Grande Valley's alone, not the border's).
    const days = await dailyFor(store.conn, 'encounters', { geography: 'USBP-RGV' });
    const border = await dailyFor(store.conn, 'encounters', { geography: 'US-SWB' });
    if (!('days' in days) || !('days' in border)) throw new Error('INM names RGV and the border');
    const sumOf = (d: Map<string, number>, month: string) => [...d].filter(([k]) => k.startsWith(month)).reduce((a, [, v]) => a + v, 0);
    const oct = fill.months.find((m) => m.month === '2025-10')!;
    expect(oct.value).toBeCloseTo(sumOf(days.days, '2025-10') * oct.ratio, 6);
    expect(sumOf(days.days, '2025-10')).toBeLessThan(sumOf(border.days, '2025-10') / 3);
    // As the dashboard's sector view asks (component=USBP with the sector): the same days.
    const withComponent = await dailyFor(store.conn, 'encounters', { geography: 'USBP-RGV', component: 'USBP' });
    expect('days' in withComponent && withComponent.days).toEqual(days.days);
    expect(oct.ratio).toBeGreaterThan(0.8);
    expect(oct.ratio).toBeLessThan(1.25);
    expect(fill.carried).toMatchObject({ days: 26, months: 5 });
    const [sdo] = await extractSeries(store.conn, { measure: 'encounters', where: ['geography=OFO-SDO'] });
    expect((await nowcastFill(store.conn, sdo)).fill.months.at(-1)?.month).toBe('2026-05');
    // A place INM does not name, or a component the place does not have: said, not filled.
    const blaine = await dailyFor(store.conn, 'encounters', { geography: 'USBP-BLW', component: 'USBP' });
    expect(blaine).toMatchObject({ unsupported: { en: expect.stringContaining('one of its Border Patrol sectors or OFO field offices') } });
    const mismatch = await dailyFor(store.conn, 'encounters', { geography: 'USBP-RGV', component: 'OFO' });
    expect(mismatch).toEqual({ unsupported: { en: "INM's daily copy counts only USBP at USBP-RGV, not OFO", es: 'la copia diaria del INM solo cuenta USBP en USBP-RGV, no OFO' } });
  });

  it('fills nothing, and says why, where INM has no breakdown or the series runs past it', async () => {
    const [adults] = await extractSeries(store.conn, { measure: 'encounters', where: ['geography=US-SWB', 'demographic=SA'] });
    const a = await nowcastFill(store.conn, adults);
    expect(a.series).toBe(adults);
    expect(a.fill.said.en).toBe("Nowcast: no month filled (INM's daily copy has no breakdown by demographic).");
    const [total] = await extractSeries(store.conn, { measure: 'encounters', where: ['geography=US-SWB'] });
    const t = await nowcastFill(store.conn, total);
    expect(t.fill.months).toEqual([]);
    expect(t.fill.why?.en).toMatch(/^the series is published through 2026-07, INM's daily copy runs only to 2026-05-\d\d$/);
    await expect(forecastRequest(store.conn, { measure: 'encounters', where: ['geography=US-SWB'], asOf: '2025-01', nowcast: true })).rejects.toThrow(/asOf/);
  });

  it("'auto' (the faces' default) fills where it can, and says nothing where nothing was filled or with asOf", async () => {
    const gtm = ['geography=US-SWB', 'citizenship=GTM'];
    const [auto] = await forecastRequest(store.conn, { measure: 'encounters', where: gtm, horizon: 3, nowcast: 'auto' });
    const [now] = await forecastRequest(store.conn, { measure: 'encounters', where: gtm, horizon: 3, nowcast: true });
    expect(auto.months).toEqual(now.months);
    expect(auto.card.nowcast?.months.map((m) => m.month)).toEqual(now.card.nowcast!.months.map((m) => m.month));
    for (const where of [['geography=US-SWB', 'demographic=SA'], ['geography=US-SWB']]) {
      const [a] = await forecastRequest(store.conn, { measure: 'encounters', where, horizon: 3, nowcast: 'auto' });
      const [plain] = await forecastRequest(store.conn, { measure: 'encounters', where, horizon: 3 });
      expect(a.card.nowcast).toBeUndefined();
      expect(a.months).toEqual(plain.months);
    }
    const [asOf] = await forecastRequest(store.conn, { measure: 'encounters', where: gtm, horizon: 3, asOf: '2025-06', nowcast: 'auto' });
    expect(asOf.months[0].period).toBe('2025-07');
    expect(asOf.card.nowcast).toBeUndefined();
  });
});
