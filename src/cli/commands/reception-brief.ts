/**
 * corridor reception brief: a printable brief of a reception plan (the same inputs as
 * `reception plan`), a cover and a page per city, as HTML (--html FILE) and as a PDF printed
 * with Debian's Chromium (--out FILE.pdf), in English, Spanish or both (docs/RECEPTION.md).
 */
import type { Command } from 'commander';
import { briefHtml, PRINTABLE, type Paper } from '../../analysis/reception/brief/html.js';
import type { BriefLang } from '../../analysis/reception/brief/labels.js';
import { planProvenance } from '../../analysis/reception/brief/provenance.js';
import { receptionPlan } from '../../analysis/reception/run.js';
import { UsageError } from '../../errors.js';
import { htmlToPdf, pdfPageCount } from '../../lib/pdf/print.js';
import { readStore, type GlobalOptions } from '../context.js';
import { planOptions, withInputOptions, type CliPlanOptions } from './reception-options.js';
import { checkOutputPath, writeOutput, wroteSaid } from '../output-file.js';

interface BriefCliOptions extends Omit<CliPlanOptions, 'format' | 'lang'> {
  out?: string;
  html?: string;
  lang: string;
  paper: string;
}

const FOOTER = { en: 'corridor · reception brief', es: 'corridor · informe de recepción', both: 'corridor · reception brief / informe de recepción' };

export function registerReceptionBrief(reception: Command): void {
  withInputOptions(reception.command('brief').description('a printable brief of a plan: a cover, then one page per city (PDF through Chromium, or HTML)'))
    .option('--out <file.pdf>', 'the PDF to write (default: reception-brief.pdf unless --html is given)')
    .option('--html <file.html>', 'also (or only) write the HTML; needs no browser')
    .option('--lang <lang>', 'en, es or both (both languages on the page)', 'both')
    .option('--paper <size>', 'A4 or Letter', 'A4')
    .action(async (o: BriefCliOptions, cmd: Command) => {
      const lang = o.lang as BriefLang;
      if (!['en', 'es', 'both'].includes(lang)) throw new UsageError(
        `--lang is en, es or both, not "${o.lang}"`,
        `--lang es en, es o both, no "${o.lang}"`,
      );
      const paper = ({ a4: 'A4', letter: 'Letter' } as Record<string, Paper>)[o.paper.toLowerCase()];
      if (!paper) throw new UsageError(
        `--paper is A4 or Letter, not "${o.paper}"`,
        `--paper es A4 o Letter, no "${o.paper}"`,
      );
      const out = o.out ?? (o.html ? undefined : 'reception-brief.pdf');
      if (out && !out.toLowerCase().endsWith('.pdf')) throw new UsageError(
        `--out names a .pdf file, not "${out}" (use --html for HTML)`,
        `--out nombra un archivo .pdf, no "${out}" (use --html para HTML)`,
      );
      if (o.html) checkOutputPath('--html', o.html);
      if (out) checkOutputPath('--out', out);
      const opts = planOptions({ ...o, format: 'json', lang: 'en' });
      const html = await readStore(cmd.optsWithGlobals<GlobalOptions>(), async (store) => {
        const plan = await receptionPlan(store.conn, opts);
        const provenance = await planProvenance(store.conn, plan.sources ?? []);
        return briefHtml(plan, { lang, paper, provenance, made: new Date().toISOString().slice(0, 10) });
      });
      if (o.html) {
        writeOutput('--html', o.html, html);
        process.stderr.write(`${wroteSaid(o.html, lang)}\n`);
      }
      if (out) {
        const pdf = await htmlToPdf(html, { footer: FOOTER[lang], fit: { selector: 'section.page', ...PRINTABLE[paper] } });
        writeOutput('--out', out, pdf);
        process.stderr.write(`${wroteSaid(out, lang, pdfPageCount(pdf))}\n`);
      }
    });
}
