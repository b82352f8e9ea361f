/**
 * corridor impact: the effect of a timeline event on a series, against a counterfactual
 * forecast from the months before it (docs/IMPACT.md), optionally against a control.
 */
import type { Command } from 'commander';
import { estimateImpact } from '../../analysis/impact/impact.js';
import { showMonth } from '../../analysis/impact/months.js';
import { POSITION_LABELS } from '../../analysis/impact/overlap.js';
import type { ImpactResult } from '../../analysis/impact/types.js';
import { UsageError } from '../../errors.js';
import { dayWords, monthWords } from '../../model/index.js';
import { readStore, type GlobalOptions } from '../context.js';
import { parseFormat, render } from '../format.js';

const collect = (v: string, prior: string[] = []) => [...prior, v];

interface ImpactOptions {
  event: string;
  measure: string;
  where?: string[];
  control?: string;
  controlWhere?: string[];
  windowBefore: string;
  windowAfter: string;
  level: string;
  model: string;
  lang: string;
  format: string;
}

type Lang = 'en' | 'es';

const HEAD = {
  en: { month: 'month', observed: 'observed', cf: 'counterfactual', effect: 'effect', low: 'low', high: 'high', cum: 'cumulative', sig: 'significant', yes: 'yes' },
  es: { month: 'mes', observed: 'observado', cf: 'contrafactual', effect: 'efecto', low: 'mín', high: 'máx', cum: 'acumulado', sig: 'significativo', yes: 'sí' },
};

export function monthRecords(r: ImpactResult, lang: Lang) {
  const h = HEAD[lang];
  const round = (x: number) => Math.round(x);
  return r.months.map((m) => ({
    [h.month]: showMonth(m.period),
    [h.observed]: m.observed,
    [h.cf]: round(m.counterfactual),
    [h.effect]: round(m.effect),
    [`${h.effect} ${h.low}`]: round(m.effectInterval.lower),
    [`${h.effect} ${h.high}`]: round(m.effectInterval.upper),
    [h.cum]: round(m.cumulative.effect),
    [`${h.cum} ${h.low}`]: round(m.cumulative.interval.lower),
    [`${h.cum} ${h.high}`]: round(m.cumulative.interval.upper),
    [h.sig]: m.cumulative.significant ? h.yes : '',
  }));
}

function printImpact(r: ImpactResult, lang: Lang): string {
  const es = lang === 'es';
  const last = r.months.at(-1)!.cumulative;
  const pct = (x: number) => `${x > 0 ? '+' : ''}${(100 * x).toFixed(1)}%`;
  const lines = [
    es
      ? `Efecto de "${r.event.title.es}" (${r.event.id}, ${dayWords(r.event.date).es}) en ${r.measure}${r.where.length ? ` donde ${r.where.join(', ')}` : ''}${r.control ? `, frente al control ${r.control.where.join(', ')}` : ''}`
      : `Effect of "${r.event.title.en}" (${r.event.id}, ${dayWords(r.event.date).en}) on ${r.measure}${r.where.length ? ` where ${r.where.join(', ')}` : ''}${r.control ? `, against the control ${r.control.where.join(', ')}` : ''}`,
    es
      ? `Modelo ${r.model}${r.log ? ' (log)' : ''} ajustado a ${monthWords(r.pre.from).es} – ${monthWords(r.pre.to).es} (${r.pre.months} meses); intervalos al ${r.level}%, ${r.intervals.method === 'calibrated' ? `calibrados con ${r.intervals.origins} orígenes de prueba retrospectiva` : 'del modelo'}`
      : `Model ${r.model}${r.log ? ' (log)' : ''} fitted to ${monthWords(r.pre.from).en} – ${monthWords(r.pre.to).en} (${r.pre.months} months); ${r.level}% intervals, ${r.intervals.method === 'calibrated' ? `calibrated on ${r.intervals.origins} back-test origins` : "the model's own"}`,
    '',
    render('table', monthRecords(r, lang)),
    '',
    es
      ? `En ${r.post.months} meses: observado ${last.observed.toLocaleString('en-US')}, contrafactual ${Math.round(last.counterfactual).toLocaleString('en-US')}, efecto ${Math.round(last.effect).toLocaleString('en-US')} (${pct(last.relativeEffect)}), intervalo [${Math.round(last.interval.lower).toLocaleString('en-US')}, ${Math.round(last.interval.upper).toLocaleString('en-US')}]${last.significant ? ', significativo' : ', no significativo'}.`
      : `Over ${r.post.months} months: observed ${last.observed.toLocaleString('en-US')}, counterfactual ${Math.round(last.counterfactual).toLocaleString('en-US')}, effect ${Math.round(last.effect).toLocaleString('en-US')} (${pct(last.relativeEffect)}), interval [${Math.round(last.interval.lower).toLocaleString('en-US')}, ${Math.round(last.interval.upper).toLocaleString('en-US')}]${last.significant ? ', significant' : ', not significant'}.`,
  ];
  if (r.overlapping.length) {
    lines.push('', es ? 'Otros eventos en la ventana (listados, no atribuidos):' : 'Other events in the window (listed, not attributed):');
    for (const e of r.overlapping) {
      lines.push(`  ${e.date}  ${e.id}  ${e.title[lang]} — ${POSITION_LABELS[e.position][lang]}${e.related ? (es ? ' (relacionado)' : ' (related)') : ''}`);
    }
  }
  if (r.notes.length) lines.push('', ...r.notes.map((n) => `${es ? 'Nota' : 'Note'}: ${n[lang]}`));
  lines.push('', `${es ? 'Método' : 'Method'}: ${r.method[lang]}`);
  lines.push(`${es ? 'Fuentes' : 'Sources'}: ${r.sources.map((s) => `${s.dataset} v${s.vintage} ${showMonth(s.from)}–${showMonth(s.to)}${r.control ? ` (${s.series})` : ''}`).join('; ')}`);
  return lines.join('\n');
}

function whole(text: string, what: string): number {
  const n = Number(text);
  if (!Number.isInteger(n)) throw new UsageError(
    `--${what} takes a whole number, not "${text}"`,
    `--${what} lleva un número entero, no "${text}"`,
  );
  return n;
}

export function registerImpact(program: Command): void {
  program
    .command('impact')
    .description('the effect of a timeline event on a series: observed minus a counterfactual forecast from the months before it')
    .requiredOption('--event <id>', 'timeline event id (see "corridor events"), e.g. title42-end')
    .requiredOption('--measure <id>', 'the measure, e.g. encounters')
    .option('--where <dim=value>', 'filters, as in "corridor query", one value each (repeatable)', collect)
    .option('--control <dim=value>', 'a control series: the same filters with this one in place (e.g. citizenship=MEX)')
    .option('--control-where <dim=value>', "the control's own filters instead (repeatable)", collect)
    .option('--window-before <months>', 'months before the event the model is fitted to', '36')
    .option('--window-after <months>', 'months after the event estimated', '12')
    .option('--level <percent>', 'interval level', '95')
    .option('--model <id>', 'snaive, ets, theta, arima (slow) or mstl', 'ets')
    .option('--lang <lang>', 'en or es', 'en')
    .option('--format <format>', 'table (text), csv (the months) or json (everything)', 'table')
    .action(async (opts: ImpactOptions, cmd: Command) => {
      const format = parseFormat(opts.format);
      const lang: Lang = opts.lang === 'es' ? 'es' : 'en';
      await readStore(cmd.optsWithGlobals<GlobalOptions>(), async (store) => {
        const r = await estimateImpact(store.conn, {
          event: opts.event,
          measure: opts.measure,
          where: opts.where,
          control: opts.control,
          controlWhere: opts.controlWhere,
          windowBefore: whole(opts.windowBefore, 'window-before'),
          windowAfter: whole(opts.windowAfter, 'window-after'),
          level: Number(opts.level),
          model: opts.model,
        });
        if (format === 'json') process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
        else if (format === 'csv') process.stdout.write(`${render('csv', monthRecords(r, lang))}\n`);
        else process.stdout.write(`${printImpact(r, lang)}\n`);
      });
    });
}
