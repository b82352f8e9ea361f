/** Says in words what a share check found, and which table its total came from. */
import type { Stated } from '../quantity.js';
import type { ShareResult } from '../share.js';
import type { Bilingual, Lang } from '../types.js';
import { figure, pct, sourceRef, STATUS_WORD, statedPercent } from '../words.js';

/** "upm-boletin, upm-boletin/presentados-by-state, vintage 10: 15,933 (62.9%, true by it)". */
function otherTotals(r: ShareResult, lang: Lang, stated?: Stated): string {
  const es = lang === 'es';
  return (r.otherTotals ?? [])
    .map((o) => `${sourceRef(o.total, lang)}: ${o.total.value!.toLocaleString('en-US')} (${pct(o.percent)}${stated ? `; ${es ? 'según ese total la afirmación es' : 'by that total the claim is'} ${STATUS_WORD[o.status][lang]}` : ''})`)
    .join('; ');
}

function one(r: ShareResult, lang: Lang, partLabel: string, totalLabel: string, stated?: Stated): { short: string; long: string } {
  const es = lang === 'es';
  if (!r.part || !r.total) {
    const msg = es ? `el almacén no tiene cifra para ${!r.part ? partLabel : totalLabel} en ese periodo` : `the store has no figure for ${!r.part ? partLabel : totalLabel} in that period`;
    return { short: msg, long: `${msg}.` };
  }
  const head = `${partLabel}: ${figure(r.part, lang)}; ${totalLabel}: ${figure(r.total, lang)}.`;
  if (r.percent === undefined) return { short: es ? 'no se puede calcular la proporción' : 'the share cannot be computed', long: head };
  const share = `${pct(r.percent)}`;
  const claimed = stated ? ` ${es ? 'Se afirma' : 'Claimed'}: ${statedPercent(stated, lang)}.` : '';
  const others = otherTotals(r, lang, stated);
  let tables = '';
  if (r.totalFrom === 'table') {
    tables = es ? ' El total es el de la misma tabla que la parte.' : ' The total is that of the same table as the part.';
    if (others) tables += es ? ` Otras tablas dan otro total para el periodo, que no se usa: ${others}.` : ` Other tables give another total for the period, not used: ${others}.`;
  } else if (r.totalFrom === 'source') {
    tables = es ? ' El total viene de otra tabla de la misma fuente.' : ' The total comes from another table of the same source.';
    if (others) tables += es ? ` Otras fuentes dan otro total para el periodo, que no se usa: ${others}.` : ` Other sources give another total for the period, not used: ${others}.`;
  } else if (r.part.dataset !== r.total.dataset) {
    tables = es ? ' Las dos cifras vienen de tablas distintas: la tabla de la parte no tiene el total.' : " The two figures come from different tables: the part's table has no total.";
    if (others) tables += es ? ` Los totales de las tablas no coinciden: ${others}.` : ` The tables' totals disagree: ${others}.`;
  }
  if (r.reason === 'incomplete') {
    const msg = es ? 'el periodo está incompleto de distinta manera en las dos cifras' : 'the period is incomplete in different ways in the two figures';
    return { short: `${share}; ${msg}`, long: `${head} ${es ? 'Proporción' : 'Share'}: ${share}; ${msg}.${claimed}` };
  }
  // A part over another table's total, and the tables' totals disagree: said in the verdict's own line.
  const hedged = r.totalFrom === 'other' && Boolean(r.otherTotals?.length);
  const short = hedged
    ? es
      ? `${share} del total, pero ${(r.otherTotals ?? []).map((o) => `${pct(o.percent)} con el total de ${o.total.source}`).join(', ')}: los totales de las tablas no coinciden`
      : `${share} of the total, but ${(r.otherTotals ?? []).map((o) => `${pct(o.percent)} of ${o.total.source}'s total`).join(', ')}: the tables' totals disagree`
    : es ? `${share} del total` : `${share} of the total`;
  return { short, long: `${head} ${es ? 'Proporción' : 'Share'}: ${share}.${tables}${claimed}` };
}

export function explainShare(r: ShareResult, labels: { part: Bilingual; total: Bilingual }, stated?: Stated): { short: Bilingual; long: Bilingual } {
  const en = one(r, 'en', labels.part.en, labels.total.en, stated);
  const es = one(r, 'es', labels.part.es, labels.total.es, stated);
  return { short: { en: en.short, es: es.short }, long: { en: en.long, es: es.long } };
}
