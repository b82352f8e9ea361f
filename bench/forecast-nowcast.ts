/**
 * bench/forecast-nowcast: what `corridor forecast --nowcast` gains over R's forecast package by
 * reading INM's daily copy of CBP's encounters (issue 13: "nowcasting the current and last month
 * from partial data"). A forecast is made on day D of a month M. CBP has then published the months
 * up to lastPublished(M, D) (the origin o: M − 1 from the 15th, M − 2 before it); INM's days up to
 * D of M are known. Every method forecasts the months o + 1 to o + 12:
 * - R (snaive, ets, auto.arima, auto.arima on logs, thetaf) and corridor's default, from the
 *   published months (corridor as `corridor forecast` would then: the standard back-test of the
 *   months up to o, then the forecast);
 * - corridor with the nowcast: the unpublished months filled from INM's days up to D (fillLatest:
 *   the month M from its first D days, and M − 1 whole when D < 15), then forecast from the filled
 *   series with the same back-test's evidence, as `corridor forecast --nowcast` does; the filled
 *   months count as its forecasts of those months. Its bands carry the nowcasts' own error as the
 *   command's do (nowcastUncertainty: measured on the months published by day D, from INM's days
 *   up to D), and the filled months have their intervals; the bands without that error are
 *   scored beside them.
 * Nothing after day D of M is read (the daily map and the monthly series are cut there).
 * MASE scales every error by the in-sample seasonal naive of the months up to o, for every method.
 * Series: the peer series INM's copy has (all CBP, Border Patrol, OFO, Mexicans, Guatemalans,
 * Hondurans, Salvadorans at the southwest border); forecast days: every month M whose day D INM
 * has, with a published month after o.
 *
 *   CORRIDOR_DB=... npx tsx bench/forecast-nowcast.ts [--days 7,21]
 *
 * R's forecasts are cached in .cache/bench/ by a hash of the series and origins (needs Debian's
 * r-cran-forecast; never in CI).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { backtestEvidence, forecastSeries } from '../src/analysis/forecast/forecast.js';
import { maseScale } from '../src/analysis/forecast/metrics.js';
import { addMonths, monthIndex } from '../src/analysis/forecast/months.js';
import { loadModels } from '../src/analysis/forecast/registry.js';
import { STANDARD } from '../src/analysis/forecast/run.js';
import { extractSeries, type MonthlySeries } from '../src/analysis/forecast/series.js';
import { dailyFor } from '../src/analysis/forecast/upstream/daily.js';
import { fillLatest, lastPublished } from '../src/analysis/forecast/upstream/nowcast.js';
import { nowcastUncertainty } from '../src/analysis/forecast/upstream/nowcast-bands.js';
import { openStore } from '../src/store/open.js';
import { R_METHODS } from './forecast-peers-data.js';
import { PEER_SERIES } from './forecast-peers-sets.js';

const dayArg = process.argv.indexOf('--days');
const DAYS = (dayArg > 0 ? process.argv[dayArg + 1] : '7,21').split(',').map(Number);
const NOWCAST_SERIES = ['Border Patrol SW', 'All CBP SW', 'OFO SW', 'SW Mexico', 'SW Guatemala', 'SW Honduras', 'SW El Salvador'];
if (!process.env.CORRIDOR_DB) {
  console.error('set CORRIDOR_DB to a loaded store');
  process.exit(2);
}
const store = await openStore(process.env.CORRIDOR_DB, { readOnly: true });
console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, load ${loadavg()[0].toFixed(1)}; forecast days ${DAYS.join(', ')}`);

interface Case { label: string; x: MonthlySeries; days: Map<string, number>; at: { month: string; day: number; origin: string }[] }
const cases: Case[] = [];
for (const p of PEER_SERIES.filter((q) => NOWCAST_SERIES.includes(q.label))) {
  const [x] = await extractSeries(store.conn, { measure: 'encounters', where: p.where } as Parameters<typeof extractSeries>[1]);
  const found = await dailyFor(store.conn, 'encounters', x.keys as Record<string, string>);
  if ('unsupported' in found) throw new Error(`${p.label}: ${found.unsupported.en}`);
  const months = [...new Set([...found.days.keys()].map((d) => d.slice(0, 7)))].sort();
  const last = addMonths(x.start, x.values.length - 1);
  const at: Case['at'] = [];
  for (const month of months) {
    for (const day of DAYS) {
      const origin = lastPublished(month, day);
      if (!found.days.has(`${month}-${String(day).padStart(2, '0')}`) || monthIndex(origin) >= monthIndex(last)) continue;
      at.push({ month, day, origin });
    }
  }
  cases.push({ label: p.label, x, days: found.days, at });
}
store.close();

// R at every origin, cached
const origins = cases.map((c) => [...new Set(c.at.map((a) => a.origin))].sort());
const seriesCsv = ['series,period,value', ...cases.flatMap(({ x }) => x.values.map((v, i) => `"${x.id}",${addMonths(x.start, i)},${v}`))].join('\n');
const originsCsv = ['series,origin', ...cases.flatMap(({ x }, i) => origins[i].map((o) => `"${x.id}",${o}`))].join('\n');
const key = createHash('sha256').update(seriesCsv).update(originsCsv).update(R_METHODS.join()).digest('hex').slice(0, 12);
mkdirSync(join('.cache', 'bench'), { recursive: true });
const rOut = join('.cache', 'bench', `forecast-nowcast-r-${key}.csv`);
if (!existsSync(rOut)) {
  const dir = mkdtempSync(join(tmpdir(), 'corridor-nowcast-'));
  writeFileSync(join(dir, 'series.csv'), seriesCsv);
  writeFileSync(join(dir, 'origins.csv'), originsCsv);
  console.log(`running R: ${origins.flat().length} (series, origin) pairs x ${R_METHODS.length} methods`);
  const t = performance.now();
  const r = spawnSync('Rscript', ['bench/r/forecast-peers.R', join(dir, 'series.csv'), join(dir, 'origins.csv'), rOut, String(cpus().length)], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0 || !existsSync(rOut)) {
    console.error('R failed or is not installed (apt-get install -y r-cran-forecast)');
    process.exit(1);
  }
  console.log(`R: ${((performance.now() - t) / 1000).toFixed(0)} s wall`);
}
/** R's point forecasts and 80% intervals by `series|method|origin`, horizons 1-12. */
const rMean = new Map<string, { mean: number; lower: number; upper: number }[]>();
for (const line of readFileSync(rOut, 'utf8').trim().split('\n').slice(1)) {
  const [id, method, origin, h, mean, lo80, hi80] = line.split(',').map((v) => v.replace(/^"|"$/g, ''));
  const k = `${id}|${method}|${origin}`;
  const list = rMean.get(k) ?? [];
  list[Number(h) - 1] = { mean: Number(mean), lower: Number(lo80), upper: Number(hi80) };
  rMean.set(k, list);
}

const registered = await loadModels();
const cut = (x: MonthlySeries, origin: string): MonthlySeries => {
  const n = monthIndex(origin) - monthIndex(x.start) + 1;
  return { ...x, values: x.values.slice(0, n), sources: x.sources.slice(0, n), droppedAtEnd: [] };
};
type Acc = { sum: number; n: number; byH: number[]; nByH: number[]; c80: number; n80: number; c95: number; n95: number };
const acc = () => ({ sum: 0, n: 0, byH: Array(12).fill(0), nByH: Array(12).fill(0), c80: 0, n80: 0, c95: 0, n95: 0 }) as Acc;
type Bounds = { lower: number; upper: number };
const rows: Record<string, string | number>[] = [];
const pooledCoverage: string[] = [];
const t0 = performance.now();
for (const day of DAYS) {
  const pooled: Record<string, Acc> = {};
  for (const c of cases) {
    const ats = c.at.filter((a) => a.day === day);
    if (ats.length === 0) continue;
    const score: Record<string, Acc> = { 'corridor, nowcast': acc(), 'nowcast, bands without its error': acc(), corridor: acc(), ...Object.fromEntries(R_METHODS.map((m) => [m, acc()])) };
    let filledMonths = 0;
    for (const a of ats) {
      const xo = cut(c.x, a.origin);
      const o = xo.values.length - 1;
      const scale = maseScale(xo.values, 12);
      const today = `${a.month}-${String(a.day).padStart(2, '0')}`;
      const days = new Map([...c.days].filter(([d]) => d <= today));
      const { evidence } = backtestEvidence(xo, registered, { firstOrigin: STANDARD.firstOrigin });
      const plain = forecastSeries(xo, registered, evidence, { horizon: 12 }).months;
      const { series: filled, nowcasts } = fillLatest(xo, days);
      filledMonths += nowcasts.length;
      const { months: filledMonthsWithIntervals, carried } = nowcastUncertainty(nowcasts, days, xo, filled, STANDARD.levels);
      const level = (ivs: { level: number; lower: number; upper: number }[] | undefined, l: number) => ivs?.find((iv) => iv.level === l);
      const path = (added: boolean) => [
        ...filledMonthsWithIntervals.map((n) => ({ mean: n.value, b80: added ? level(n.intervals, 80) : undefined, b95: added ? level(n.intervals, 95) : undefined })),
        ...forecastSeries(filled, registered, evidence, { horizon: 12 - nowcasts.length, added: added ? carried?.quantiles : undefined }).months.map((m) => ({ mean: m.mean, b80: level(m.intervals, 80), b95: level(m.intervals, 95) })),
      ];
      const withNowcast = path(true);
      const withoutItsError = path(false);
      const add = (s: Acc, h: number, y: number, mean: number, b80?: Bounds, b95?: Bounds) => {
        const e = Math.abs(y - mean) / scale;
        s.sum += e;
        s.n++;
        s.byH[h - 1] += e;
        s.nByH[h - 1]++;
        if (b80) {
          s.n80++;
          if (y >= b80.lower && y <= b80.upper) s.c80++;
        }
        if (b95) {
          s.n95++;
          if (y >= b95.lower && y <= b95.upper) s.c95++;
        }
      };
      for (let h = 1; h <= 12 && o + h < c.x.values.length; h++) {
        const y = c.x.values[o + h];
        add(score['corridor, nowcast'], h, y, withNowcast[h - 1].mean, withNowcast[h - 1].b80, withNowcast[h - 1].b95);
        add(score['nowcast, bands without its error'], h, y, withoutItsError[h - 1].mean, withoutItsError[h - 1].b80, withoutItsError[h - 1].b95);
        add(score.corridor, h, y, plain[h - 1].mean, level(plain[h - 1].intervals, 80), level(plain[h - 1].intervals, 95));
        for (const m of R_METHODS) {
          const f = rMean.get(`${c.x.id}|${m}|${a.origin}`);
          if (f) add(score[m], h, y, f[h - 1].mean, f[h - 1]);
        }
      }
    }
    const mase = (s: Acc) => s.sum / s.n;
    const best = R_METHODS.reduce((b, m) => (mase(score[m]) < mase(score[b]) ? m : b));
    rows.push({
      day,
      series: c.label,
      origins: `${ats.length} (${ats[0].origin}..${ats.at(-1)!.origin})`,
      'months filled': filledMonths,
      outcomes: score.corridor.n,
      "R's best": `${best} ${mase(score[best]).toFixed(3)}`,
      'corridor / R best': (mase(score.corridor) / mase(score[best])).toFixed(3),
      'with nowcast / R best': (mase(score['corridor, nowcast']) / mase(score[best])).toFixed(3),
      'h=1 (nowcast / R best)': (score['corridor, nowcast'].byH[0] / score[best].byH[0]).toFixed(3),
      "80% cover (plain / nowcast without its error / with it / R's best)": [score.corridor, score['nowcast, bands without its error'], score['corridor, nowcast'], score[best]].map((s) => `${((100 * s.c80) / Math.max(1, s.n80)).toFixed(0)}% of ${s.n80}`).join(' / '),
      '95% cover (plain / without / with)': [score.corridor, score['nowcast, bands without its error'], score['corridor, nowcast']].map((s) => `${((100 * s.c95) / Math.max(1, s.n95)).toFixed(0)}%`).join(' / '),
    });
    for (const [k, s] of Object.entries(score)) {
      const p = (pooled[k] ??= acc());
      for (const f of ['sum', 'n', 'c80', 'n80', 'c95', 'n95'] as const) p[f] += s[f];
    }
    console.error(`${c.label}, day ${day}: ${ats.length} forecast days, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  }
  const cover = (s: Acc) => `80% ${((100 * s.c80) / Math.max(1, s.n80)).toFixed(1)}% / 95% ${((100 * s.c95) / Math.max(1, s.n95)).toFixed(1)}%`;
  pooledCoverage.push(`day ${day}, coverage pooled over the series: plain ${cover(pooled.corridor)}; nowcast, bands without its error ${cover(pooled['nowcast, bands without its error'])}; with it ${cover(pooled['corridor, nowcast'])}`);
}
console.log(`corridor: ${((performance.now() - t0) / 1000).toFixed(0)} s wall (a standard back-test per series and origin)`);
console.log("MASE over horizons 1-12 scored where the month is published; R's best chosen after the fact per series and forecast day");
console.table(rows);
const gm = (day: number, col: string) => {
  const v = rows.filter((r) => r.day === day).map((r) => Math.log(Number(r[col])));
  return Math.exp(v.reduce((a, b) => a + b, 0) / v.length).toFixed(3);
};
for (const day of DAYS) console.log(`day ${day}: geometric mean over the series, corridor / R's best ${gm(day, 'corridor / R best')}, with the nowcast ${gm(day, 'with nowcast / R best')}`);
for (const line of pooledCoverage) console.log(line);
