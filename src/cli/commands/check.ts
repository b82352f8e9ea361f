import type { Command } from 'commander';
import { recordChecks, runChecks } from '../../analysis/checks/run.js';
import { parseFormat, render } from '../format.js';
import { withStore, type GlobalOptions } from '../context.js';

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('run the reconciliation checks (overlapping sources, breakdowns adding up) and print each with its figures')
    .option('--format <format>', 'table, csv or json', 'table')
    .action(async (opts: { format: string }, cmd: Command) => {
      const format = parseFormat(opts.format);
      await withStore(cmd.optsWithGlobals<GlobalOptions>(), async (store) => {
        const results = await runChecks(store.conn);
        await recordChecks(store.conn, results);
        const records = results.map((r) => ({ status: r.status, check: r.id, figures: r.summary }));
        process.stdout.write(`${render(format, records, results)}\n`);
        if (results.some((r) => r.status === 'fail')) process.exitCode = 1;
      });
    });
}
