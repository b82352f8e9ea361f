/** Says in words what a change check found. */
import type { ChangeResult, StatedChange } from '../change.js';
import { periodLabel } from '../periods.js';
import type { Bilingual, Grain, Lang } from '../types.js';
import { figure, num, pct, statedPercent } from '../words.js';

function one(r: ChangeResult, grain: Grain, lang: Lang, stated?: StatedChange): { short: string; long: string } {
  const es = lang === 'es';
  if (r.reason === 'no-target' || r.reason === 'no-base') {
    const msg = es ? 'el almacén no tiene cifra para uno de los dos periodos' : 'the store has no figure for one of the two periods';
    return { short: msg, long: `${msg}${r.target ? `: ${figure(r.target, lang)}` : ''}${r.base ? `: ${figure(r.base, lang)}` : ''}.` };
  }
  const t = r.target!;
  const b = r.base!;
  const head = `${figure(t, lang)}; ${figure(b, lang)}.`;
  if (r.reason === 'suppressed' || r.reason === 'zero-base') return { short: es ? 'no se puede calcular el cambio' : 'the change cannot be computed', long: head };
  const change = `${r.delta! >= 0 ? '+' : '−'}${num(Math.abs(r.delta!))} (${r.percent! >= 0 ? '+' : ''}${pct(r.percent!)})`;
  const rounding = r.percentError && r.percentError >= 0.05 ? (es ? ` (± ${pct(r.percentError)} por redondeo)` : ` (± ${pct(r.percentError)} from rounding)`) : '';
  const claimed = stated ? (es ? ` Se afirma: ${stated.direction === 'up' ? 'subida' : 'caída'} de ${statedPercent(stated.percent, lang)}.` : ` Claimed: ${stated.direction === 'up' ? 'a rise' : 'a fall'} of ${statedPercent(stated.percent, lang)}.`) : '';
  const short = `${periodLabel(t.period, grain, lang)} ${es ? 'frente a' : 'against'} ${periodLabel(b.period, grain, lang)}: ${change}`;
  if (r.reason === 'incomplete') {
    const msg = es ? 'compara un periodo incompleto con otro: el cambio no es comparable' : 'an incomplete period would be compared: the change is not like for like';
    return { short: `${short}; ${msg}`, long: `${head} ${es ? 'Cambio' : 'Change'}: ${change}${rounding}; ${msg}.${claimed}` };
  }
  return { short, long: `${head} ${es ? 'Cambio' : 'Change'}: ${change}${rounding}.${claimed}` };
}

export function explainChange(r: ChangeResult, grain: Grain, stated?: StatedChange): { short: Bilingual; long: Bilingual } {
  const en = one(r, grain, 'en', stated);
  const es = one(r, grain, 'es', stated);
  return { short: { en: en.short, es: es.short }, long: { en: en.long, es: es.long } };
}
