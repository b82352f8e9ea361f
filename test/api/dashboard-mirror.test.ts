/**
 * The dashboard's routes over the store loaded from the whole mirror: Mexico's 32
 * state shapes, the border sectors with coordinates, what each table covers, headlines
 * that agree with the store's own answer, and the corridor view.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { latestComplete } from '../../src/api/series/headline.js';
import type { Store } from '../../src/store/open.js';
import { querySeries } from '../../src/store/query/series.js';
import { describeMirror } from '../mirror.js';
import { mirrorApp, type App } from './mirror-app.js';
import { call } from './fixture-store.js';

describeMirror('the dashboard routes over the whole mirror', () => {
  let store: Store;
  let app: App;
  beforeAll(async () => {
    ({ store, app } = await mirrorApp());
  });
  afterAll(() => store?.close());

  it("gives Mexico's 32 states as GeoJSON with their labels", async () => {
    const r = await call(app, '/api/shapes');
    expect(r.status).toBe(200);
    const codes = r.json.features.map((f: any) => f.id);
    expect(codes).toEqual(Array.from({ length: 32 }, (_, i) => `MX-${String(i + 1).padStart(2, '0')}`));
    const chiapas = r.json.features.find((f: any) => f.id === 'MX-07');
    expect(chiapas.properties.label).toEqual({ en: 'Chiapas', es: 'Chiapas' });
    expect(['Polygon', 'MultiPolygon']).toContain(chiapas.geometry.type);
    expect(JSON.stringify(chiapas.geometry.coordinates)).not.toMatch(/\.\d{4,}/);
    expect(r.headers.get('X-Corridor-Sources')).toMatch(/^mx-states-geo;vintage=\d+$/);
  });

  it('gives the nine southwest border sectors with coordinates', async () => {
    const r = await call(app, '/api/places?level=sector&parent=US-SWB');
    expect(r.json.places.map((p: any) => p.code)).toEqual(['USBP-BBT', 'USBP-DRT', 'USBP-ELC', 'USBP-EPT', 'USBP-LRT', 'USBP-RGV', 'USBP-SDC', 'USBP-TCA', 'USBP-YUM']);
    for (const p of r.json.places) {
      expect(p.lat).toBeGreaterThan(25);
      expect(p.lat).toBeLessThan(34);
      expect(p.lon).toBeLessThan(-97);
    }
  });

  it('says which states publish the non-Mexicans Mexico receives from the US', async () => {
    const r = await call(app, '/api/coverage?measure=inm-foreigners-received');
    const [table] = r.json.tables;
    expect(table.dimensions.geography.tops).toEqual(['MX-02', 'MX-05', 'MX-08', 'MX-26', 'MX-28']);
    expect(table.dimensions.demographic.codes).toEqual(['ADULTS', 'ALL', 'MINORS']);
  });

  it("gives headlines whose latest complete period and figure are the store's", async () => {
    for (const [measure, where] of [
      ['encounters', 'geography=US-SWB'],
      ['inm-rescatados', 'geography=MX'],
    ]) {
      const r = await call(app, `/api/headline?measure=${measure}&where=${where}`);
      expect(r.status, r.text).toBe(200);
      const [dim, code] = where.split('=');
      const direct = latestComplete((await querySeries(store.conn, { measure, where: { [dim]: [code] }, grain: 'month' })).rows)!;
      expect(r.json.latest).toMatchObject({ period: direct.period, value: direct.value, source: direct.source, complete: true });
      expect(r.json.statements.some((s: any) => s.kind === 'change-year')).toBe(true);
    }
  });

  it('follows Hondurans along the corridor with the figures the store gives for each stage', async () => {
    const r = await call(app, '/api/corridor?citizenship=HND&from=2022-01&to=2022-12');
    expect(r.status).toBe(200);
    const swb = r.json.entries.find((e: any) => e.id === 'swb-encounters');
    const direct = await querySeries(store.conn, { measure: 'encounters', where: { geography: ['US-SWB'], citizenship: ['HND'] }, grain: 'month', from: '2022-01-01', to: '2022-12-01' });
    expect(swb.rows.map((x: any) => [x.period, x.value])).toEqual(direct.rows.map((x) => [x.period, x.value]));
    expect(swb.rows).toHaveLength(12);
  });

  it("checks the README's claim", async () => {
    const r = await call(app, `/api/claims?text=${encodeURIComponent('March 2021 had the most southwest border encounters in two decades')}`);
    expect(r.status).toBe(200);
    expect(['true', 'false', 'partly true', 'undetermined']).toContain(r.json.verdict);
    expect(r.json.checks.length).toBeGreaterThan(0);
  });
});
