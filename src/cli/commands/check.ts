import type { Command } from 'commander';
import type { CheckResult } from '../../analysis/checks/types.js';
import { parseFormat, render } from '../format.js';
import { readOrWriteStore, type GlobalOptions } from '../context.js';
import { parseLang, type Lang } from '../lang.js';
import { checkWords } from '../check-words.js';

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('run the reconciliation checks (overlapping sources, breakdowns adding up) and print each with its figures')
    .option('--format <format>', 'table, csv or json', 'table')
    .option('--lang <lang>', 'en or es', 'en')
    .action(async (opts: { format: string; lang: string }, cmd: Command) => {
      const format = parseFormat(opts.format);
      const lang = parseLang(opts.lang);
      const w = checkWords(lang);
      const { recordChecks, runChecks } = await import('../../analysis/checks/run.js');
      // Recorded in the store (a new published version) unless another process is writing it.
      const { result: results, busy } = await readOrWriteStore(cmd.optsWithGlobals<GlobalOptions>(), async (store, writable) => {
        const found = await runChecks(store.conn);
        if (writable) await recordChecks(store.conn, found);
        return found;
      });
      const records = results.map((r) => ({ [w.status]: w.statusName[r.status], [w.check]: r.id, [w.title]: r.title[lang], [w.figures]: r.summary[lang] }));
      if (format === 'table') process.stdout.write(`${textReport(results, lang)}\n`);
      else process.stdout.write(`${render(format, records, results)}\n`);
      if (busy) process.stderr.write(`corridor: ${w.notRecorded(busy.holder.pid, busy.holder.command)}\n`);
      if (results.some((r) => r.status === 'fail')) process.exitCode = 1;
    });
}

/** One block per check: status and id, its title, then each figure on its own line. */
function textReport(results: CheckResult[], lang: Lang): string {
  const w = checkWords(lang);
  const blocks = results.map((r) =>
    [`${w.statusName[r.status].toUpperCase().padEnd(12)}${r.id}`, `            ${r.title[lang]}`, ...r.summary[lang].split('; ').map((line) => `              ${line}`)].join('\n'),
  );
  blocks.push(w.countLine(results));
  return blocks.join('\n');
}
