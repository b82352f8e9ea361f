/**
 * What the benches comparing corridor with R's forecast package share (forecast-combination-rules,
 * forecast-pooled, forecast-policy-breaks, forecast-leading-candidates, forecast-calibration-rules): the peer series from a store, their origins by set, R's cached point
 * forecasts (written by forecast-peers.ts, the same cache key) and the MASE of point forecasts
 * on a set's origins.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { maseScale } from '../src/analysis/forecast/metrics.js';
import { addMonths, monthIndex } from '../src/analysis/forecast/months.js';
import { extractSeries, type MonthlySeries } from '../src/analysis/forecast/series.js';
import { openStore } from '../src/store/open.js';
import { ORIGIN_SETS, originsOf, PEER_SERIES } from './forecast-peers-sets.js';

export const R_METHODS = ['snaive', 'ets', 'auto.arima', 'auto.arima.log', 'thetaf'];

export interface PeerData {
  series: { label: string; s: MonthlySeries }[];
  /** per series: set id -> origins */
  originSets: Record<string, string[]>[];
  /** per series: every origin of any set, sorted */
  allOrigins: string[][];
  /** the series as the cache key hashes them */
  seriesCsv: string;
  /** R's point forecasts by `series id|method|origin`, horizons 1-12 */
  rMean: Map<string, number[]>;
}

/**
 * The peer series of the store named by CORRIDOR_DB and R's cached forecasts of them (exits when
 * either is missing; with `needR: false` R's forecasts are left empty when not cached).
 */
export async function loadPeerData(opts: { needR?: boolean } = {}): Promise<PeerData> {
  if (!process.env.CORRIDOR_DB) {
    console.error('set CORRIDOR_DB to a loaded store');
    process.exit(2);
  }
  const s = await openStore(process.env.CORRIDOR_DB, { readOnly: true });
  const series: PeerData['series'] = [];
  for (const p of PEER_SERIES) {
    const [found] = await extractSeries(s.conn, { measure: 'encounters', where: p.where } as Parameters<typeof extractSeries>[1]);
    series.push({ label: p.label, s: found });
  }
  s.close();
  const originSets = series.map(({ s: x }) => Object.fromEntries(ORIGIN_SETS.map((set) => [set.id, originsOf(x, set)])));
  const allOrigins = series.map((_, i) => [...new Set(Object.values(originSets[i]).flat())].sort());
  const seriesCsv = ['series,period,value', ...series.flatMap(({ s: x }) => x.values.map((v, i) => `"${x.id}",${addMonths(x.start, i)},${v}`))].join('\n');
  const originsCsv = ['series,origin', ...series.flatMap(({ s: x }, i) => allOrigins[i].map((o) => `"${x.id}",${o}`))].join('\n');
  const key = createHash('sha256').update(seriesCsv).update(originsCsv).update(R_METHODS.join()).digest('hex').slice(0, 12);
  const rOut = join('.cache', 'bench', `forecast-peers-r-${key}.csv`);
  let text: string;
  try {
    text = readFileSync(rOut, 'utf8');
  } catch {
    if (opts.needR === false) return { series, originSets, allOrigins, seriesCsv, rMean: new Map() };
    console.error(`R's results for these series and origins are not cached (${rOut}): run bench/forecast-peers.ts first`);
    process.exit(2);
  }
  const rMean = new Map<string, number[]>();
  for (const line of text.trim().split('\n').slice(1)) {
    const [id, method, origin, h, mean] = line.split(',').map((x) => x.replace(/^"|"$/g, ''));
    const k = `${id}|${method}|${origin}`;
    const list = rMean.get(k) ?? [];
    list[Number(h) - 1] = Number(mean);
    rMean.set(k, list);
  }
  return { series, originSets, allOrigins, seriesCsv, rMean };
}

/** The origins of a set R has every method at. */
export function scoredOrigins(data: PeerData, i: number, setId: string): string[] {
  const id = data.series[i].s.id;
  return data.originSets[i][setId].filter((o) => R_METHODS.every((m) => data.rMean.has(`${id}|${m}|${o}`)));
}

/** MASE over horizons 1-12 of the point forecasts `get` gives at the origins (skipped where it gives none). */
export function maseAt(x: MonthlySeries, origins: string[], get: (origin: string) => number[] | undefined): number {
  const y = x.values;
  const start = monthIndex(x.start);
  let sum = 0;
  let n = 0;
  for (const origin of origins) {
    const o = monthIndex(origin) - start;
    const scale = maseScale(y.slice(0, o + 1), 12);
    const m = get(origin);
    if (!m) continue;
    for (let h = 1; h <= 12 && o + h < y.length; h++) {
      sum += Math.abs(y[o + h] - m[h - 1]) / scale;
      n++;
    }
  }
  return sum / n;
}

/** The lowest MASE of R's methods on the origins (R's best, chosen after the fact). */
export function rBestMase(data: PeerData, x: MonthlySeries, origins: string[]): number {
  return Math.min(...R_METHODS.map((m) => maseAt(x, origins, (o) => data.rMean.get(`${x.id}|${m}|${o}`))));
}
