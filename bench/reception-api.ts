/**
 * bench/reception-api: GET /api/reception with a shipped scenario, in process (no network):
 * the first request calibrates the scenario; the next ones change only the levers or the
 * quantile, which should re-simulate and solve, not recalibrate. Prints wall and CPU time
 * (this process, user + system) per request and the load average.
 *   npx tsx bench/reception-api.ts --db STORE [--scenario seed-2021-04] [--weeks 12] [--runs 4]
 */
import { cpus, loadavg } from 'node:os';
import { createApp } from '../src/api/app.js';
import { openStore, storePath } from '../src/store/open.js';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const scenario = arg('scenario') ?? 'seed-2021-04';
const weeks = Number(arg('weeks') ?? 12);
const runs = Number(arg('runs') ?? 4);

const store = await openStore(storePath(arg('db')), { readOnly: true });
const app = createApp({ conn: store.conn, cache: false });
const load = loadavg()[0];

async function timed(query: string): Promise<{ wall: number; cpu: number }> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const r = await app.request(`/api/reception?weeks=${weeks}&scenario=${scenario}${query}`);
  if (r.status !== 200) throw new Error(`${query}: HTTP ${r.status} ${await r.text()}`);
  await r.json();
  const wall = performance.now() - t0;
  const used = process.cpuUsage(cpu0);
  return { wall, cpu: (used.user + used.system) / 1000 };
}
const show = (what: string, t: { wall: number; cpu: number }) => console.log(`${what.padEnd(44)} wall ${t.wall.toFixed(0).padStart(6)} ms  CPU ${t.cpu.toFixed(0).padStart(6)} ms`);

console.log(`GET /api/reception?scenario=${scenario}&weeks=${weeks}`);
show('first request (calibrates)', await timed(''));
for (let i = 0; i < runs; i++) {
  const query = i % 2 === 0 ? `&levers=${encodeURIComponent(`familyAcceptance=${1 + i}`)}` : `&quantile=${(0.6 + 0.1 * i).toFixed(1)}`;
  show(`next, other ${query.slice(1).split('=')[0]} (${decodeURIComponent(query.split('=').slice(1).join('='))})`, await timed(query));
}
console.log(`load average ${load.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after, on ${cpus().length} cores`);
store.close();
