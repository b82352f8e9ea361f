/**
 * bench/export: the largest downloads the Sources page offers, through the API app in process (no
 * answer cache), each run several times; prints rows, size, p50 and max per download.
 *   CORRIDOR_DB=path/to/loaded.duckdb npx tsx bench/export.ts
 * 7 December 2026, 2 cores, p50 before -> after the nearest-name search left out of the groupings of a
 * filter's comma-separated parts (store/query/resolve-codes.ts): ICE arrests 2018 (23,981 rows, 5.8 MB)
 * 1,612 -> 406 ms; INM rescued 2025 (14,469 rows, 2.0 MB) 1,211 -> 252 ms; SW encounters by
 * citizenship (1,510 rows) 54 -> 53 ms.
 */
import { cpus, totalmem } from 'node:os';
import { createApp } from '../src/api/app.js';
import { openStore, storePath } from '../src/store/open.js';

const ICE_AORS = 'ICE-ATL,ICE-BAL,ICE-BOS,ICE-BUF,ICE-CHI,ICE-DAL,ICE-DEN,ICE-DET,ICE-ELP,ICE-HOU,ICE-HQS,ICE-LOS,ICE-MIA,ICE-NEW,ICE-NOL,ICE-NYC,ICE-PHI,ICE-PHO,ICE-SEA,ICE-SFR,ICE-SLC,ICE-SNA,ICE-SND,ICE-SPM,ICE-UNK,ICE-WAS';
const MX_STATES = Array.from({ length: 32 }, (_, i) => `MX-${String(i + 1).padStart(2, '0')}`).join(',');
const DOWNLOADS: [string, string][] = [
  ['ICE arrests 2018, by area, category, citizenship, sex', `measure=ice-arrests&where=geography%3D${ICE_AORS}&where=component%3DICE&by=category&by=citizenship&by=demographic&grain=month&from=2018&to=2018&dataset=ice-foia%2Farrests`],
  ['INM rescued 2025, by state, category, citizenship', `measure=inm-rescatados&where=geography%3D${MX_STATES}&by=category&by=citizenship&grain=month&from=2025&to=2025&dataset=inm-ianami%2Frescued`],
  ['SW encounters by citizenship, every month', 'measure=encounters&where=geography%3DUS-SWB&by=citizenship&grain=month'],
];
const RUNS = Number(process.env.RUNS ?? 3);

const store = await openStore(storePath(), { readOnly: true });
const app = createApp({ conn: store.conn, cache: false });
console.log(`machine: ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; ${RUNS} runs per download (CSV)`);
for (const [name, query] of DOWNLOADS) {
  const times: number[] = [];
  let size = 0;
  let rows = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const res = await app.request(`/api/export?${query}&lang=en&format=csv`);
    const text = await res.text();
    times.push(performance.now() - t0);
    size = text.length;
    rows = text.split('\n').length - 2;
  }
  times.sort((a, b) => a - b);
  console.log(`${name.padEnd(52)} rows ${String(rows).padStart(6)}  ${(size / 1e6).toFixed(1).padStart(5)} MB  p50 ${times[Math.floor(times.length / 2)].toFixed(0).padStart(6)} ms  max ${times.at(-1)!.toFixed(0).padStart(6)} ms`);
}
store.close();
