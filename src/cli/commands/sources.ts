import type { Command } from 'commander';
import { listSources } from '../../store/catalog.js';
import { diffLatestVintages } from '../../store/diff.js';
import { showPeriod } from '../../store/query/periods.js';
import { parseFormat, render } from '../format.js';
import { readStore, type GlobalOptions } from '../context.js';

export function registerSources(program: Command): void {
  program
    .command('sources')
    .description('list each source: publisher, URL, licence, coverage, rows, vintages, when loaded')
    .option('--diff', 'show what the newest vintage of each source changed from the one before')
    .option('--format <format>', 'table, csv or json', 'table')
    .action(async (opts: { diff?: boolean; format: string }, cmd: Command) => {
      const format = parseFormat(opts.format);
      await readStore(cmd.optsWithGlobals<GlobalOptions>(), async (store) => {
        const sources = await listSources(store.conn);
        if (!opts.diff) {
          const records = sources.map((s) => ({
            source: s.id,
            publisher: s.publisher,
            coverage: `${s.first_period ? showPeriod(s.first_period, 'month') : '?'} to ${s.last_period ? showPeriod(s.last_period, 'month') : '?'}`,
            observations: s.observations,
            vintages: s.vintages,
            loaded: s.loaded_at,
            third_party: s.third_party ? 'yes' : '',
            url: s.landing_page,
          }));
          const full = sources.map((s) => ({ ...s }));
          if (format !== 'table') {
            process.stdout.write(`${render(format, records, full)}\n`);
            return;
          }
          // One block per source: the licence notes and coverage texts are too long for columns.
          for (const [i, s] of sources.entries()) {
            const r = records[i];
            process.stdout.write(
              [
                `${s.id}${s.third_party ? ' (third party)' : ''}${s.provisional ? ' (provisional)' : ''}: ${s.title_en}`,
                `  publisher: ${s.publisher}`,
                `  url:       ${s.landing_page}`,
                `  licence:   ${s.licence}`,
                `  coverage:  ${s.coverage} [data ${r.coverage}]`,
                `  rows:      ${s.observations.toLocaleString('en-US')} observations; ${s.vintages} vintage(s), latest ${s.latest_vintage}, loaded ${s.loaded_at}`,
                '',
              ].join('\n'),
            );
          }
          process.stdout.write('File names, URLs and sha256 of every vintage: corridor sources --format json\n');
          return;
        }
        const diffs = [];
        for (const s of sources) {
          const d = await diffLatestVintages(store.conn, s.id);
          if (d) diffs.push(d);
        }
        const records = diffs.flatMap((d) => d.tables.map((t) => ({ source: d.source, vintages: `${d.older} -> ${d.newer}`, ...t })));
        if (format === 'table' && diffs.length === 0) process.stdout.write('No source has more than one vintage yet.\n');
        else process.stdout.write(`${render(format, records, diffs)}\n`);
      });
    });
}
