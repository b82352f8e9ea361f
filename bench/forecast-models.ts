/**
 * Timing of the forecasting models (@corridor/forecast, packages/forecast): fit + 12-step forecast
 * with 80% and 95% intervals, on the real monthly series of the reference fixtures.
 *
 *   npx tsx bench/forecast-models.ts [repeats]
 *
 * Prints the median and the slowest time per model and series, after one warm-up run.
 */
import { arimaModel, createArimaModel, createEtsModel, etsModel, mstlModel, snaiveModel, thetaModel, type ForecastModel } from '@corridor/forecast';
import { loadReferences } from '../packages/forecast/test/fixtures/reference.js';

const repeats = Number(process.argv[2] ?? 5);

const models: [string, ForecastModel, number][] = [
  ['snaive', snaiveModel, repeats],
  ['ets (auto)', etsModel, repeats],
  ['ets (auto, log)', createEtsModel(), repeats],
  ['ets MAdM', createEtsModel({ model: 'MAdM' }), repeats],
  ['theta', thetaModel, repeats],
  ['mstl', mstlModel, repeats],
  ['arima (0,1,1)(0,1,1)', createArimaModel({ order: [0, 1, 1], seasonal: [0, 1, 1] }), repeats],
  ['arima (auto)', arimaModel, Math.min(repeats, 3)],
  ['arima (auto, CSS search)', createArimaModel({ approximation: true }), Math.min(repeats, 3)],
];

const series = loadReferences().map((r) => ({ id: r.series.id, y: r.series.values }));
const nationwide = series.find((s) => s.id.startsWith('usbp-nationwide'))!;
series.push({ id: 'usbp-nationwide, last 120 months', y: nationwide.y.slice(-120) });

function time(model: ForecastModel, y: number[], log: boolean): number {
  const t0 = performance.now();
  model.fit(y, { period: 12, log }).forecast(12, [80, 95]);
  return performance.now() - t0;
}

console.log(`fit + forecast(12, [80, 95]), milliseconds: median / max of ${repeats} runs after a warm-up`);
console.log(['model'.padEnd(26), ...series.map((s) => `${s.id.slice(0, 22)} (n=${s.y.length})`.padEnd(32))].join(''));
for (const [name, model, runs] of models) {
  const log = name.includes('log');
  const cells = series.map((s) => {
    time(model, s.y, log);
    const times = Array.from({ length: runs }, () => time(model, s.y, log)).sort((a, b) => a - b);
    return `${times[Math.floor(times.length / 2)].toFixed(1)} / ${times[times.length - 1].toFixed(1)}`.padEnd(32);
  });
  console.log([name.padEnd(26), ...cells].join(''));
}

// Throughput: automatic ETS on 200 series of 120 months (the size of a hierarchy).
const batch = Array.from({ length: 200 }, (_, k) => {
  const base = series[k % 4].y.slice(-120);
  return base.map((v, i) => v * (1 + 0.05 * Math.sin(k + i)));
});
let t0 = performance.now();
for (const y of batch) etsModel.fit(y, { period: 12 }).forecast(12, [80, 95]);
console.log(`\nautomatic ETS, 200 series of 120 months: ${((performance.now() - t0) / 1000).toFixed(2)} s`);
t0 = performance.now();
for (const y of batch) thetaModel.fit(y, { period: 12 }).forecast(12, [80, 95]);
console.log(`Theta, same 200 series: ${((performance.now() - t0) / 1000).toFixed(2)} s`);
