/**
 * bench/api: autocannon against the API served on loopback, for a mix of typical
 * series queries, and prints requests per second and p50/p99 latency.
 *   npx tsx bench/api.ts [--db corridor.duckdb] [--duration 30] [--connections 10] [--no-cache] [--url http://127.0.0.1:8080]
 * Without --url it starts the server itself (a child process, read-only store, a free
 * port on 127.0.0.1) and stops it afterwards. --no-cache serves every request from
 * the store (no answer cache): the cost of a question asked for the first time.
 * Target (2-core machine): at least 500 requests/s, p99 under 30 ms, no errors over 30 s.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { processCpuMs, reportCpu } from './process-cpu.js';
import { parseArgs } from 'node:util';

export const TYPICAL_QUERIES = [
  '/api/series?measure=encounters&where=geography=US-SWB&grain=fy',
  '/api/series?measure=encounters&where=geography=US-SWB&by=component&from=2024-10',
  '/api/series?measure=encounters&where=geography=US-SWB&where=citizenship=Honduras,GTM&grain=fy&from=2023&to=2023',
  '/api/series?measure=encounters&where=geography=US-SWB',
  '/api/series?measure=encounters&where=geography=Rio%20Grande%20Valley&where=component=USBP&grain=fy',
  '/api/series?measure=encounters&where=geography=US-SWB&by=authority&grain=fy&from=FY2020',
  '/api/series?measure=encounters&where=geography=US-SWB&by=demographic&from=2023-10&lang=es',
  '/api/series?measure=encounters&where=geography=US&where=component=USBP&grain=fy',
];

const { values: args } = parseArgs({
  options: {
    db: { type: 'string', default: process.env.CORRIDOR_DB ?? 'corridor.duckdb' },
    duration: { type: 'string', default: '30' },
    connections: { type: 'string', default: '10' },
    url: { type: 'string' },
    'no-cache': { type: 'boolean', default: false },
    'serve-only': { type: 'boolean', default: false },
  },
});

if (args['serve-only']) {
  // The child: serve until stopped, and say where.
  const { startServer } = await import('../src/api/server.js');
  const server = await startServer({ db: args.db!, port: 0, cache: !args['no-cache'] });
  // The start (listening), then the steady state the benches measure: once what the server reads ahead is read.
  process.stdout.write(`started ${server.url} ${(performance.now() / 1000).toFixed(1)} s\n`);
  await server.preloaded;
  process.stdout.write(`listening ${server.url}\n`);
  process.once('SIGTERM', () => void server.close().then(() => process.exit(0)));
} else {
  await bench();
}

function startChild(): Promise<{ url: string; child: ChildProcess }> {
  if (!existsSync(args.db!)) throw new Error(`no store at ${args.db}: run "corridor ingest" first, or pass --db`);
  const self = fileURLToPath(import.meta.url);
  const child = spawn(process.execPath, ['--import', 'tsx', self, '--serve-only', '--db', args.db!, ...(args['no-cache'] ? ['--no-cache'] : [])], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the server did not start within 60 s')), 60_000);
    child.once('exit', (code) => reject(new Error(`the server exited (${code})`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      const m = /listening (\S+)/.exec(chunk.toString());
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1], child });
      }
    });
  });
}

async function bench(): Promise<void> {
  const started = args.url ? undefined : await startChild();
  const url = args.url ?? started!.url;
  if (!/^http:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/.test(url)) throw new Error(`bench/api only targets loopback, not ${url}`);
  try {
    // One pass first: each question once, as a first visitor would ask it.
    const first: string[] = [];
    for (const path of TYPICAL_QUERIES) {
      const t = performance.now();
      const res = await fetch(url + path);
      await res.arrayBuffer();
      first.push(`${res.status} ${(performance.now() - t).toFixed(0).padStart(5)} ms  ${path}`);
    }
    const serverPid = started?.child.pid;
    const serverCpu = serverPid === undefined ? undefined : processCpuMs(serverPid);
    const clientCpu = process.cpuUsage();
    const loadBefore = loadavg()[0];
    const result = await autocannon({
      url,
      connections: Number(args.connections),
      duration: Number(args.duration),
      requests: TYPICAL_QUERIES.map((path) => ({ method: 'GET' as const, path })),
    });
    const cpu = cpus();
    console.log(`machine: ${cpu.length} x ${cpu[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`);
    console.log(`server: ${url}, store ${args.db}, answer cache ${args['no-cache'] ? 'off' : 'on'}`);
    console.log('first request of each query:');
    for (const line of first) console.log(`  ${line}`);
    console.log(`load: ${TYPICAL_QUERIES.length} queries in turn, ${args.connections} connections, ${args.duration} s`);
    console.log(`requests/s: ${result.requests.average.toFixed(0)} (total ${result.requests.total})`);
    console.log(`latency: p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
    console.log(`errors: ${result.errors}, timeouts: ${result.timeouts}, non-2xx: ${result.non2xx}`);
    reportCpu(result.requests.total, serverPid, serverCpu, clientCpu, loadBefore);
    const met = result.requests.average >= 500 && result.latency.p99 < 30 && result.errors === 0 && result.non2xx === 0;
    console.log(`target (>= 500 req/s, p99 < 30 ms, no errors): ${met ? 'met' : 'NOT met'}`);
  } finally {
    started?.child.kill('SIGTERM');
  }
}

