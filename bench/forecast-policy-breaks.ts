/**
 * bench/forecast-policy-breaks: which policy dates should the training windows know?
 * Back-tests the default (ETS and Theta combined) of the peer series (forecast-peers-sets.ts)
 * with several lists of policy breaks (breaks.ts: a break starts training windows, rescales the
 * months before it once two months after it are known, and marks forecasts right after it, whose
 * intervals are then calibrated on errors after breaks), and prints, on the three origin sets of
 * bench/forecast-peers.ts, the default's MASE over R's best method (R's cached forecasts) and the
 * coverage of its 80% bands (issue 13).
 *
 * The lists:
 * - none: changepoints detected in the data only;
 * - current: POLICY_BREAKS (Title 42's start and end, January 2025);
 * - record: every event of the policy record (data/events.json) that is a policy starting or
 *   ending, a deployment or an agreement, by the US, Mexico or both, each regime starting the
 *   month after the event (the same month when it took effect on the 1st); events whose regimes
 *   start a month apart are one break, at the later month;
 * - record, US policies: only the US's policy starts and ends of the record.
 * A list is used only through the breaks a forecast at an origin can see (regimes started by
 * then), so the comparison is honest at each origin; the choice among lists is made after seeing
 * the back-test, which is why the record's lists are built by a rule rather than by hand.
 *
 *   CORRIDOR_DB=/tmp/x/corridor.duckdb npx tsx bench/forecast-policy-breaks.ts
 */
import { cpus, totalmem } from 'node:os';
import { DEFAULT_MODEL, runBacktest, scoreBacktest, type SeriesBacktest } from '../src/analysis/forecast/backtest.js';
import { POLICY_BREAKS, type PolicyBreak } from '../src/analysis/forecast/breaks.js';
import { addMonths, monthIndex } from '../src/analysis/forecast/months.js';
import { loadModels } from '../src/analysis/forecast/registry.js';
import { loadEvents } from '../src/analysis/events/load.js';
import { loadPeerData, rBestMase, scoredOrigins } from './forecast-peers-data.js';
import { MIN_HISTORY, ORIGIN_SETS } from './forecast-peers-sets.js';

const data = await loadPeerData();
const registered = (await loadModels()).filter((r) => ['ets', 'theta', 'combination'].includes(r.model.id));
console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB; models: ${registered.map((r) => r.model.id).join(', ')}`);

/** Breaks from the record's events by the rule in the header. */
function fromRecord(keep: (e: ReturnType<typeof loadEvents>[number]) => boolean): PolicyBreak[] {
  const starts = new Map<string, PolicyBreak>();
  for (const e of loadEvents().filter(keep)) {
    const effective = e.date.slice(0, 7);
    const start = e.date.endsWith('-01') ? effective : addMonths(effective, 1);
    if (!starts.has(start)) starts.set(start, { effective, start, label: e.title.en, why: `policy record: ${e.id}` });
  }
  const sorted = [...starts.values()].sort((a, b) => monthIndex(a.start) - monthIndex(b.start));
  const merged: PolicyBreak[] = [];
  for (const b of sorted) {
    const prev = merged.at(-1);
    if (prev && monthIndex(b.start) - monthIndex(prev.start) <= 1) merged[merged.length - 1] = { ...b, effective: prev.effective, label: `${prev.label}; ${b.label}` };
    else merged.push(b);
  }
  return merged;
}

const lists: { label: string; policy: readonly PolicyBreak[] }[] = [
  { label: 'none (detected only)', policy: [] },
  { label: 'current (POLICY_BREAKS)', policy: POLICY_BREAKS },
  { label: 'record: policies, deployments, agreements', policy: fromRecord((e) => ['policy-start', 'policy-end', 'deployment', 'agreement'].includes(e.kind) && ['US', 'MX', 'bilateral'].includes(e.actor)) },
  { label: 'record: US policies', policy: fromRecord((e) => ['policy-start', 'policy-end'].includes(e.kind) && e.actor === 'US') },
];
for (const l of lists) console.log(`${l.label}: ${l.policy.map((p) => p.start).join(', ') || '-'}`);

const geomean = (v: number[]) => Math.exp(v.reduce((a, b) => a + Math.log(b), 0) / v.length);
const rows: Record<string, string>[] = [];
const detail: Record<string, string>[] = [];
for (const list of lists) {
  const t0 = performance.now();
  const backtests: SeriesBacktest[] = data.series.map(({ s: x }, i) =>
    runBacktest(x, registered, { firstOrigin: data.allOrigins[i][0], lastOrigin: data.allOrigins[i].at(-1), minTrain: MIN_HISTORY, policy: list.policy }),
  );
  const row: Record<string, string> = { breaks: list.label };
  for (const set of ORIGIN_SETS) {
    const ratios: number[] = [];
    let hit = 0;
    let n = 0;
    let out = 0;
    backtests.forEach((bt, i) => {
      const origins = scoredOrigins(data, i, set.id);
      if (origins.length < 3) return;
      const inSet = new Set(origins);
      const def = scoreBacktest(bt, (f) => inSet.has(f.origin)).find((sc) => sc.model === DEFAULT_MODEL)!;
      const ratio = def.overall.mase / rBestMase(data, bt.series, origins);
      ratios.push(ratio);
      hit += def.overall.coverage80 * def.overall.n;
      n += def.overall.n;
      if (def.overall.coverage80 < 0.75 || def.overall.coverage80 > 0.85) out++;
      detail.push({ breaks: list.label, set: set.id, series: data.series[i].label, 'MASE / R best': ratio.toFixed(3), cov80: `${(100 * def.overall.coverage80).toFixed(0)}%` });
    });
    row[set.label] = `${geomean(ratios).toFixed(3)}, ${(100 * hit / n).toFixed(1)}% (${out} out)`;
  }
  row.seconds = ((performance.now() - t0) / 1000).toFixed(1);
  rows.push(row);
}
console.log('\ndefault MASE / R best (geometric mean over the 10 series), 80% coverage pooled (series outside 75-85%)');
console.table(rows);
console.table(detail);
