/**
 * The automatic ARIMA search corridor runs (an assumption, measured in
 * bench/forecast-arima.ts): auto.arima's stepwise search restricted to small orders
 * (p, q <= 2, P, Q <= 1), the candidates compared by conditional sum of squares (CSS, with
 * auto.arima's offset), and the chosen one kept as its CSS fit rather than refitted by exact
 * maximum likelihood (stats::arima's method "CSS"): the refit's Kalman filter was most of
 * the time, and on these series' windows it moved forecasts little next to their errors.
 */
import type { ArimaOptions } from '@corridor/forecast';

export const ARIMA_SEARCH: ArimaOptions = { approximation: true, refit: false, maxP: 2, maxQ: 2, maxSeasonalP: 1, maxSeasonalQ: 1 };
