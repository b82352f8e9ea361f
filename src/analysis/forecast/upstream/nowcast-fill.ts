/**
 * A series' unpublished latest months filled by nowcasts from INM's daily copy (nowcast.ts,
 * daily.ts), for `corridor forecast --nowcast`: what was filled, from how many days, and how
 * far off such nowcasts were, on this very series, in the months both INM and CBP published.
 * The back-test that calibrates the forecast stays on the published months only: a nowcast
 * is never scored as an outcome. The nowcasts' own error, measured on this series, gives each
 * filled month an interval and is added to the forecast's bands (nowcast-bands.ts).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Said } from '../card-text.js';
import { addMonths } from '../months.js';
import type { MonthlySeries } from '../series.js';
import { DAILY_SOURCE, dailyFor, type DailyOrigin } from './daily.js';
import { daysIn, daysWithFigures, fillLatest, MIN_DAYS, nowcastErrors, type NowcastError } from './nowcast.js';
import { MIN_ERROR_MONTHS, nowcastUncertainty, type FilledMonth, type NowcastErrorQuantiles } from './nowcast-bands.js';

export interface NowcastFill {
  source: typeof DAILY_SOURCE;
  /** The last month published in the series itself. */
  published: string;
  /** The last day of INM's daily copy (undefined when it has none for this series). */
  dailyThrough?: string;
  /** The months filled, in order (empty when there was nothing to fill, with `why`). */
  months: FilledMonth[];
  /**
   * The error quantiles of the last filled month's nowcast, added to the forecast's bands
   * (absent when fewer than MIN_ERROR_MONTHS months measure them: the bands then leave it out).
   */
  carried?: NowcastErrorQuantiles;
  /** The error of nowcasts made from as many days as each filled month rests on, measured on this series. */
  errors: NowcastError[];
  /** Why nothing was filled. */
  why?: Said;
  /** Why filling stopped before the end of INM's daily copy (a day it left blank). */
  stopped?: Said;
  /** The vintage and dataset of INM's daily copy the filled months come from (empty when none was filled). */
  used: DailyOrigin[];
  said: Said;
}

const lastMonth = (s: Pick<MonthlySeries, 'start' | 'values'>) => addMonths(s.start, s.values.length - 1);

/** The series with its missing latest months nowcast (or the series as it is, and why nothing was filled). */
export async function nowcastFill(conn: DuckDBConnection, series: MonthlySeries, levels: readonly number[] = [80, 95]): Promise<{ series: MonthlySeries; fill: NowcastFill }> {
  const published = lastMonth(series);
  const daily = await dailyFor(conn, series.measure, series.keys);
  if ('unsupported' in daily) return { series, fill: finish({ source: DAILY_SOURCE, published, months: [], errors: [], why: daily.unsupported, used: [] }) };
  const dailyThrough = [...daily.days.keys()].at(-1);
  const { series: filled, nowcasts } = fillLatest(series, daily.days);
  const dayCounts = [...new Set(nowcasts.map((n) => n.days))].sort((a, b) => a - b);
  const errors = nowcasts.length ? nowcastErrors(daily.days, series, dayCounts) : [];
  const why: Said | undefined = nowcasts.length
    ? undefined
    : !dailyThrough
      ? { en: 'INM publishes no daily figures for this series', es: 'el INM no publica cifras diarias de esta serie' }
      : dailyThrough.slice(0, 7) <= published
        ? { en: `the series is published through ${published}, INM's daily copy runs only to ${dailyThrough}`, es: `la serie está publicada hasta ${published}; la copia diaria del INM llega solo a ${dailyThrough}` }
        : { en: `INM's daily copy after ${published} has fewer than ${MIN_DAYS} days of a month, or too little history to scale it`, es: `la copia diaria del INM después de ${published} tiene menos de ${MIN_DAYS} días de un mes, o muy poca historia para escalarla` };
  const next = addMonths(published, nowcasts.length + 1);
  const had = nowcasts.length && dailyThrough && dailyThrough.slice(0, 7) >= next ? daysWithFigures(daily.days, next, daysIn(next)).length : undefined;
  const stopped: Said | undefined =
    had === undefined
      ? undefined
      : had < MIN_DAYS
        ? { en: `filling stopped at ${next}: INM's daily copy has ${had} of its days, and a month needs ${MIN_DAYS}`, es: `el relleno se detuvo en ${next}: la copia diaria del INM tiene ${had} de sus días, y un mes necesita ${MIN_DAYS}` }
        : { en: `filling stopped at ${next}: too few whole months of INM's daily copy before it to scale its days`, es: `el relleno se detuvo en ${next}: muy pocos meses completos de la copia diaria del INM antes de él para escalar sus días` };
  const { months, carried } = nowcastUncertainty(nowcasts, daily.days, series, filled, levels);
  return { series: filled, fill: finish({ source: DAILY_SOURCE, published, dailyThrough, months, carried, errors, why, stopped, used: nowcasts.length ? daily.used : [] }) };
}

function finish(f: Omit<NowcastFill, 'said'>): NowcastFill {
  return { ...f, said: nowcastSaid(f) };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

const MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
};
/** '2025-09' → September 2025, septiembre de 2025. */
const monthWords = (ym: string, lang: 'en' | 'es') => `${MONTHS[lang][Number(ym.slice(5, 7)) - 1]}${lang === 'es' ? ' de ' : ' '}${ym.slice(0, 4)}`;
/** '2026-05-26' → 26 May 2026, 26 de mayo de 2026 (a bare day number, '26', stays as it is). */
const dayWords = (d: string, lang: 'en' | 'es') => (/^\d{4}-\d{2}-\d{2}$/.test(d) ? `${Number(d.slice(8, 10))} ${lang === 'es' ? 'de ' : ''}${monthWords(d.slice(0, 7), lang)}` : d);

/** What the card says about the nowcast, English and Spanish. */
export function nowcastSaid(f: Omit<NowcastFill, 'said'>): Said {
  if (!f.months.length) return { en: `Nowcast: no month filled (${f.why?.en}).`, es: `Estimación inmediata: ningún mes completado (${f.why?.es}).` };
  const first = f.months[0].month;
  const last = f.months.at(-1)!;
  const partial = f.months.filter((m) => m.share < 1);
  // Months and days in words, as the rest of the card (were 2025-09 to 2026-05, through 2026-05-26, and "mes(es)").
  const span = first === last.month ? { en: monthWords(first, 'en'), es: monthWords(first, 'es') } : { en: `${monthWords(first, 'en')} to ${monthWords(last.month, 'en')}`, es: `de ${monthWords(first, 'es')} a ${monthWords(last.month, 'es')}` };
  const through = f.dailyThrough ? { en: dayWords(f.dailyThrough, 'en'), es: `el ${dayWords(f.dailyThrough, 'es')}` } : { en: '–', es: '–' };
  const err = f.errors
    .map((e) => `${e.days} days: mean ${pct(e.mape)}, largest ${pct(e.maxApe)} over ${e.months} months`)
    .join('; ');
  const errEs = f.errors
    .map((e) => `${e.days} días: media ${pct(e.mape)}, máxima ${pct(e.maxApe)} en ${e.months} meses`)
    .join('; ');
  const partEn = `${partial.length ? `; ${partial.map((m) => (m.blank.length ? `${monthWords(m.month, 'en')} from ${m.days - m.blank.length} of its first ${m.days} days (INM left ${m.blank.map((d) => dayWords(d, 'en')).join(', ')} blank)` : `${monthWords(m.month, 'en')} from its first ${m.days} days`)).join(', ')}` : ''}${f.stopped ? `; ${f.stopped.en}` : ''}`;
  const partEs = `${partial.length ? `; ${partial.map((m) => (m.blank.length ? `${monthWords(m.month, 'es')} con ${m.days - m.blank.length} de sus primeros ${m.days} días (el INM dejó en blanco ${m.blank.map((d) => dayWords(d, 'es')).join(', ')})` : `${monthWords(m.month, 'es')} con sus primeros ${m.days} días`)).join(', ')}` : ''}${f.stopped ? `; ${f.stopped.es}` : ''}`;
  return {
    en: `Nowcast: ${f.months.length} month${f.months.length === 1 ? '' : 's'} not yet published here, ${span.en}, filled from INM's daily copy of CBP's encounters (through ${through.en}), scaled by this series / INM's total in the latest months published (${last.ratio.toFixed(3)})${partEn}. The forecast starts after them; the back-test, and so the intervals' calibration, stays on the published months${carriedEn(f)}. Error of such nowcasts on this series where both were published (${err}).`,
    es: `Estimación inmediata: ${f.months.length === 1 ? '1 mes aún no publicado aquí' : `${f.months.length} meses aún no publicados aquí`}, ${span.es}, ${f.months.length === 1 ? 'completado' : 'completados'} con la copia diaria del INM de los encuentros de la CBP (hasta ${through.es}), escalada por esta serie / el total del INM en los últimos meses publicados (${last.ratio.toFixed(3)})${partEs}. El pronóstico empieza después de ellos; la prueba retrospectiva, y con ella la calibración de los intervalos, se queda en los meses publicados${carriedEs(f)}. Error de estas estimaciones en esta serie donde ambas se publicaron (${errEs}).`,
  };
}

const signedPct = (logRatio: number) => `${logRatio >= 0 ? '+' : '−'}${Math.abs(100 * Math.expm1(logRatio)).toFixed(1)}%`;
/** The quantiles as ranges of the published month against the nowcast, levels with the same range said once. */
const range = (q: NowcastErrorQuantiles, sep: string, and: string) => {
  const groups: { levels: number[]; text: string }[] = [];
  for (const b of q.quantiles) {
    const text = `${signedPct(b.lower)}${sep}${signedPct(b.upper)}`;
    const same = groups.find((g) => g.text === text);
    if (same) same.levels.push(b.level);
    else groups.push({ levels: [b.level], text });
  }
  return groups.map((g) => `${g.levels.map((l) => `${l}%`).join(and)}: ${g.text}`).join(', ');
};

/** What the card says of the nowcasts' error in the intervals (English). */
function carriedEn(f: Omit<NowcastFill, 'said'>): string {
  const q = f.carried;
  if (!q) return ` (the intervals leave out the nowcasts' own error: fewer than ${MIN_ERROR_MONTHS} months where both were published measure it)`;
  return `; the intervals add the error nowcasts ${q.days >= 31 ? 'of whole months' : `from ${q.days} days`} had on this series (the published month against the nowcast, ${range(q, ' to ', ' and ')}, over ${q.months} months), as independent of the forecast's own error and carried in full to every month ahead, and each filled month has its interval from them`;
}

/** Lo que dice la ficha del error de las estimaciones en los intervalos (español). */
function carriedEs(f: Omit<NowcastFill, 'said'>): string {
  const q = f.carried;
  if (!q) return ` (los intervalos no incluyen el error propio de estas estimaciones: menos de ${MIN_ERROR_MONTHS} meses con ambas publicadas lo miden)`;
  return `; los intervalos suman el error que tuvieron en esta serie las estimaciones ${q.days >= 31 ? 'de meses completos' : `con ${q.days} días`} (el mes publicado frente a la estimación, ${range(q, ' a ', ' y ')}, en ${q.months} meses), como independiente del error propio del pronóstico y trasladado completo a cada mes siguiente, y cada mes completado tiene su intervalo a partir de ellas`;
}
