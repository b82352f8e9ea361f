/**
 * The API over the store loaded from the whole mirror: it answers what the store
 * answers, with labels, provenance that matches the mirror's files, and no 5xx for
 * any measure the store holds (whatever sources have landed).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { recordChecks, runChecks } from '../../src/analysis/checks/run.js';
import { ADAPTERS } from '../../src/sources/registry.js';
import { listSources } from '../../src/store/catalog.js';
import type { Store } from '../../src/store/open.js';
import { querySeries } from '../../src/store/query/series.js';
import { describeMirror, mirrorPath } from '../mirror.js';
import { mirrorApp, type App } from './mirror-app.js';
import { call } from './fixture-store.js';

describeMirror('the API over the whole mirror', () => {
  let store: Store;
  let app: App;
  let checksRun = 0;
  beforeAll(async () => {
    ({ store, app } = await mirrorApp({
      prepare: async (s) => {
        const results = await runChecks(s.conn);
        await recordChecks(s.conn, results);
        checksRun = results.length;
      },
    }));
  });
  afterAll(() => store?.close());

  it('answers southwest border encounters by fiscal year as the store does, with the published figures', async () => {
    const r = await call(app, '/api/series?measure=encounters&where=geography=US-SWB&grain=fy&from=2020&to=2024');
    expect(r.status).toBe(200);
    const direct = await querySeries(store.conn, { measure: 'encounters', where: { geography: ['US-SWB'] }, grain: 'fy', from: '2019-10-01', to: '2023-10-01' });
    expect(r.json.rows.map((x: any) => [x.period, x.value, x.source, x.vintage])).toEqual(direct.rows.map((x) => [x.period, x.value, x.source, x.vintage]));
    expect(r.json.rows.find((x: any) => x.period_label === 'FY2022')).toMatchObject({ value: 2_378_944, source: 'cbp-sbo', complete: true });
    expect(r.json.rows.find((x: any) => x.period_label === 'FY2020')).toMatchObject({ value: 458_088, complete: true });
    const used = [...new Set(direct.rows.map((x) => `${x.source};vintage=${x.vintage}`))].sort();
    expect(r.headers.get('X-Corridor-Sources')).toBe(used.join(', '));
  });

  it("gives provenance whose file sha256s are those of the mirror's files", async () => {
    const r = await call(app, '/api/series?measure=encounters&where=geography=US-SWB&by=component&grain=fy');
    expect(r.json.provenance.sources.length).toBeGreaterThan(1);
    for (const s of r.json.provenance.sources) {
      const adapter = ADAPTERS.find((a) => a.describe.id === s.id)!;
      const expected = adapter.describe.files.map((file) => createHash('sha256').update(readFileSync(mirrorPath(file.mirrorPath))).digest('hex')).sort();
      const got = s.vintages.flatMap((v: any) => v.files.map((file: any) => file.sha256)).sort();
      expect(got, s.id).toEqual(expected);
      expect(s.landing_page).toMatch(/^https?:\/\//);
    }
    expect(r.json.provenance.measure.note).toContain('Events, not people');
  });

  it("says which file each address serves: IOM's .rda with its own sha256, the CSV corridor read under read_as; UNHCR's .rda unhashed (the mirror lacks it)", async () => {
    const r = await call(app, '/api/sources');
    const sha = (path: string) => createHash('sha256').update(readFileSync(mirrorPath(path))).digest('hex');
    const files = (id: string) => r.json.sources.find((s: any) => s.id === id).vintages.at(-1).files as any[];
    const usa = files('iom').find((f) => f.file_id === 'usa');
    expect(usa.url).toMatch(/\/irreg_usa\.rda$/);
    expect(usa).toMatchObject({ name: 'irreg_usa.rda', sha256: sha('iom/us_cbp_sw/irreg_usa.rda'), bytes: readFileSync(mirrorPath('iom/us_cbp_sw/irreg_usa.rda')).length });
    expect(usa.read_as).toEqual({ name: 'irreg_usa__derived.csv', sha256: sha('iom/us_cbp_sw/irreg_usa__derived.csv'), bytes: readFileSync(mirrorPath('iom/us_cbp_sw/irreg_usa__derived.csv')).length });
    for (const f of files('unhcr')) {
      expect(f.url).toMatch(/\.rda$/);
      expect(f).toMatchObject({ sha256: null, bytes: null });
      expect(f.read_as.name).toMatch(/\.csv$/);
    }
    // A file read as published has no read_as, and its sha256 is that of the file at its URL.
    for (const f of files('cbp-sbo')) expect(f.read_as).toBeUndefined();
  });

  it('resolves names in either language and labels keys in Spanish', async () => {
    const r = await call(app, '/api/series?measure=encounters&where=geography=US-SWB&where=citizenship=Honduras,GTM&grain=fy&from=2023&to=2023&lang=es');
    expect(r.json.rows.map((x: any) => x.keys.citizenship)).toEqual([
      { code: 'GTM', label: 'Guatemala' },
      { code: 'HND', label: 'Honduras' },
    ]);
    const sector = await call(app, '/api/series?measure=encounters&where=geography=Rio%20Grande%20Valley&where=component=USBP&grain=fy');
    expect(sector.status).toBe(200);
    expect(sector.json.rows.length).toBeGreaterThan(10);
    expect(sector.json.rows[0].keys.geography.code).toBe('USBP-RGV');
  });

  it('answers every measure the store holds without a server error', async () => {
    const measures = (await call(app, '/api/measures')).json.measures.filter((m: any) => m.sources.length);
    expect(measures.length).toBeGreaterThan(3);
    for (const m of measures) {
      for (const query of [`measure=${m.id}`, `measure=${m.id}&grain=fy`, `measure=${m.id}&by=geography&from=2019-01&to=2019-12`]) {
        const r = await call(app, `/api/series?${query}`);
        expect(r.status, `${query}: ${r.text.slice(0, 200)}`).toBeLessThan(500);
        if (r.status === 200) for (const row of r.json.rows) expect(m.sources).toContain(row.source);
      }
    }
  });

  it('lists the sources the store holds, with their files, and the latest run of every check', async () => {
    const sources = (await call(app, '/api/sources')).json.sources;
    expect(sources.map((s: any) => s.id)).toEqual((await listSources(store.conn)).map((s) => s.id));
    for (const s of sources) expect(s.vintages.at(-1).files.length, s.id).toBeGreaterThan(0);
    const checks = (await call(app, '/api/checks')).json.checks;
    expect(checks).toHaveLength(checksRun);
    expect(checks.every((c: any) => ['pass', 'differs', 'fail', 'skipped'].includes(c.status))).toBe(true);
  });

  it('exports the same rows as CSV and Parquet', async () => {
    const q = 'measure=encounters&where=geography=US-SWB&by=component&grain=fy';
    const series = await call(app, `/api/series?${q}`);
    const csv = await call(app, `/api/export?${q}&format=csv`);
    expect(csv.text.trim().split('\n')).toHaveLength(series.json.rows.length + 1);
    const parquet = await app.request(`/api/export?${q}&format=parquet`);
    expect(parquet.status).toBe(200);
    expect((await parquet.arrayBuffer()).byteLength).toBeGreaterThan(1000);
  });
});
