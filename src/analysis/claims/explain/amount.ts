/** Says in words what a count check found. */
import type { Stated } from '../quantity.js';
import type { Bilingual, Lang, Point } from '../types.js';
import { asOfLabel, COUNT_QUALIFIER, figure, num } from '../words.js';


function one(p: Point | undefined, stated: Stated, lang: Lang): { short: string; long: string } {
  const es = lang === 'es';
  if (!p) return { short: es ? 'el almacén no tiene cifra para ese periodo' : 'the store has no figure for that period', long: es ? 'El almacén no tiene cifra para ese periodo con esta definición.' : 'The store has no figure for that period under this definition.' };
  const claimed = `${COUNT_QUALIFIER[stated.qualifier][lang]}${num(stated.value)}`;
  const incomplete = p.complete
    ? ''
    : p.asOf
      ? es
        ? ` La cifra es un nivel (no una suma): el ${p.expectedParts <= 12 ? 'de' : 'del'} ${asOfLabel(p, lang)}, el último que el almacén tiene en el periodo; al final del periodo pudo ser otro.`
        : ` The figure is a level (not a sum): that of ${asOfLabel(p, lang)}, the latest the store has in the period; at the period's end it may have been another.`
      : es
        ? ' El periodo está incompleto: la cifra es un mínimo.'
        : ' The period is incomplete: the figure is a lower bound.';
  return {
    short: p.value === null ? (es ? 'cifra suprimida' : 'suppressed figure') : `${num(p.value)} (${es ? 'se afirma' : 'claimed'} ${claimed})`,
    long: `${figure(p, lang)}.${incomplete} ${es ? 'Se afirma' : 'Claimed'}: ${claimed}.`,
  };
}

export function explainAmount(p: Point | undefined, stated: Stated): { short: Bilingual; long: Bilingual } {
  const en = one(p, stated, 'en');
  const es = one(p, stated, 'es');
  return { short: { en: en.short, es: es.short }, long: { en: en.long, es: es.long } };
}
