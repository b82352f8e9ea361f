/**
 * Reads a claim typed in plain words into one form (docs/CLAIMS.md): a rank over time
 * ("the most in two decades", "a record", "more than any month of 2019"), a rank among
 * categories ("the most apprehended nationality", "the busiest sector"), a comparison of
 * two categories ("Hondurans outnumbered Guatemalans"), a change ("fell by more than
 * half", "se duplicó"), a share ("made up more than half of"), a count ("topped 200,000"),
 * or a threshold crossed "for the first time (since ...)". The grammar is general: the
 * measure, places and codes come from the store's vocabulary, the forms from a few
 * bilingual verbs and qualifiers. A claim it cannot read comes back as `unreadable` with
 * what was understood and what was not, never as a guess.
 */
import type { Dimension } from '../../../model/index.js';
import type { StatedChange } from '../change.js';
import type { Stated } from '../quantity.js';
import type { Bilingual, Direction, Lang, Subject } from '../types.js';
import type { Vocabulary } from '../vocabulary.js';
import { detectLang, normalise } from './normalise.js';
import { findCount, findFraction, findPercents, SMALL_NUMBERS } from './numbers.js';
import { findPeriods, type Mention, type PeriodMention } from './periods.js';
import { parseSubject, type Part } from './subject.js';

export type WindowSpec =
  | { kind: 'years'; years: number; orMore: boolean }
  | { kind: 'months'; months: number; orMore: boolean }
  | { kind: 'since'; mention: PeriodMention }
  | { kind: 'record' }
  | { kind: 'within'; mention: PeriodMention };
export type BaseSpec = { kind: 'previous' } | { kind: 'year-before' } | { kind: 'period'; mention: PeriodMention };

export type ClaimSpec =
  | { type: 'rank'; target: PeriodMention; direction: Direction; window: WindowSpec }
  | { type: 'change'; target: PeriodMention; base: BaseSpec; stated: StatedChange }
  | { type: 'share'; target: PeriodMention; part: Part; stated: Stated }
  | { type: 'amount'; target: PeriodMention; stated: Stated }
  | { type: 'first'; target: PeriodMention; stated: Stated; since?: PeriodMention }
  | { type: 'compare'; target: PeriodMention; dim: Dimension; a: string; b: string; direction: 'more' | 'less'; firstTime: boolean }
  | { type: 'category-rank'; target: PeriodMention; dim: Dimension; member: string; direction: Direction };

export interface ParsedClaim {
  text: string;
  lang: Lang;
  subject: Subject;
  spec: ClaimSpec;
  assumptions: Bilingual[];
  understood: Bilingual[];
}

export interface UnreadableClaim {
  text: string;
  lang: Lang;
  unreadable: true;
  understood: Bilingual[];
  /** What could not be read, in words a person can act on. */
  missing: Bilingual;
}

const SINCE = /\b(since|desde)\s+(?:(?:the\s+)?(?:month of|year|ano|el mes de|el ano|el)\s+)?$/;
const BASE = /\b(from|between|compared (?:with|to)|than|versus|vs\.?|over|against|respecto (?:a|al|de)|con respecto a(?:l)?|frente a(?:l)?|comparad[oa]s? con|en comparacion con|contra|desde|entre|de)\s+(?:(?:the|el|la)\s+)?$/;
const TO = /\b(to|and|a|y|hasta)\s+$/;
const WITHIN = /\b(any (?:other )?month (?:of|in)|every month (?:of|in)|all of|any month during|cualquier mes de|ningun mes de|todos los meses de|cualquier otro mes de)\s+$/;

const UP = /\b(rose|rise[ns]?|risen|increased?|increases|grew|grown|jumped|climbed|surged|soared|went up|up|aumentaron|aumento|subieron|subio|crecieron|crecio|se dispararon|repuntaron|incrementaron|se incrementaron)\b/;
const DOWN = /\b(fell|fallen|falls?|dropped|drops?|declined|declines?|decreased|decreases?|plunged|plummeted|sank|went down|down|shrank|dipped|cayeron|cayo|bajaron|bajo|disminuyeron|disminuyo|descendieron|descendio|se redujeron|se redujo|se desplomaron|retrocedieron)\b/;
const ch = (direction: 'up' | 'down', value: number, qualifier: Stated['qualifier'], text: string): StatedChange => ({ direction, percent: { value, unit: 10, qualifier, text } });
const MULTIPLES: [RegExp, StatedChange][] = [
  [/\b(more than (?:doubled|double)|mas que se duplic\w+|se duplic\w+ con creces|mas del doble)\b/, ch('up', 100, 'more', 'more than doubled')],
  [/\b(more than tripled|mas que se triplic\w+|se triplic\w+ con creces|mas del triple)\b/, ch('up', 200, 'more', 'more than tripled')],
  [/\b(doubled|double|se duplic\w+|duplicaron|duplico|el doble)\b/, ch('up', 100, 'about', 'doubled')],
  [/\b(tripled|triple|se triplic\w+|triplicaron|triplico|el triple)\b/, ch('up', 200, 'about', 'tripled')],
  [/\b((?:fell|dropped|declined|decreased|were cut|plunged) by more than half|(?:cayeron|bajaron|disminuyeron|se redujeron|cayo|bajo|disminuyo|se redujo) (?:en )?mas de la mitad|more than halved)\b/, ch('down', 50, 'more', 'fell by more than half')],
  [/\b((?:fell|dropped|declined|decreased|were cut) by (?:nearly|almost) half|(?:cayeron|bajaron|se redujeron) casi a la mitad)\b/, ch('down', 50, 'nearly', 'fell by nearly half')],
  [/\b(halved|cut in half|fell by half|dropped by half|(?:se )?redujeron a la mitad|se redujo a la mitad|cayeron a la mitad|cayo a la mitad|bajaron a la mitad)\b/, ch('down', 50, 'about', 'halved')],
];

const RANK_MAX = /\b(most|highest|largest|biggest|greatest|busiest|peak|top|leading|high|a record|record (?:high|number|level|month|year)|record-high|mayor|mayores|mas alt[oa]s?|maxim[oa]s?|cifra record|cifra mas alta|nivel mas alto|un record|mas transitad[oa]|con mas|(?:nacionalidad|grupo|sector|estado|pais)(?: \w+)? mas)\b/;
// "more than any other state", "más que cualquier otro estado": a rank among the members, said as a comparison with all the others.
const ANY_OTHER = /\b(than (?:to |in |for |at |from )?any other|than (?:to |in |for |at |from )?all (?:the )?other|que (?:a |en |para |de )?cualquier otr[oa]|que (?:a |en |para |de )?ningun otr[oa]|que (?:a |en |para |de )?(?:el resto de|todos los demas|todas las demas|los demas|las demas))\b/;
const RANK_MIN = /\b(fewest|lowest|least|smallest|low|menor|menores|mas baj[oa]s?|minim[oa]s?|cifra mas baja|nivel mas bajo|con menos|(?:nacionalidad|grupo|sector|estado|pais)(?: \w+)? menos)\b/;
const RECORD = /\b(on record|ever|of all time|in history|all-time|record|de la historia|en la historia|historic[oa]|de todos los tiempos|jamas registrad[oa]|nunca antes)\b/;
const FIRST_TIME = /\b(for the first time|first time|por primera vez|primera vez)\b/;
const FIRST_SINCE = /\b(the first (?:month|year|fiscal year|time) since|el primer (?:mes|ano|ano fiscal) desde|la primera vez desde|for the first time since|por primera vez desde)\b/;
const CATEGORY_NOUN: [RegExp, Dimension[]][] = [
  [/\b(nationality|nationalities|country of origin|countries of origin|nacionalidad|nacionalidades|pais de origen|paises de origen|group of migrants|grupo de migrantes)\b/, ['citizenship']],
  [/\b(sector|sectors|sectores|state|states|estado|estados|region|regions|region|regiones|entidad|entidades)\b/, ['geography']],
  [/\b(group|groups|grupo|grupos|category|categories|categoria|categorias)\b/, ['citizenship', 'demographic']],
  [/\b(country|countries|pais|paises)\b/, ['citizenship', 'geography']],
];
const OUTNUMBER_MORE = /\b(outnumbered|outnumber|outnumbers|exceeded|exceed|surpassed|topped|outpaced|more than|more \w+(?: \w+)? than|superaron a|superaron|supero a|supero|rebasaron a|rebasaron|reboso|rebaso|fueron mas que|mas que|mas \w+(?: \w+)? que)\b/;
const OUTNUMBER_LESS = /\b(fewer than|less than|fewer \w+(?: \w+)? than|menos que|fueron menos que|menos \w+(?: \w+)? que)\b/;
const SHARE_WORDS = /\b(accounted for|account for|made up|make up|makes up|represent(?:ed|s)?|share|representaron|representa|representan|constituyeron|fueron el|fueron la|son el)\b/;
// "most of", "la mayoría de": more than half. Fractions ("a quarter of", "la cuarta parte de") are read by findFraction.
const HALF_SHARE = /\b(most|the majority|a majority|la mayoria|la mayor parte)\s+(?:of|de)\b/;
// One subject in two periods: the period compared with follows "than" / "que" ("more in 2021 than in 2019",
// "más en 2021 que en 2019") or a verb of outdoing ("2021's exceeded those of 2019", "superaron a las de 2019").
// Spanish also compares with "a": "fueron menores a las de 2019", "superiores al de 2019".
const THAN_BASE = /\b(?:than|que|(?:menor|mayor|superior|inferior)(?:es)?\s+(?:a|al))\s+(?:(?:in|during|for|of|at|over|the|en|durante|el|la|los|las|del?|al|a)\s+)*(?:(?:year|month|ano|mes)\s+(?:of\s+|de\s+)?)?$/;
const OUTDO_BASE = /\b(?:outnumbered|exceeded|surpassed|topped|outpaced|superaron|supero|rebasaron|rebaso)\s+(?:(?:those|that|the|figures?|numbers?|total|of|in|for|a|al|las|los|la|el|de|del|en|cifras?)\s+)*$/;
const MORE_WORDS = /\b(more|higher|greater|larger|bigger|outnumbered|exceeded|surpassed|topped|outpaced|mas|mayor(?:es)?|superior(?:es)?|superaron|supero|rebasaron|rebaso)\b/;
const LESS_WORDS = /\b(fewer|less|lower|smaller|menos|menor(?:es)?|inferior(?:es)?)\b/;
const UNSUPPORTED: [RegExp, Bilingual][] = [
  [/\b(per day|a day|daily|each day|por dia|al dia|diari[oa]s?)\b/, { en: 'it is about figures per day (daily averages), which are not checked', es: 'trata de cifras por día (promedios diarios), que no se comprueban' }],
  [/\b(per capita|per person|por habitante|per cien mil|per 100,000)\b/, { en: 'it is about rates per person, which are not checked', es: 'trata de tasas por habitante, que no se comprueban' }],
  [/\b(on average|average|averaged|promedio|en promedio)\b/, { en: 'it is about averages, which are not checked', es: 'trata de promedios, que no se comprueban' }],
  [/\b(fastest|faster|slowest|rate of growth|ritmo|mas rapid[oa])\b/, { en: 'it is about how fast figures change, which is not checked', es: 'trata de la velocidad de cambio, que no se comprueba' }],
  // A group of nationalities: the store counts each nationality and holds no such group, so the words were dropped and the claim was
  // checked against every nationality ("Mexico deported more than 100,000 Central Americans in 2021": true on all 130,275 foreigners).
  [
    /\b(central americans?|centroamerican[oa]s?|northern triangle|triangulo norte|south americans?|sudamerican[oa]s?|suramerican[oa]s?|africans?|african[oa]s?|asians?|asiatic[oa]s?|extracontinentales?|caribbean nationals|caribenos?|caribenas?)\b/,
    {
      en: 'it is about a group of nationalities (such as Central Americans), which the store does not add up: it counts each nationality; name one (Guatemalans, Hondurans, Salvadorans...), or list them with "corridor query --by citizenship"',
      es: 'trata de un grupo de nacionalidades (como centroamericanos), que el almacén no suma: cuenta cada nacionalidad; nombre una (guatemaltecos, hondureños, salvadoreños...), o véalas con "corridor query --by citizenship"',
    },
  ],
];

// One month within a year ("topped 40,000 in a single month in 2024", "50 mil al mes en 2023"): not the year's total.
// Not "a month earlier", "any month of 2018" (a comparison with every month, WITHIN) or "a six-month high".
const MONTH_OF_A_YEAR = new RegExp(
  [
    '\\b(?:in (?:a|one) (?:single )?month|per month|monthly|en un (?:solo )?mes|al mes|por mes|mensual(?:es|mente)?)\\b',
    '\\ba month\\b(?! (?:earlier|before|ago|later|after|on))',
    '\\b(?:in any (?:single )?month|each month|every month|cada mes)\\b(?! (?:of|in|during|de|del))',
  ].join('|'),
);

function yearsWindow(norm: string): WindowSpec | undefined {
  const units = Object.keys(SMALL_NUMBERS).join('|');
  // "a 21-year high", "a two-decade low", "a six-month high".
  const compact = norm.match(new RegExp(`\\b(\\d+|${units})[- ](years?|decades?|months?)[- ](?:high|low|peak|record)\\b`));
  if (compact) {
    const n = /^\d+$/.test(compact[1]) ? Number(compact[1]) : SMALL_NUMBERS[compact[1]];
    if (/^m/.test(compact[2])) return { kind: 'months', months: n, orMore: false };
    return { kind: 'years', years: /^dec/.test(compact[2]) ? n * 10 : n, orMore: false };
  }
  const re = new RegExp(`\\b(?:in|en)\\s+(over\\s+|more than\\s+|mas de\\s+)?(?:(?:the|los|las)\\s+)?(?:(?:last|past|ultimos|ultimas)\\s+)?(\\d+|${units})\\s+(years?|decades?|anos?|decadas?|months?|mes|meses)\\b`);
  const m = norm.match(re);
  if (!m) return undefined;
  const n = /^\d+$/.test(m[2]) ? Number(m[2]) : SMALL_NUMBERS[m[2]];
  if (/^m/.test(m[3])) return { kind: 'months', months: n, orMore: Boolean(m[1]) };
  const years = /^dec/.test(m[3]) ? n * 10 : n;
  return { kind: 'years', years, orMore: Boolean(m[1]) };
}

function baseOf(norm: string, mentions: Mention[], target: Mention): BaseSpec | undefined {
  const explicit = mentions.find((x) => x !== target && BASE.test(x.before));
  if (explicit) return { kind: 'period', mention: explicit.mention };
  if (/\b(the month before|the previous month|the prior month|a month earlier|last month|month over month|(?:el|al|del) mes anterior|(?:el|al|del) mes previo|un mes antes)\b/.test(norm)) return { kind: 'previous' };
  if (/\b(a year (?:earlier|before|ago)|the year before|the previous year|the prior year|year over year|year-over-year|same month (?:a|last) year|(?:el|al|del) ano (?:anterior|previo|pasado)|un ano antes|hace un ano|interanual|mismo mes del ano (?:anterior|pasado))\b/.test(norm)) return { kind: 'year-before' };
  return undefined;
}

const words = (en: string, es: string): Bilingual => ({ en, es });

export function parseClaim(text: string, vocab: Vocabulary, langOverride?: Lang): ParsedClaim | UnreadableClaim {
  const norm = normalise(text);
  const lang = langOverride ?? detectLang(norm);
  const parsed = parseSubject(norm, vocab);
  const mentions = findPeriods(norm);
  const understood = [...parsed.understood];
  for (const m of mentions) {
    const p = m.mention;
    const shown = (fy: string) => (p.kind === 'month' ? p.period.slice(0, 7) : `${p.yearType === 'fy' ? fy : ''}${p.year}`);
    understood.push(words(`period: ${shown('FY')}`, `periodo: ${shown('año fiscal ')}`));
  }
  const unreadable = (missing: Bilingual): UnreadableClaim => ({ text, lang, unreadable: true, understood, missing });
  if (!norm) return unreadable(words('the claim is empty', 'la afirmación está vacía'));
  for (const [re, why] of UNSUPPORTED) if (re.test(norm)) return unreadable(why);
  if (!parsed.subject) {
    return unreadable(words(
      'it names nothing the store counts (e.g. encounters, apprehensions, returns by Mexico, asylum applications, vaccine doses; "corridor measures" lists them)',
      'no nombra nada que el almacén cuente (p. ej. encuentros, detenciones, retornos de México, solicitudes de asilo, dosis de vacunas; "corridor measures" las lista)',
    ));
  }
  // A stock (shelter beds, agents, people held) with no period is about now: the latest figure is read, and said.
  // Before, "Los albergues de Tijuana tienen 3 mil camas" was refused for naming no period.
  const latest = !mentions.length && parsed.subject && vocab.stocks.has(parsed.subject.measure) ? latestPeriod(vocab, parsed.subject.measure) : undefined;
  if (latest) {
    mentions.push({ at: norm.length, end: norm.length, mention: latest.mention, before: '' });
    understood.push(words(`period: ${latest.label.en} (the latest)`, `periodo: ${latest.label.es} (el más reciente)`));
    parsed.assumptions.push(words(
      `No period is named: the latest figure in the store, for ${latest.label.en}, is read ("${measureLabel(vocab, parsed.subject!.measure).en}" counts what there is at one time).`,
      `No se nombra un periodo: se lee la cifra más reciente del almacén, de ${latest.label.es} ("${measureLabel(vocab, parsed.subject!.measure).es}" cuenta lo que hay en un momento).`,
    ));
  }
  if (!mentions.length) return unreadable(words('it names no period (a month such as "March 2021", a fiscal year such as "FY2022", or a year)', 'no nombra un periodo (un mes como "marzo de 2021", un año fiscal como "año fiscal 2022", o un año)'));
  const subject = parsed.subject;
  const assumptions = [...parsed.assumptions];
  const done = (spec: ClaimSpec, s: Subject = subject): ParsedClaim => ({ text, lang, subject: s, spec, assumptions, understood });

  // "from January 2025 to February 2025": the period after "to" is the one claimed about.
  const fromTo = mentions.find((x, i) => i > 0 && TO.test(x.before) && BASE.test(mentions[i - 1].before));
  const isBase = (x: Mention) => BASE.test(x.before) || THAN_BASE.test(x.before) || OUTDO_BASE.test(x.before);
  const target = fromTo ?? mentions.find((x) => !SINCE.test(x.before) && !isBase(x) && !WITHIN.test(x.before)) ?? mentions[0];
  // Before: checked against the year's total ("CBP One appointments topped 40,000 in a month in 2024": true on 357,620 for the year).
  if (target.mention.kind !== 'month' && MONTH_OF_A_YEAR.test(norm)) {
    return unreadable(words(
      'it is about one month within a year ("in a single month", "a month"), not the year\'s total, which is what a year names: name the month ("March 2024"), or compare with every month ("higher than in any month of 2023")',
      'trata de un mes dentro de un año ("en un solo mes", "al mes"), no del total del año, que es lo que nombra un año: nombre el mes ("marzo de 2024"), o compare con todos los meses ("más que en cualquier mes de 2023")',
    ));
  }
  const since = mentions.find((x) => x !== target && SINCE.test(x.before));
  const within = mentions.find((x) => x !== target && WITHIN.test(x.before));
  const percents = findPercents(norm);
  const count = findCount(norm, parsed.measureAt);
  // A change (or one period against another) with the period compared with, the period before when none is named.
  const change = (stated: StatedChange, named?: BaseSpec): ParsedClaim | UnreadableClaim => {
    const base = named ?? baseOf(norm, mentions, target);
    if (!base) assumptions.push(words('No comparison period is named: the period before is used.', 'No se nombra un periodo de comparación: se usa el periodo anterior.'));
    if (base?.kind !== 'period') return done({ type: 'change', target: target.mention, base: base ?? { kind: 'previous' }, stated });
    const pair = alignYears(target.mention, base.mention);
    if (!pair) {
      return unreadable(words(
        'it compares a month with a year: name two months ("March 2021 ... March 2019") or two years ("2021 ... 2019")',
        'compara un mes con un año: nombre dos meses ("marzo de 2021 ... marzo de 2019") o dos años ("2021 ... 2019")',
      ));
    }
    return done({ type: 'change', target: pair[0], base: { kind: 'period', mention: pair[1] }, stated });
  };

  // Two members of one dimension with a comparing word: "Hondurans outnumbered Guatemalans", "more families than single adults".
  const byDim = new Map<Dimension, Part[]>();
  for (const m of parsed.mentions) {
    if (m.dim === 'geography' && (m.code === subject.geography || ['US-SWB', 'US', 'MX'].includes(m.code))) continue;
    byDim.set(m.dim, [...(byDim.get(m.dim) ?? []), m]);
  }
  const pair = [...byDim.entries()].find(([, list]) => list.length >= 2 && list[0].code !== list[1].code);
  const majority = norm.match(HALF_SHARE);
  const half: (Stated & { at: number }) | undefined = findFraction(norm) ?? (majority ? { value: 50, unit: 1, qualifier: 'more', text: majority[1], at: majority.index! } : undefined);
  if (pair && !percents.length && !half && (OUTNUMBER_MORE.test(norm) || OUTNUMBER_LESS.test(norm))) {
    const [dim, [a, b]] = pair;
    const s: Subject = { ...subject, filters: { ...subject.filters } };
    delete s.filters[dim];
    if (dim === 'geography') s.geography = parentOf(vocab, a.code) ?? subject.geography;
    const less = OUTNUMBER_LESS.test(norm) && !OUTNUMBER_MORE.test(norm.replace(OUTNUMBER_LESS, ''));
    return done({ type: 'compare', target: target.mention, dim, a: a.code, b: b.code, direction: less ? 'less' : 'more', firstTime: FIRST_TIME.test(norm) }, s);
  }

  // The words of the measure and codes are blanked before looking for the form's words:
  // "menores no acompañados" is a group, not "menor"; "made up" is a share, not a rise.
  let bare = norm;
  for (const m of parsed.mentions) bare = bare.slice(0, m.at) + ' '.repeat(m.end - m.at) + bare.slice(m.end);
  bare = bare.replace(/\b(made|make|makes) up\b/g, '').replace(/\bbajo (el|la) titulo\b/g, '');
  const multiple = MULTIPLES.find(([re]) => re.test(norm));
  const share = percents.find((p) => p.followedByOf) ?? percents.find(() => SHARE_WORDS.test(norm));
  if (!multiple && (share || half)) {
    const at = share?.at ?? half!.at;
    const part = [...parsed.parts].sort((a, b) => a.at - b.at).find((p) => p.at < at) ?? parsed.parts[0];
    if (!part) return unreadable(words('a share needs a part of the total (a nationality, a group such as unaccompanied children or families, Border Patrol, Title 42 expulsions), and none is named', 'una proporción necesita una parte del total (una nacionalidad, un grupo como menores no acompañados o familias, la Patrulla Fronteriza, las expulsiones del Título 42), y no se nombra ninguna'));
    const stated: Stated = share ?? { value: half!.value, unit: half!.unit, qualifier: half!.qualifier, text: half!.text };
    return done({ type: 'share', target: target.mention, part, stated });
  }

  const up = UP.test(bare);
  const down = DOWN.test(bare);
  if (multiple || (percents.length && (up || down))) {
    let stated: StatedChange;
    if (multiple) stated = multiple[1];
    else {
      if (up === down) return unreadable(words('it does not say whether the figure rose or fell', 'no dice si la cifra subió o bajó'));
      stated = { direction: up ? 'up' : 'down', percent: percents[0] };
    }
    return change(stated);
  }

  // One subject in two periods: "Mexico apprehended more Hondurans in 2021 than in 2019", "más en 2021 que en 2019".
  const than = mentions.find((x) => x !== target && (THAN_BASE.test(x.before) || OUTDO_BASE.test(x.before)));
  if (than && !count) {
    const before = norm.slice(0, than.at);
    const lastAt = (re: RegExp) => Math.max(-1, ...[...before.matchAll(new RegExp(re, 'g'))].map((m) => m.index!));
    const [more, less] = [lastAt(MORE_WORDS), lastAt(LESS_WORDS)];
    if (more >= 0 || less >= 0) {
      return change({ direction: less > more ? 'down' : 'up', as: 'comparison' }, { kind: 'period', mention: than.mention });
    }
  }

  // "more returns than any other state": the comparing word before "than any other" says max or min.
  const anyOther = bare.match(ANY_OTHER);
  const beforeOthers = anyOther ? bare.slice(0, anyOther.index) : '';
  const othersMore = anyOther !== null && MORE_WORDS.test(beforeOthers);
  const othersLess = anyOther !== null && LESS_WORDS.test(beforeOthers);
  // "hubo más encuentros que en dos décadas", "more encounters than in two decades": a comparison
  // with a span of time rather than a period is a rank over that span (the window is read from it below).
  const units = Object.keys(SMALL_NUMBERS).join('|');
  const span = bare.match(new RegExp(`\\b(?:than|que)\\s+(?:in|en)\\s+(?:(?:over|more than|mas de)\\s+)?(?:(?:the|los|las)\\s+)?(?:(?:last|past|ultimos|ultimas)\\s+)?(?:\\d+|${units})\\s+(?:years?|decades?|anos?|decadas?|months?|mes|meses)\\b`));
  const beforeSpan = span ? bare.slice(0, span.index) : '';
  const spanMore = span !== null && MORE_WORDS.test(beforeSpan) && !LESS_WORDS.test(beforeSpan);
  const spanLess = span !== null && LESS_WORDS.test(beforeSpan) && !MORE_WORDS.test(beforeSpan);
  const max = RANK_MAX.test(bare) || (othersMore && !othersLess) || spanMore;
  const min = RANK_MIN.test(bare) || (othersLess && !othersMore) || spanLess;
  // "the most apprehended nationality", "the busiest sector", "el estado con más ...": a rank among the members of a dimension.
  if ((max || min) && !(count && count.qualifier !== 'exact')) {
    for (const [re, dims] of CATEGORY_NOUN) {
      if (!re.test(norm)) continue;
      // The US and Mexico are usually where a measure is counted, not a member; "than any other country" makes them one.
      const countries = /\b(country|countries|pais|paises)\b/.test(norm);
      const member = parsed.mentions.find((m) => dims.includes(m.dim) && !(m.dim === 'geography' && (m.code === 'US-SWB' || (!countries && ['US', 'MX'].includes(m.code)))));
      if (!member) continue;
      const s: Subject = { ...subject, filters: { ...subject.filters } };
      delete s.filters[member.dim];
      if (member.dim === 'geography') s.geography = parentOf(vocab, member.code) ?? subject.geography;
      return done({ type: 'category-rank', target: target.mention, dim: member.dim, member: member.code, direction: max && !min ? 'max' : 'min' }, s);
    }
  }

  if (count && (FIRST_TIME.test(norm) || FIRST_SINCE.test(norm)) && count.qualifier !== 'less') {
    return done({ type: 'first', target: target.mention, stated: count.qualifier === 'exact' ? { ...count, qualifier: 'more' } : count, since: since?.mention });
  }

  if ((max || min || within) && !(count && count.qualifier !== 'exact')) {
    if (max && min && !within) return unreadable(words('it says both "most" and "fewest"', 'dice a la vez "más" y "menos"'));
    let window: WindowSpec | undefined = within ? { kind: 'within', mention: within.mention } : yearsWindow(norm);
    if (!window && since) window = { kind: 'since', mention: since.mention };
    if (!window && RECORD.test(norm)) window = { kind: 'record' };
    if (!window) {
      window = { kind: 'record' };
      assumptions.push(words('No time span is named: every earlier period in the store is compared ("on record").', 'No se nombra un lapso: se compara con todos los periodos anteriores en el almacén ("récord").'));
    }
    // "lower than in any month of 2018": a comparative names the direction when no superlative does.
    const lower = /\b(lower|fewer|less|smaller|below|mas baj[oa]s?|menores|menos)\b/.test(norm);
    const direction = within && !max && !min ? (lower ? 'min' : 'max') : min && !max ? 'min' : 'max';
    return done({ type: 'rank', target: target.mention, direction, window });
  }

  // A change with no size: "Apprehensions in Mexico rose from 2019 to 2021", "los encuentros bajaron en marzo de 2021".
  if ((up || down) && !count && !percents.length) {
    if (up === down) return unreadable(words('it does not say whether the figure rose or fell', 'no dice si la cifra subió o bajó'));
    return change({ direction: up ? 'up' : 'down' });
  }

  if (count) return done({ type: 'amount', target: target.mention, stated: count });
  return unreadable(words(
    'what it says about the figures could not be read: a rank ("the most since 2001", "the busiest sector"), a comparison ("X outnumbered Y"), a change ("fell by half"), a share ("made up 20% of") or a number ("more than 2 million")',
    'no se pudo leer qué dice sobre las cifras: un lugar ("la mayor desde 2001", "el sector con más"), una comparación ("X superaron a Y"), un cambio ("cayeron a la mitad"), una proporción ("representaron el 20% de") o un número ("más de 2 millones")',
  ));
}

/**
 * Two periods compared are of one kind: two months, or two years of one type ("2021 than
 * FY2019" is two fiscal years). Undefined for a month against a year.
 */
function alignYears(target: PeriodMention, base: PeriodMention): [PeriodMention, PeriodMention] | undefined {
  if (target.kind === 'month' || base.kind === 'month') return target.kind === base.kind ? [target, base] : undefined;
  if (target.yearType === 'either' && base.yearType !== 'either') return [{ ...target, yearType: base.yearType }, base];
  if (base.yearType === 'either' && target.yearType !== 'either') return [target, { ...base, yearType: target.yearType }];
  return [target, base];
}

const measureLabel = (vocab: Vocabulary, id: string): Bilingual => vocab.labels.get(`measure:${id}`) ?? { en: id, es: id };
const MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
};

/** The last period of a measure's figures (its span in the store), as a month or a calendar year; undefined in a store without figures. */
function latestPeriod(vocab: Vocabulary, measure: string): { mention: PeriodMention; label: Bilingual } | undefined {
  const span = vocab.spans.get(measure);
  if (!span) return undefined;
  const last = new Date(Date.parse(`${span.end}T00:00:00Z`) - 86_400_000);
  const [y, m] = [last.getUTCFullYear(), last.getUTCMonth()];
  if (span.monthly) return { mention: { kind: 'month', period: `${y}-${String(m + 1).padStart(2, '0')}-01` }, label: { en: `${MONTHS.en[m]} ${y}`, es: `${MONTHS.es[m]} de ${y}` } };
  // A US measure by fiscal year ends in September: its last year is a fiscal year.
  const fy = vocab.usMeasures.has(measure) && m === 8;
  return { mention: { kind: 'year', year: y, yearType: fy ? 'fy' : 'cy' }, label: fy ? { en: `FY${y}`, es: `año fiscal ${y}` } : { en: String(y), es: String(y) } };
}

/** The place a category's members add up to: a sector's border, a state's country. */
function parentOf(vocab: Vocabulary, code: string): string | undefined {
  const p = vocab.places.get(code);
  if (!p) return undefined;
  if (p.level === 'state') return 'US-SWB';
  return p.parent ?? undefined;
}
