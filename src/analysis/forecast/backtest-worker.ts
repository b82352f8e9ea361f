/**
 * A child process of the back-test pool (backtest-pool.ts): receives one series at a
 * time, back-tests it with every model and sends the result back (structured clone,
 * so the Maps survive).
 */
import { runBacktest, type BacktestOptions } from './backtest.js';
import { loadModels } from './registry.js';
import type { MonthlySeries } from './series.js';

export interface WorkerTask {
  index: number;
  series: MonthlySeries;
  opts: BacktestOptions;
  exclude: string[];
}

process.on('message', (task: WorkerTask) => {
  void (async () => {
    try {
      const registered = await loadModels({ exclude: task.exclude });
      process.send!({ index: task.index, backtest: runBacktest(task.series, registered, task.opts) });
    } catch (e) {
      process.send!({ index: task.index, error: (e as Error).stack ?? String(e) });
    }
  })();
});
