/**
 * bench/forecast-intervals: are the intervals corridor shows nested, sane and calibrated?
 * On the top of the southwest border hierarchy (total, components, demographics,
 * citizenship groups), the standard back-test's origins (October 2015 to the last month
 * minus 12, horizons 1-12), for the default forecast (online selection, conformal
 * intervals) and the seasonal naive on the same origins:
 *
 * - MASE of the default, of the seasonal naive (on the default's origins) and of the
 *   combination, and the coverage of the 80% and 95% bands;
 * - bands not nested: a 95% bound not strictly outside the 80% one (an equal upper bound,
 *   or an equal lower bound above 0);
 * - the widest 95% upper bound as a multiple of the highest month known at its origin.
 *
 *   CORRIDOR_DB=/tmp/x.duckdb npx tsx bench/forecast-intervals.ts      # a loaded store
 */
import { backtestInPool } from '../src/analysis/forecast/backtest-pool.js';
import { DEFAULT_MODEL, scoreBacktest, type SeriesBacktest } from '../src/analysis/forecast/backtest.js';
import { loadHierarchy } from '../src/analysis/forecast/hierarchy.js';
import { addMonths, monthIndex } from '../src/analysis/forecast/months.js';
import { STANDARD } from '../src/analysis/forecast/run.js';
import { openStore } from '../src/store/open.js';

const LEVELS_COMPARED = ['total', 'component', 'demographic', 'citizenship'];

if (!process.env.CORRIDOR_DB) {
  console.error('set CORRIDOR_DB to a loaded store (corridor --db X ingest --from ../shared/data)');
  process.exit(2);
}
const store = await openStore(process.env.CORRIDOR_DB);
const hierarchy = await loadHierarchy(store.conn);
const lastOrigin = addMonths(hierarchy.end, -12);
const series = hierarchy.nodes.filter((n) => LEVELS_COMPARED.includes(n.level)).map((n) => n.series);
console.log(`${series.length} series (data through ${hierarchy.end}); origins ${STANDARD.firstOrigin} to ${lastOrigin}, horizons 1-12`);
const t0 = performance.now();
const backtests = await backtestInPool(series, { firstOrigin: STANDARD.firstOrigin, lastOrigin });
console.log(`back-tests: ${((performance.now() - t0) / 1000).toFixed(1)} s`);

function bandChecks(bt: SeriesBacktest) {
  const y = bt.series.values;
  const start = monthIndex(bt.series.start);
  let notNested = 0;
  let bands = 0;
  let widest = 0;
  for (const f of bt.forecasts.get(DEFAULT_MODEL) ?? []) {
    const o = monthIndex(f.origin) - start;
    const max = Math.max(...y.slice(0, o + 1));
    const b80 = f.shown.find((s) => s.level === 80)!;
    const b95 = f.shown.find((s) => s.level === 95)!;
    for (let h = 0; h < f.mean.length; h++) {
      bands++;
      if (!(b95.upper[h] > b80.upper[h]) || (b80.lower[h] > 0 && !(b95.lower[h] < b80.lower[h]))) notNested++;
      if (max > 0) widest = Math.max(widest, b95.upper[h] / max);
    }
  }
  return { notNested, bands, widest };
}

const rows = series.map((s, i) => {
  const scores = new Map(scoreBacktest(backtests[i]).map((sc) => [sc.model, sc]));
  const def = scores.get(DEFAULT_MODEL)!;
  // The seasonal naive scored on exactly the default's origins.
  const origins = new Set((backtests[i].forecasts.get(DEFAULT_MODEL) ?? []).map((f) => f.origin));
  const naive = scoreBacktest(backtests[i], (f) => origins.has(f.origin)).find((sc) => sc.model === 'snaive');
  const c = bandChecks(backtests[i]);
  return {
    series: s.id.replace('encounters ', '').replace(' geography=US-SWB', '').replace('geography=US-SWB', 'total'),
    origins: def.origins,
    'MASE default': def.overall.mase.toFixed(3),
    'MASE snaive': naive ? naive.overall.mase.toFixed(3) : '',
    'MASE combination': scores.get('combination')?.overall.mase.toFixed(3) ?? '',
    cov80: `${(100 * def.overall.coverage80).toFixed(1)}%`,
    cov95: `${(100 * def.overall.coverage95).toFixed(1)}%`,
    'not nested': `${c.notNested}/${c.bands}`,
    'widest 95% / max': c.widest.toFixed(2),
    n: def.overall.n,
    c80: def.overall.coverage80,
    c95: def.overall.coverage95,
    nn: c.notNested,
  };
});
console.table(rows.map(({ n: _n, c80: _a, c95: _b, nn: _c, ...r }) => r));
const n = rows.reduce((a, r) => a + r.n, 0);
console.log(
  `pooled: 80% coverage ${((100 * rows.reduce((a, r) => a + r.c80 * r.n, 0)) / n).toFixed(1)}%, 95% coverage ${((100 * rows.reduce((a, r) => a + r.c95 * r.n, 0)) / n).toFixed(1)}%, bands not nested ${rows.reduce((a, r) => a + r.nn, 0)}, widest 95% upper ${Math.max(...rows.map((r) => Number(r['widest 95% / max']))).toFixed(2)}x the highest month known`,
);
store.close();
