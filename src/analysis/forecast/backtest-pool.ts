/**
 * Runs the back-tests of many series in parallel child processes (one per core by
 * default): a back-test is CPU-bound model fitting, and the standard back-test of the
 * hierarchy must fit in minutes on a 2-core machine. Series are handed out one at a time,
 * longest first, so the processes finish together.
 */
import { isCompiled } from '../../source-path.js';
import { fork, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BacktestOptions, SeriesBacktest } from './backtest.js';
import type { WorkerTask } from './backtest-worker.js';
import type { NodeBacktester } from './hierarchy-forecast.js';
import { excludedByEnvironment } from './registry.js';
import type { MonthlySeries } from './series.js';

export interface PoolOptions {
  /** Child processes (default: the machine's cores). */
  processes?: number;
  /** Model ids left out (default: CORRIDOR_FORECAST_EXCLUDE). */
  exclude?: string[];
  /** Called after each series. */
  progress?: (done: number, total: number, id: string) => void;
}

export async function backtestInPool(series: readonly MonthlySeries[], opts: BacktestOptions, pool: PoolOptions = {}): Promise<SeriesBacktest[]> {
  const n = Math.max(1, Math.min(pool.processes ?? availableParallelism(), series.length));
  const exclude = pool.exclude ?? excludedByEnvironment();
  // From the compiled build the worker is JavaScript; from the sources it runs through tsx.
  const compiled = isCompiled(import.meta.url);
  const execArgv = compiled ? [] : ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href];
  const worker = fileURLToPath(new URL(compiled ? './backtest-worker.js' : './backtest-worker.ts', import.meta.url));
  const plain = Object.fromEntries(Object.entries(opts).filter(([, v]) => typeof v !== 'function')) as BacktestOptions;
  const order = series.map((s, index) => ({ s, index })).sort((a, b) => b.s.values.length - a.s.values.length);
  const results: SeriesBacktest[] = new Array(series.length);
  let next = 0;
  let done = 0;
  const children: ChildProcess[] = [];
  try {
    await Promise.all(
      Array.from({ length: n }, () =>
        new Promise<void>((resolve, reject) => {
          const child = fork(worker, [], { execArgv, serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
          children.push(child);
          const give = () => {
            if (next >= order.length) {
              child.disconnect();
              resolve();
              return;
            }
            const { s, index } = order[next++];
            child.send({ index, series: s, opts: plain, exclude } satisfies WorkerTask);
          };
          child.on('message', (m: { index: number; backtest?: SeriesBacktest; error?: string }) => {
            if (m.error) return reject(new Error(`back-test of ${series[m.index].id} failed: ${m.error}`));
            results[m.index] = m.backtest!;
            pool.progress?.(++done, series.length, series[m.index].id);
            give();
          });
          child.on('error', reject);
          child.on('exit', (code) => {
            if (code && next < order.length) reject(new Error(`a back-test process exited with code ${code}`));
          });
          give();
        }),
      ),
    );
  } finally {
    for (const c of children) if (c.exitCode === null && c.connected) c.disconnect();
  }
  return results;
}

/** A NodeBacktester for backtestHierarchy that runs the nodes in the pool. */
export function pooledNodeBacktester(pool: PoolOptions = {}): NodeBacktester {
  return (h, opts) => backtestInPool(h.nodes.map((n) => n.series), opts, pool);
}
