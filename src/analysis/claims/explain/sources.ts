/**
 * Says in words that other sources publish the same series with other figures (docs/DESIGN:
 * a disagreement between sources is never hidden): each source's own figures, how the claim
 * fares by them, and the store's reconciliation check that reports the difference.
 */
import { periodLabel } from '../periods.js';
import type { Bilingual, Grain, Lang, Point, Status } from '../types.js';
import type { OtherSource } from '../verdict.js';
import { num, pct, STATUS_WORD } from '../words.js';

/** One source's figures: "April 2021: 22,841" or, for a change, "calendar year 2021 against calendar year 2019: +49,822 (+63.7%)". */
function figuresOf(points: Point[], grain: Grain, lang: Lang): string {
  if (points.length === 2) {
    const [t, b] = points;
    const delta = t.value! - b.value!;
    const percent = b.value ? ` (${delta >= 0 ? '+' : ''}${pct((delta / b.value) * 100)})` : '';
    return `${periodLabel(t.period, grain, lang)}: ${num(t.value!)}; ${periodLabel(b.period, grain, lang)}: ${num(b.value!)}; ${lang === 'es' ? 'cambio' : 'change'} ${delta >= 0 ? '+' : '−'}${num(Math.abs(delta))}${percent}`;
  }
  return points.map((p) => `${periodLabel(p.period, grain, lang)}: ${num(p.value!)}`).join('; ');
}

/** "+4,140 (+22.1%) on the figure used". */
function gapOf(points: Point[], used: Point[], lang: Lang): string {
  if (points.length !== 1) return '';
  const d = points[0].value! - used[0].value!;
  const rel = used[0].value ? `, ${d >= 0 ? '+' : ''}${pct((d / used[0].value) * 100)}` : '';
  return ` (${d >= 0 ? '+' : '−'}${num(Math.abs(d))}${rel} ${lang === 'es' ? 'sobre la cifra usada' : 'on the figure used'})`;
}

function one(chosen: Status, status: Status, others: OtherSource[], used: Point[], checks: string[], grain: Grain, lang: Lang): { short: string; long: string } {
  const es = lang === 'es';
  const tables = [...new Set(used.map((p) => p.dataset))].join(', ');
  const each = others
    .map((o) => {
      const where = `${o.source} (${[...new Set(o.points.map((p) => `${p.dataset}, ${es ? 'versión' : 'vintage'} ${p.vintage}`))].join('; ')})`;
      return `${where}: ${figuresOf(o.points, grain, lang)}${gapOf(o.points, used, lang)}; ${es ? 'según esa fuente la afirmación es' : 'by that source the claim is'} ${STATUS_WORD[o.status][lang]}`;
    })
    .join('. ');
  const check = checks.length ? (es ? `; la comprobación de conciliación ${checks.join(', ')} ("corridor check") informa de la diferencia` : `; the reconciliation check ${checks.join(', ')} ("corridor check") reports the difference`) : '';
  const precedence = es ? `La precedencia del almacén toma ${tables} para este periodo${check}.` : `The store's precedence takes ${tables} for this period${check}.`;
  const verdict =
    status === chosen
      ? es ? `Según cada fuente la afirmación es ${STATUS_WORD[status].es}.` : `By every source the claim is ${STATUS_WORD[status].en}.`
      : status === 'undetermined'
        ? es ? 'Es verdadera según una fuente y falsa según otra: con el almacén no se puede decidir cuál tiene razón.' : 'It is true by one source and false by another: which is right cannot be settled from the store.'
        : es ? `El veredicto depende de qué fuente tenga razón: ${STATUS_WORD[status].es}.` : `The verdict depends on which source is right: ${STATUS_WORD[status].en}.`;
  const long = ` ${es ? 'Otras fuentes dan otras cifras' : 'Other sources give other figures'}: ${each}. ${precedence} ${verdict}`;
  // In the verdict's own line only when they change it; always in the explanation.
  const short = status === chosen ? '' : `; ${others.map((o) => `${o.source}: ${figuresOf(o.points, grain, lang)}`).join('; ')} — ${es ? 'las fuentes no coinciden' : 'the sources disagree'}`;
  return { short, long };
}

export function explainSources(chosen: Status, status: Status, others: OtherSource[], used: Point[], checks: string[], grain: Grain): { short: Bilingual; long: Bilingual } {
  const en = one(chosen, status, others, used, checks, grain, 'en');
  const es = one(chosen, status, others, used, checks, grain, 'es');
  return { short: { en: en.short, es: es.short }, long: { en: en.long, es: es.long } };
}
