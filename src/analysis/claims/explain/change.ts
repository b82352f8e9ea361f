/** Says in words what a change check found. */
import type { ChangeResult, StatedChange } from '../change.js';
import { periodLabel } from '../periods.js';
import type { Bilingual, Grain, Lang } from '../types.js';
import { figure, num, pct, statedPercent } from '../words.js';

/** What the claim said, in the answer's language: "a rise of 20%", "a fall", "more in 2021 than in 2019". */
function claimedChange(stated: StatedChange, t: string, b: string, lang: Lang): string {
  const es = lang === 'es';
  const up = stated.direction === 'up';
  if (stated.as === 'comparison') return es ? `${up ? 'más' : 'menos'} en ${t} que en ${b}` : `${up ? 'more' : 'fewer'} in ${t} than in ${b}`;
  const size = stated.percent ? ` ${es ? 'de' : 'of'} ${statedPercent(stated.percent, lang)}` : '';
  return es ? `${up ? 'subida' : 'caída'}${size}` : `${up ? 'a rise' : 'a fall'}${size}`;
}

function one(r: ChangeResult, grain: Grain, lang: Lang, stated?: StatedChange): { short: string; long: string } {
  const es = lang === 'es';
  if (r.reason === 'no-target' || r.reason === 'no-base') {
    const msg = es ? 'el almacén no tiene cifra para uno de los dos periodos' : 'the store has no figure for one of the two periods';
    return { short: msg, long: `${msg}${r.target ? `: ${figure(r.target, lang)}` : ''}${r.base ? `: ${figure(r.base, lang)}` : ''}.` };
  }
  const t = r.target!;
  const b = r.base!;
  const head = `${figure(t, lang)}; ${figure(b, lang)}.`;
  if (r.reason === 'suppressed') return { short: es ? 'no se puede calcular el cambio' : 'the change cannot be computed', long: head };
  const percent = r.percent === undefined ? '' : ` (${r.percent >= 0 ? '+' : ''}${pct(r.percent)})`;
  const change = `${r.delta! >= 0 ? '+' : '−'}${num(Math.abs(r.delta!))}${percent}`;
  const rounding = r.percentError && r.percentError >= 0.05 ? (es ? ` (± ${pct(r.percentError)} por redondeo)` : ` (± ${pct(r.percentError)} from rounding)`) : '';
  const [tl, bl] = [periodLabel(t.period, grain, lang), periodLabel(b.period, grain, lang)];
  const claimed = stated ? ` ${es ? 'Se afirma' : 'Claimed'}: ${claimedChange(stated, tl, bl, lang)}.` : '';
  const tables = r.mixed ? (es ? ' Las dos cifras vienen de tablas distintas.' : ' The two figures come from different tables.') : '';
  const short = `${tl} ${es ? 'frente a' : 'against'} ${bl}: ${change}`;
  const why =
    r.reason === 'incomplete'
      ? es ? 'compara un periodo incompleto con otro: el cambio no es comparable' : 'an incomplete period would be compared: the change is not like for like'
      : r.reason === 'close'
        ? es ? 'la diferencia está dentro del redondeo del editor' : "the difference is within the publishers' rounding"
        : r.reason === 'zero-base'
          ? es ? 'el periodo de comparación tiene 0: no hay cambio en porcentaje' : 'the period compared with has 0: there is no change in percent'
          : undefined;
  if (why) return { short: `${short}; ${why}`, long: `${head} ${es ? 'Cambio' : 'Change'}: ${change}${rounding}; ${why}.${tables}${claimed}` };
  return { short, long: `${head} ${es ? 'Cambio' : 'Change'}: ${change}${rounding}.${tables}${claimed}` };
}

export function explainChange(r: ChangeResult, grain: Grain, stated?: StatedChange): { short: Bilingual; long: Bilingual } {
  const en = one(r, grain, 'en', stated);
  const es = one(r, grain, 'es', stated);
  return { short: { en: en.short, es: es.short }, long: { en: en.long, es: es.long } };
}
