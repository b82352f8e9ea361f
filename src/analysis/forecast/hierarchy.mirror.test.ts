/**
 * The southwest border hierarchy from the real data mirror: every node loads, the nodes
 * add up over the months the bottom cells cover, and reconciled forecasts add up.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { RECONCILIATION_METHODS } from '@corridor/forecast';
import { describeMirror, MIRROR } from '../../../test/mirror.js';
import { ingest } from '../../ingest/ingest.js';
import { ADAPTERS } from '../../sources/registry.js';
import { openStore, type Store } from '../../store/open.js';
import { combinationModel } from './combination.js';
import { loadHierarchy, type Hierarchy } from './hierarchy.js';
import { monthIndex } from './months.js';
import { forecastHierarchy } from './hierarchy-forecast.js';
import { registerModels } from './registry.js';
import { extractSeries } from './series.js';
import { naiveDouble, seasonMeanDouble, snaiveDouble } from './test-doubles.js';

describeMirror('forecast hierarchy of the southwest border (mirror)', () => {
  let store: Store;
  let h: Hierarchy;
  beforeAll(async () => {
    // Only the sources of the southwest border's monthly encounters (as storeFromMirror
    // does for all sources, in a fraction of the time), IOM's copy of CBP's FY2020-2021 table
    // among them: it lists cells CBP's later file never does, which once ended the whole
    // hierarchy in September 2021.
    store = await openStore(join(mkdtempSync(join(tmpdir(), 'corridor-forecast-')), 'store.duckdb'));
    await ingest(store, ADAPTERS, { origin: { mirror: resolve(MIRROR!) }, only: ['cbp-sbo', 'cbp-state', 'ohss-monthly', 'ohss-khsm', 'cbp-legacy-monthly', 'govnumbers', 'iom'] });
    h = await loadHierarchy(store.conn);
  });
  afterAll(() => store?.close());

  it('has the total, components, demographics, citizenship groups and their crossings down to the CBP cells', () => {
    const levels = new Map<string, number>();
    for (const n of h.nodes) levels.set(n.level, (levels.get(n.level) ?? 0) + 1);
    expect(levels.get('total')).toBe(1);
    expect(levels.get('component')).toBe(2);
    expect(levels.get('demographic')).toBe(4);
    expect(levels.get('citizenship')).toBe(5);
    expect(levels.get('component × demographic × citizenship × authority')).toBeGreaterThan(40);
    expect(h.nodes.length).toBeGreaterThan(100);
    expect(h.end).toBe('2025-08');
    // The cells only IOM's copy lists (OFO's unaccompanied children under Title 42...) are 0
    // from October 2021, where CBP's file lists every other cell and they add up to the total.
    const onlyIom = h.bottom.map((b) => h.nodes[b]).filter((n) => n.series.values.slice(monthIndex('2021-10') - monthIndex(n.series.start)).every((v) => v === 0));
    expect(onlyIom.length).toBeGreaterThan(0);
    for (const n of onlyIom) expect(n.series.start <= '2019-10', n.id).toBe(true);
    // the long history of the top of the hierarchy: OHSS monthly tables from FY2014
    expect(h.nodes[0].series.start <= '2013-10').toBe(true);
    for (const n of h.nodes) expect(n.series.values.length).toBeGreaterThanOrEqual(24);
  });

  it('adds up exactly over every month the bottom cells cover (CBP southwest border file, from October 2021)', () => {
    // From October 2021 every node comes from CBP's unrounded file. Before it, IOM's copy gives
    // the bottom cells from October 2019 and OHSS's tables, rounded to tens, the nodes above:
    // they differ by a few encounters there, as the two publishers do.
    const months = monthIndex(h.end) - monthIndex('2021-10') + 1;
    expect(months).toBeGreaterThanOrEqual(47);
    expect(Math.min(...h.bottom.map((b) => h.nodes[b].series.values.length))).toBeGreaterThanOrEqual(months);
    h.nodes.forEach((n, i) => {
      for (let k = 1; k <= months; k++) {
        const sum = h.S[i].reduce((s, w, j) => (w ? s + h.nodes[h.bottom[j]].series.values.at(-k)! : s), 0);
        expect(n.series.values.at(-k)).toBe(sum);
      }
    });
  });

  it('reconciles forecasts of every node so that they add up, with each method', () => {
    const registered = [...registerModels([naiveDouble, snaiveDouble, seasonMeanDouble]), { model: combinationModel([naiveDouble, snaiveDouble, seasonMeanDouble]), version: 'test' }];
    for (const method of RECONCILIATION_METHODS.filter((m) => m !== 'base')) {
      const f = forecastHierarchy(h, registered, () => undefined, { method, detect: false });
      expect(f.nodes[0].months[0].period).toBe('2025-09');
      f.nodes.forEach((n, i) => {
        n.months.forEach((m, k) => {
          const sum = h.S[i].reduce((s, w, j) => (w ? s + f.nodes[h.bottom[j]].months[k].mean : s), 0);
          expect(Math.abs(m.mean - sum)).toBeLessThanOrEqual(1e-9 * Math.max(1, sum));
          expect(m.intervals[0].lower).toBeLessThanOrEqual(m.mean + 1e-9);
        });
      });
    }
  });

  it('extracts a monthly series through the query engine, up to an as-of month', async () => {
    const [total] = await extractSeries(store.conn, { measure: 'encounters', where: ['geography=US-SWB'] }, { asOf: '2024-12' });
    expect(total.id).toBe('encounters geography=US-SWB');
    expect(total.start <= '2013-10').toBe(true);
    expect(total.start.slice(0, 7) <= '2013-10').toBe(true);
    expect(total.values.length).toBe(1 + (2024 - 2013) * 12 + (12 - 10));
    expect(total.sources.at(-1)).toBe('cbp-sbo');
  });
});
