/** Says in words what a share check found. */
import type { Stated } from '../quantity.js';
import type { ShareResult } from '../share.js';
import type { Bilingual, Lang } from '../types.js';
import { figure, pct, statedPercent } from '../words.js';

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
  const tables = r.part.dataset !== r.total.dataset ? (es ? ' Las dos cifras vienen de tablas distintas.' : ' The two figures come from different tables.') : '';
  if (r.reason === 'incomplete') {
    const msg = es ? 'el periodo está incompleto de distinta manera en las dos cifras' : 'the period is incomplete in different ways in the two figures';
    return { short: `${share}; ${msg}`, long: `${head} ${es ? 'Proporción' : 'Share'}: ${share}; ${msg}.${claimed}` };
  }
  return { short: es ? `${share} del total` : `${share} of the total`, long: `${head} ${es ? 'Proporción' : 'Share'}: ${share}.${tables}${claimed}` };
}

export function explainShare(r: ShareResult, labels: { part: Bilingual; total: Bilingual }, stated?: Stated): { short: Bilingual; long: Bilingual } {
  const en = one(r, 'en', labels.part.en, labels.total.en, stated);
  const es = one(r, 'es', labels.part.es, labels.total.es, stated);
  return { short: { en: en.short, es: es.short }, long: { en: en.long, es: es.long } };
}
