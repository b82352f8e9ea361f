/**
 * bench/impact-validation: the impact method (src/analysis/impact) on real series.
 *
 *   CORRIDOR_DB=path/to/loaded.duckdb npx tsx bench/impact-validation.ts
 *
 * 1. Placebo: at every quiet date (no timeline event within ±12 months; January, April,
 *    July, October) of the Border Patrol southwest border series and its nine sectors, the
 *    cumulative "effect" 6 months on, with the method's intervals and with the model's own
 *    only; how often it is called significant (nominal 5%).
 * 2. Injected step: the series × 0.7 (and × 0.5) from each quiet date of three series;
 *    how often the known effect lies within the interval, how often it is detected, and the
 *    estimates against the truth.
 * 3. The same two against a control (difference in differences), neighbouring sectors.
 */
import { loadEvents } from '../src/analysis/events/load.js';
import { etsModel } from '@corridor/forecast';
import { createEstimator, DEFAULT_ESTIMATE, type EstimateOptions } from '../src/analysis/impact/estimate.js';
import { align, fetchMonthly } from '../src/analysis/impact/series.js';
import { BORDER_PATROL_SERIES, injection, placebo, quietDates, rate, type InjectionOutcome, type PlaceboOutcome } from '../src/analysis/impact/validation.js';
import { openStore, storePath } from '../src/store/open.js';

const HORIZON = 6;
const opts: EstimateOptions = { model: etsModel, ...DEFAULT_ESTIMATE };
const events = loadEvents();
const store = await openStore(storePath(), { readOnly: true });
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const started = performance.now();

const series = new Map<string, Awaited<ReturnType<typeof fetchMonthly>>>();
for (const s of BORDER_PATROL_SERIES) series.set(s.label, await fetchMonthly(store.conn, { measure: 'encounters', where: s.where }));

console.log(`Impact method: ETS (automatic, log scale), ${opts.windowBefore} months before, ${opts.windowAfter} after, ${opts.level}% intervals; cumulative effect ${HORIZON} months on.\n`);
console.log('1. Placebo at quiet dates (no timeline event within ±12 months)');
const all: PlaceboOutcome[] = [];
const modelOnly: PlaceboOutcome[] = [];
const calibratedOnly: PlaceboOutcome[] = [];
for (const s of BORDER_PATROL_SERIES) {
  const m = series.get(s.label)!;
  const dates = quietDates(m.periods, events);
  const outcomes = placebo(m.periods, createEstimator({ periods: m.periods, treated: m.values }, opts), dates, HORIZON).filter((o) => o.method === 'calibrated');
  const plain = placebo(m.periods, createEstimator({ periods: m.periods, treated: m.values }, { ...opts, maxOrigins: 0 }), dates, HORIZON);
  const calibrated = placebo(m.periods, createEstimator({ periods: m.periods, treated: m.values }, { ...opts, calibratedOnly: true }), dates, HORIZON);
  const r = rate(outcomes, (o) => o.significant);
  all.push(...outcomes);
  modelOnly.push(...plain.filter((p) => outcomes.some((o) => o.period === p.period)));
  calibratedOnly.push(...calibrated.filter((p) => outcomes.some((o) => o.period === p.period)));
  console.log(`  ${s.label.padEnd(18)} ${outcomes[0]?.period.slice(0, 7)}…${outcomes.at(-1)?.period.slice(0, 7)}  dates ${String(r.of).padStart(3)}  significant ${String(r.count).padStart(2)} (${pct(r.rate)})  ${outcomes.filter((o) => o.significant).map((o) => `${o.period.slice(0, 7)} ${o.relativeEffect > 0 ? '+' : ''}${pct(o.relativeEffect)}`).join(', ')}`);
}
const total = rate(all, (o) => o.significant);
const plainRate = rate(modelOnly, (o) => o.significant);
const calRate = rate(calibratedOnly, (o) => o.significant);
console.log(`  all: ${total.count} of ${total.of} placebo estimates significant = ${pct(total.rate)} (nominal 5%)`);
console.log(`  for comparison, with the model's own intervals alone: ${plainRate.count} of ${plainRate.of} = ${pct(plainRate.rate)}; with the back-test calibration alone: ${calRate.count} of ${calRate.of} = ${pct(calRate.rate)}`);
const byDate = new Map<string, number>();
for (const o of all) if (o.significant) byDate.set(o.period.slice(0, 7), (byDate.get(o.period.slice(0, 7)) ?? 0) + 1);
console.log(`  significant dates (series count): ${[...byDate].sort().map(([d, n]) => `${d}×${n}`).join(' ')}`);

console.log('\n2. Injected step from each quiet date');
for (const factor of [0.7, 0.5]) {
  const outcomes: (InjectionOutcome & { label: string })[] = [];
  for (const label of ['southwest border', 'Tucson', 'Rio Grande Valley']) {
    const m = series.get(label)!;
    const input = { periods: m.periods, treated: m.values };
    const base = createEstimator(input, opts);
    for (const d of quietDates(m.periods, events)) {
      const o = injection(input, base, d, factor, HORIZON);
      if (o?.method === 'calibrated') outcomes.push({ ...o, label });
    }
  }
  const recovered = rate(outcomes, (o) => o.recovered);
  const detected = rate(outcomes, (o) => o.detected);
  const ratios = outcomes.map((o) => o.estimate / o.truth).sort((a, b) => a - b);
  console.log(`  ×${factor} (${pct(factor - 1)}): ${outcomes.length} injections; truth within the interval ${recovered.count} (${pct(recovered.rate)}); detected (interval excludes 0) ${detected.count} (${pct(detected.rate)}); estimate / truth median ${ratios[ratios.length >> 1].toFixed(2)}, quartiles ${ratios[Math.floor(ratios.length / 4)].toFixed(2)}–${ratios[Math.floor((3 * ratios.length) / 4)].toFixed(2)}`);
  for (const o of outcomes.filter((_, i) => i % 12 === 0)) {
    console.log(`    ${o.label.padEnd(18)} ${o.period.slice(0, 7)}  truth ${Math.round(o.truth).toLocaleString('en-US')}  estimate ${Math.round(o.estimate).toLocaleString('en-US')}  interval [${Math.round(o.interval.lower).toLocaleString('en-US')}, ${Math.round(o.interval.upper).toLocaleString('en-US')}]${o.recovered ? '' : '  MISSED'}`);
  }
}

console.log('\n3. Against a control (difference in differences on the log scale)');
const pairs: [string, string][] = [['Tucson', 'Yuma'], ['San Diego', 'El Centro'], ['El Paso', 'Big Bend'], ['Rio Grande Valley', 'Laredo'], ['Del Rio', 'Laredo']];
const did: PlaceboOutcome[] = [];
const didInjected: InjectionOutcome[] = [];
for (const [t, c] of pairs) {
  const treated = series.get(t)!;
  const control = align(treated, series.get(c)!);
  const input = { periods: treated.periods, treated: treated.values, control: control.values };
  const dates = quietDates(treated.periods, events);
  const base = createEstimator(input, opts);
  const outcomes = placebo(treated.periods, base, dates, HORIZON).filter((o) => o.method === 'calibrated');
  did.push(...outcomes);
  for (const d of dates) {
    const o = injection(input, base, d, 0.7, HORIZON);
    if (o?.method === 'calibrated') didInjected.push(o);
  }
  const r = rate(outcomes, (o) => o.significant);
  console.log(`  ${`${t} vs ${c}`.padEnd(30)} dates ${r.of}  significant ${r.count} (${pct(r.rate)})`);
}
const didRate = rate(did, (o) => o.significant);
const didRec = rate(didInjected, (o) => o.recovered);
const didDet = rate(didInjected, (o) => o.detected);
console.log(`  all: ${didRate.count} of ${didRate.of} = ${pct(didRate.rate)}; injected −30%: ${didRec.count} of ${didRec.of} recovered (${pct(didRec.rate)}), ${didDet.count} detected (${pct(didDet.rate)})`);
console.log(`\n${((performance.now() - started) / 1000).toFixed(1)} s`);
store.close();
