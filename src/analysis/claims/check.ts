/**
 * Checks a claim typed in plain words: reads it with the store's vocabulary, computes
 * the figures for the reading its words name (for each year type a bare year allows),
 * and gives one verdict with the numbers, sources and definitions behind it. The other
 * reading of "encounters" (all of CBP, or Border Patrol alone) is computed as context
 * and never changes the verdict. A claim that cannot be read, or whose figures the store
 * lacks, is "cannot be checked" with what was understood and what was missing.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { rows } from '../../store/open.js';
import type { Dimension } from '../../model/index.js';
import { rankAmong, comparePair, type CategoryResult, type PairResult, type Ranked } from './categories.js';
import { changeBetween, judgeChange, type ChangeResult } from './change.js';
import { explainAmount } from './explain/amount.js';
import { explainCategory, explainFirst, explainPair } from './explain/categories.js';
import { explainChange } from './explain/change.js';
import { explainRank } from './explain/rank.js';
import { explainShare } from './explain/share.js';
import { firstTime, type FirstResult } from './first.js';
import { parseClaim, type ClaimSpec, type ParsedClaim, type UnreadableClaim } from './parse/claim.js';
import { fromToLabel, periodFromIndex, periodIndex, periodLabel, perYear } from './periods.js';
import type { PeriodMention } from './parse/periods.js';
import { judge, type Stated } from './quantity.js';
import { rankCheck, type RankResult, type Window } from './rank.js';
import { grainsOf, periodIn } from './resolve.js';
import { UsageError } from '../../errors.js';
import { buildRequest } from '../../store/query/request.js';
import { queryCatalogue } from '../../store/query/catalogue.js';
import { candidateSeries } from '../../store/query/series.js';
import { fetchSeries, seriesCache, toPoint, whereOf, type Series } from './series.js';
import { shareOf, type ShareResult } from './share.js';
import type { Bilingual, DefinitionId, Grain, Lang, Point, Status, Subject, Verdict } from './types.js';
import { acrossSources, combine, differs, type OtherSource } from './verdict.js';
import { explainSources } from './explain/sources.js';
import { insteadOf } from './instead.js';
import { loadVocabulary, type Vocabulary } from './vocabulary.js';
import { definitionLabel, measureLabel, subjectLabel, VERDICT_WORD, type Labels } from './words.js';

export interface DefinitionCheck {
  definition: DefinitionId;
  grain: Grain;
  /** Which reading of the measure and of the year this check used. */
  label: Bilingual;
  status: Status;
  short: Bilingual;
  explanation: Bilingual;
  figures: Point[];
  result: RankResult | ChangeResult | ShareResult | FirstResult | CategoryResult | PairResult | { point?: Point };
  /**
   * Other sources whose own figures for the same series and periods differ beyond rounding
   * from those used, with the status the claim would have by them (amounts and changes);
   * the status above already weighs them (verdict.ts, acrossSources).
   */
  otherSources?: OtherSource[];
  /** The store's reconciliation checks (corridor check) that report those differences. */
  overlapChecks?: string[];
}

export interface ClaimCheck {
  claim: string;
  lang: Lang;
  type: ClaimSpec['type'] | 'unreadable';
  subject?: Subject;
  verdict: Verdict;
  summary: Bilingual;
  /** The reading the words name: these decide the verdict. */
  checks: DefinitionCheck[];
  /** The other reading of "encounters", for context only. */
  context: DefinitionCheck[];
  /**
   * When the count named has no figure for the claim: the nearest count the store has (instead.ts),
   * with why it is not the same count. Never part of the verdict.
   */
  instead?: { subject: Subject; label: Bilingual; why: Bilingual; checks: DefinitionCheck[] };
  /** What the parser understood, and (when it could not read the claim) what it could not. */
  understood: Bilingual[];
  notUnderstood?: Bilingual;
  assumptions: Bilingual[];
  sources: { source: string; dataset: string; vintage: number }[];
}

type Fetch = ReturnType<typeof seriesCache>;

/**
 * Each source's own figures for some periods, as a query restricted to that source gives
 * them (the overlap checks of `corridor check` compare the same), and the overlap checks
 * the store recorded: read once per claim. One query over the periods' span reads every
 * table's answer; for each source, its first table (in the query engine's order) with the
 * period complete answers, else its first.
 */
function sourceCache(conn: DuckDBConnection) {
  const figures = new Map<string, Promise<Map<string, Map<string, Point>>>>();
  let checks: Promise<{ id: string; detail: string }[]> | undefined;
  const read = async (subject: Subject, definition: DefinitionId, grain: Grain, periods: string[]) => {
    const out = new Map<string, Map<string, Point>>();
    const span = [...periods].sort();
    try {
      // A measure one source publishes has nothing to compare (the catalogue is in memory).
      const datasets = await (await queryCatalogue(conn)).datasets(subject.measure);
      if (new Set(datasets.map((d) => d.source)).size < 2) return out;
      const req = await buildRequest(conn, { measure: subject.measure, where: whereOf(subject, definition), grain });
      const { answers } = await candidateSeries(conn, { ...req, from: span[0], to: span[span.length - 1] });
      for (const { ds, rows: found } of answers) {
        const mine = out.get(ds.source) ?? new Map<string, Point>();
        for (const r of found) {
          const had = mine.get(r.period);
          if (periods.includes(r.period) && (!had || (!had.complete && r.complete))) mine.set(r.period, toPoint(r));
        }
        out.set(ds.source, mine);
      }
    } catch (e) {
      if (!(e instanceof UsageError)) throw e;
    }
    return out;
  };
  return {
    /** Source → period → that source's own figure. */
    bySource(subject: Subject, definition: DefinitionId, grain: Grain, periods: string[]): Promise<Map<string, Map<string, Point>>> {
      const key = JSON.stringify([subject.measure, subject.geography, subject.filters, definition, grain, periods]);
      if (!figures.has(key)) figures.set(key, read(subject, definition, grain, periods));
      return figures.get(key)!;
    },
    /** The latest run of each overlap check that found differences. */
    overlaps(): Promise<{ id: string; detail: string }[]> {
      checks ??= rows<{ id: string; detail: string }>(
        conn,
        `SELECT check_id AS id, CAST(detail AS VARCHAR) AS detail FROM checks WHERE check_id LIKE 'overlap/%'
          QUALIFY row_number() OVER (PARTITION BY check_id ORDER BY run_at DESC) = 1 AND status = 'differs' ORDER BY 1`,
      ).catch(() => []);
      return checks;
    },
  };
}
type Sources = ReturnType<typeof sourceCache>;

/**
 * Every other source's own figures for the periods of `used` (same order), when it has
 * them all complete and one differs beyond rounding from the figure used.
 */
async function otherFigures(sources: Sources, subject: Subject, definition: DefinitionId, grain: Grain, used: Point[]): Promise<{ source: string; points: Point[] }[]> {
  const out: { source: string; points: Point[] }[] = [];
  for (const [source, figures] of await sources.bySource(subject, definition, grain, used.map((u) => u.period))) {
    const theirs = used.map((u) => figures.get(u.period));
    if (theirs.some((p) => !p || p.value === null || !p.complete)) continue;
    const points = theirs as Point[];
    if (!points.some((p, i) => p.dataset !== used[i].dataset && differs(p, used[i]))) continue;
    out.push({ source, points });
  }
  return out;
}

/** The overlap checks of the store that compare this series' sources (measure, grain and filters alike). */
async function overlapChecksOf(sources: Sources, subject: Subject, definition: DefinitionId, grain: Grain): Promise<string[]> {
  const mine = Object.fromEntries(whereOf(subject, definition).map((w) => w.split('=') as [string, string]));
  return (await sources.overlaps())
    .filter(({ detail }) => {
      const req = (JSON.parse(detail) as { request?: { measure?: string; grain?: string; where?: Record<string, string[]> } }).request;
      if (!req || req.measure !== subject.measure || (req.grain ?? 'month') !== grain) return false;
      const theirs = Object.fromEntries(Object.entries(req.where ?? {}).map(([d, v]) => [d, v.join(',')]));
      const dims = new Set([...Object.keys(mine), ...Object.keys(theirs)].filter((d) => d !== 'geography' || mine.geography !== undefined));
      return [...dims].every((d) => mine[d] === theirs[d]);
    })
    .map((c) => c.id);
}
const at = (points: Point[], period: string) => points.find((p) => p.period === period);
const both = (f: (lang: Lang) => string): Bilingual => ({ en: f('en'), es: f('es') });

/** "the store has no figures for ... in March 2010; they run from ... to ..." */
function missingData(series: Series, subject: Subject, definition: DefinitionId, period: string, grain: Grain, labels: Labels): Bilingual {
  const what = (lang: Lang) => subjectLabel(subject, definition, lang, undefined, labels);
  const sorted = [...series.points].sort((a, b) => a.period.localeCompare(b.period));
  return both((lang) => {
    const es = lang === 'es';
    const head = es ? `el almacén no tiene cifras de ${what(lang)} para ${periodLabel(period, grain, lang)}` : `the store has no figures for ${what(lang)} in ${periodLabel(period, grain, lang)}`;
    if (!sorted.length) return `${head}${series.missing ? ` (${series.missing[lang]})` : ''}`;
    const [first, last] = [sorted[0].period, sorted[sorted.length - 1].period];
    if (first === last) return `${head}: ${es ? 'su única cifra es de' : 'its only figure is for'} ${periodLabel(first, grain, lang)}`;
    return `${head}: ${es ? 'sus cifras van' : 'its figures run'} ${fromToLabel(first, last, grain, lang)}`;
  });
}

async function checkOne(conn: DuckDBConnection, fetch: Fetch, sources: Sources, parsed: ParsedClaim, definition: DefinitionId, grain: Grain, vocab: Vocabulary): Promise<DefinitionCheck> {
  const { spec, subject } = parsed;
  const labels = vocab.labels;
  const label = both((lang) => (definition === 'measure' ? measureLabel(subject, definition, lang, labels) : definitionLabel(definition, grain, lang)));
  const target = periodIn(spec.target, grain, 'target');
  const base = { definition, grain, label };
  const noData = (series: Series): DefinitionCheck => {
    const msg = missingData(series, subject, definition, target, grain, labels);
    return { ...base, status: 'undetermined', short: msg, explanation: both((l) => `${msg[l].charAt(0).toUpperCase()}${msg[l].slice(1)}.`), figures: [], result: {} };
  };

  if (spec.type === 'category-rank' || spec.type === 'compare') {
    const ranked = await breakdown(conn, fetch, subject, definition, grain, spec.dim, target, spec.type === 'category-rank' ? spec.member : spec.a, vocab);
    if (!ranked.rows.length && !ranked.series.points.length) return noData(ranked.series);
    if (spec.type === 'category-rank') {
      const isGroup = (code: string) => spec.dim === 'citizenship' && !labels.has(`citizenship:${code}`);
      const r = rankAmong(ranked.rows, spec.member, spec.direction, isGroup);
      const text = explainCategory(r, spec.dim, spec.direction, grain, labels);
      return { ...base, status: r.status, short: text.short, explanation: text.long, figures: r.ranking.slice(0, 5).map((x) => x.point), result: r };
    }
    const find = (code: string) => ranked.rows.find((x) => x.code === code)?.point;
    const r = comparePair(find(spec.a), find(spec.b), spec.direction);
    if (spec.firstTime && r.status === 'true') {
      // "for the first time": no earlier period in the store where A already stood that way against B.
      for (const [period, list] of ranked.byPeriod) {
        if (period >= target) continue;
        const a = list.find((x) => x.code === spec.a)?.point;
        const b = list.find((x) => x.code === spec.b)?.point;
        if (a && b && comparePair(a, b, spec.direction).status === 'true') r.earlier.push({ period, a, b });
      }
      if (r.earlier.length) r.status = 'false';
    }
    const text = explainPair(r, spec.a, spec.b, spec.direction, spec.dim, grain, spec.firstTime, labels);
    return { ...base, status: r.status, short: text.short, explanation: text.long, figures: [r.a, r.b].filter((p): p is Point => Boolean(p)), result: r };
  }

  if (spec.type === 'share') {
    const totalSubject: Subject = { ...subject, filters: { ...subject.filters } };
    delete totalSubject.filters[spec.part.dim];
    const partDefinition = spec.part.dim === 'component' ? 'usbp' : definition;
    const [part, total] = await Promise.all([fetch(subject, partDefinition, grain), fetch(totalSubject, definition, grain)]);
    const partPoint = at(part.points, target);
    if (!partPoint && !at(total.points, target)) return noData(total);
    // The total of every source that has one for the period, the store's default first:
    // shareOf divides by the part's own table's (or source's) when there is one.
    const totals = [at(total.points, target)];
    if (partPoint) for (const figures of (await sources.bySource(totalSubject, definition, grain, [target])).values()) totals.push(figures.get(target));
    const r = shareOf(partPoint, totals, spec.stated);
    const partLabels = {
      part: both((l) => subjectLabel(subject, partDefinition, l, undefined, labels)),
      total: both((l) => subjectLabel(totalSubject, definition, l, undefined, labels)),
    };
    const text = explainShare(r, partLabels, spec.stated);
    return { ...base, status: r.status, short: text.short, explanation: text.long, figures: [r.part, r.total, ...(r.otherTotals ?? []).map((o) => o.total)].filter((p): p is Point => Boolean(p)), result: r };
  }

  const series = await fetch(subject, definition, grain);
  const { points } = series;
  if (!at(points, target)) return noData(series);
  if (spec.type === 'rank') {
    if (spec.window.kind === 'months' && grain !== 'month') {
      const msg = both((l) => (l === 'es' ? 'un lapso en meses necesita un mes, no un año' : 'a span in months needs a month, not a year'));
      return { ...base, status: 'undetermined', short: msg, explanation: msg, figures: [], result: {} };
    }
    const window: Window =
      spec.window.kind === 'since'
        ? { kind: 'since', period: periodIn(spec.window.mention, grain, 'since') }
        : spec.window.kind === 'within'
          ? withinWindow(spec.window.mention, grain)
          : spec.window;
    const r = rankCheck(points, target, grain, spec.direction, window);
    const text = explainRank(r, grain);
    return { ...base, status: r.status, short: text.short, explanation: text.long, figures: [r.target, ...r.beyond, ...r.tied, ...r.close, r.since].filter((p): p is Point => Boolean(p)), result: r };
  }
  if (spec.type === 'change') {
    const t = periodIndex(target, grain);
    const basePeriod = spec.base.kind === 'period' ? periodIn(spec.base.mention, grain, 'base') : periodFromIndex(spec.base.kind === 'previous' ? t - 1 : t - perYear(grain), grain);
    const r = judgeChange(changeBetween(at(points, target), at(points, basePeriod)), spec.stated);
    const text = explainChange(r, grain, spec.stated);
    const out: DefinitionCheck = { ...base, status: r.status, short: text.short, explanation: text.long, figures: [r.target, r.base].filter((p): p is Point => Boolean(p)), result: r };
    if (!r.target || !r.base || r.target.value === null || r.base.value === null) return out;
    // The same change within each other source that has both periods and differs.
    const others = (await otherFigures(sources, subject, definition, grain, [r.target, r.base])).map((o) => ({ ...o, status: judgeChange(changeBetween(o.points[0], o.points[1]), spec.stated).status }));
    return withOtherSources(out, others, [r.target, r.base], await overlapChecksOf(sources, subject, definition, grain), grain);
  }
  if (spec.type === 'first') {
    const since = spec.since ? periodIn(spec.since, grain, 'since') : undefined;
    const r = firstTime(points, target, grain, spec.stated, since);
    const text = explainFirst(r, spec.stated, grain);
    return { ...base, status: r.status, short: text.short, explanation: text.long, figures: [r.target, ...r.earlier.slice(0, 3), r.lastBefore].filter((p): p is Point => Boolean(p)), result: r };
  }
  const p = at(points, target);
  const text = explainAmount(p, spec.stated);
  const out: DefinitionCheck = { ...base, status: amountStatus(p, spec.stated), short: text.short, explanation: text.long, figures: p ? [p] : [], result: { point: p } };
  if (!p || p.value === null) return out;
  const others = (await otherFigures(sources, subject, definition, grain, [p])).map((o) => ({ ...o, status: amountStatus(o.points[0], spec.stated) }));
  return withOtherSources(out, others, [p], await overlapChecksOf(sources, subject, definition, grain), grain);
}

/** A count against a stated number: an incomplete period only proves "more than"; anything else waits for the full figure. */
function amountStatus(p: Point | undefined, stated: Stated): Status {
  if (!p || p.value === null) return 'undetermined';
  const j = judge(p.value, stated);
  return p.complete ? j : stated.qualifier === 'more' && j === 'true' ? 'true' : 'undetermined';
}

/** A check with the other sources' figures said, and its status weighed by them (verdict.ts). */
function withOtherSources(check: DefinitionCheck, others: OtherSource[], used: Point[], overlapChecks: string[], grain: Grain): DefinitionCheck {
  if (!others.length) return check;
  const status = acrossSources(check.status, others.map((o) => o.status));
  const text = explainSources(check.status, status, others, used, overlapChecks, grain);
  return {
    ...check,
    status,
    short: both((l) => `${check.short[l]}${text.short[l]}`),
    explanation: both((l) => `${check.explanation[l]}${text.long[l]}`),
    figures: [...check.figures, ...others.flatMap((o) => o.points)],
    otherSources: others,
    overlapChecks,
  };
}

/** "More than any month of 2019": every month (or the year) of that year, in the grain checked. */
function withinWindow(m: PeriodMention, grain: Grain): Window {
  if (m.kind === 'month') return { kind: 'between', first: m.period, last: m.period };
  if (grain === 'month') {
    const first = m.yearType === 'fy' ? `${m.year - 1}-10-01` : `${m.year}-01-01`;
    return { kind: 'between', first, last: periodFromIndex(periodIndex(first, 'month') + 11, 'month') };
  }
  const p = grain === 'fy' ? `${m.year - 1}-10-01` : `${m.year}-01-01`;
  return { kind: 'between', first: p, last: p };
}

/**
 * The categories of one dimension for the subject, by period. Places are compared at the
 * level of the place named (sectors with sectors, states with states); when the best
 * source of a period gives another level, a source that has the named place is asked.
 */
async function breakdown(conn: DuckDBConnection, fetch: Fetch, subject: Subject, definition: DefinitionId, grain: Grain, dim: Dimension, target: string, member: string, vocab: Vocabulary) {
  const level = dim === 'geography' ? vocab.places.get(member)?.level : undefined;
  const codeOf = (code: string): string | undefined => {
    if (dim !== 'geography') return code;
    const p = vocab.places.get(code);
    if (!p) return undefined;
    if (p.level === level) return code;
    // A state of one border ("US-SWB/TX") stands for the state ("US-TX").
    if (level === 'state' && p.level === 'region-state') return `US-${code.split('/')[1]}`;
    return undefined;
  };
  let series = await fetch(subject, definition, grain, dim);
  const collect = (s: Series) => {
    const byPeriod = new Map<string, Ranked[]>();
    s.points.forEach((p, i) => {
      const code = codeOf(s.keys[i]?.[dim] ?? '');
      if (code) byPeriod.set(p.period, [...(byPeriod.get(p.period) ?? []), { code, point: p }]);
    });
    return byPeriod;
  };
  let byPeriod = collect(series);
  // The best source of the period may break the dimension down more coarsely (states for
  // sectors; four nationalities and OTHER): then a source that has the member named is asked.
  if (!(byPeriod.get(target) ?? []).some((r) => r.code === member)) {
    const sources = await rows<{ source: string }>(
      conn,
      `SELECT DISTINCT d.source_id AS source FROM dataset_members m JOIN datasets d ON d.id = m.dataset_id WHERE d.measure = ? AND m.dimension = ? AND m.value = ?`,
      [subject.measure, dim, member],
    );
    for (const { source } of sources) {
      const s = await fetchSeries(conn, subject, definition, grain, dim, source);
      const again = collect(s);
      if ((again.get(target) ?? []).some((r) => r.code === member)) {
        series = s;
        byPeriod = again;
        break;
      }
    }
  }
  return { series, rows: byPeriod.get(target) ?? [], byPeriod };
}

function unreadableCheck(u: UnreadableClaim): ClaimCheck {
  const understood = u.understood.length ? u.understood : [{ en: 'nothing the store knows', es: 'nada que el almacén conozca' }];
  const summary = both((lang) => {
    const es = lang === 'es';
    return `${VERDICT_WORD.undetermined[lang]}: ${u.missing[lang]}. ${es ? 'Entendido' : 'Understood'}: ${understood.map((x) => x[lang]).join('; ')}.`;
  });
  return { claim: u.text, lang: u.lang, type: 'unreadable', verdict: 'undetermined', summary, checks: [], context: [], understood: u.understood, notUnderstood: u.missing, assumptions: [], sources: [] };
}

const GRAIN_NAME: Record<Grain, Bilingual> = {
  month: { en: '', es: '' },
  fy: { en: 'as a fiscal year', es: 'como año fiscal' },
  cy: { en: 'as a calendar year', es: 'como año calendario' },
};

function sentence(checks: DefinitionCheck[], lang: Lang): string {
  if (checks.length === 1) return checks[0].short[lang];
  return checks.map((c) => `${GRAIN_NAME[c.grain][lang]}${GRAIN_NAME[c.grain][lang] ? ', ' : ''}${c.short[lang]}`).join('; ');
}

/** "True: Border Patrol encounters at the southwest border: the highest since March 2001 (170,580), 20 years earlier. For context, ..." */
function summarise(verdict: Verdict, checks: DefinitionCheck[], context: DefinitionCheck[], subject: Subject, lang: Lang, labels: Labels, instead?: ClaimCheck['instead']): string {
  const es = lang === 'es';
  const what = subjectLabel(subject, checks[0]?.definition ?? 'measure', lang, undefined, labels);
  let out = `${VERDICT_WORD[verdict][lang]}: ${what}: ${sentence(checks, lang)}.`;
  if (context.length) {
    const other = subjectLabel(subject, context[0].definition, lang, undefined, labels);
    out += es ? ` Como contexto, ${other}: ${sentence(context, lang)}.` : ` For context, ${other}: ${sentence(context, lang)}.`;
  }
  if (instead) {
    const other = instead.label[lang];
    out += es
      ? ` Lo que el almacén tiene en su lugar, ${other}: ${sentence(instead.checks, lang)} (${instead.why.es}).`
      : ` What the store has instead, ${other}: ${sentence(instead.checks, lang)} (${instead.why.en}).`;
  }
  return out;
}

export async function checkClaim(conn: DuckDBConnection, text: string, lang?: Lang): Promise<ClaimCheck> {
  const vocab = await loadVocabulary(conn);
  const parsed = parseClaim(text, vocab, lang);
  if ('unreadable' in parsed) return unreadableCheck(parsed);
  const fetch = seriesCache(conn);
  const perSource = sourceCache(conn);
  const grains = grainsOf(parsed.spec.target, vocab.usMeasures.has(parsed.subject.measure));
  const run = async (definitions: DefinitionId[], claim: ParsedClaim = parsed, years: Grain[] = grains) => {
    const out: DefinitionCheck[] = [];
    for (const d of definitions) for (const g of years) out.push(await checkOne(conn, fetch, perSource, claim, d, g, vocab));
    return out;
  };
  // A share of Border Patrol in encounters is always a share of all CBP encounters.
  const shareOfComponent = parsed.spec.type === 'share' && parsed.spec.part.dim === 'component';
  const checks = await run(shareOfComponent ? ['cbp'] : parsed.subject.definitions);
  const context = parsed.subject.context && !shareOfComponent ? await run([parsed.subject.context]) : [];
  const verdict = combine(checks.map((c) => c.status));
  const instead = verdict === 'undetermined' ? await nearestCount(parsed, run, vocab) : undefined;
  const sources = new Map<string, { source: string; dataset: string; vintage: number }>();
  for (const c of [...checks, ...context, ...(instead?.checks ?? [])]) for (const p of c.figures) sources.set(`${p.dataset}|${p.vintage}`, { source: p.source, dataset: p.dataset, vintage: p.vintage });
  return {
    claim: text,
    lang: parsed.lang,
    type: parsed.spec.type,
    subject: parsed.subject,
    verdict,
    summary: { en: summarise(verdict, checks, context, parsed.subject, 'en', vocab.labels, instead), es: summarise(verdict, checks, context, parsed.subject, 'es', vocab.labels, instead) },
    checks,
    context,
    ...(instead ? { instead } : {}),
    understood: parsed.understood,
    assumptions: parsed.assumptions,
    sources: [...sources.values()],
  };
}

/** The nearest count the store has for an amount or a change it cannot check (instead.ts), when it has figures for the claim's periods. */
async function nearestCount(
  parsed: ParsedClaim,
  run: (definitions: DefinitionId[], claim: ParsedClaim, years: Grain[]) => Promise<DefinitionCheck[]>,
  vocab: Vocabulary,
): Promise<ClaimCheck['instead']> {
  const near = insteadOf(parsed.subject, vocab);
  if (!near || (parsed.spec.type !== 'amount' && parsed.spec.type !== 'change')) return undefined;
  const checks = (await run(near.subject.definitions, { ...parsed, subject: near.subject }, grainsOf(parsed.spec.target, vocab.usMeasures.has(near.subject.measure)))).filter((c) => c.figures.some((p) => p.value !== null));
  if (!checks.length) return undefined;
  return { ...near, label: both((lang) => subjectLabel(near.subject, checks[0].definition, lang, undefined, vocab.labels)), checks };
}
