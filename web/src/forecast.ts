/**
 * Forecasts from the corridor API (/api/forecast): the next months of a monthly series
 * with 80% and 95% intervals and the model card. The dashboard asks for them only
 * after the chart they extend is drawn, so they never hold the page back.
 */
import { getJson, type SeriesQuery } from './api';
import type { Lang } from './types';

export interface ForecastMonth {
  period: string;
  period_label: string;
  mean: number;
  lower80: number;
  upper80: number;
  lower95: number;
  upper95: number;
}

export interface ForecastBreak {
  start: string;
  kind: 'policy' | 'detected';
  label: string;
}

export interface ModelCard {
  series: string;
  model: string;
  form: string;
  version: string;
  selected_by: 'back-test' | 'fallback';
  training: { from: string; to: string; months: number; log: boolean; starts_at: ForecastBreak | null; sources: { source: string; from: string; to: string }[]; dropped_at_end: { period: string; reason: string }[] };
  breaks: ForecastBreak[];
  recent_break: { start: string; label: string; months_since: number } | null;
  wider_uncertainty: boolean;
  backtest: { run_id: string | null; stored: boolean; origins: number; horizons: number; mase: number | null; smape: number | null; coverage80: number | null; coverage95: number | null } | null;
  intervals: 'conformal' | 'conformal-after-break' | 'conformal-widened' | 'model';
}

export interface SeriesForecast {
  series: string;
  last: { period: string; value: number };
  months: ForecastMonth[];
  card: ModelCard;
}

export interface ForecastAnswer {
  lang: Lang;
  measure: string;
  horizon: number;
  forecasts: SeriesForecast[];
}

export const HORIZON = 12;

/** The forecast URL of a one-series question (parameters in a fixed order, so the server's primed answer is found). */
export function forecastUrl(q: Pick<SeriesQuery, 'measure' | 'where'>, lang: Lang, horizon = HORIZON): string {
  const p = new URLSearchParams({ measure: q.measure });
  for (const [dim, value] of Object.entries(q.where ?? {})) {
    const list = Array.isArray(value) ? value : value ? [value] : [];
    if (list.length) p.append('where', `${dim}=${list.join(',')}`);
  }
  p.set('horizon', String(horizon));
  p.set('lang', lang);
  return `/api/forecast?${p}`;
}

export const forecast = (q: Pick<SeriesQuery, 'measure' | 'where'>, lang: Lang) => getJson<ForecastAnswer>(forecastUrl(q, lang)).then((a) => a.forecasts[0]);
