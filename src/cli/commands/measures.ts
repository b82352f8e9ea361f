import type { Command } from 'commander';
import { listMeasures, listMembers } from '../../store/catalog.js';
import { parseDimension } from '../../store/query/resolve-codes.js';
import { parseFormat, render } from '../format.js';
import { readStore, type GlobalOptions } from '../context.js';
import { inLang, UNIT_ES } from '../columns.js';
import { parseLang } from '../lang.js';

export function registerMeasures(program: Command): void {
  program
    .command('measures')
    .description('list the measures with their definitions (English and Spanish)')
    .option('--lang <lang>', 'en or es', 'en')
    .option('--format <format>', 'table, csv or json', 'table')
    .action(async (opts: { lang: string; format: string }, cmd: Command) => {
      const format = parseFormat(opts.format);
      const lang = parseLang(opts.lang);
      const es = lang === 'es';
      await readStore(cmd.optsWithGlobals<GlobalOptions>(), async (store) => {
        const measures = await listMeasures(store.conn);
        const records = measures.map((m) => ({
          measure: m.id,
          label: es ? m.label_es : m.label_en,
          unit: es ? (UNIT_ES[m.unit] ?? m.unit) : m.unit,
          sources: (m.sources ?? []).join(' '),
          definition: es ? m.definition_es : m.definition_en,
        }));
        process.stdout.write(`${render(format, inLang(records, lang), measures)}\n`);
      });
    });
  program
    .command('dimensions <dimension>')
    .description('list the codes of a dimension (geography, citizenship, demographic, authority, component, category) with their labels')
    .option('--format <format>', 'table, csv or json', 'table')
    .option('--lang <lang>', 'en or es: the table shows the labels in this language (JSON keeps both)', 'en')
    .action(async (dimension: string, opts: { format: string; lang: string }, cmd: Command) => {
      const format = parseFormat(opts.format);
      const lang = parseLang(opts.lang);
      const dim = parseDimension(dimension);
      await readStore(cmd.optsWithGlobals<GlobalOptions>(), async (store) => {
        const members = (await listMembers(store.conn, dim)) as Record<string, string | number | boolean | null>[];
        // In Spanish a person reads the Spanish label and definition; the English ones stay in the JSON.
        const shown = lang === 'es' ? members.map(({ label_en: _l, definition_en: _d, ...rest }) => rest) : members;
        process.stdout.write(`${render(format, inLang(shown, lang), members)}\n`);
      });
    });
}
