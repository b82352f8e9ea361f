/**
 * Checks a claim typed in plain words: parses it, then for every definition the words
 * allow (all CBP encounters or Border Patrol; fiscal or calendar year for a bare year)
 * computes the figures from the store and a verdict, and combines them into one verdict
 * with the numbers, sources and definitions behind it.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { UsageError } from '../../errors.js';
import { changeBetween, judgeChange, type ChangeResult } from './change.js';
import { explainAmount } from './explain/amount.js';
import { explainChange } from './explain/change.js';
import { explainRank } from './explain/rank.js';
import { explainShare } from './explain/share.js';
import { parseClaim, type ClaimSpec, type ParsedClaim } from './parse/claim.js';
import { periodFromIndex, periodIndex, perYear } from './periods.js';
import { judge } from './quantity.js';
import { rankCheck, type RankResult, type Window } from './rank.js';
import { grainsOf, periodIn } from './resolve.js';
import { seriesCache } from './series.js';
import { shareOf, type ShareResult } from './share.js';
import type { Bilingual, DefinitionId, Grain, Lang, Point, Status, Subject, Verdict } from './types.js';
import { combine } from './verdict.js';
import { definitionLabel, STATUS_WORD, subjectLabel, VERDICT_WORD } from './words.js';

export interface DefinitionCheck {
  definition: DefinitionId;
  grain: Grain;
  /** Which reading of the measure and of the year this check used. */
  label: Bilingual;
  status: Status;
  short: Bilingual;
  explanation: Bilingual;
  figures: Point[];
  result: RankResult | ChangeResult | ShareResult | { point?: Point };
}

export interface ClaimCheck {
  claim: string;
  lang: Lang;
  type: ClaimSpec['type'];
  subject: Subject;
  verdict: Verdict;
  summary: Bilingual;
  checks: DefinitionCheck[];
  assumptions: Bilingual[];
  sources: { source: string; dataset: string; vintage: number }[];
}

type Fetch = ReturnType<typeof seriesCache>;
const at = (points: Point[], period: string) => points.find((p) => p.period === period);

async function checkOne(fetch: Fetch, parsed: ParsedClaim, definition: DefinitionId, grain: Grain): Promise<DefinitionCheck> {
  const { spec, subject } = parsed;
  const label = { en: definitionLabel(definition, grain, 'en'), es: definitionLabel(definition, grain, 'es') };
  const target = periodIn(spec.target, grain, 'target');
  const base = { definition, grain, label };
  if (spec.type === 'rank') {
    const { points } = await fetch(subject, definition, grain);
    if (spec.window.kind === 'months' && grain !== 'month') throw new UsageError('a span in months needs a month, not a year: e.g. "March 2021 had the most ... in six months"');
    const window: Window = spec.window.kind === 'since' ? { kind: 'since', period: periodIn(spec.window.mention, grain, 'since') } : spec.window;
    const r = rankCheck(points, target, grain, spec.direction, window);
    const text = explainRank(r, grain);
    return { ...base, status: r.status, short: text.short, explanation: text.long, figures: [r.target, ...r.beyond, ...r.tied, ...r.close, r.since].filter((p): p is Point => Boolean(p)), result: r };
  }
  if (spec.type === 'change') {
    const { points } = await fetch(subject, definition, grain);
    const t = periodIndex(target, grain);
    const basePeriod = spec.base.kind === 'period' ? periodIn(spec.base.mention, grain, 'base') : periodFromIndex(spec.base.kind === 'previous' ? t - 1 : t - perYear(grain), grain);
    const r = judgeChange(changeBetween(at(points, target), at(points, basePeriod)), spec.stated);
    const text = explainChange(r, grain, spec.stated);
    return { ...base, status: r.status, short: text.short, explanation: text.long, figures: [r.target, r.base].filter((p): p is Point => Boolean(p)), result: r };
  }
  if (spec.type === 'share') {
    const totalSubject: Subject = { ...subject, filters: { ...subject.filters } };
    delete totalSubject.filters[spec.part.dim];
    const partDefinition = spec.part.dim === 'component' ? 'usbp' : definition;
    const [part, total] = await Promise.all([fetch(subject, partDefinition, grain), fetch(totalSubject, definition, grain)]);
    const r = shareOf(at(part.points, target), at(total.points, target), spec.stated);
    const labels = {
      part: { en: subjectLabel(subject, partDefinition, 'en'), es: subjectLabel(subject, partDefinition, 'es') },
      total: { en: subjectLabel(totalSubject, definition, 'en'), es: subjectLabel(totalSubject, definition, 'es') },
    };
    const text = explainShare(r, labels, spec.stated);
    return { ...base, status: r.status, short: text.short, explanation: text.long, figures: [r.part, r.total].filter((p): p is Point => Boolean(p)), result: r };
  }
  const { points } = await fetch(subject, definition, grain);
  const p = at(points, target);
  let status: Status = 'undetermined';
  if (p && p.value !== null) {
    const j = judge(p.value, spec.stated);
    // An incomplete period only proves "more than"; anything else waits for the full figure.
    status = p.complete ? j : spec.stated.qualifier === 'more' && j === 'true' ? 'true' : 'undetermined';
  }
  const text = explainAmount(p, spec.stated);
  return { ...base, status, short: text.short, explanation: text.long, figures: p ? [p] : [], result: { point: p } };
}

function definitionsFor(parsed: ParsedClaim): DefinitionId[] {
  // A share of Border Patrol in encounters is always a share of all CBP encounters.
  if (parsed.spec.type === 'share' && parsed.spec.part.dim === 'component') return ['cbp'];
  return parsed.subject.definitions;
}

function summarise(verdict: Verdict, checks: DefinitionCheck[], lang: Lang): string {
  // Readings that could be checked first: they decide the verdict.
  const ordered = [...checks].sort((a, b) => Number(a.status === 'undetermined') - Number(b.status === 'undetermined'));
  const parts = ordered.map((c) => `${STATUS_WORD[c.status][lang]} ${lang === 'es' ? 'con' : 'for'} ${c.label[lang].split(' (')[0]}${c.grain === 'fy' ? (lang === 'es' ? ' (año fiscal)' : ' (fiscal year)') : c.grain === 'cy' ? (lang === 'es' ? ' (año calendario)' : ' (calendar year)') : ''}: ${c.short[lang]}`);
  return `${VERDICT_WORD[verdict][lang]}. ${parts.join('; ')}.`;
}

export async function checkClaim(conn: DuckDBConnection, text: string, lang?: Lang): Promise<ClaimCheck> {
  const parsed = parseClaim(text, lang);
  const fetch = seriesCache(conn);
  const checks: DefinitionCheck[] = [];
  for (const definition of definitionsFor(parsed)) {
    for (const grain of grainsOf(parsed.spec.target)) checks.push(await checkOne(fetch, parsed, definition, grain));
  }
  const verdict = combine(checks.map((c) => c.status));
  const sources = new Map<string, { source: string; dataset: string; vintage: number }>();
  for (const c of checks) for (const p of c.figures) sources.set(`${p.dataset}|${p.vintage}`, { source: p.source, dataset: p.dataset, vintage: p.vintage });
  return {
    claim: text,
    lang: parsed.lang,
    type: parsed.spec.type,
    subject: parsed.subject,
    verdict,
    summary: { en: summarise(verdict, checks, 'en'), es: summarise(verdict, checks, 'es') },
    checks,
    assumptions: parsed.assumptions,
    sources: [...sources.values()],
  };
}
