import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../src/store/open.js';
import { call, fixtureStore, type FixtureStore } from './fixture-store.js';

let f: FixtureStore;
beforeAll(async () => {
  f = await fixtureStore();
});
afterAll(() => f.close());

const Q = 'measure=encounters&where=geography=US-SWB&by=component&source=toy';

describe('GET /api/export', () => {
  it('downloads CSV with a code and a label column per key, and the provenance headers', async () => {
    const res = await f.app.request(`/api/export?${Q}&format=csv&lang=es`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('Content-Disposition')).toBe('attachment; filename="corridor-encounters-toy-US-SWB-by-component-month-es.csv"');
    expect(res.headers.get('X-Corridor-Sources')).toBe('toy;vintage=4');
    expect(res.headers.get('ETag')).toMatch(/^".+"$/);
    const lines = (await res.text()).trim().split('\n');
    expect(lines[0]).toBe('period,period_label,grain,geography,geography_label,component,component_label,value,complete,parts,expected_parts,source,dataset,vintage,rounding');
    expect(lines[1]).toBe('2020-10-01,2020-10,month,US-SWB,Frontera terrestre suroeste,OFO,Oficina de Operaciones de Campo,7,true,1,1,toy,toy/monthly,4,1');
    expect(lines).toHaveLength(1 + 4);
  });

  it('downloads JSON holding the rows and their provenance', async () => {
    const res = await f.app.request(`/api/export?${Q}&format=json`);
    expect(res.headers.get('Content-Disposition')).toBe('attachment; filename="corridor-encounters-toy-US-SWB-by-component-month.json"');
    const body = JSON.parse(await res.text());
    const direct = (await call(f.app, `/api/series?${Q}`)).json;
    expect(body).toEqual(direct);
  });

  it('downloads Parquet that DuckDB reads back to the same rows', async () => {
    const res = await f.app.request(`/api/export?${Q}&format=parquet`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('application/vnd.apache.parquet');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 4))).toBe('PAR1');
    const file = join(mkdtempSync(join(tmpdir(), 'corridor-parquet-')), 'x.parquet');
    writeFileSync(file, bytes);
    const db = await DuckDBInstance.create(':memory:');
    const conn = await db.connect();
    const back = await rows<Record<string, unknown>>(conn, `SELECT * FROM read_parquet(?) ORDER BY period, component`, [file]);
    conn.closeSync();
    expect(back.map((r) => [r.period, r.component, r.component_label, r.value, r.complete, r.vintage])).toEqual([
      ['2020-10-01', 'OFO', 'Office of Field Operations', 7, true, 4],
      ['2020-10-01', 'USBP', 'U.S. Border Patrol', 150, true, 4],
      ['2020-11-01', 'USBP', 'U.S. Border Patrol', 125, true, 4],
      ['2020-12-01', 'USBP', 'U.S. Border Patrol', 130, true, 4],
    ]);
  });

  it('defaults to CSV and refuses an unknown format or bad parameters like /api/series', async () => {
    expect((await f.app.request(`/api/export?${Q}`)).headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    const bad = await call(f.app, `/api/export?${Q}&format=xlsx`);
    expect(bad.status).toBe(400);
    expect(bad.json.detail).toMatch(/^format: /);
    expect((await call(f.app, '/api/export?measure=nope')).status).toBe(404);
    expect((await call(f.app, '/api/export?measure=encounters&where=citizenship=Atlantis')).status).toBe(400);
  });

  it('bounds the export by the same row limit', async () => {
    const r = await call(f.appWith({ maxRows: 3 }), `/api/export?${Q}&format=parquet`);
    expect(r.status).toBe(400);
    expect(r.json.error).toBe('result too large');
  });
});
