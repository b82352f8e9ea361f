/**
 * Turns the periods people type (2021-03, 2021, FY2021) into the period starts the
 * store keeps, in the grain of the request.
 */
import { UsageError } from '../../errors.js';

/** The grains a query answers in (plan.ts re-exports it with the request's other types). */
export type QueryGrain = 'month' | 'fy' | 'cy';

/**
 * What a typed period covers, as its first and last day: a month (2021-03), a day
 * (2021-03-17), a fiscal year (FY2021: October 2020 to September 2021) or a calendar year
 * (CY2021, or 2021). A year typed bare is the fiscal year at grain fy (README: `--grain fy
 * --from 2020 --to 2024` is FY2020 to FY2024) and the calendar year at the other grains;
 * `bareFiscal` says when it was read so, for the notice that says it (rangeNotices).
 */
interface Typed {
  first: string;
  last: string;
  /** The typed text as it is shown back: 2021-03, FY2021, CY2021, 2021. */
  shown: string;
  /** A bare year read as a fiscal year (at grain fy). */
  bareFiscal?: number;
}

/**
 * `field`: the parameter the text was typed in (from, to), named first in a refusal so the
 * person knows which one to fix (`from: "2023-13" is not a month`), as the API's parameter
 * checks name theirs (`grain: Invalid option`).
 */
function readPeriod(text: string, grain: QueryGrain, field?: string): Typed {
  const t = text.trim().toUpperCase();
  const at = field ? `${field}: ` : '';
  const digits = t.match(/(\d{4})/)?.[1];
  if (digits !== undefined && (Number(digits) < 1900 || Number(digits) > 2100)) throw new UsageError(`${at}"${text}" is outside the years corridor can hold (1900 to 2100)`, `${at}"${text}" está fuera de los años que corridor puede guardar (1900 a 2100)`);
  let m = t.match(/^(\d{4})-(\d{2})(?:-(\d{2}))?$/);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    if (month < 1 || month > 12) throw new UsageError(`${at}"${text}" is not a month: use YYYY-MM, the month from 01 to 12`, `${at}"${text}" no es un mes: use AAAA-MM, el mes de 01 a 12`);
    if (m[3] !== undefined && !isCalendarDay(year, month, Number(m[3]))) throw new UsageError(`${at}"${text}" is not a date: ${m[1]}-${m[2]} has no day ${m[3]}`, `${at}"${text}" no es una fecha: ${m[1]}-${m[2]} no tiene día ${m[3]}`);
    if (m[3] !== undefined) return { first: t, last: t, shown: t };
    return { first: `${m[1]}-${m[2]}-01`, last: lastDayOfMonth(year, month), shown: t };
  }
  m = t.match(/^(FY|CY)?\s*(\d{4})$/);
  if (m) {
    const year = Number(m[2]);
    const fiscal = m[1] === 'FY' || (m[1] === undefined && grain === 'fy');
    const shown = m[1] ? `${m[1]}${year}` : String(year);
    if (fiscal) return { first: `${year - 1}-10-01`, last: `${year}-09-30`, shown, ...(m[1] === undefined ? { bareFiscal: year } : {}) };
    return { first: `${year}-01-01`, last: `${year}-12-31`, shown };
  }
  throw new UsageError(`${at}"${text}" is not a period: use YYYY-MM, YYYY, FYYYYY or CYYYYY`, `${at}"${text}" no es un periodo: use AAAA-MM, AAAA, FYAAAA o CYAAAA`);
}

/**
 * The start of the period of `grain` that holds the first day (from) or the last day (to) of
 * what was typed: the whole periods of the grain that overlap the range asked. FY2023 at
 * grain cy is 2022 to 2023 (it runs October 2022 to September 2023), CY2023 at grain fy is
 * FY2023 to FY2024; rangeNotices says so whenever a period shown runs past what was typed.
 */
export function normalisePeriod(text: string, grain: QueryGrain, end: 'from' | 'to', field?: string): string {
  const typed = readPeriod(text, grain, field);
  return periodStartOf(end === 'from' ? typed.first : typed.last, grain);
}

/** The start of the period of `grain` that holds a day ('YYYY-MM-DD'). */
function periodStartOf(day: string, grain: QueryGrain): string {
  const [y, m] = day.split('-').map(Number);
  if (grain === 'month') return `${day.slice(0, 7)}-01`;
  if (grain === 'cy') return `${y}-01-01`;
  return m >= 10 ? `${y}-10-01` : `${y - 1}-10-01`;
}

/** The last day of the period of `grain` that starts on `start`. */
function periodLastDay(start: string, grain: QueryGrain): string {
  const [y, m] = start.split('-').map(Number);
  if (grain === 'month') return lastDayOfMonth(y, m);
  return grain === 'cy' ? `${y}-12-31` : `${y + 1}-09-30`;
}

function lastDayOfMonth(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** Something the store tells the person about how it read a request, in English and Spanish. */
export interface Notice {
  en: string;
  es: string;
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];

/** A first day (or a last day, `end`) in words: its month when it starts (ends) one, else the day. */
function dayWords(day: string, end: boolean): Notice {
  const [y, m, d] = day.split('-').map(Number);
  const whole = end ? day === lastDayOfMonth(y, m) : d === 1;
  return whole ? { en: `${MONTHS_EN[m - 1]} ${y}`, es: `${MONTHS_ES[m - 1]} de ${y}` } : { en: `${d} ${MONTHS_EN[m - 1]} ${y}`, es: `${d} de ${MONTHS_ES[m - 1]} de ${y}` };
}

const GRAIN_WORDS: Record<QueryGrain, { en: [string, string]; es: [string, string] }> = {
  month: { en: ['month', 'months'], es: ['mes', 'meses'] },
  fy: { en: ['fiscal year', 'fiscal years'], es: ['año fiscal', 'años fiscales'] },
  cy: { en: ['calendar year', 'calendar years'], es: ['año calendario', 'años calendario'] },
};

/** How many periods of `grain` run from the one starting on `a` to the one starting on `b`. */
function periodsBetween(a: string, b: string, grain: QueryGrain): number {
  const [ya, ma] = a.split('-').map(Number);
  const [yb, mb] = b.split('-').map(Number);
  return grain === 'month' ? (yb - ya) * 12 + mb - ma + 1 : yb - ya + 1;
}

/**
 * What the person should be told about how a range was read at `grain` (none when the
 * periods shown are exactly what was typed): a range that starts or ends inside a period of
 * the grain is widened to that whole period (FY2023 at grain cy shows calendar 2022 and 2023,
 * 2023-05 to 2023-07 at grain fy shows all of FY2023), never cut or summed in part; a bare
 * year at grain fy is read as the fiscal year. The same words reach the command line (on
 * stderr, and in its JSON) and the API (`notices`).
 */
export function rangeNotices(from: string | undefined, to: string | undefined, grain: QueryGrain): Notice[] {
  const notices: Notice[] = [];
  const a = from ? readPeriod(from, grain) : undefined;
  const b = to ? readPeriod(to, grain) : undefined;
  const bare = [...new Set([a?.bareFiscal, b?.bareFiscal].filter((y): y is number => y !== undefined))];
  if (bare.length) {
    const read = (lang: 'en' | 'es') => bare.map((y, i) => lang === 'en'
      ? `${y} ${i === 0 ? 'is read as' : 'as'} FY${y} (October ${y - 1} to September ${y})`
      : `${y} ${i === 0 ? 'se lee como' : 'como'} FY${y} (octubre de ${y - 1} a septiembre de ${y})`).join(lang === 'en' ? ' and ' : ' y ');
    const cal = bare.map((y) => `CY${y}`);
    notices.push(bare.length === 1
      ? {
          en: `at grain fy a year is a fiscal year: ${read('en')}; for calendar ${bare[0]} type ${cal[0]}, which touches FY${bare[0]} and FY${bare[0] + 1}`,
          es: `con grain fy un año es un año fiscal: ${read('es')}; para el año calendario ${bare[0]} escriba ${cal[0]}, que abarca FY${bare[0]} y FY${bare[0] + 1}`,
        }
      : {
          en: `at grain fy a year is a fiscal year: ${read('en')}; for calendar years type ${cal.join(' and ')}`,
          es: `con grain fy un año es un año fiscal: ${read('es')}; para años calendario escriba ${cal.join(' y ')}`,
        });
  }
  const startShown = a ? periodStartOf(a.first, grain) : undefined;
  const endStart = b ? periodStartOf(b.last, grain) : undefined;
  const cutFrom = a !== undefined && startShown !== a.first;
  const cutTo = b !== undefined && periodLastDay(endStart!, grain) !== b.last;
  if (!cutFrom && !cutTo) return notices;
  const g = GRAIN_WORDS[grain];
  const label = (start: string) => showPeriod(start, grain);
  const alone = grain === 'month' ? { en: '', es: '' } : { en: ' (grain month shows only the months asked)', es: ' (con grain month se ven solo los meses pedidos)' };
  if (a && b) {
    const asked = a.shown === b.shown ? a.shown : undefined;
    const askedEn = asked ?? `${a.shown} to ${b.shown}`;
    const askedEs = asked ?? `${a.shown} a ${b.shown}`;
    const [fa, lb] = [dayWords(a.first, false), dayWords(b.last, true)];
    const [ps, pe] = [dayWords(startShown!, false), dayWords(periodLastDay(endStart!, grain), true)];
    const n = periodsBetween(startShown!, endStart!, grain);
    const where = n === 1
      ? { en: `lies within ${g.en[0]} ${label(startShown!)}: it is shown whole`, es: `queda dentro del ${g.es[0]} ${label(startShown!)}: se muestra completo` }
      : { en: `touches ${g.en[1]} ${label(startShown!)} ${n === 2 ? 'and' : 'to'} ${label(endStart!)}: ${n === 2 ? 'both are' : 'all are'} shown whole`, es: `abarca los ${g.es[1]} ${label(startShown!)} ${n === 2 ? 'y' : 'a'} ${label(endStart!)}: se muestran completos${n === 2 ? ' los dos' : ''}` };
    notices.push({
      en: `${askedEn} (${fa.en} to ${lb.en}) ${where.en}, ${ps.en} to ${pe.en}, more than was asked${alone.en}`,
      es: `${askedEs} (${fa.es} a ${lb.es}) ${where.es}, de ${ps.es} a ${pe.es}, más de lo pedido${alone.es}`,
    });
  } else if (a) {
    const [fa, ps] = [dayWords(a.first, false), dayWords(startShown!, false)];
    notices.push({
      en: `from ${a.shown} (${fa.en}) starts inside ${g.en[0]} ${label(startShown!)}: it is shown whole, from ${ps.en}, more than was asked${alone.en}`,
      es: `desde ${a.shown} (${fa.es}) empieza dentro del ${g.es[0]} ${label(startShown!)}: se muestra completo, desde ${ps.es}, más de lo pedido${alone.es}`,
    });
  } else if (b) {
    const [lb, pe] = [dayWords(b.last, true), dayWords(periodLastDay(endStart!, grain), true)];
    notices.push({
      en: `to ${b.shown} (${lb.en}) ends inside ${g.en[0]} ${label(endStart!)}: it is shown whole, to ${pe.en}, more than was asked${alone.en}`,
      es: `hasta ${b.shown} (${lb.es}) termina dentro del ${g.es[0]} ${label(endStart!)}: se muestra completo, hasta ${pe.es}, más de lo pedido${alone.es}`,
    });
  }
  return notices;
}

function isCalendarDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return day >= 1 && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** A period start shown as people write it: 2021-03, FY2021, 2021. */
export function showPeriod(period: string, grain: string): string {
  const [y, m] = period.split('-');
  if (grain === 'fy') return `FY${Number(y) + 1}`;
  if (grain === 'cy') return y;
  if (grain === 'month') return `${y}-${m}`;
  return period;
}
