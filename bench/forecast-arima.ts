/**
 * bench/forecast-arima: how long automatic ARIMA takes per fit (fit + 12-month forecast with
 * 80% and 95% intervals) on the real monthly series of the package's R fixtures and on the
 * training windows corridor uses (the last 60 and 120 months), with the full stepwise search
 * (auto.arima's defaults) and with the restricted search corridor can afford in back-tests.
 * Target (issue 13): under 50 ms a fit.
 *
 *   npx tsx bench/forecast-arima.ts [repeats]
 */
import { createArimaModel, type ForecastModel } from '@corridor/forecast';
import { loadReferences } from '../packages/forecast/test/fixtures/reference.js';
import { ARIMA_SEARCH } from '../src/analysis/forecast/arima-search.js';

const repeats = Number(process.argv[2] ?? 3);
const variants: [string, ForecastModel][] = [
  ['auto.arima defaults', createArimaModel()],
  ['CSS search', createArimaModel({ approximation: true })],
  ['corridor (ARIMA_SEARCH)', createArimaModel(ARIMA_SEARCH)],
];
const series = loadReferences().flatMap((r) => {
  const y = r.series.values;
  const out = [{ id: `${r.series.id} (n=${y.length})`, y }];
  if (y.length > 120) out.push({ id: `${r.series.id}, last 120`, y: y.slice(-120) });
  if (y.length > 60) out.push({ id: `${r.series.id}, last 60`, y: y.slice(-60) });
  return out;
});

function time(model: ForecastModel, y: number[], log: boolean): { ms: number; name: string } {
  const t0 = performance.now();
  const fit = model.fit(y, { period: 12, log });
  fit.forecast(12, [80, 95]);
  return { ms: performance.now() - t0, name: fit.name };
}

console.log(`fit + forecast(12, [80, 95]) on log values, milliseconds: median of ${repeats} runs after a warm-up; the order chosen`);
const all = new Map<string, number[]>();
for (const s of series) {
  const cells = variants.map(([label, model]) => {
    time(model, s.y, true);
    const runs = Array.from({ length: repeats }, () => time(model, s.y, true));
    const ms = runs.map((r) => r.ms).sort((a, b) => a - b)[Math.floor(repeats / 2)];
    all.set(label, [...(all.get(label) ?? []), ms]);
    return `${label}: ${ms.toFixed(0)} ms ${runs[0].name}`;
  });
  console.log(`${s.id}\n  ${cells.join('\n  ')}`);
}
for (const [label, ms] of all) console.log(`${label}: median ${ms.sort((a, b) => a - b)[Math.floor(ms.length / 2)].toFixed(0)} ms, max ${Math.max(...ms).toFixed(0)} ms over ${ms.length} series`);
