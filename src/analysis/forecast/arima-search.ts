/**
 * The automatic ARIMA search corridor runs (an assumption, measured in
 * bench/forecast-arima.ts): auto.arima's stepwise search restricted to small orders, with
 * the candidates compared by conditional sum of squares and only the chosen one refitted by
 * exact maximum likelihood.
 */
import type { ArimaOptions } from '@corridor/forecast';

export const ARIMA_SEARCH: ArimaOptions = { approximation: true, maxP: 2, maxQ: 2, maxSeasonalP: 1, maxSeasonalQ: 1 };
