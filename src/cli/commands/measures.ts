import type { Command } from 'commander';
import { listMeasures, listMembers } from '../../store/catalog.js';
import { parseDimension } from '../../store/query/resolve-codes.js';
import { parseFormat, render } from '../format.js';
import { readStore, type GlobalOptions } from '../context.js';

export function registerMeasures(program: Command): void {
  program
    .command('measures')
    .description('list the measures with their definitions (English and Spanish)')
    .option('--lang <lang>', 'en or es', 'en')
    .option('--format <format>', 'table, csv or json', 'table')
    .action(async (opts: { lang: string; format: string }, cmd: Command) => {
      const format = parseFormat(opts.format);
      const es = opts.lang === 'es';
      await readStore(cmd.optsWithGlobals<GlobalOptions>(), async (store) => {
        const measures = await listMeasures(store.conn);
        const records = measures.map((m) => ({
          measure: m.id,
          label: es ? m.label_es : m.label_en,
          unit: m.unit,
          sources: (m.sources ?? []).join(' '),
          definition: es ? m.definition_es : m.definition_en,
        }));
        process.stdout.write(`${render(format, records, measures)}\n`);
      });
    });
  program
    .command('dimensions <dimension>')
    .description('list the codes of a dimension (geography, citizenship, demographic, authority, component, category) with their labels')
    .option('--format <format>', 'table, csv or json', 'table')
    .action(async (dimension: string, opts: { format: string }, cmd: Command) => {
      const format = parseFormat(opts.format);
      const dim = parseDimension(dimension);
      await readStore(cmd.optsWithGlobals<GlobalOptions>(), async (store) => {
        const members = (await listMembers(store.conn, dim)) as Record<string, string | number | boolean | null>[];
        process.stdout.write(`${render(format, members)}\n`);
      });
    });
}
