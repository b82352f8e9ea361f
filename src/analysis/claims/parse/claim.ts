/**
 * Reads a claim typed in plain words into one of four forms (docs/CLAIMS.md): a rank
 * ("the most in two decades", "the lowest since 2000", "a record"), a change ("fell 50%
 * from January"), a share ("Hondurans were 20% of ...") or a count ("more than 2 million
 * ... in FY2022"), with the subject it is about. Whatever cannot be read is an error
 * that says which forms are understood.
 */
import { UsageError } from '../../../errors.js';
import type { StatedChange } from '../change.js';
import type { Stated } from '../quantity.js';
import type { Bilingual, Direction, Lang, Subject } from '../types.js';
import { detectLang, normalise } from './normalise.js';
import { findCount, findPercents, SMALL_NUMBERS } from './numbers.js';
import { findPeriods, type Mention, type PeriodMention } from './periods.js';
import { parseSubject, type ParsedSubject } from './subject.js';

export type WindowSpec = { kind: 'years'; years: number; orMore: boolean } | { kind: 'months'; months: number; orMore: boolean } | { kind: 'since'; mention: PeriodMention } | { kind: 'record' };
export type BaseSpec = { kind: 'previous' } | { kind: 'year-before' } | { kind: 'period'; mention: PeriodMention };

export type ClaimSpec =
  | { type: 'rank'; target: PeriodMention; direction: Direction; window: WindowSpec }
  | { type: 'change'; target: PeriodMention; base: BaseSpec; stated: StatedChange }
  | { type: 'share'; target: PeriodMention; part: ParsedSubject['parts'][number]; stated: Stated }
  | { type: 'amount'; target: PeriodMention; stated: Stated };

export interface ParsedClaim {
  text: string;
  lang: Lang;
  subject: Subject;
  spec: ClaimSpec;
  assumptions: Bilingual[];
}

const FORMS_HINT = 'see docs/CLAIMS.md for the forms understood, e.g. "March 2021 had the most southwest border encounters in two decades"';

const SINCE = /\b(since|desde)\s+(?:(?:the\s+)?(?:month of|year|ano|el mes de|el ano|el)\s+)?$/;
const BASE = /\b(from|compared (?:with|to)|than|versus|vs\.?|over|against|respecto (?:a|al|de)|con respecto a(?:l)?|frente a(?:l)?|comparad[oa]s? con|en comparacion con|contra|desde)\s+(?:(?:the|el|la)\s+)?$/;
const TO = /\b(to|and|a|y|hasta)\s+$/;

const UP = /\b(rose|rise[ns]?|risen|increased?|increases|grew|grown|jumped|climbed|surged|soared|went up|up|aumentaron|aumento|subieron|subio|crecieron|crecio|se dispararon|repuntaron|incrementaron|se incrementaron)\b/;
const DOWN = /\b(fell|fallen|falls?|dropped|drops?|declined|declines?|decreased|decreases?|plunged|plummeted|sank|went down|down|shrank|dipped|cayeron|cayo|bajaron|disminuyeron|disminuyo|descendieron|descendio|se redujeron|se redujo|se desplomaron|retrocedieron)\b/;
const MULTIPLES: [RegExp, StatedChange][] = [
  [/\b(more than doubled|mas que se duplicaron)\b/, { direction: 'up', percent: { value: 100, unit: 1, qualifier: 'more', text: 'more than doubled' } }],
  [/\b(doubled|se duplicaron|se duplico)\b/, { direction: 'up', percent: { value: 100, unit: 10, qualifier: 'about', text: 'doubled' } }],
  [/\b(tripled|se triplicaron|se triplico)\b/, { direction: 'up', percent: { value: 200, unit: 10, qualifier: 'about', text: 'tripled' } }],
  [/\b(halved|cut in half|fell by half|se redujeron a la mitad|se redujo a la mitad|cayeron a la mitad)\b/, { direction: 'down', percent: { value: 50, unit: 10, qualifier: 'about', text: 'halved' } }],
];

const RANK_MAX = /\b(most|highest|largest|biggest|greatest|peak|a record|record (?:high|number|level|month|year)|record-high|mayor|mas alt[oa]s?|maxim[oa]s?|cifra record|cifra mas alta|nivel mas alto|un record)\b/;
const RANK_MIN = /\b(fewest|lowest|least|smallest|menor|mas baj[oa]s?|minim[oa]s?|cifra mas baja|nivel mas bajo)\b/;
const RECORD = /\b(on record|ever|of all time|in history|all-time|record|de la historia|en la historia|historic[oa]|de todos los tiempos|jamas registrad[oa]|nunca antes)\b/;

function yearsWindow(norm: string): WindowSpec | undefined {
  const units = Object.keys(SMALL_NUMBERS).join('|');
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

export function parseClaim(text: string, langOverride?: Lang): ParsedClaim {
  const norm = normalise(text);
  if (!norm) throw new UsageError(`an empty claim: ${FORMS_HINT}`);
  const lang = langOverride ?? detectLang(norm);
  const parsed = parseSubject(norm);
  const mentions = findPeriods(norm);
  if (!mentions.length) throw new UsageError(`no period found in the claim (a month such as "March 2021", "FY2022" or a year): ${FORMS_HINT}`);
  // "from January 2025 to February 2025": the period after "to" is the one claimed about.
  const fromTo = mentions.find((x, i) => i > 0 && TO.test(x.before) && BASE.test(mentions[i - 1].before));
  const target = fromTo ?? mentions.find((x) => !SINCE.test(x.before) && !BASE.test(x.before)) ?? mentions[0];
  const since = mentions.find((x) => x !== target && SINCE.test(x.before) && x.at > target.at);
  const assumptions = [...parsed.assumptions];
  const percents = findPercents(norm);

  const share = percents.find((p) => p.followedByOf) ?? percents.find(() => /\b(accounted for|made up|represent(?:ed|s)?|share|representaron|representa|constituyeron|fueron el)\b/.test(norm));
  if (share) {
    const part = [...parsed.parts].sort((a, b) => a.at - b.at).find((p) => p.at < share.at) ?? parsed.parts[0];
    if (!part) throw new UsageError(`a share needs a part of the total (a nationality, unaccompanied children, families, Border Patrol or Title 42 expulsions): ${FORMS_HINT}`);
    return { text, lang, subject: parsed.subject, spec: { type: 'share', target: target.mention, part, stated: share }, assumptions };
  }

  const multiple = MULTIPLES.find(([re]) => re.test(norm));
  const up = UP.test(norm.replace(/\bbajo (el|la) titulo\b/g, ''));
  const down = DOWN.test(norm);
  if (multiple || (percents.length && (up || down))) {
    let stated: StatedChange;
    if (multiple) stated = multiple[1];
    else {
      if (up === down) throw new UsageError(`a change must say whether it rose or fell: ${FORMS_HINT}`);
      stated = { direction: up ? 'up' : 'down', percent: percents[0] };
    }
    const base = baseOf(norm, mentions, target);
    if (!base) {
      assumptions.push({ en: 'No comparison period is named: the period before is used.', es: 'No se nombra un periodo de comparación: se usa el periodo anterior.' });
    }
    return { text, lang, subject: parsed.subject, spec: { type: 'change', target: target.mention, base: base ?? { kind: 'previous' }, stated }, assumptions };
  }

  const max = RANK_MAX.test(norm);
  const min = RANK_MIN.test(norm);
  const count = findCount(norm);
  if ((max || min) && !(count && count.qualifier !== 'exact')) {
    if (max && min) throw new UsageError(`a rank claim says "most" or "fewest", not both: ${FORMS_HINT}`);
    let window: WindowSpec | undefined = yearsWindow(norm);
    if (!window && since) window = { kind: 'since', mention: since.mention };
    if (!window && RECORD.test(norm)) window = { kind: 'record' };
    if (!window) {
      window = { kind: 'record' };
      assumptions.push({ en: 'No time span is named: every earlier period in the store is compared ("on record").', es: 'No se nombra un lapso: se compara con todos los periodos anteriores en el almacén ("récord").' });
    }
    return { text, lang, subject: parsed.subject, spec: { type: 'rank', target: target.mention, direction: max ? 'max' : 'min', window }, assumptions };
  }

  if (count) return { text, lang, subject: parsed.subject, spec: { type: 'amount', target: target.mention, stated: count }, assumptions };
  throw new UsageError(`could not tell what the claim says about ${text.trim() ? 'the figures' : 'them'} (a rank, a change, a share or a count): ${FORMS_HINT}`);
}
