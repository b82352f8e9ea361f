/**
 * What the page says when its URL asks for something it does not know: an unknown scenario,
 * city or week, a list of levers that cannot be read. The page shows something else (the
 * default, the nearest week) and says so at its top, in its language; the URL is then
 * rewritten to what is shown (main.ts), so that a copied link names the view on screen.
 */
import type { Correction } from './controls';
import { el } from './dom';
import type { Lang } from './types';

/** The URL's parameters as a sentence names them. */
const PARAMS: Record<string, Record<Lang, string>> = {
  scenario: { en: 'the scenario', es: 'el escenario' },
  series: { en: 'the series', es: 'la serie' },
  levers: { en: 'the levers', es: 'las palancas' },
  lever: { en: 'the lever', es: 'la palanca' },
  city: { en: 'the city', es: 'la ciudad' },
  week: { en: 'the week', es: 'la semana' },
  quantile: { en: 'the percentile', es: 'el percentil' },
  start: { en: 'the first week', es: 'la primera semana' },
  weeks: { en: 'the number of weeks', es: 'el número de semanas' },
  level: { en: 'the level planned for', es: 'el nivel para el que se planea' },
  // Every other page's parameters: a refused value was said with the parameter's code ("Este enlace pide cit «xx»").
  by: { en: 'the breakdown', es: 'el desglose' },
  grain: { en: 'the periods', es: 'los periodos' },
  from: { en: 'the first year', es: 'el primer año' },
  to: { en: 'the last year', es: 'el último año' },
  cit: { en: 'the citizenship', es: 'la nacionalidad' },
  style: { en: 'the chart', es: 'la gráfica' },
  events: { en: 'the policy timeline', es: 'la cronología de políticas' },
  fc: { en: 'the forecast', es: 'el pronóstico' },
  mapm: { en: "the map's apprehensions", es: 'las detenciones del mapa' },
  mapy: { en: "the map's year", es: 'el año del mapa' },
  ret: { en: 'the kind of return', es: 'el tipo de retorno' },
  rcv: { en: 'the people received', es: 'las personas recibidas' },
  rcy: { en: 'the year of the people received', es: 'el año de las personas recibidas' },
  am: { en: "series A's measure", es: 'la medida de la serie A' },
  ap: { en: "series A's place", es: 'el lugar de la serie A' },
  ac: { en: "series A's citizenship", es: 'la nacionalidad de la serie A' },
  bm: { en: "series B's measure", es: 'la medida de la serie B' },
  bp: { en: "series B's place", es: 'el lugar de la serie B' },
  bc: { en: "series B's citizenship", es: 'la nacionalidad de la serie B' },
  mode: { en: 'what is shown', es: 'lo que se muestra' },
  ract: { en: "the record's actor", es: 'quién, en el registro' },
  rkind: { en: "the record's kind of line", es: 'qué, en el registro' },
  ev: { en: 'the event', es: 'el hecho' },
  ser: { en: "the impact's series", es: 'la serie del efecto' },
  model: { en: 'the model', es: 'el modelo' },
  after: { en: 'the months after', es: 'los meses posteriores' },
  claim: { en: 'the claim', es: 'la afirmación' },
};

const WORDS = {
  en: { unknown: 'This link asks for {param} "{asked}", which is not known here: showing {shown}.', fallback: 'the default', title: 'The link was corrected' },
  es: { unknown: 'Este enlace pide {param} «{asked}», que no se conoce aquí: {shows} {shown}.', fallback: 'el valor predeterminado', title: 'Se corrigió el enlace' },
} satisfies Record<Lang, Record<string, string>>;

type Said = Pick<Correction, 'param' | 'name' | 'asked' | 'shown'>;

const fill = (s: string, v: Record<string, string>) => s.replace(/\{(\w+)\}/g, (_, k: string) => v[k] ?? '');

export function paramText(param: string, lang: Lang): string {
  return PARAMS[param]?.[lang] ?? param;
}

/** One correction as a sentence. */
export function correctionText(c: Said, lang: Lang): string {
  const shown = c.shown || WORDS[lang].fallback;
  // "se muestran las palancas ...": the verb agrees with a plural shown.
  const shows = /^(las|los|unas|unos) /i.test(shown) ? 'se muestran' : 'se muestra';
  return fill(WORDS[lang].unknown, { param: paramText(c.name ?? c.param, lang), asked: c.asked, shown, shows });
}

/** The corrections of a page and the parameters the URL's checks refused (`rejected`), each said once. */
export function allCorrections(corrections: Correction[], rejected: Record<string, string> | undefined): Said[] {
  const said = new Set(corrections.map((c) => `${c.param}\u0000${c.asked}`));
  const refused = Object.entries(rejected ?? {})
    .filter(([param, asked]) => !corrections.some((c) => c.param === param) && !said.has(`${param}\u0000${asked}`))
    .map(([param, asked]) => ({ param, asked, shown: '' }));
  return [...corrections, ...refused];
}

/** The notice at the top of the page. */
export function correctionNotice(list: Said[], lang: Lang): HTMLElement | null {
  if (!list.length) return null;
  return el('div', { class: 'url-corrected', role: 'status', 'aria-label': WORDS[lang].title }, ...list.map((c) => el('p', { 'data-corrected': c.param }, correctionText(c, lang))));
}

/** A name quoted as the page's language quotes: "Baseline" / «Línea base». */
export const quoted = (text: string, lang: Lang) => (lang === 'es' ? `«${text}»` : `"${text}"`);
