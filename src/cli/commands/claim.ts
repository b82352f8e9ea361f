/**
 * corridor claim: checks a claim typed in plain words (docs/CLAIMS.md lists the forms),
 * or, with --measure and --period instead of a claim, computes the statements the
 * figures support (rank, "the most since", change, share).
 */
import type { Command } from 'commander';
import { checkClaim, type ClaimCheck } from '../../analysis/claims/check.js';
import { computeStatements, type Statements } from '../../analysis/claims/statements.js';
import type { Lang } from '../../analysis/claims/types.js';
import { UsageError } from '../../errors.js';
import { readStore, type GlobalOptions } from '../context.js';
import { parseFormat } from '../format.js';

const collect = (v: string, prior: string[] = []) => [...prior, v];

interface ClaimOptions {
  measure?: string;
  where?: string[];
  period?: string;
  grain?: string;
  lang?: string;
  format: string;
}

function printCheck(r: ClaimCheck, lang: Lang): string {
  const lines = [r.summary[lang], ''];
  for (const c of r.checks) {
    lines.push(`• ${c.label[lang]}`, `  ${c.explanation[lang]}`, '');
  }
  for (const c of r.context) {
    lines.push(`• ${lang === 'es' ? 'Contexto, no cambia el veredicto' : 'Context, not part of the verdict'}: ${c.label[lang]}`, `  ${c.explanation[lang]}`, '');
  }
  if (r.instead) {
    lines.push(`• ${lang === 'es' ? 'En su lugar, no cambia el veredicto' : 'Instead, not part of the verdict'}: ${r.instead.label[lang]}`);
    for (const c of r.instead.checks) lines.push(`  ${c.explanation[lang]}`);
    lines.push(`  ${r.instead.why[lang].charAt(0).toUpperCase()}${r.instead.why[lang].slice(1)}.`, '');
  }
  if (r.notUnderstood) lines.push(`${lang === 'es' ? 'No entendido' : 'Not understood'}: ${r.notUnderstood[lang]}`);
  if (r.understood.length) lines.push(`${lang === 'es' ? 'Entendido' : 'Understood'}: ${r.understood.map((u) => u[lang]).join('; ')}`);
  for (const a of r.assumptions) lines.push(`${lang === 'es' ? 'Supuesto' : 'Assumption'}: ${a[lang]}`);
  lines.push(`${lang === 'es' ? 'Fuentes' : 'Sources'}: ${r.sources.map((s) => `${s.dataset} (${s.source}, ${lang === 'es' ? 'versión' : 'vintage'} ${s.vintage})`).join('; ') || '-'}`);
  return lines.join('\n');
}

function printStatements(s: Statements, lang: Lang): string {
  const lines = [s.heading[lang], ''];
  for (const st of s.statements) lines.push(`• ${st.text[lang]}`);
  if (s.caveats.length) lines.push('', ...s.caveats.map((c) => `${lang === 'es' ? 'Advertencia' : 'Caveat'}: ${c[lang]}`));
  return lines.join('\n');
}

export function registerClaim(program: Command): void {
  program
    .command('claim [text]')
    .description('check a claim in plain words ("March 2021 had the most southwest border encounters in two decades"), or compute statements for a series')
    .option('--measure <id>', 'without a claim: the measure to compute statements for (e.g. encounters)')
    .option('--where <dim=value>', 'without a claim: filters, as in "corridor query" (repeatable)', collect)
    .option('--period <period>', 'without a claim: the period the statements are about (YYYY-MM, YYYY or FYYYYY)')
    .option('--grain <grain>', "without a claim: month, fy or cy (default: the period's own: 2021-03 a month, 2021 a calendar year, FY2021 a fiscal year)")
    .option('--lang <lang>', 'en or es (default: the language of the claim)')
    .option('--format <format>', 'table (text) or json', 'table')
    .action(async (text: string | undefined, opts: ClaimOptions, cmd: Command) => {
      const format = parseFormat(opts.format);
      const lang = opts.lang === 'es' ? 'es' : opts.lang === 'en' ? 'en' : undefined;
      await readStore(cmd.optsWithGlobals<GlobalOptions>(), async (store) => {
        if (text !== undefined) {
          const r = await checkClaim(store.conn, text, lang);
          process.stdout.write(`${format === 'json' ? JSON.stringify(r, null, 2) : printCheck(r, lang ?? r.lang)}\n`);
          return;
        }
        if (!opts.measure || !opts.period) throw new UsageError(
          'give a claim in quotes, or --measure and --period to compute statements',
          'dé una afirmación entre comillas, o --measure y --period para calcular afirmaciones',
        );
        const s = await computeStatements(store.conn, { measure: opts.measure, where: opts.where, grain: opts.grain, period: opts.period });
        process.stdout.write(`${format === 'json' ? JSON.stringify(s, null, 2) : printStatements(s, lang ?? 'en')}\n`);
      });
    });
}
