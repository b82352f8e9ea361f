import type { Command } from 'commander';
import { parseFormat } from '../format.js';
import { renderIn } from '../columns.js';
import { parseLang } from '../lang.js';
import { loadWords } from '../load-words.js';
import { withStore, type GlobalOptions } from '../context.js';
import type { IngestCliOptions } from '../load.js';

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('load every source into the store (from a local mirror, or downloaded from the publishers), then re-run the reconciliation checks')
    .option('--from <dir>', 'read a local mirror laid out as the shared data folder (default: $CORRIDOR_MIRROR)')
    .option('--only <source...>', 'load only these sources')
    .option('--cache <dir>', 'where downloaded files are kept', '.cache/downloads')
    .option('--refresh', 'download again even when a file is cached')
    .option('--format <format>', 'table, csv or json', 'table')
    .option('--lang <lang>', 'en or es', 'en')
    .action(async (opts: IngestCliOptions & { format: string; lang: string }, cmd: Command) => {
      const format = parseFormat(opts.format);
      const lang = parseLang(opts.lang);
      const { checksLine, loadAndCheck, loadChanged, outcomeRecords, checkIngestOptions, rereadLine } = await import('../load.js');
      // Refused before the store is opened: a misspelt source or folder creates and changes nothing.
      checkIngestOptions(opts);
      // Written to a copy and published at the end: readers and servers keep the previous version meanwhile.
      const report = await withStore(cmd.optsWithGlobals<GlobalOptions>(), (store) => loadAndCheck(store, opts), loadChanged);
      process.stdout.write(`${renderIn(lang, format, outcomeRecords(report.outcomes, lang))}\n`);
      // Said plainly beside the table's statuses: unchanged files read again, and why.
      const reread = rereadLine(report.outcomes, lang);
      if (reread) process.stderr.write(`corridor: ${reread}\n`);
      if (report.checks) process.stderr.write(`corridor: ${loadWords(lang).ranChecks(checksLine(report.checks, lang))}\n`);
      if (report.outcomes.some((o) => o.status === 'failed')) process.exitCode = 1;
    });
}
