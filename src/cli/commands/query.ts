import type { Command } from 'commander';
import type { Dimension } from '../../model/index.js';
import type { SeriesRequest } from '../../store/query/plan.js';
import { showPeriod } from '../../store/query/periods.js';
import { buildRequest } from '../../store/query/request.js';
import { resolveCode } from '../../store/query/resolve-codes.js';
import { corridorTable, corridorView } from '../../analysis/corridor/view.js';
import { UsageError } from '../../errors.js';
import type { Format } from '../format.js';
import { querySeries } from '../../store/query/series.js';
import { whyNoRows } from '../../store/query/no-rows.js';
import type { Store } from '../../store/open.js';
import { parseFormat, render } from '../format.js';
import { readStore, type GlobalOptions } from '../context.js';
import { codeLabeler, codeNamer } from '../code-names.js';
import { csv } from '../../format/records.js';
import { flatten, labelRows } from '../../analysis/export/series-table.js';
import { corridorWords } from '../corridor-words.js';
import { renderIn } from '../columns.js';
import { parseLang } from '../lang.js';
import { queryWords } from '../query-words.js';

export interface QueryCliOptions {
  measure?: string;
  where?: string[];
  by?: string[];
  grain: string;
  from?: string;
  to?: string;
  source?: string;
  dataset?: string;
  vintage?: string;
  format: string;
  explain?: boolean;
  corridor?: boolean;
  citizenship?: string;
}

/** Turns command-line options into a validated series request (codes resolved, periods normalised). */
export function requestFrom(store: Store, opts: QueryCliOptions & { measure: string }): Promise<SeriesRequest> {
  return buildRequest(store.conn, opts);
}

const collect = (v: string, prior: string[] = []) => [...prior, v];

export function registerQuery(program: Command): void {
  program
    .command('query')
    .description('a series of one measure, filtered and grouped, from the best source for each period')
    .option('--measure <id>', 'measure id (see "corridor measures")')
    .option('--corridor', 'a nationality\'s path along the corridor, stage by stage (with --citizenship)')
    .option('--citizenship <code>', 'with --corridor: the nationality, e.g. HND or Honduras')
    .option('--lang <lang>', 'names beside codes (and, with --corridor, every label) in en or es', 'en')
    .option('--where <dim=value>', 'filter, e.g. citizenship=HND or geography=US-SWB (repeatable; commas for several values)', collect)
    .option('--by <dim>', 'break down by a dimension (repeatable)', collect)
    .option('--grain <grain>', 'month, fy (US fiscal year) or cy (calendar year)', 'month')
    .option('--from <period>', 'first period: YYYY-MM, YYYY, FYYYYY or CYYYYY')
    .option('--to <period>', 'last period: YYYY-MM, YYYY, FYYYYY or CYYYYY')
    .option('--source <id>', 'only this source')
    .option('--dataset <id>', 'only this published table, SOURCE/TABLE (see "corridor sources")')
    .option('--vintage <n>', 'this vintage of --source instead of the latest')
    .option('--explain', 'also list the tables considered and why each could or could not answer')
    .option('--format <format>', 'table, csv or json', 'table')
    .action(async (opts: QueryCliOptions, cmd: Command) => {
      const format = parseFormat(opts.format);
      await readStore(cmd.optsWithGlobals<GlobalOptions>(), async (store) => {
        if (opts.corridor) return printCorridor(store, opts, format);
        if (!opts.measure) throw new UsageError('--measure is required (or --corridor with --citizenship)', 'falta --measure (o --corridor con --citizenship)');
        const req = await requestFrom(store, opts as QueryCliOptions & { measure: string });
        const result = await querySeries(store.conn, req);
        const dims = [...new Set(result.rows.flatMap((r) => Object.keys(r.keys)))] as Dimension[];
        // A table is read by people: each code with its name (MX-07 Chiapas). CSV and JSON keep the codes alone.
        const name = format === 'table' ? await codeNamer(store.conn, dims, (opts as { lang?: string }).lang === 'es' ? 'es' : 'en', (d) => result.rows.flatMap((r) => r.keys[d] ?? [])) : (_d: Dimension, code: string) => code;
        const lang = parseLang((opts as { lang?: string }).lang);
        const words = queryWords(lang);
        if (format === 'csv') {
          // The CSV is the API's download (/api/export?format=csv), written by the same writer: the period's
          // first day and label, the grain, each key's code and label in --lang, complete as true/false with its
          // parts (a stock's as_of), source, table, vintage and rounding; field names the same in both languages.
          const label = await codeLabeler(store.conn, dims, lang, (d) => result.rows.flatMap((r) => r.keys[d] ?? []));
          const flat = flatten(labelRows(result.rows, label), result.request.by);
          process.stdout.write(`${csv(flat.records, flat.columns.map((c) => c.name))}\n`);
        } else {
          const records = result.rows.map((r) => ({
            period: showPeriod(r.period, r.grain),
            ...Object.fromEntries(dims.map((d) => [d, r.keys[d] ? name(d, r.keys[d]!) : ''])),
            value: r.value,
            // A stock short of the period's end is a level on its last day known, not a partial sum.
            complete: r.complete ? words.yes : r.asOf !== undefined ? words.levelOn(r.asOf, r.expectedParts <= 12) : r.parts < r.expectedParts && r.expectedParts > 1 ? words.partial(r.parts, r.expectedParts) : words.partial(),
            source: r.source,
            dataset: r.dataset,
            vintage: r.vintage,
          }));
          process.stdout.write(`${renderIn(lang, format, records, result)}\n`);
        }
        // How the range was read, when it is more than was typed (FY2023 at --grain cy is 2022 and 2023): on
        // stderr in every format, so a CSV or JSON on stdout stays what it is (the JSON also holds them, in both languages).
        for (const n of result.notices) process.stderr.write(`corridor: ${n[lang]}\n`);
        // No row: why, from what each table considered said (a grain to ask for only when the grain is why).
        const why = await whyNoRows(store.conn, result);
        if (why) process.stderr.write(`${why[lang]}\n`);
        if (format === 'table' && (opts.explain || result.rows.length === 0)) {
          process.stdout.write(`\n${words.considered}\n`);
          for (const c of result.considered) process.stdout.write(`  ${c.answer ? '+' : '-'} ${c.dataset} (${words.vintage} ${c.vintage})${c.reason ? `: ${lang === 'es' ? c.reason_es ?? c.reason : c.reason}` : ''}\n`);
        }
      });
    });
}

/** The corridor view: one table by month and one by year, then the legend and what is missing. */
async function printCorridor(store: Store, opts: QueryCliOptions & { lang?: string }, format: Format): Promise<void> {
  if (!opts.citizenship) throw new UsageError('--corridor needs --citizenship (e.g. HND or Honduras)', '--corridor necesita --citizenship (p. ej. HND u Honduras)');
  const lang = opts.lang === 'es' ? 'es' : 'en';
  const words = corridorWords(lang);
  const citizenship = await resolveCode(store.conn, 'citizenship', opts.citizenship);
  const view = await corridorView(store.conn, citizenship, opts.from, opts.to);
  if (format === 'json') {
    process.stdout.write(`${JSON.stringify(view, null, 2)}\n`);
    return;
  }
  for (const grain of ['month', 'cy'] as const) {
    const t = corridorTable(view, grain, lang);
    if (t.columns.length === 0) continue;
    const records = t.rows.map((r) => ({
      period: showPeriod(r.period, grain),
      ...Object.fromEntries(t.columns.map((c) => {
        const v = r.values[c.id];
        return [c.id, v === null ? null : v.complete ? v.value : v.value === null ? null : `${v.value.toLocaleString('en-US')}*`];
      })),
    }));
    process.stdout.write(`${renderIn(lang, format, records)}\n\n`);
    if (format === 'table') {
      for (const c of t.columns) process.stdout.write(`  ${c.id}: ${c.label} [${words.stage(c.stage)}] ${words.source}: ${c.sources.join(', ')}\n`);
      process.stdout.write(`  ${words.partial}\n\n`);
    }
  }
  if (format === 'table') {
    const missing = view.entries.filter((e) => e.missing);
    if (missing.length) {
      process.stdout.write(`${words.noFigures(citizenship)}:\n`);
      for (const m of missing) process.stdout.write(`  ${m.entry.id}: ${words.missing(m.missing!, m.missingEs)}\n`);
    }
  }
}
