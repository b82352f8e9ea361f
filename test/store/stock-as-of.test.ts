/**
 * A stock's level (a running total, troops deployed) is taken from the last sub-period the table
 * reports in the period, and the answer says which (asOf), in the engine that runs one statement
 * and in the one a server runs from memory alike; a flow has none.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openStore, rows, type Store } from '../../src/store/open.js';
import { queryCatalogue, warmQueryCatalogue } from '../../src/store/query/catalogue.js';
import type { SeriesRequest } from '../../src/store/query/plan.js';
import { querySeries } from '../../src/store/query/series.js';
import { storeFromMirror } from '../e2e/store-from-mirror.js';
import { describeMirror } from '../mirror.js';

describeMirror('a stock answers with the day its level is taken from', () => {
  let store: Store;
  let warm: Store;
  beforeAll(async () => {
    ({ store } = await storeFromMirror());
    const path = join(mkdtempSync(join(tmpdir(), 'corridor-asof-')), 'store.duckdb');
    copyFileSync(store.path, path);
    warm = await openStore(path, { readOnly: true });
    await warmQueryCatalogue(warm.conn);
  }, 600_000);
  afterAll(() => {
    warm?.close();
    store?.close();
  });

  /** The answer from one statement, and from memory once the tables are read in. */
  async function both(req: SeriesRequest) {
    const sql = await querySeries(store.conn, req);
    await querySeries(warm.conn, req);
    await (await queryCatalogue(warm.conn)).cells()!.idle();
    const memory = await querySeries(warm.conn, req);
    expect(memory.rows).toEqual(sql.rows);
    return sql.rows;
  }

  it("the White House's running total of doses to Mexico: 2021 and August 2021 are the level of 3 August 2021", async () => {
    const [year] = await both({ measure: 'vaccine-doses-donated', where: { geography: ['MX'], category: ['donor:USA'] }, grain: 'cy', from: '2021-01-01', to: '2021-01-01' });
    expect(year).toMatchObject({ value: 4_049_000, asOf: '2021-08-03', complete: false });
    const [august] = await both({ measure: 'vaccine-doses-donated', where: { geography: ['MX'], category: ['donor:USA'] }, grain: 'month', from: '2021-08-01', to: '2021-08-01' });
    expect(august).toMatchObject({ value: 4_049_000, asOf: '2021-08-03' });
  });

  it("the National Guard's troops by year: the level of the year's last month the table reports, as plain SQL finds it", async () => {
    const found = await both({ measure: 'gn-deployed', where: { geography: ['MX'] }, grain: 'cy' });
    expect(found.length).toBeGreaterThan(1);
    const last = await rows<{ year: string; day: string }>(
      store.conn,
      `SELECT strftime(date_trunc('year', period), '%Y-%m-%d') AS year, strftime(max(period), '%Y-%m-%d') AS day FROM observations
        WHERE measure = 'gn-deployed' AND dataset_id IN (${[...new Set(found.map((r) => `'${r.dataset}'`))].join(', ')})
          AND vintage_id IN (${[...new Set(found.map((r) => r.vintage))].join(', ')}) GROUP BY 1`,
    );
    for (const r of found) expect(r.asOf, r.period).toBe(last.find((x) => x.year === r.period)?.day);
  });

  it('the CLI says a stock short of the period is a level on its day, not a partial sum, in both languages', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'corridor-asof-cli-')), 'store.duckdb');
    copyFileSync(store.path, path);
    const query = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', '--db', path, 'query', '--measure', 'vaccine-doses-donated', '--where', 'geography=MX', '--where', 'category=donor:USA', '--grain', 'cy', ...args], { encoding: 'utf8' }).stdout;
    expect(query()).toMatch(/4,049,000 +level on 2021-08-03 /);
    expect(query('--lang', 'es')).toMatch(/4,049,000 +nivel al 2021-08-03 /);
    expect(query()).not.toMatch(/partial 1\/365/);
  });

  it('a flow has no asOf', async () => {
    const found = await both({ measure: 'encounters', where: { geography: ['US-SWB'] }, grain: 'fy', from: '2020-10-01', to: '2021-10-01' });
    expect(found.length).toBeGreaterThan(0);
    for (const r of found) expect(r.asOf).toBeUndefined();
  });
});
