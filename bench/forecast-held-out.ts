/**
 * The thirteen series never used to choose a forecasting rule (bench/forecast-momentum.ts,
 * bench/forecast-akaike-theta.ts): the nine southwest Border Patrol sectors, nationwide
 * encounters, Mexico's presentados and returns, US removals. A candidate is kept only if its
 * gain on the peer series holds on these.
 */
import { addMonths, monthIndex } from '../src/analysis/forecast/months.js';
import { extractSeries } from '../src/analysis/forecast/series.js';
import { openStore } from '../src/store/open.js';
import type { PeerData } from './forecast-peers-data.js';

export const HELD_OUT: { label: string; measure: string; where: string[] }[] = [
  ...['BBT', 'DRT', 'ELC', 'EPT', 'LRT', 'RGV', 'SDC', 'TCA', 'YUM'].map((s) => ({ label: `USBP ${s}`, measure: 'encounters', where: [`geography=USBP-${s}`] })),
  { label: 'encounters US', measure: 'encounters', where: ['geography=US'] },
  { label: 'MX presentados', measure: 'mx-presentados', where: ['geography=MX'] },
  { label: 'MX returns', measure: 'mx-returns', where: ['geography=MX'] },
  { label: 'removals US', measure: 'removals', where: ['geography=US'] },
];

type Series = PeerData['series'][number]['s'];

/**
 * The held-out series from the store at `db`, with each one's first origin (36 months of
 * history, not before 2008-01; every month is back-tested) and the PeerData the member
 * back-tests read.
 */
export async function heldOutData(db: string): Promise<{ held: PeerData['series']; firstOrigins: string[]; data: PeerData }> {
  const store = await openStore(db, { readOnly: true });
  const held: PeerData['series'] = [];
  for (const h of HELD_OUT) {
    const [x] = await extractSeries(store.conn, { measure: h.measure, where: h.where } as Parameters<typeof extractSeries>[1]);
    held.push({ label: h.label, s: x });
  }
  store.close();
  const firstOrigins = held.map(({ s: x }) => (addMonths(x.start, 35) > '2008-01' ? addMonths(x.start, 35) : '2008-01'));
  const data: PeerData = {
    series: held,
    originSets: held.map(() => ({})),
    allOrigins: firstOrigins.map((o) => [o]),
    seriesCsv: ['series,period,value', ...held.flatMap(({ s: x }) => x.values.map((v, i) => `"${x.id}",${addMonths(x.start, i)},${v}`))].join('\n'),
    rMean: new Map(),
  };
  return { held, firstOrigins, data };
}

/** A held-out series' origins: every month from its first to the one before its last (replayed), and every third (scored). */
export function heldOutOrigins(x: Series, firstOrigin: string): { all: string[]; scored: string[] } {
  const start = monthIndex(x.start);
  const all: string[] = [];
  for (let o = monthIndex(firstOrigin); o - start <= x.values.length - 2; o++) all.push(addMonths(x.start, o - start));
  return { all, scored: all.filter((_, j) => j % 3 === 0) };
}
