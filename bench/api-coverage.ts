/**
 * bench/api-coverage: the store query behind `/api/coverage`, cold (a store opened afresh,
 * read-only, for every request), before and after the rewrite of its top places (a
 * correlated NOT EXISTS, kept here as it was, against the joins of src/api/store/coverage.ts),
 * side by side, each answer checked identical to the other.
 *   npx tsx bench/api-coverage.ts --db corridor.duckdb [--runs 3] [--no-before]
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { countCoverage, listCoverage, type CoverageFilter, type CoveragePage, type CoverageRow } from '../src/api/store/coverage.js';
import { MAX_CODES } from '../src/api/routes/coverage.js';
import { openStore, rows } from '../src/store/open.js';

const { values: args } = parseArgs({
  options: {
    db: { type: 'string', default: process.env.CORRIDOR_DB ?? 'corridor.duckdb' },
    runs: { type: 'string', default: '3' },
    'no-before': { type: 'boolean', default: false },
  },
});

/** The query as it was before (6 December 2026), verbatim. */
const SELECTED = `WITH latest AS (SELECT source_id, max(id) AS vintage FROM vintages GROUP BY source_id)
  SELECT d.id, l.vintage FROM datasets d JOIN latest l ON l.source_id = d.source_id
   WHERE (?::VARCHAR IS NULL OR d.measure = ?) AND (?::VARCHAR IS NULL OR d.source_id = ?)
     AND EXISTS (SELECT 1 FROM dataset_members dm WHERE dm.dataset_id = d.id AND dm.vintage_id = l.vintage)`;
const BEFORE = `WITH page AS (SELECT * FROM (${SELECTED}) ORDER BY id LIMIT ? OFFSET ?),
     m AS (
       SELECT d.id AS dataset, d.source_id AS source, d.title_en, coalesce(d.title_es, d.title_en) AS title_es, d.measure, d.grain, d.rounding,
              dm.dimension, dm.value, dm.first_period, dm.last_period
         FROM page p JOIN datasets d ON d.id = p.id
         JOIN dataset_members dm ON dm.dataset_id = p.id AND dm.vintage_id = p.vintage),
     tops AS (
       SELECT g.dataset, g.value FROM m g
        WHERE g.dimension = 'geography' AND NOT EXISTS (
          SELECT 1 FROM place_ancestors a JOIN m h ON h.dataset = g.dataset AND h.dimension = 'geography' AND h.value = a.ancestor
           WHERE a.code = g.value AND a.ancestor <> g.value))
     SELECT dataset, source, title_en, title_es, measure, grain, rounding, dimension, count(*) AS n,
            list(value ORDER BY value)[1:?] AS codes,
            CASE WHEN dimension = 'geography' THEN (SELECT list(t.value ORDER BY t.value)[1:?] FROM tops t WHERE t.dataset = m.dataset) END AS tops,
            strftime(min(first_period), '%Y-%m-%d') AS first_period, strftime(max(last_period), '%Y-%m-%d') AS last_period
       FROM m GROUP BY ALL ORDER BY dataset, dimension`;

type Variant = { name: string; filter: CoverageFilter; page: CoveragePage };
const VARIANTS: Variant[] = [
  { name: 'first page (limit 500)', filter: {}, page: { limit: 500, offset: 0 } },
  { name: 'limit 499', filter: {}, page: { limit: 499, offset: 0 } },
  { name: 'limit 1 offset 27', filter: {}, page: { limit: 1, offset: 27 } },
  { name: 'source=inegi-places', filter: { source: 'inegi-places' }, page: { limit: 500, offset: 0 } },
  { name: 'measure=population', filter: { measure: 'population' }, page: { limit: 500, offset: 0 } },
  { name: 'measure=encounters', filter: { measure: 'encounters' }, page: { limit: 500, offset: 0 } },
];

const before = (conn: Parameters<typeof listCoverage>[0], f: CoverageFilter, p: CoveragePage) =>
  rows<CoverageRow>(conn, BEFORE, [f.measure ?? null, f.measure ?? null, f.source ?? null, f.source ?? null, p.limit, p.offset, MAX_CODES, MAX_CODES]);
const after = (conn: Parameters<typeof listCoverage>[0], f: CoverageFilter, p: CoveragePage) => listCoverage(conn, f, MAX_CODES, p);

/** One cold request: open the store, count and list the page (as the route does), close. */
async function cold(run: typeof after, v: Variant): Promise<{ seconds: number; cpu: number; answer: CoverageRow[] }> {
  const store = await openStore(args.db!, { readOnly: true });
  const t = performance.now();
  const c = process.cpuUsage();
  await countCoverage(store.conn, v.filter);
  const answer = await run(store.conn, v.filter, v.page);
  const cpu = process.cpuUsage(c);
  const seconds = (performance.now() - t) / 1000;
  store.close();
  return { seconds, cpu: (cpu.user + cpu.system) / 1e6, answer };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (xs: number[]) => `${median(xs).toFixed(3)} s (${Math.min(...xs).toFixed(3)}-${Math.max(...xs).toFixed(3)})`;

const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
console.log(`machine: ${cpus().length} x ${cpus()[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, load average ${load()}`);
{
  const store = await openStore(args.db!, { readOnly: true });
  const [s] = await rows<{ tables: number; members: number; ancestors: number }>(
    store.conn,
    'SELECT (SELECT count(*) FROM datasets) AS tables, (SELECT count(*) FROM dataset_members) AS members, (SELECT count(*) FROM place_ancestors) AS ancestors',
  );
  console.log(`store ${args.db}: ${s.tables} tables, ${s.members} dataset_members rows, ${s.ancestors} place_ancestors rows; ${args.runs} cold runs each, median (min-max) wall`);
  store.close();
}
const runs = Number(args.runs);
let differ = 0;
console.log(`${'request'.padEnd(24)} ${'before'.padEnd(28)} ${'after'.padEnd(28)} rows  same`);
for (const v of VARIANTS) {
  const b: number[] = [];
  const a: number[] = [];
  let same: boolean | undefined;
  let n = 0;
  for (let i = 0; i < runs; i++) {
    const x = await cold(after, v);
    a.push(x.seconds);
    n = x.answer.length;
    if (!args['no-before']) {
      const y = await cold(before, v);
      b.push(y.seconds);
      same = (same ?? true) && isDeepStrictEqual(x.answer, y.answer);
    }
  }
  if (same === false) differ++;
  console.log(`${v.name.padEnd(24)} ${(b.length ? fmt(b) : '-').padEnd(28)} ${fmt(a).padEnd(28)} ${String(n).padStart(4)}  ${same === undefined ? '-' : same ? 'yes' : 'NO'}`);
}
console.log(`load average at the end ${load()}`);
if (differ) {
  console.error(`${differ} request(s) answered differently`);
  process.exitCode = 1;
}
