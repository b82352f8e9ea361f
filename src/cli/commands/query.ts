import type { Command } from 'commander';
import type { Dimension } from '../../sources/types.js';
import type { SeriesRequest } from '../../store/query/plan.js';
import { showPeriod } from '../../store/query/periods.js';
import { buildRequest } from '../../store/query/request.js';
import { querySeries } from '../../store/query/series.js';
import type { Store } from '../../store/open.js';
import { parseFormat, render } from '../format.js';
import { withStore, type GlobalOptions } from '../context.js';

export interface QueryCliOptions {
  measure: string;
  where?: string[];
  by?: string[];
  grain: string;
  from?: string;
  to?: string;
  source?: string;
  vintage?: string;
  format: string;
  explain?: boolean;
}

/** Turns command-line options into a validated series request (codes resolved, periods normalised). */
export function requestFrom(store: Store, opts: QueryCliOptions): Promise<SeriesRequest> {
  return buildRequest(store.conn, opts);
}

const collect = (v: string, prior: string[] = []) => [...prior, v];

export function registerQuery(program: Command): void {
  program
    .command('query')
    .description('a series of one measure, filtered and grouped, from the best source for each period')
    .requiredOption('--measure <id>', 'measure id (see "corridor measures")')
    .option('--where <dim=value>', 'filter, e.g. citizenship=HND or geography=US-SWB (repeatable; commas for several values)', collect)
    .option('--by <dim>', 'break down by a dimension (repeatable)', collect)
    .option('--grain <grain>', 'month, fy (US fiscal year) or cy (calendar year)', 'month')
    .option('--from <period>', 'first period: YYYY-MM, YYYY or FYYYYY')
    .option('--to <period>', 'last period: YYYY-MM, YYYY or FYYYYY')
    .option('--source <id>', 'only this source')
    .option('--vintage <n>', 'this vintage of --source instead of the latest')
    .option('--explain', 'also list the tables considered and why each could or could not answer')
    .option('--format <format>', 'table, csv or json', 'table')
    .action(async (opts: QueryCliOptions, cmd: Command) => {
      const format = parseFormat(opts.format);
      await withStore(cmd.optsWithGlobals<GlobalOptions>(), async (store) => {
        const req = await requestFrom(store, opts);
        const result = await querySeries(store.conn, req);
        const dims = [...new Set(result.rows.flatMap((r) => Object.keys(r.keys)))] as Dimension[];
        const records = result.rows.map((r) => ({
          period: showPeriod(r.period, r.grain),
          ...Object.fromEntries(dims.map((d) => [d, r.keys[d] ?? ''])),
          value: r.value,
          complete: r.complete ? '' : r.parts < r.expectedParts ? `partial ${r.parts}/${r.expectedParts}` : 'partial',
          source: r.source,
          dataset: r.dataset,
          vintage: r.vintage,
        }));
        process.stdout.write(`${render(format, records, result)}\n`);
        if (format === 'table' && (opts.explain || result.rows.length === 0)) {
          process.stdout.write('\nTables considered:\n');
          for (const c of result.considered) process.stdout.write(`  ${c.answer ? '+' : '-'} ${c.dataset} (vintage ${c.vintage})${c.reason ? `: ${c.reason}` : ''}\n`);
        }
      });
    });
}
