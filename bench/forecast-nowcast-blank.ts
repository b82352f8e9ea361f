/**
 * bench/forecast-nowcast-blank: the error of nowcasts made on days 7, 14, 21 and 28 of a month and
 * from the whole month, series by series; and how much a day INM left blank costs a nowcast (upstream/nowcast.ts
 * rests such a month on its other days, scaled by the share the same days held in the complete
 * months before). On every month both CBP and INM's daily copy published, for each series INM's
 * copy has, each day of the month is blanked in turn and the whole month nowcast from the others;
 * the error against CBP's month is set beside the nowcast from every day. Last, how the error of
 * a whole month's nowcast grows with the months since the last one published (a filled run keeps
 * the ratio of the months before it: upstream/nowcast-bands.ts rests on this table).
 *
 *   CORRIDOR_DB=... npx tsx bench/forecast-nowcast-blank.ts
 */
import { cpus, totalmem } from 'node:os';
import { monthIndex } from '../src/analysis/forecast/months.js';
import { extractSeries } from '../src/analysis/forecast/series.js';
import { dailyFor } from '../src/analysis/forecast/upstream/daily.js';
import { addMonths } from '../src/analysis/forecast/months.js';
import { daysIn, fillLatest, nowcastErrors, nowcastMonth } from '../src/analysis/forecast/upstream/nowcast.js';
import { openStore } from '../src/store/open.js';
import { PEER_SERIES } from './forecast-peers-sets.js';

if (!process.env.CORRIDOR_DB) {
  console.error('set CORRIDOR_DB to a loaded store');
  process.exit(2);
}
const store = await openStore(process.env.CORRIDOR_DB, { readOnly: true });
console.log(`machine: ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`);
const rows: Record<string, string | number>[] = [];
const byDay: Record<string, string | number>[] = [];
const DAYS = [7, 14, 21, 28, 31];
const AHEAD = [1, 2, 3, 4, 6, 8];
const stale: Record<string, string | number>[] = [];
// The peer series, then each Border Patrol sector and OFO field office of the southwest border INM's copy names.
const PLACES = ['USBP-SDC', 'USBP-ELC', 'USBP-YUM', 'USBP-TCA', 'USBP-EPT', 'USBP-BBT', 'USBP-DRT', 'USBP-LRT', 'USBP-RGV', 'OFO-SDO', 'OFO-TUC', 'OFO-ELP', 'OFO-LRD'];
for (const p of [...PEER_SERIES, ...PLACES.map((g) => ({ label: g, where: [`geography=${g}`] }))]) {
  const [x] = await extractSeries(store.conn, { measure: 'encounters', where: p.where } as Parameters<typeof extractSeries>[1]);
  const found = await dailyFor(store.conn, 'encounters', x.keys as Record<string, string>);
  if ('unsupported' in found) continue;
  const months = [...new Set([...found.days.keys()].map((d) => d.slice(0, 7)))].sort();
  const errors = nowcastErrors(found.days, x, DAYS);
  byDay.push({ series: p.label, months: errors[0].months, ...Object.fromEntries(errors.map((e) => [`day ${e.days}: mean / largest / bias`, `${(100 * e.mape).toFixed(1)}% / ${(100 * e.maxApe).toFixed(1)}% / ${(100 * e.bias).toFixed(1)}%`])) });
  const whole: number[] = [];
  const blanked: number[] = [];
  for (const month of months) {
    const actual = x.values[monthIndex(month) - monthIndex(x.start)];
    if (!(actual > 0)) continue;
    const full = nowcastMonth(month, daysIn(month), found.days, x);
    if (!full || full.blank.length) continue;
    whole.push(Math.abs(full.value / actual - 1));
    for (let d = 1; d <= daysIn(month); d++) {
      const days = new Map(found.days);
      days.delete(`${month}-${String(d).padStart(2, '0')}`);
      const nc = nowcastMonth(month, daysIn(month), days, x)!;
      blanked.push(Math.abs(nc.value / actual - 1));
    }
  }
  // Whole months nowcast K months after the last one published, as fillLatest fills a run (the months between filled too).
  const staleRow: Record<string, string | number> = { series: p.label };
  for (const k of AHEAD) {
    const errs: number[] = [];
    for (const month of months) {
      const actual = x.values[monthIndex(month) - monthIndex(x.start)];
      const n = monthIndex(addMonths(month, -k)) - monthIndex(x.start) + 1;
      if (!(actual > 0) || n < 12) continue;
      const cut = { ...x, values: x.values.slice(0, n), sources: x.sources.slice(0, n), droppedAtEnd: [] };
      const nc = fillLatest(cut, new Map([...found.days].filter(([d]) => d.slice(0, 7) <= month))).nowcasts.find((c) => c.month === month);
      if (nc) errs.push(Math.abs(nc.value / actual - 1));
    }
    staleRow[`${k} mo: mean / largest (n)`] = errs.length ? `${((100 * errs.reduce((a, b) => a + b, 0)) / errs.length).toFixed(1)}% / ${(100 * Math.max(...errs)).toFixed(1)}% (${errs.length})` : '-';
  }
  stale.push(staleRow);
  if (!whole.length) continue;
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
  const pct = (v: number) => `${(100 * v).toFixed(1)}%`;
  rows.push({
    series: p.label,
    months: whole.length,
    'every day: mean / largest': `${pct(mean(whole))} / ${pct(Math.max(...whole))}`,
    'one day blank: mean / largest': `${pct(mean(blanked))} / ${pct(Math.max(...blanked))}`,
    cases: blanked.length,
  });
}
store.close();
console.log("Nowcast error against CBP's published month, by the day it is made (days 28 and 31: the whole of February, or of a 28-day part of a longer month)");
console.table(byDay);
console.log("Nowcast of a whole month against CBP's published figure: from every day, and with each day blank in turn");
console.table(rows);
console.log("Whole months nowcast K months after the last one published (the ratio kept from the months before the run)");
console.table(stale);
