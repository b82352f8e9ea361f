/**
 * bench/reception-forecast: back-test of the reception plan's weekly forecast on INM's weeks
 * (the store's newest inm-ianami vintage), the former method (mean of the last 8 weeks) side by
 * side with the current one (the same, unless a level shift is found in those weeks: then the
 * mean of the weeks since it; src/analysis/reception/forecast-weekly.ts), with two other simple
 * levels for reference (the last week; the median of the last 4 weeks).
 *
 * Every series the plan forecasts (6 states × adults, minors in families, unaccompanied
 * minors), every origin from week 16 (so every method has its data), horizons 1 to 12 weeks:
 * MAE (people a week, all series pooled: the large series weigh most) and MASE (each error over
 * the series' mean absolute week-to-week change before the origin, averaged: every series
 * weighs the same). Also the share of weeks inside each method's 80% interval (the former
 * measured one week ahead, the current one over 1 to 12 weeks ahead), and the same figures for
 * the weeks before 13 April 2026, the weeks from it (after the fall), and the forecasts made once
 * at least one week after the fall was known.
 *   npx tsx bench/reception-forecast.ts --db STORE [--window 8] [--from 16]
 */
import { receivedWeeks } from '../src/analysis/reception/arrivals.js';
import { forecastWeekly, weeklyLevel } from '../src/analysis/reception/forecast-weekly.js';
import { openStore, storePath } from '../src/store/open.js';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const WINDOW = Number(arg('window') ?? 8);
const FROM = Number(arg('from') ?? 16);
const H = 12;
const SPLIT = '2026-04-13';

const store = await openStore(storePath(arg('db')), { readOnly: true });
const r = await receivedWeeks(store.conn);
store.close();

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
type Method = { name: string; level: (xs: number[]) => number; interval?: (xs: number[]) => { low80: number; high80: number } };
const methods: Method[] = [
  { name: 'former: mean of last 8', level: (xs) => weeklyLevel(xs, WINDOW, { method: 'mean' }).level, interval: (xs) => forecastWeekly(xs, WINDOW, { method: 'mean', horizon: 1 }) },
  { name: 'current: shift-aware (2 weeks)', level: (xs) => weeklyLevel(xs, WINDOW, { method: 'shift' }).level, interval: (xs) => forecastWeekly(xs, WINDOW, { method: 'shift', horizon: H }) },
  { name: 'variant: shift-aware (3 weeks)', level: (xs) => weeklyLevel(xs, WINDOW, { method: 'shift', minShiftWeeks: 3 }).level },
  { name: 'reference: last week', level: (xs) => xs.at(-1)! },
  { name: 'reference: median of last 4', level: (xs) => median(xs.slice(-4)) },
];

const series = r.states.flatMap((s) => (['adults', 'accompaniedMinors', 'unaccompaniedMinors'] as const).map((k) => ({ id: `${s.state} ${k}`, xs: s[k] })));
interface Cell { ae: number; se: number; h: number; late: boolean; after: boolean; inside?: boolean }
const cells = new Map<string, Cell[]>(methods.map((m) => [m.name, []]));
for (const { xs } of series) {
  for (let o = FROM; o < xs.length; o++) {
    const past = xs.slice(0, o);
    let scale = 0;
    for (let t = 1; t < past.length; t++) scale += Math.abs(past[t] - past[t - 1]);
    scale /= past.length - 1;
    for (const m of methods) {
      const f = m.level(past);
      const iv = m.interval?.(past);
      for (let h = 1; h <= H && o + h - 1 < xs.length; h++) {
        const y = xs[o + h - 1];
        cells.get(m.name)!.push({ ae: Math.abs(y - f), se: scale > 0 ? Math.abs(y - f) / scale : NaN, h, late: r.weeks[o + h - 1] >= SPLIT, after: r.weeks[o - 1] >= SPLIT, ...(iv ? { inside: y >= iv.low80 - 1e-9 && y <= iv.high80 + 1e-9 } : {}) });
      }
    }
  }
}
const avg = (xs: number[]) => { const ok = xs.filter((x) => Number.isFinite(x)); return ok.reduce((a, b) => a + b, 0) / ok.length; };
const fmt = (x: number, d = 1) => x.toFixed(d).padStart(7);
console.log(`INM weekly arrivals ${r.weeks[0]} to ${r.weeks.at(-1)} (${r.weeks.length} weeks), ${series.length} series, origins from week ${FROM} (${r.weeks[FROM]}), horizons 1-${H}, window ${WINDOW}`);
for (const [label, keep] of [['all target weeks', () => true], [`target weeks before ${SPLIT}`, (c: Cell) => !c.late], [`target weeks from ${SPLIT}`, (c: Cell) => c.late], [`origins after a week from ${SPLIT} (the fall seen)`, (c: Cell) => c.after]] as const) {
  console.log(`\n${label}`);
  console.log(`${'method'.padEnd(34)}${'MAE'.padStart(7)}${'MASE'.padStart(7)}  MAE h=1   h=4   h=8  h=12  MASE h=1  h=4  h=8 h=12  in 80%`);
  for (const m of methods) {
    const cs = cells.get(m.name)!.filter(keep);
    const byH = (h: number) => cs.filter((c) => c.h === h);
    const inside = cs.filter((c) => c.inside !== undefined);
    console.log(
      `${m.name.padEnd(34)}${fmt(avg(cs.map((c) => c.ae)))}${fmt(avg(cs.map((c) => c.se)), 2)}  ` +
        [1, 4, 8, 12].map((h) => fmt(avg(byH(h).map((c) => c.ae)))).join('') + '  ' +
        [1, 4, 8, 12].map((h) => fmt(avg(byH(h).map((c) => c.se)), 2)).join('') +
        (inside.length ? fmt((100 * inside.filter((c) => c.inside).length) / inside.length, 0) + '%' : '      -'),
    );
  }
}
