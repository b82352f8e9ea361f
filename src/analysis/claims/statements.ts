/**
 * The statements a series supports about one period, each with its evidence: its rank
 * among complete periods, the highest (lowest) since when, "the most in N years",
 * change on the period before and a year before, and its share of each total it is a
 * part of. Incomplete periods and gaps are said, never ranked silently.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { rows } from '../../store/open.js';
import { UsageError } from '../../errors.js';
import type { Dimension } from '../../model/index.js';
import { normalisePeriod } from '../../store/query/periods.js';
import { buildRequest } from '../../store/query/request.js';
import { querySeries } from '../../store/query/series.js';
import { changeBetween } from './change.js';
import { explainChange } from './explain/change.js';
import { periodFromIndex, periodIndex, periodLabel, perYear, rangeLabel, runs, spanLabel } from './periods.js';
import { rankCheck } from './rank.js';
import { toPoint } from './series.js';
import { shareOf } from './share.js';
import type { Bilingual, Grain, Point } from './types.js';
import { figure, partsLabel, pct, UNIT } from './words.js';

export interface StatementRequest {
  measure: string;
  where?: string[];
  grain?: string;
  period: string;
}

export interface Statement {
  kind: 'value' | 'rank' | 'highest-since' | 'lowest-since' | 'most-in-years' | 'change-previous' | 'change-year' | 'share';
  text: Bilingual;
  evidence: Point[];
}

export interface Statements {
  heading: Bilingual;
  period: string;
  grain: Grain;
  statements: Statement[];
  caveats: Bilingual[];
}

const both = (f: (lang: 'en' | 'es') => string): Bilingual => ({ en: f('en'), es: f('es') });

async function series(conn: DuckDBConnection, measure: string, where: string[], grain: Grain, source?: string): Promise<Point[]> {
  const req = await buildRequest(conn, { measure, where, grain, source });
  const rows = (await querySeries(conn, req)).rows;
  const keys = new Set(rows.map((r) => JSON.stringify(r.keys)));
  if (keys.size > 1) throw new UsageError(
    'statements are about one series: give one value per filter',
    'las afirmaciones tratan de una sola serie: dé un valor por filtro',
  );
  return rows.map(toPoint);
}

function rankStatement(points: Point[], target: Point, grain: Grain): Statement | undefined {
  const complete = points.filter((p) => p.complete && p.value !== null);
  if (!target.complete || target.value === null) return undefined;
  const higher = complete.filter((p) => p.value! > target.value!).length;
  const equal = complete.filter((p) => p.value === target.value && p.period !== target.period);
  const first = complete[0].period;
  const last = complete[complete.length - 1].period;
  return {
    kind: 'rank',
    text: both((l) => {
      const [, units] = UNIT[grain][l];
      const tie = equal.length ? (l === 'es' ? ` (empatado con ${equal.map((p) => periodLabel(p.period, grain, l)).join(', ')})` : ` (tied with ${equal.map((p) => periodLabel(p.period, grain, l)).join(', ')})`) : '';
      return l === 'es'
        ? `Ocupa el lugar ${higher + 1} de ${complete.length} ${units} completos de la serie (${rangeLabel(first, last, grain, l)}), de mayor a menor${tie}.`
        : `It ranks ${higher + 1} of ${complete.length} complete ${units} in the series (${rangeLabel(first, last, grain, l)}), highest first${tie}.`;
    }),
    evidence: [target, ...equal],
  };
}

function sinceStatement(points: Point[], target: Point, grain: Grain, direction: 'max' | 'min'): Statement[] {
  const r = rankCheck(points, target.period, grain, direction, { kind: 'record' });
  const word = (l: 'en' | 'es') => (direction === 'max' ? (l === 'es' ? 'más alto' : 'highest') : l === 'es' ? 'más bajo' : 'lowest');
  const out: Statement[] = [];
  const t = periodIndex(target.period, grain);
  if (r.since) {
    const since = r.since;
    // "Higher than the month before" is no statement worth making.
    if (periodIndex(since.period, grain) === t - 1) return out;
    out.push({
      kind: direction === 'max' ? 'highest-since' : 'lowest-since',
      text: both((l) => {
        const same = since.value === target.value ? (l === 'es' ? ', que tuvo la misma cifra' : ', which had the same figure') : '';
        return l === 'es'
          ? `Es el ${word(l)} desde ${figure(since, l)}${same}, ${spanLabel(since.period, target.period, grain, l)} antes.`
          : `It is the ${word(l)} since ${figure(since, l)}${same}, ${spanLabel(since.period, target.period, grain, l)} earlier.`;
      }),
      evidence: [target, since],
    });
    const years = Math.floor((t - periodIndex(since.period, grain)) / perYear(grain));
    if (direction === 'max' && years >= 1) {
      const check = rankCheck(points, target.period, grain, 'max', { kind: 'years', years });
      const gaps = check.missing.length ? runs(check.missing, grain).map(([a, b]) => rangeLabel(a, b, grain, 'en')) : [];
      out.push({
        kind: 'most-in-years',
        text: both((l) => {
          const base = l === 'es' ? `Es la cifra más alta en ${years} ${years === 1 ? 'año' : 'años'}` : `It is the most in ${years} ${years === 1 ? 'year' : 'years'}`;
          if (check.status === 'true') return `${base}.`;
          return l === 'es' ? `${base} entre los periodos con cifra completa (${check.missing.length} sin cifra${gaps.length ? `: ${runs(check.missing, grain).map(([a, b]) => rangeLabel(a, b, grain, l)).join(', ')}` : ''}; ${check.unknown.length + check.close.length} no comparables).` : `${base} among the periods with complete figures (${check.missing.length} without a figure${gaps.length ? `: ${gaps.join(', ')}` : ''}; ${check.unknown.length + check.close.length} not comparable).`;
        }),
        evidence: [target, since],
      });
    }
  } else if (r.seriesStart && r.seriesStart !== target.period && !r.sinceBlocked) {
    out.push({
      kind: direction === 'max' ? 'highest-since' : 'lowest-since',
      text: both((l) => l === 'es' ? `Es el ${word(l)} de la serie, que empieza en ${periodLabel(r.seriesStart!, grain, l)}.` : `It is the ${word(l)} in the series, which starts in ${periodLabel(r.seriesStart!, grain, l)}.`),
      evidence: [target],
    });
  }
  return out;
}

function changeStatement(points: Point[], target: Point, grain: Grain, back: number, kind: Statement['kind']): Statement {
  const basePeriod = periodFromIndex(periodIndex(target.period, grain) - back, grain);
  const r = changeBetween(target, points.find((p) => p.period === basePeriod));
  const text = explainChange(r, grain);
  return { kind, text: text.long, evidence: [r.target, r.base].filter((p): p is Point => Boolean(p)) };
}

/**
 * The grain of the statements: the one asked for, else the period's own ("2021-03" a month,
 * "2021" a calendar year, "FY2021" a fiscal year). A year is never read as its first month,
 * nor a fiscal year as a calendar one: asked so, the error says what to type.
 */
export function statementGrain(period: string, asked?: string): Grain {
  const t = period.trim().toUpperCase();
  const own: Grain | undefined = /^\d{4}-\d{2}(-\d{2})?$/.test(t) ? 'month' : /^FY\s*\d{4}$/.test(t) ? 'fy' : /^(CY\s*)?\d{4}$/.test(t) ? 'cy' : undefined;
  if (asked === undefined) {
    if (own) return own;
    throw new UsageError(`"${period}" is not a period: use YYYY-MM, YYYY or FYYYYY`, `"${period}" no es un periodo: use AAAA-MM, AAAA o FYAAAA`);
  }
  if (!['month', 'fy', 'cy'].includes(asked)) throw new UsageError(
    `grain must be month, fy or cy, not "${asked}"`,
    `grain debe ser month, fy o cy, no "${asked}"`,
  );
  const year = t.match(/\d{4}/)?.[0];
  if (asked === 'month' && own && own !== 'month') throw new UsageError(
    `${period} is a ${own === 'fy' ? 'fiscal year' : 'year'}, not a month: give a month (${year}-03), or leave out --grain month (or give --grain ${own}) for the ${own === 'fy' ? 'fiscal' : 'calendar'} year`,
    `${period} es un año${own === 'fy' ? ' fiscal' : ''}, no un mes: dé un mes (${year}-03), u omita --grain month (o dé --grain ${own}) para el año ${own === 'fy' ? 'fiscal' : 'calendario'}`,
  );
  if (asked === 'cy' && own === 'fy') throw new UsageError(
    `${period} is a fiscal year, not a calendar year: give --grain fy, or --period ${year} for calendar year ${year}`,
    `${period} es un año fiscal, no un año calendario: dé --grain fy, o --period ${year} para el año calendario ${year}`,
  );
  return asked as Grain;
}

export async function computeStatements(conn: DuckDBConnection, req: StatementRequest): Promise<Statements> {
  const grain = statementGrain(req.period, req.grain);
  const where = req.where ?? [];
  const points = await series(conn, req.measure, where, grain);
  const period = normalisePeriod(req.period, grain, 'from');
  const target = points.find((p) => p.period === period);
  if (!target) throw new UsageError(
    `the series has no figure for ${periodLabel(period, grain, 'en')}${points.length ? ` (it runs from ${periodLabel(points[0].period, grain, 'en')} to ${periodLabel(points[points.length - 1].period, grain, 'en')})` : ''}`,
    `la serie no tiene cifra para ${periodLabel(period, grain, 'es')}${points.length ? ` (va de ${periodLabel(points[0].period, grain, 'es')} a ${periodLabel(points[points.length - 1].period, grain, 'es')})` : ''}`,
  );
  const caveats: Bilingual[] = [];
  if (!target.complete) caveats.push(both((l) => l === 'es' ? `${periodLabel(period, grain, l)} está incompleto (${partsLabel(target, l)}): no se clasifica frente a periodos completos.` : `${periodLabel(period, grain, l)} is incomplete (${partsLabel(target, l)}): it is not ranked against complete periods.`));
  const span = points.length ? periodIndex(points[points.length - 1].period, grain) - periodIndex(points[0].period, grain) + 1 : 0;
  if (span > points.length) {
    const have = new Set(points.map((p) => p.period));
    const missing = Array.from({ length: span }, (_, i) => periodFromIndex(periodIndex(points[0].period, grain) + i, grain)).filter((p) => !have.has(p));
    caveats.push(both((l) => `${l === 'es' ? 'La serie tiene huecos' : 'The series has gaps'}: ${runs(missing, grain).map(([a, b]) => rangeLabel(a, b, grain, l)).join(', ')}.`));
  }
  const statements: Statement[] = [{ kind: 'value', text: both((l) => `${figure(target, l)}.`), evidence: [target] }];
  const rank = rankStatement(points, target, grain);
  if (rank) statements.push(rank);
  if (target.value !== null && target.complete) statements.push(...sinceStatement(points, target, grain, 'max'), ...sinceStatement(points, target, grain, 'min'));
  statements.push(changeStatement(points, target, grain, 1, 'change-previous'));
  if (grain === 'month') statements.push(changeStatement(points, target, grain, 12, 'change-year'));
  for (const w of where) {
    const dim = w.split('=')[0].trim().toLowerCase() as Dimension;
    if (dim === 'geography') continue;
    const totalWhere = where.filter((x) => x !== w);
    const totalOf = async (source?: string) => (await series(conn, req.measure, totalWhere, grain, source).catch(() => [] as Point[])).find((p) => p.period === period);
    // The store's default total first, then each source's own: shareOf divides by the figure's own table's.
    const totals = [await totalOf()];
    for (const { source } of await rows<{ source: string }>(conn, 'SELECT DISTINCT source_id AS source FROM datasets WHERE measure = ? ORDER BY 1', [req.measure])) totals.push(await totalOf(source));
    const r = shareOf(target, totals);
    const total = r.total;
    if (r.percent === undefined || !total) continue;
    if (r.reason) {
      caveats.push(both((l) => l === 'es' ? `La proporción sobre el total sin ${w} no se da: las dos cifras cubren partes distintas del periodo (${figure(target, l)}; ${figure(total, l)}).` : `No share of the total without ${w} is given: the two figures cover different parts of the period (${figure(target, l)}; ${figure(total, l)}).`));
      continue;
    }
    const others = (r.otherTotals ?? []).map((o) => o.total);
    statements.push({
      kind: 'share',
      text: both((l) => {
        const es = l === 'es';
        const head = es ? `Es el ${pct(r.percent!)} del total sin el filtro ${w} (${figure(total, l)}).` : `It is ${pct(r.percent!)} of the total without the filter ${w} (${figure(total, l)}).`;
        const from =
          r.totalFrom === 'other' ? (es ? ' El total viene de otra tabla: la de la cifra no tiene total.' : " The total comes from another table: the figure's own has none.")
          : r.totalFrom === 'source' ? (es ? ' El total viene de otra tabla de la misma fuente.' : ' The total comes from another table of the same source.')
          : '';
        const list = (r.otherTotals ?? []).map((o) => `${figure(o.total, l)}, ${es ? 'con el que sería el' : 'against which it would be'} ${pct(o.percent)}`).join('; ');
        const other = list ? (es ? ` Otras tablas dan otro total: ${list}.` : ` Other tables give another total: ${list}.`) : '';
        return `${head}${from}${other}`;
      }),
      evidence: [target, total, ...others],
    });
  }
  return {
    heading: both((l) => `${req.measure} ${where.join(' ')} — ${periodLabel(period, grain, l)}`),
    period,
    grain,
    statements,
    caveats,
  };
}
