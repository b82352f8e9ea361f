/**
 * bench/server-start: where a server's start goes, in process: opening the published
 * store read-only, the API's catalogue (vintages, sources, files, tables, labels), and
 * warming the query catalogue (each measure's tables with their codes and periods, the
 * code tables, the place hierarchy), each timed (wall and CPU) with the resident memory
 * after it. The cells are not read at start (each table on its first use, cells.ts).
 *   npx tsx bench/server-start.ts --db corridor.duckdb
 */
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { catalogueReader } from '../src/api/store/catalogue.js';
import { openStore, rows } from '../src/store/open.js';
import { warmQueryCatalogue } from '../src/store/query/catalogue.js';

const { values: args } = parseArgs({ options: { db: { type: 'string', default: process.env.CORRIDOR_DB ?? 'corridor.duckdb' } } });

const mb = () => `${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB resident`;
async function timed<T>(what: string, fn: () => Promise<T>): Promise<T> {
  const t = performance.now();
  const c = process.cpuUsage();
  const out = await fn();
  const cpu = process.cpuUsage(c);
  console.log(`${what.padEnd(26)} ${((performance.now() - t) / 1000).toFixed(2).padStart(7)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(2).padStart(6)} s CPU, ${mb()}`);
  return out;
}

console.log(`machine: ${cpus().length} x ${cpus()[0]?.model ?? '?'}, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}; ${mb()} before`);
const store = await timed('open (read-only)', () => openStore(args.db!, { readOnly: true }));
const [size] = await rows<{ tables: number; members: number; periods: number }>(
  store.conn,
  'SELECT (SELECT count(*) FROM datasets) AS tables, (SELECT count(*) FROM dataset_members) AS members, (SELECT count(*) FROM dataset_periods) AS periods',
);
console.log(`store: ${size.tables} tables, ${size.members} dataset_members rows, ${size.periods} dataset_periods rows`);
await timed('API catalogue', () => catalogueReader(store.conn, 0)());
await timed('query catalogue (warm)', () => warmQueryCatalogue(store.conn));
store.close();
