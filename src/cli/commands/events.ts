/**
 * corridor events: the sourced timeline of policy events (data/events.json), filtered
 * by actor, kind and period, in English or Spanish. Needs no store.
 */
import type { Command } from 'commander';
import { filterEvents } from '../../analysis/events/filter.js';
import { loadEvents } from '../../analysis/events/load.js';
import { KIND_WORDS } from '../../analysis/events/schema.js';
import { titleNote, withTitleNote } from '../../analysis/events/title-note.js';
import { withUnitLabels } from '../../analysis/events/units.js';
import { fail } from '../context.js';
import { renderIn } from '../columns.js';
import { parseLang } from '../lang.js';
import { parseFormat } from '../format.js';

const collect = (v: string, prior: string[] = []) => [...prior, v];

interface EventsOptions {
  actor?: string[];
  kind?: string[];
  from?: string;
  to?: string;
  lang: string;
  format: string;
}

export function registerEvents(program: Command): void {
  program
    .command('events')
    .description('the timeline of policy events, each with its source')
    .option('--actor <actor>', 'US, MX, GT, HN, SV or bilateral (repeatable; commas for several)', collect)
    .option('--kind <kind>', 'policy-start, policy-end, deployment, agreement, request, commitment, delivery or proposal (repeatable)', collect)
    .option('--from <period>', 'first month: YYYY-MM (or YYYY, YYYY-MM-DD); keeps policies still in force then')
    .option('--to <period>', 'last month: YYYY-MM (or YYYY, YYYY-MM-DD)')
    .option('--lang <lang>', 'en or es', 'en')
    .option('--format <format>', 'table, csv or json', 'table')
    .action((opts: EventsOptions) => {
      try {
        const format = parseFormat(opts.format);
        const lang = parseLang(opts.lang);
        const events = filterEvents(loadEvents(), opts);
        const records = events.map((e) => ({
          date: e.datePrecision === 'month' ? e.date.slice(0, 7) : e.date,
          end: e.endDate ?? '',
          id: e.id,
          actor: e.actor,
          // The code, which --kind takes; a Spanish table names it in Spanish first (CSV and JSON keep the code, as query's do).
          kind: lang === 'es' && format === 'table' ? `${KIND_WORDS[e.kind].es} (${e.kind})` : e.kind,
          // A request: who asked whom.
          asked: e.asked ? `${e.asked.by} → ${e.asked.of}` : '',
          title: e.title[lang],
          verified: e.verified ? (lang === 'es' ? 'sí' : 'yes') : lang === 'es' ? 'no (ver nota)' : 'no (see note)',
          // The document's own title, never translated: a reader of the other language is told so, and
          // in Spanish it is quoted «as published».
          document: titleNote(e, lang) ? `${lang === 'es' ? `«${e.source.title}»` : e.source.title} (${titleNote(e, lang)})` : e.source.title,
          source: e.source.url,
          // What is unconfirmed (an unverified entry), then how the date was checked: long, so in
          // the CSV only, not the on-screen table.
          ...(format === 'csv' ? { note: [e.note?.[lang], e.evidence.note?.[lang]].filter(Boolean).join(' ') } : {}),
        }));
        if (format === 'json') {
          process.stdout.write(`${JSON.stringify(events.map((e) => withUnitLabels(withTitleNote(e, lang), lang)), null, 2)}\n`);
          return;
        }
        process.stdout.write(`${renderIn(lang, format, records)}\n`);
      } catch (e) {
        fail(e);
      }
    });
}
