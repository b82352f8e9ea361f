import type { Command } from 'commander';
import { recordChecks, runChecks } from '../../analysis/checks/run.js';
import type { CheckResult } from '../../analysis/checks/types.js';
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
        const records = results.map((r) => ({ status: r.status, check: r.id, title: r.title, figures: r.summary }));
        if (format === 'table') process.stdout.write(`${textReport(results)}\n`);
        else process.stdout.write(`${render(format, records, results)}\n`);
        if (results.some((r) => r.status === 'fail')) process.exitCode = 1;
      });
    });
}

/** One block per check: status and id, its title, then each figure on its own line. */
function textReport(results: CheckResult[]): string {
  const blocks = results.map((r) =>
    [`${r.status.toUpperCase().padEnd(8)}${r.id}`, `        ${r.title}`, ...r.summary.split('; ').map((line) => `          ${line}`)].join('\n'),
  );
  const count = (s: string) => results.filter((r) => r.status === s).length;
  blocks.push(`${results.length} checks: ${count('pass')} pass, ${count('differs')} differ (reported, not hidden), ${count('fail')} fail, ${count('skipped')} skipped`);
  return blocks.join('\n');
}
