/**
 * `corridor impact`: the effect of a timeline event on a series of the store. Fetches the
 * series (and a control, if asked), estimates the effect (estimate.ts), and attaches what
 * a reader needs to judge it: the other events in the window, the sources, the caveats
 * and the method.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { UsageError } from '../../errors.js';
import { loadEvents } from '../events/load.js';
import type { PolicyEvent } from '../events/schema.js';
import type { ForecastModel } from '@corridor/forecast';
import { forecastModels } from '@corridor/forecast';
import { createEstimator, DEFAULT_ESTIMATE } from './estimate.js';
import { methodText, DID_ASSUMPTION } from './method.js';
import { addMonths, showMonth } from './months.js';
import { eventMonthNote, excludedNote, LEVEL_SCALE_NOTE, overlapNote, shortPostNote, sourcesNote } from './notes.js';
import { overlappingEvents } from './overlap.js';
import { align, fetchMonthly } from './series.js';
import type { Bilingual, ImpactResult, MonthlySeries } from './types.js';

export interface ImpactParams {
  /** Timeline id, e.g. 'title42-end'. */
  event: string;
  measure: string;
  /** "DIMENSION=VALUE" filters of the treated series. */
  where?: string[];
  /** "DIMENSION=VALUE": the control is the treated series with this filter in place of its own. */
  control?: string;
  /** The control's own filters (instead of `control`). */
  controlWhere?: string[];
  windowBefore?: number;
  windowAfter?: number;
  level?: number;
  /** snaive, ets (default), theta, arima (slow: about 2 s a fit, 60 fits) or mstl. */
  model?: string;
}

export async function estimateImpact(conn: DuckDBConnection, params: ImpactParams, events: PolicyEvent[] = loadEvents()): Promise<ImpactResult> {
  const event = events.find((e) => e.id === params.event);
  if (!event) throw new UsageError(
    `no timeline event "${params.event}": see "corridor events" (ids such as ${events.slice(0, 3).map((e) => e.id).join(', ')})`,
    `no hay evento "${params.event}" en la cronología: vea "corridor events" (identificadores como ${events.slice(0, 3).map((e) => e.id).join(', ')})`,
  );
  const opts = {
    model: pickModel(params.model),
    windowBefore: whole(params.windowBefore ?? DEFAULT_ESTIMATE.windowBefore, 'window-before', 12),
    windowAfter: whole(params.windowAfter ?? DEFAULT_ESTIMATE.windowAfter, 'window-after', 1),
    level: params.level ?? DEFAULT_ESTIMATE.level,
  };
  if (!(opts.level > 0 && opts.level < 100)) throw new UsageError(
    `the interval level is a percentage between 0 and 100, not ${opts.level}`,
    `el nivel del intervalo es un porcentaje entre 0 y 100, no ${opts.level}`,
  );
  const where = params.where ?? [];
  const controlWhere = controlFilters(where, params.control, params.controlWhere);

  const treated = await fetchMonthly(conn, { measure: params.measure, where });
  const control = controlWhere ? align(treated, await fetchMonthly(conn, { measure: params.measure, where: controlWhere })) : undefined;
  const eventMonth = `${event.date.slice(0, 7)}-01`;
  const index = treated.periods.indexOf(eventMonth);
  if (index < 0) throw new UsageError(
    `the series runs from ${showMonth(treated.periods[0])} to ${showMonth(treated.periods.at(-1)!)}: it does not reach ${showMonth(eventMonth)}, the month of "${event.id}"`,
    `la serie va de ${showMonth(treated.periods[0])} a ${showMonth(treated.periods.at(-1)!)}: no llega a ${showMonth(eventMonth)}, el mes de "${event.id}"`,
  );

  const estimator = createEstimator({ periods: treated.periods, treated: treated.values, control: control?.values }, opts);
  const est = estimator.at(index);
  if ('reason' in est) {
    throw new UsageError(
      `cannot estimate the effect of "${event.id}" on this series: ${est.reason}`,
      `no se puede estimar el efecto de "${event.id}" en esta serie: ${est.reason_es}`,
    );
  }

  const fitFrom = treated.periods[est.fit.from];
  const postTo = est.months.at(-1)!.period;
  const inWindow = (s: MonthlySeries) => s.excluded.filter((e) => e.period >= fitFrom && e.period <= addMonths(eventMonth, opts.windowAfter - 1));
  const sources = [...sourceRuns(treated, est.fit.from, index + est.months.length - 1, 'treated'), ...(control ? sourceRuns(control, est.fit.from, index + est.months.length - 1, 'control') : [])];
  const overlapping = overlappingEvents(events, event, { from: fitFrom, to: postTo });
  const notes = [
    eventMonthNote(event),
    excludedNote(inWindow(treated), { en: 'treated', es: 'tratada' }),
    control ? excludedNote(inWindow(control), { en: 'control', es: 'de control' }) : undefined,
    shortPostNote(est.months.length, opts.windowAfter, index + est.months.length < treated.periods.length ? treated.periods[index + est.months.length] : undefined),
    est.log ? undefined : LEVEL_SCALE_NOTE,
    sourcesNote(sources),
    est.intervals.why,
    control ? DID_ASSUMPTION : undefined,
    overlapNote(event, overlapping.length),
  ].filter((n): n is Bilingual => n !== undefined);

  return {
    event: { id: event.id, date: event.date, title: event.title, source: event.source.url },
    measure: params.measure,
    where,
    control: controlWhere ? { where: controlWhere } : undefined,
    model: est.model,
    log: est.log,
    level: opts.level,
    pre: { from: fitFrom, to: treated.periods[est.fit.to], months: est.fit.to - est.fit.from + 1 },
    post: { from: eventMonth, to: postTo, months: est.months.length },
    months: est.months,
    intervals: est.intervals,
    overlapping,
    excluded: inWindow(treated),
    sources,
    notes,
    method: methodText({ model: est.model, windowBefore: opts.windowBefore, level: opts.level, control: !!control }),
  };
}

function pickModel(id = 'ets'): ForecastModel {
  const model = (forecastModels as Record<string, ForecastModel>)[id];
  if (!model) throw new UsageError(
    `unknown model "${id}": use ${Object.keys(forecastModels).join(', ')}`,
    `modelo desconocido "${id}": use ${Object.keys(forecastModels).join(', ')}`,
  );
  return model;
}

function whole(n: number, what: string, min: number): number {
  if (!Number.isInteger(n) || n < min) throw new UsageError(
    `--${what} takes a whole number of months, at least ${min}, not ${n}`,
    `--${what} lleva un número entero de meses, al menos ${min}, no ${n}`,
  );
  return n;
}

/** The control's filters: its own, or the treated filters with one dimension replaced. */
export function controlFilters(where: string[], control?: string, controlWhere?: string[]): string[] | undefined {
  if (control && controlWhere?.length) throw new UsageError(
    'give --control or --control-where, not both',
    'dé --control o --control-where, no ambos',
  );
  if (controlWhere?.length) return controlWhere;
  if (!control) return undefined;
  const eq = control.indexOf('=');
  if (eq < 1) throw new UsageError(
    `--control is DIMENSION=VALUE (e.g. citizenship=MEX), not "${control}"`,
    `--control es DIMENSIÓN=VALOR (p. ej. citizenship=MEX), no "${control}"`,
  );
  const dim = control.slice(0, eq).trim().toLowerCase();
  const out = [...where.filter((w) => w.slice(0, w.indexOf('=')).trim().toLowerCase() !== dim), control];
  if (out.length === where.length && where.includes(control)) throw new UsageError(
    `the control "${control}" is the treated series itself`,
    `el control "${control}" es la misma serie tratada`,
  );
  return out;
}

/** The tables behind months first..last of a series, as consecutive runs. */
function sourceRuns(s: MonthlySeries, first: number, last: number, series: 'treated' | 'control'): ImpactResult['sources'] {
  const out: ImpactResult['sources'] = [];
  for (let i = first; i <= last; i++) {
    const src = s.sourceOf[i];
    if (!src) continue;
    const prev = out.at(-1);
    if (prev && prev.dataset === src.dataset && prev.vintage === src.vintage) prev.to = s.periods[i];
    else out.push({ ...src, series, from: s.periods[i], to: s.periods[i] });
  }
  return out;
}
