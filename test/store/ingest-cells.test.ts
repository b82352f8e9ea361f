/**
 * A source whose cells are made in DuckDB (a CellTable, as ice-foia's record files):
 * the ingest checks them in SQL as it checks observations, and the store copies them;
 * a fault fails the source with an InputError naming the file, and nothing lands.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { ingest } from '../../src/ingest/ingest.js';
import { cellTable } from '../../src/sources/read/cell-table.js';
import { observation, type SourceAdapter } from '../../src/sources/types.js';
import { openStore, rows, type Store } from '../../src/store/open.js';

/** A cell: dataset, period, geography, category, value. */
type Cell = [string, string, string, string, number | null];

/** An adapter whose parse puts `cells` in a cell table and returns `observations` beside them. */
function cellAdapter(cells: Cell[], observations: Cell[] = []): SourceAdapter {
  return {
    describe: {
      id: 'cells',
      title: { en: 'Cells', es: 'Celdas' },
      publisher: { en: 'corridor tests', es: 'pruebas de corridor' },
      landingPage: 'http://127.0.0.1/',
      licence: { en: 'test data', es: 'datos de prueba' },
      coverage: { en: 'the test', es: 'la prueba' },
      thirdParty: false,
      files: [{ id: 'records', mirrorPath: 'us/cells/records.csv', url: 'http://127.0.0.1/records.csv' }],
      datasets: [
        { id: 'cells/monthly', title: { en: 'Monthly', es: 'Mensual' }, measure: 'removals', grain: 'month', complete: [], rounding: 1 },
        { id: 'cells/daily', title: { en: 'Daily', es: 'Diario' }, measure: 'removals', grain: 'day', complete: [], rounding: 1 },
      ],
    },
    async parse(ctx) {
      const { table } = await cellTable(ctx, 'test_cells');
      const text = (v: string) => `'${v}'`;
      if (cells.length) {
        const values = cells.map(([ds, period, geo, category, value]) => `(${[ds, period, geo, 'ALL', 'ALL', 'ALL', 'ALL', category].map(text).join(', ')}, ${value === null ? 'NULL' : `'${value}'::DOUBLE`}, 'records.csv')`);
        await ctx.scratch.run(`INSERT INTO ${table} VALUES ${values.join(', ')}`);
      }
      return {
        observations: observations.map(([ds, period, geography, category, value]) => observation(ds, period, value, { geography, category }, { file: 'records.csv', row: 2 })),
        cells: { table },
      };
    },
  };
}

let dir: string;
let store: Store;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'corridor-cells-'));
  mkdirSync(join(dir, 'mirror/us/cells'), { recursive: true });
  writeFileSync(join(dir, 'mirror/us/cells/records.csv'), 'any bytes: the adapter makes its cells itself\n');
  store = await openStore(join(dir, 'store.duckdb'));
});
afterEach(() => store.close());

const load = (adapter: SourceAdapter) => ingest(store, [adapter], { origin: { mirror: join(dir, 'mirror') } });
const count = async (sql: string) => Number((await rows<{ n: number }>(store.conn, sql))[0].n);

describe('cells made in DuckDB', () => {
  it('are stored with the observations beside them, counted in the vintage, and the scratch is let go', async () => {
    const [outcome] = await load(cellAdapter([['cells/monthly', '2020-10-01', 'US-SWB', 'ALL', 5], ['cells/monthly', '2020-11-01', 'US-SWB', 'ALL', null]], [['cells/daily', '2020-10-03', 'US-SWB', 'ALL', 2]]));
    expect(outcome.error).toBeUndefined();
    expect(outcome.observations).toBe(3);
    const stored = await rows(store.conn, `SELECT dataset_id, measure, strftime(period, '%Y-%m-%d') AS period, grain, geography, citizenship, value FROM observations ORDER BY period`);
    expect(stored).toEqual([
      { dataset_id: 'cells/monthly', measure: 'removals', period: '2020-10-01', grain: 'month', geography: 'US-SWB', citizenship: 'ALL', value: 5 },
      { dataset_id: 'cells/daily', measure: 'removals', period: '2020-10-03', grain: 'day', geography: 'US-SWB', citizenship: 'ALL', value: 2 },
      { dataset_id: 'cells/monthly', measure: 'removals', period: '2020-11-01', grain: 'month', geography: 'US-SWB', citizenship: 'ALL', value: null },
    ]);
    expect(await count('SELECT observations AS n FROM vintages')).toBe(3);
    expect(await count(`SELECT count(*) AS n FROM dataset_members WHERE dataset_id = 'cells/monthly' AND dimension = 'geography'`)).toBe(1);
    expect(await count(`SELECT count(*) AS n FROM duckdb_databases() WHERE database_name LIKE 'corridor_scratch%'`)).toBe(0);
  });

  const refused: [string, Cell[], RegExp, Cell[]?][] = [
    ['an undeclared dataset', [['cells/weekly', '2020-10-01', 'US-SWB', 'ALL', 1]], /undeclared dataset in records\.csv: .*found "cells\/weekly"/],
    ['a period that is not the grain\'s', [['cells/monthly', '2020-10-02', 'US-SWB', 'ALL', 1]], /bad period in records\.csv: expected a month period start/],
    ['an unknown code', [['cells/monthly', '2020-10-01', 'US-NOWHERE', 'ALL', 1]], /unknown geography in records\.csv: .*found "US-NOWHERE"/],
    ['an unknown category', [['cells/monthly', '2020-10-01', 'US-SWB', 'made-up', 1]], /unknown category in records\.csv/],
    ['no geography', [['cells/monthly', '2020-10-01', 'ALL', 'ALL', 1]], /unknown geography in records\.csv: expected a known geography code, found "ALL"/],
    ['a value that is not finite', [['cells/monthly', '2020-10-01', 'US-SWB', 'ALL', Infinity]], /bad value in records\.csv/],
    ['the same cell twice', [['cells/monthly', '2020-10-01', 'US-SWB', 'ALL', 1], ['cells/monthly', '2020-10-01', 'US-SWB', 'ALL', 2]], /duplicated cell in records\.csv: .*a second value for 2020-10-01, US-SWB/],
    ['a region with its own sector in one table', [['cells/monthly', '2020-10-01', 'US-SWB', 'ALL', 1], ['cells/monthly', '2020-10-01', 'USBP-ELC', 'ALL', 1]], /nested geography/],
    ['a sector in the cells, its region in the observations of the same table', [['cells/monthly', '2020-10-01', 'USBP-ELC', 'ALL', 1]], /has both observations and cells/, [['cells/monthly', '2020-11-01', 'US-SWB', 'ALL', 1]]],
  ];
  for (const [what, cells, message, observations] of refused) {
    it(`refuses ${what}, and nothing lands`, async () => {
      const [outcome] = await load(cellAdapter(cells, observations));
      expect(outcome.status).toBe('failed');
      expect(outcome.error?.message).toMatch(message);
      if (!/both observations/.test(message.source)) expect(outcome.error).toBeInstanceOf(InputError);
      expect(await count('SELECT count(*) AS n FROM observations')).toBe(0);
      expect(await count('SELECT count(*) AS n FROM vintages')).toBe(0);
      expect(await count(`SELECT count(*) AS n FROM duckdb_databases() WHERE database_name LIKE 'corridor_scratch%'`)).toBe(0);
    });
  }
});
