/**
 * corridor record: the bilateral record, a ledger of what the US and Mexico asked,
 * committed and delivered (vaccine doses, people received, Guard deployments, the
 * timeline's agreements and deliveries), each line with its source and timeline entry.
 */
import type { Command } from 'commander';
import { bilateralRecord, type BilateralRecord } from '../../analysis/bilateral/record.js';
import { LEDGER_KIND_LABELS } from '../../analysis/bilateral/types.js';
import { UsageError } from '../../errors.js';
import { readStore, type GlobalOptions } from '../context.js';
import { parseFormat, render } from '../format.js';

interface RecordOptions {
  actor?: string;
  kind?: string;
  from?: string;
  to?: string;
  guard: string;
  lang: string;
  format: string;
}

type Lang = 'en' | 'es';

const HEAD = {
  en: { date: 'date', actor: 'actor', to: 'to', kind: 'kind', what: 'what', quantity: 'quantity', unit: 'unit', event: 'event', source: 'source' },
  es: { date: 'fecha', actor: 'actor', to: 'a', kind: 'tipo', what: 'qué', quantity: 'cantidad', unit: 'unidad', event: 'evento', source: 'fuente' },
};

export function recordRecords(r: BilateralRecord, lang: Lang) {
  const h = HEAD[lang];
  return r.lines.map((l) => ({
    [h.date]: l.dateKind === 'as-of' ? `${lang === 'es' ? 'al' : 'to'} ${l.date}` : l.date,
    [h.actor]: l.actor,
    [h.to]: l.counterpart ?? '',
    [h.kind]: LEDGER_KIND_LABELS[l.kind][lang],
    [h.what]: `${l.what[lang]}${l.complete ? '' : lang === 'es' ? ' (mes incompleto)' : ' (incomplete month)'}`,
    [h.quantity]: l.quantity,
    [h.unit]: l.unit[lang],
    [h.event]: l.event ?? '',
    [h.source]: l.source.dataset ? `${l.source.dataset} v${l.source.vintage}` : l.source.url,
  }));
}

export function registerRecord(program: Command): void {
  program
    .command('record')
    .description('the bilateral record: what the US and Mexico asked, committed and delivered, linked to the timeline')
    .option('--actor <actor>', 'US, MX or bilateral (joint declarations are listed under US and MX too)')
    .option('--kind <kind>', 'asked, committed or delivered')
    .option('--from <period>', 'first day or month: YYYY, YYYY-MM or YYYY-MM-DD')
    .option('--to <period>', 'last day or month: YYYY, YYYY-MM or YYYY-MM-DD')
    .option('--guard <detail>', 'National Guard levels for Mexico and its border regions (regions) or for every state (states)', 'regions')
    .option('--lang <lang>', 'en or es', 'en')
    .option('--format <format>', 'table, csv or json', 'table')
    .action(async (opts: RecordOptions, cmd: Command) => {
      const format = parseFormat(opts.format);
      const lang: Lang = opts.lang === 'es' ? 'es' : 'en';
      if (opts.guard !== 'regions' && opts.guard !== 'states') throw new UsageError(
        `--guard is regions or states, not "${opts.guard}"`,
        `--guard es regions o states, no "${opts.guard}"`,
      );
      await readStore(cmd.optsWithGlobals<GlobalOptions>(), async (store) => {
        const r = await bilateralRecord(store.conn, { actor: opts.actor, kind: opts.kind, from: opts.from, to: opts.to, guard: opts.guard as 'regions' | 'states' });
        if (format === 'json') {
          process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
          return;
        }
        process.stdout.write(`${render(format, recordRecords(r, lang))}\n`);
        if (format === 'table') process.stdout.write(`\n${r.caveats.map((c) => `${lang === 'es' ? 'Nota' : 'Note'}: ${c[lang]}`).join('\n')}\n`);
      });
    });
}
