/**
 * Which planned weeks INM's files answer and which the forecast does, for a plan from the
 * store (docs/RECEPTION.md, "Which weeks"):
 *  - a week wholly inside the files' complete weeks is a **replay**: its arrivals are what INM
 *    recorded that week, never the forecast;
 *  - a week after the last complete week is **forecast**: the mean of the last weeks, flat.
 *    That flat outlook is held for OUTLOOK_WEEKS weeks after the data (the longest plan the
 *    tool makes from the week after the data), no further;
 *  - a start before the first complete week has no arrivals at all and is refused.
 * Errors say what was asked, the weeks the data hold, and the start that would work; the
 * command line and the API's `detail` in words, and as facts (WeeksRefusal) for a face that
 * words them itself (the dashboard, without the command line's flags).
 */
import { UsageError } from '../../errors.js';
import { addDays } from './scenario-file.js';

/** How many weeks after the data's last complete week the flat forecast is held. */
export const OUTLOOK_WEEKS = 26;

export interface StoreWeeks {
  /** Planned weeks with INM's recorded arrivals. */
  replay: string[];
  /** Planned weeks after the data, forecast. */
  forecast: string[];
  /** How many weeks after the data's last complete week the first and last forecast weeks are (1 = the week right after). */
  ahead: [number, number] | null;
  /** The Monday of the last week the flat forecast covers (OUTLOOK_WEEKS after the data's last complete week): no plan from the store goes past it. */
  outlookUntil: string;
}

export interface StoreWeeksInput {
  /** Mondays of the data's complete weeks, oldest first. */
  dataWeeks: string[];
  firstDay: string;
  lastDay: string;
  /** Mondays of the planned weeks. */
  planned: string[];
  /** The start as the user gave it (any day), when given. */
  start?: string;
  level: 'central' | 'high';
  /** Weeks the forecast's level is the mean of. */
  window: number;
}

/**
 * Why planned weeks from the store are refused, as facts (a UsageError's `facts`, the API's
 * 400 `facts`): a start before INM's first complete week, or weeks past what the forecast
 * covers. Dates are ISO days; weeks by their Mondays.
 */
// A type, not an interface: a UsageError's facts are any such record of plain values.
export type WeeksRefusal = {
  kind: 'before-data' | 'past-outlook';
  /** The start as asked (any day); the first planned week's Monday when none was given. */
  start: string;
  /** The Monday of the first planned week (the asked start's week). */
  firstPlanned: string;
  /** The Monday of the last planned week. */
  lastPlanned: string;
  /** How many weeks were asked for. */
  weeks: number;
  /** INM's first and last day in the store. */
  firstDay: string;
  lastDay: string;
  /** Mondays of the data's first and last complete weeks (the weeks a replay can have). */
  firstDataWeek: string;
  lastDataWeek: string;
  /** The Monday of the first week after the data: the default start, the forecast's first week. */
  nextWeek: string;
  /** The Monday of the last week the forecast covers (OUTLOOK_WEEKS after the data). */
  outlookUntil: string;
  /** The latest start (a Monday) whose `weeks` weeks the forecast covers. */
  latestStart: string;
  /** Weeks the forecast's level is the mean of, and for how many weeks after the data it is held. */
  window: number;
  outlookWeeks: number;
};

const weeksBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / (7 * 86_400_000));

export function storeWeeks(x: StoreWeeksInput): StoreWeeks {
  const first = x.dataWeeks[0];
  const last = x.dataWeeks.at(-1)!;
  const next = addDays(last, 7);
  const limit = addDays(last, 7 * OUTLOOK_WEEKS);
  const n = x.planned.length;
  const moved = x.start !== undefined && x.start !== x.planned[0];
  const asked = moved ? `${x.start}, whose week begins on Monday ${x.planned[0]}` : x.planned[0];
  const askedEs = moved ? `${x.start}, cuya semana empieza el lunes ${x.planned[0]}` : x.planned[0];
  const latest = addDays(limit, -7 * (n - 1));
  const facts = (kind: WeeksRefusal['kind']): WeeksRefusal => ({
    kind,
    start: x.start ?? x.planned[0],
    firstPlanned: x.planned[0],
    lastPlanned: x.planned.at(-1)!,
    weeks: n,
    firstDay: x.firstDay,
    lastDay: x.lastDay,
    firstDataWeek: first,
    lastDataWeek: last,
    nextWeek: next,
    outlookUntil: limit,
    latestStart: latest,
    window: x.window,
    outlookWeeks: OUTLOOK_WEEKS,
  });
  if (x.planned[0] < first) {
    throw new UsageError(
      `no arrivals for the start ${asked}: INM's daily files in the store begin on ${x.firstDay}, so the first complete week they hold is the week of ${first}. ` +
        `Give a start (--start, or start= in the API) from ${first} to ${last} to replay weeks INM recorded, or from ${next} on (the default) to plan with the forecast; or plan a scenario's arrivals (--scenario NAME or scenario=NAME, or --scenario-file FILE).`,
      `no hay llegadas para el inicio ${askedEs}: los archivos diarios del INM en el almacén empiezan el ${x.firstDay}, así que la primera semana completa que tienen es la del ${first}. ` +
        `Dé un inicio (--start, o start= en la API) del ${first} al ${last} para repetir semanas que el INM registró, o del ${next} en adelante (el valor por omisión) para planear con el pronóstico; o planee las llegadas de un escenario (--scenario NOMBRE o scenario=NOMBRE, o --scenario-file ARCHIVO).`,
      facts('before-data'),
    );
  }
  if (x.planned.at(-1)! > limit) {
    throw new UsageError(
      `the ${n} planned week${n === 1 ? '' : 's'} from the start ${asked}, up to the week of ${x.planned.at(-1)!}, go past what the forecast covers: INM's data end with the week of ${last} (last day ${x.lastDay}), ` +
        `and the forecast, the mean of their last ${x.window} weeks held flat, is used for at most ${OUTLOOK_WEEKS} weeks after them (${next} to ${limit}). ` +
        `Give a start (--start, or start= in the API) no later than ${latest} for ${n} week${n === 1 ? '' : 's'}, load newer INM files ("corridor ingest --only inm-ianami"), or plan a scenario's arrivals (--scenario NAME or scenario=NAME, or --scenario-file FILE).`,
      `la${n === 1 ? '' : 's'} ${n} semana${n === 1 ? '' : 's'} planeada${n === 1 ? '' : 's'} desde el inicio ${askedEs}, hasta la semana del ${x.planned.at(-1)!}, van más allá de lo que cubre el pronóstico: los datos del INM terminan con la semana del ${last} (último día ${x.lastDay}), ` +
        `y el pronóstico, la media de sus últimas ${x.window} semanas mantenida constante, se usa a lo más ${OUTLOOK_WEEKS} semanas después de ellos (del ${next} al ${limit}). ` +
        `Dé un inicio (--start, o start= en la API) no posterior al ${latest} para ${n} semana${n === 1 ? '' : 's'}, cargue archivos más nuevos del INM ("corridor ingest --only inm-ianami"), o planee las llegadas de un escenario (--scenario NOMBRE o scenario=NOMBRE, o --scenario-file ARCHIVO).`,
      facts('past-outlook'),
    );
  }
  const replay = x.planned.filter((w) => w <= last);
  const forecast = x.planned.filter((w) => w > last);
  if (forecast.length === 0 && x.level === 'high') {
    throw new UsageError(
      `--level high (level=high) plans for the forecast's 80% upper bound, but every planned week (${x.planned[0]} to ${x.planned.at(-1)!}) is in INM's data, a replay of what was recorded: drop it, or plan weeks after ${last}.`,
      `--level high (level=high) planea para el límite superior de 80% del pronóstico, pero todas las semanas planeadas (del ${x.planned[0]} al ${x.planned.at(-1)!}) están en los datos del INM, una repetición de lo registrado: quítelo, o planee semanas posteriores al ${last}.`,
    );
  }
  const ahead: StoreWeeks['ahead'] = forecast.length ? [weeksBetween(last, forecast[0]), weeksBetween(last, forecast.at(-1)!)] : null;
  return { replay, forecast, ahead, outlookUntil: limit };
}
