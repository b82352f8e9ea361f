import type { Command } from 'commander';
import { isEmpty, listSources } from '../../store/catalog.js';
import { querySeries } from '../../store/query/series.js';
import { showPeriod } from '../../store/query/periods.js';
import { render } from '../format.js';
import { withStore, type GlobalOptions } from '../context.js';
import { outcomeRecords, runIngest } from './ingest.js';

/** Loads the data if the store is empty, then (until the dashboard exists) prints what it holds. */
export function registerStart(program: Command): void {
  program
    .command('start')
    .description('load the data if the store is empty, then print a summary of what it holds')
    .option('--cache <dir>', 'where downloaded files are kept', '.cache/downloads')
    .action(async (opts: { cache: string }, cmd: Command) => {
      await withStore(cmd.optsWithGlobals<GlobalOptions>(), async (store) => {
        if (await isEmpty(store.conn)) {
          process.stdout.write('The store is empty: loading every source (this takes a minute).\n');
          const outcomes = await runIngest(store, { cache: opts.cache });
          process.stdout.write(`${render('table', outcomeRecords(outcomes))}\n\n`);
          if (outcomes.some((o) => o.status === 'failed')) process.exitCode = 1;
        }
        const sources = await listSources(store.conn);
        process.stdout.write(`corridor store ${store.path}: ${sources.length} sources, ${sources.reduce((n, s) => n + s.observations, 0).toLocaleString('en-US')} observations\n\n`);
        process.stdout.write(`${render('table', sources.map((s) => ({ source: s.id, publisher: s.publisher, observations: s.observations, vintages: s.vintages, from: s.first_period, to: s.last_period })))}\n\n`);
        const swb = await querySeries(store.conn, { measure: 'encounters', where: { geography: ['US-SWB'] }, grain: 'fy', from: '2012-10-01' }).catch(() => undefined);
        if (swb && swb.rows.length) {
          process.stdout.write('Southwest land border encounters (events, not people) by fiscal year:\n');
          process.stdout.write(`${render('table', swb.rows.map((r) => ({ year: showPeriod(r.period, r.grain), encounters: r.value, complete: r.complete ? '' : 'partial', source: r.source })))}\n\n`);
        }
        process.stdout.write('Next: corridor measures | corridor query --measure encounters --where geography=US-SWB --grain fy | corridor check\n');
      });
    });
}
