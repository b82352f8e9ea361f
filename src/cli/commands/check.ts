import type { Command } from 'commander';
import type { CheckResult } from '../../analysis/checks/types.js';
import { parseFormat, render } from '../format.js';
import { readOrWriteStore, type GlobalOptions } from '../context.js';

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('run the reconciliation checks (overlapping sources, breakdowns adding up) and print each with its figures')
    .option('--format <format>', 'table, csv or json', 'table')
    .action(async (opts: { format: string }, cmd: Command) => {
      const format = parseFormat(opts.format);
      const { recordChecks, runChecks } = await import('../../analysis/checks/run.js');
      // Recorded in the store (a new published version) unless another process is writing it.
      const { result: results, busy } = await readOrWriteStore(cmd.optsWithGlobals<GlobalOptions>(), async (store, writable) => {
        const found = await runChecks(store.conn);
        if (writable) await recordChecks(store.conn, found);
        return found;
      });
      const records = results.map((r) => ({ status: r.status, check: r.id, title: r.title, figures: r.summary }));
      if (format === 'table') process.stdout.write(`${textReport(results)}\n`);
      else process.stdout.write(`${render(format, records, results)}\n`);
      if (busy) process.stderr.write(`corridor: these checks ran on the published store and were not recorded: process ${busy.holder.pid} ("corridor ${busy.holder.command}") is writing it, and records the checks of the data it loads.\n`);
      if (results.some((r) => r.status === 'fail')) process.exitCode = 1;
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
