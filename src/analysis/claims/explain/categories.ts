/** Says in words what a check across categories, a comparison of two, or a "first time" found. */
import type { Dimension } from '../../../model/index.js';
import type { CategoryResult, PairResult } from '../categories.js';
import type { FirstResult } from '../first.js';
import { periodLabel, rangeLabel, runs } from '../periods.js';
import type { Stated } from '../quantity.js';
import type { Bilingual, Direction, Grain, Lang } from '../types.js';
import { codeLabel, figure, num, type Labels } from '../words.js';

const both = (f: (lang: Lang) => { short: string; long: string }) => {
  const en = f('en');
  const es = f('es');
  return { short: { en: en.short, es: es.short } as Bilingual, long: { en: en.long, es: es.long } as Bilingual };
};

const KIND: Partial<Record<Dimension, Bilingual>> = {
  citizenship: { en: 'nationalities', es: 'nacionalidades' },
  geography: { en: 'places', es: 'lugares' },
  demographic: { en: 'groups', es: 'grupos' },
  component: { en: 'components', es: 'componentes' },
  authority: { en: 'authorities', es: 'autoridades' },
};

export function explainCategory(r: CategoryResult, dim: Dimension, direction: Direction, grain: Grain, labels: Labels) {
  return both((lang) => {
    const es = lang === 'es';
    const name = (code: string) => codeLabel(dim, code, lang, labels);
    const kinds = KIND[dim]?.[lang] ?? dim;
    if (r.reason === 'no-breakdown') {
      const msg = es ? `ninguna tabla del almacén desglosa ese periodo por ${kinds}` : `no table in the store breaks that period down by ${kinds}`;
      return { short: msg, long: `${msg}.` };
    }
    if (r.reason === 'no-member' || !r.memberPoint) {
      const msg = es ? `el desglose no incluye ${name(r.member)}` : `the breakdown does not include ${name(r.member)}`;
      return { short: msg, long: `${msg}.` };
    }
    const period = periodLabel(r.memberPoint.period, grain, lang);
    if (r.reason === 'residual' && r.residual) {
      const msg = es
        ? `${name(r.member)} tuvo ${num(r.memberPoint.value!)} en ${period}, pero el grupo "otros" (${num(r.residual.point.value!)}) podría ocultar una categoría mayor`
        : `${name(r.member)} had ${num(r.memberPoint.value!)} in ${period}, but the "other" group (${num(r.residual.point.value!)}) could hide a larger category`;
      return { short: msg, long: `${msg}. ${figure(r.memberPoint, lang)}.` };
    }
    // The end of the ranking the claim is about: the first three, or for "fewest" the last three.
    const ends = direction === 'max' ? r.ranking.slice(0, 3) : r.ranking.slice(-3).reverse();
    const top = ends.map((x) => `${name(x.code)} ${num(x.point.value!)}`).join(', ');
    const topWord = direction === 'max' ? (es ? 'Los primeros' : 'Top') : es ? 'Los que menos' : 'Fewest';
    const ordinal = r.position === 1 ? (es ? 'primero' : 'first') : `${es ? 'en el lugar' : 'number'} ${r.position}`;
    const most = direction === 'max' ? 'most' : 'fewest';
    // For "fewest" the places are counted from the one with the fewest.
    const from = direction === 'max' ? '' : es ? ', contando desde el que menos tuvo,' : ', counting from the fewest,';
    const rank = es ? `${name(r.member)} quedó ${ordinal} de ${r.ranking.length} ${kinds}${from} en ${period}, con ${num(r.memberPoint.value!)}` : `${name(r.member)} ranked ${ordinal} of ${r.ranking.length} ${kinds}${from} in ${period}, with ${num(r.memberPoint.value!)}`;
    let short = rank;
    if (r.status === 'false') short += es ? `; ${name(r.beyond[0].code)} tuvo la cifra más ${direction === 'max' ? 'alta' : 'baja'} (${num(r.beyond[0].point.value!)})` : `; ${name(r.beyond[0].code)} had the ${most} (${num(r.beyond[0].point.value!)})`;
    if (r.status === 'tied') short += es ? `, empatado con ${r.tied.map((x) => name(x.code)).join(', ')}` : `, tied with ${r.tied.map((x) => name(x.code)).join(', ')}`;
    if (r.status === 'undetermined') short += es ? `; la diferencia con ${r.close.map((x) => name(x.code)).join(', ')} está dentro del redondeo del editor` : `; the gap to ${r.close.map((x) => name(x.code)).join(', ')} is within the publisher's rounding`;
    const partial = r.memberPoint.complete ? '' : es ? ' El periodo está incompleto; todas las cifras cubren los mismos meses.' : ' The period is incomplete; every figure covers the same months.';
    return { short, long: `${short}. ${topWord}: ${top}. ${figure(r.memberPoint, lang)}.${partial}` };
  });
}

export function explainPair(r: PairResult, a: string, b: string, direction: 'more' | 'less', dim: Dimension, grain: Grain, firstTime: boolean, labels: Labels) {
  return both((lang) => {
    const es = lang === 'es';
    const name = (code: string) => codeLabel(dim, code, lang, labels);
    if (!r.a || !r.b) {
      const msg = es ? `el almacén no tiene cifra de ${name(!r.a ? a : b)} para ese periodo` : `the store has no figure for ${name(!r.a ? a : b)} in that period`;
      return { short: msg, long: `${msg}.` };
    }
    const period = periodLabel(r.a.period, grain, lang);
    let short = `${name(a)} ${num(r.a.value!)} ${es ? 'frente a' : 'against'} ${name(b)} ${num(r.b.value!)} ${es ? 'en' : 'in'} ${period}`;
    if (r.reason === 'close') short += es ? '; la diferencia está dentro del redondeo del editor' : "; the difference is within the publisher's rounding";
    if (firstTime && r.earlier.length) {
      const e = r.earlier[r.earlier.length - 1];
      const word = direction === 'more' ? (es ? 'más' : 'more') : es ? 'menos' : 'fewer';
      short += es ? `; no fue la primera vez: ya hubo ${word} en ${r.earlier.length} periodos anteriores (el último, ${periodLabel(e.period, grain, lang)})` : `; not the first time: ${name(a)} already had ${word} in ${r.earlier.length} earlier periods (the last, ${periodLabel(e.period, grain, lang)})`;
    } else if (firstTime && r.status === 'true') {
      short += es ? '; ningún periodo anterior del almacén tuvo esa relación' : '; no earlier period in the store stood that way';
    }
    return { short, long: `${short}. ${figure(r.a, lang)}; ${figure(r.b, lang)}.` };
  });
}

export function explainFirst(r: FirstResult, stated: Stated, grain: Grain) {
  return both((lang) => {
    const es = lang === 'es';
    if (!r.target) return { short: es ? 'el almacén no tiene cifra para ese periodo' : 'the store has no figure for that period', long: '.' };
    const head = figure(r.target, lang);
    const over = `${es ? 'más de' : 'more than'} ${num(stated.value)}`;
    if (r.reason === 'below') {
      const msg = es ? `${num(r.target.value!)}: no superó ${num(stated.value)}` : `${num(r.target.value!)}: it did not pass ${num(stated.value)}`;
      return { short: msg, long: `${head}. ${msg}.` };
    }
    let short: string;
    if (r.earlier.length) {
      const e = r.earlier[r.earlier.length - 1];
      short = es ? `${num(r.target.value!)}, pero no por primera vez: ${r.earlier.length} periodos anteriores tuvieron ${over} (el último, ${periodLabel(e.period, grain, lang)}: ${num(e.value!)})` : `${num(r.target.value!)}, but not for the first time: ${r.earlier.length} earlier periods had ${over} (the last, ${periodLabel(e.period, grain, lang)}: ${num(e.value!)})`;
    } else if (r.missing.length) {
      const gaps = runs(r.missing, grain).map(([x, y]) => rangeLabel(x, y, grain, lang)).join(', ');
      short = es ? `${num(r.target.value!)}; no se puede saber si fue la primera vez: faltan cifras (${gaps})` : `${num(r.target.value!)}; whether it was the first time cannot be told: figures are missing (${gaps})`;
    } else {
      const start = r.seriesStart ? periodLabel(r.seriesStart, grain, lang) : '';
      short = es ? `${num(r.target.value!)}, y ningún periodo anterior${r.lastBefore ? ' del lapso' : ` del almacén (desde ${start})`} tuvo ${over}` : `${num(r.target.value!)}, and no earlier period${r.lastBefore ? ' in the span' : ` in the store (from ${start})`} had ${over}`;
      if (r.lastBefore) short += es ? `; la última vez fue ${periodLabel(r.lastBefore.period, grain, lang)} (${num(r.lastBefore.value!)})` : `; the last time was ${periodLabel(r.lastBefore.period, grain, lang)} (${num(r.lastBefore.value!)})`;
    }
    return { short, long: `${head}. ${short}.` };
  });
}
