/**
 * Forecasts from the corridor API (/api/forecast): the next months of a monthly series
 * with 80% and 95% intervals and the model card. The dashboard asks for them only
 * after the chart they extend is drawn, so they never hold the page back.
 */
import { getJson, type SeriesQuery } from './api';
import type { z } from 'zod';
import type { Lang } from './types';
import type { ForecastSchema } from '../../src/api/routes/forecast.js';

// The answer's shape is the API's own schema (type-only: nothing of the server reaches the page).
export type ForecastAnswer = z.infer<typeof ForecastSchema>;
export type SeriesForecast = ForecastAnswer['forecasts'][number];
export type ForecastMonth = SeriesForecast['months'][number];
export type ModelCard = SeriesForecast['card'];
export type ForecastBreak = ModelCard['breaks'][number];

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
