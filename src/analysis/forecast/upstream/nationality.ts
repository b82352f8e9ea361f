/**
 * Bottom-up by nationality: the southwest border's total forecast from the forecasts of its
 * nationalities, where flows differ most (Venezuelan, Cuban, Haitian and Nicaraguan flows
 * against Mexican and Northern Triangle ones), as a model the back-test scores like any
 * other. At each origin every nationality's series is cut at the origin (partsAt: a
 * nationality with less than MIN_PART_MONTHS months by then stays inside REST), gets its own
 * training window (window.ts: its own breaks and changepoints) and the base model; the
 * total's own forecast (on the window the back-test gives) joins them, and:
 * - 'nationality-bu': the total is the sum of the nationalities' forecasts;
 * - 'nationality-mint': the forecasts are reconciled by MinT-shrink (the package's
 *   `reconcile`, residuals of the last RESIDUAL_MONTHS months every node has).
 * The model's own intervals are the total's, moved by the ratio of the reconciled forecast
 * to the total's own (as the hierarchy's reconciled forecasts keep each node's width).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { ModelInputError, reconcile, type FittedModel, type Forecast, type ForecastModel, type ModelOptions, type Structure } from '@corridor/forecast';
import { monthIndex, monthLabel } from '../months.js';
import { extractSeries, seriesId, type MonthlySeries } from '../series.js';
import { trainingWindow, type WindowOptions } from '../window.js';

export const NATIONALITIES = ['MEX', 'GTM', 'HND', 'SLV', 'VEN', 'CUB', 'HTI', 'NIC'] as const;

export const RESIDUAL_MONTHS = 36;
/** A nationality is forecast on its own once its series has this many months at the origin; before, it is inside REST. */
export const MIN_PART_MONTHS = 36;

export interface NationalitySeries {
  total: MonthlySeries;
  /** The named nationalities (NATIONALITIES), each through the month the total is cut at. */
  named: MonthlySeries[];
}

const lastIdx = (s: Pick<MonthlySeries, 'start' | 'values'>) => monthIndex(s.start) + s.values.length - 1;
function cut(s: MonthlySeries, end: number): MonthlySeries {
  const keep = end - monthIndex(s.start) + 1;
  return { ...s, values: s.values.slice(0, Math.max(0, keep)), sources: s.sources.slice(0, Math.max(0, keep)) };
}

/**
 * The total and its nationalities from the store, each through the query engine with
 * `citizenship=X` (so each takes the best table that names it: CBP's southwest border file
 * names only MEX, GTM, HND and SLV from FY2022, IOM's and CBP's state tables name the
 * others), all cut at the month the shortest ends.
 */
export async function loadNationalities(conn: DuckDBConnection, asOf?: string): Promise<NationalitySeries> {
  const where = ['geography=US-SWB'];
  const [total] = await extractSeries(conn, { measure: 'encounters', where }, { asOf });
  const named: MonthlySeries[] = [];
  for (const c of NATIONALITIES) named.push((await extractSeries(conn, { measure: 'encounters', where: [...where, `citizenship=${c}`] }, { asOf }))[0]);
  const end = Math.min(lastIdx(total), ...named.map(lastIdx));
  return { total: cut(total, end), named: named.map((s) => cut(s, end)) };
}

/**
 * The parts a forecast at `origin` adds up, from the data up to it: the nationalities with at
 * least MIN_PART_MONTHS months by then, and REST, the total minus them (floored at 0), from the
 * first month all of them have, so that the parts add up to the total.
 */
export function partsAt(data: NationalitySeries, origin: number, minMonths = MIN_PART_MONTHS): MonthlySeries[] {
  if (lastIdx(data.total) < origin) throw new ModelInputError(`nationality: ${data.total.id} ends before the origin ${monthLabel(origin)}`);
  for (const s of data.named) if (lastIdx(s) < origin && monthIndex(s.start) <= origin) throw new ModelInputError(`nationality: ${s.id} ends before the origin ${monthLabel(origin)}`);
  const active = data.named.filter((s) => origin - monthIndex(s.start) + 1 >= minMonths).map((s) => cut(s, origin));
  const from = Math.max(monthIndex(data.total.start), ...active.map((s) => monthIndex(s.start)));
  const at = (s: MonthlySeries, m: number) => s.values[m - monthIndex(s.start)];
  const rest: number[] = [];
  for (let m = from; m <= origin; m++) rest.push(Math.max(0, at(data.total, m) - active.reduce((acc, s) => acc + at(s, m), 0)));
  const keys = { ...data.total.keys, citizenship: 'REST' };
  return [...active, { id: seriesId(data.total.measure, keys), measure: data.total.measure, keys, start: monthLabel(from), values: rest, sources: rest.map(() => 'total minus named'), droppedAtEnd: [] }];
}

function fitSeries(base: ForecastModel, s: MonthlySeries, origin: number, h: number, levels: number[], windowOptions: WindowOptions) {
  const start = monthIndex(s.start);
  if (start + s.values.length - 1 < origin) throw new ModelInputError(`nationality: ${s.id} ends before the origin ${monthLabel(origin)}`);
  if (origin < start) throw new ModelInputError(`nationality: ${s.id} starts in ${s.start}, after the origin ${monthLabel(origin)}`);
  const cut = s.values.slice(0, origin - start + 1);
  const window = trainingWindow(s.start, cut, windowOptions);
  if (window.values.length < base.minLength(12)) throw new ModelInputError(`nationality: ${s.id} has ${window.values.length} training months`);
  const fitted = base.fit(window.values, { period: 12, log: window.log, start: window.from });
  return { forecast: fitted.forecast(h, levels), residuals: window.values.map((v, t) => v - fitted.fitted[t]) };
}

/** `windowOptions`: how each nationality's training window is chosen (window.ts; the back-test's defaults unless given). */
export function nationalityModel(data: NationalitySeries, base: ForecastModel, method: 'bottom-up' | 'mint-shrink', windowOptions: WindowOptions = {}): ForecastModel {
  return {
    id: method === 'bottom-up' ? 'nationality-bu' : 'nationality-mint',
    minLength: (period) => base.minLength(period),
    fit(y: number[], options: ModelOptions): FittedModel {
      if (!options.start) throw new ModelInputError('nationality: the month of the first observation is needed (ModelOptions.start)');
      const origin = monthIndex(options.start) + y.length - 1;
      const total = base.fit(y, options);
      const residualsTotal = y.map((v, t) => v - total.fitted[t]);
      const series = partsAt(data, origin);
      const n = series.length;
      const structure: Structure = { S: [new Array<number>(n).fill(1), ...series.map((_, j) => series.map((__, k) => (j === k ? 1 : 0)))], bottom: series.map((_, j) => j + 1) };
      return {
        name: `Nationality ${method} (${series.map((p) => p.keys.citizenship).join(', ')}; ${total.name})`,
        fitted: total.fitted,
        parameters: { nodes: n + 1 },
        forecast(h: number, levels: number[]): Forecast {
          const own = total.forecast(h, levels);
          const parts = series.map((p) => fitSeries(base, p, origin, h, levels, windowOptions));
          let residuals: number[][] | undefined;
          if (method === 'mint-shrink') {
            const T = Math.min(RESIDUAL_MONTHS, residualsTotal.length, ...parts.map((p) => p.residuals.length));
            const rows = [residualsTotal, ...parts.map((p) => p.residuals)].map((r) => r.slice(r.length - T));
            residuals = Array.from({ length: T }, (_, t) => rows.map((r) => r[t]));
            if (residuals.some((r) => r.some((v) => !Number.isFinite(v)))) throw new ModelInputError('nationality: in-sample residuals are not finite');
          }
          const { forecasts } = reconcile(structure, [own.mean, ...parts.map((p) => p.forecast.mean)], method, residuals);
          const mean = forecasts[0];
          const ratio = mean.map((m, i) => (own.mean[i] > 0 ? m / own.mean[i] : 1));
          return {
            mean,
            intervals: own.intervals.map((iv) => ({ level: iv.level, lower: iv.lower.map((v, i) => v * ratio[i]), upper: iv.upper.map((v, i) => v * ratio[i]) })),
          };
        },
      };
    },
  };
}
