/**
 * `corridor query --format csv` and /api/export?format=csv are one file, written by one writer
 * (src/analysis/export/series-table.ts), on the store loaded from the mirror. Before, both used the same
 * CSV quoting but built different records: the CLI wrote the period as a label (FY2019), no
 * grain, codes without labels, no rounding, and its column names in Spanish under --lang es;
 * the API wrote the period's first day, its label, the grain, each code with its label and the
 * rounding, in English field names. And the API's CSV and Parquet dropped a stock's `as_of`
 * (the day a level is from), so the National Guard's 99,946 for 2021, a level of July 2021,
 * read as a partial sum of 7 months of 12; the CLI's CSV had it.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { registerQuery } from '../../src/cli/commands/query.js';
import { openStore, rows, type Store } from '../../src/store/open.js';
import { storeFromMirror } from '../e2e/store-from-mirror.js';
import { describeMirror } from '../mirror.js';
import { runCommand } from './run-in-process.js';

describeMirror('the CLI CSV is the API CSV (store loaded from the mirror)', () => {
  let db: string;
  let store: Store;
  let app: ReturnType<typeof createApp>;
  const open = async () => {
    store = await openStore(db, { readOnly: true });
    app = createApp({ conn: store.conn, cache: false, logError: (e) => console.error(e) });
  };
  beforeAll(async () => {
    const built = await storeFromMirror();
    db = built.store.path;
    built.store.close();
    await open();
  });
  afterAll(() => store?.close());
  const corridor = async (...args: string[]) => {
    store.close();
    try {
      return await runCommand(db, [registerQuery], ...args);
    } finally {
      await open();
    }
  };
  const exported = async (q: string) => {
    const res = await app.request(`/api/export?${q}`);
    expect(res.status).toBe(200);
    return res;
  };

  it('two Border Patrol sectors by fiscal year: the same bytes in English and Spanish, labels with commas quoted, sums as plain SQL', async () => {
    for (const lang of ['en', 'es'] as const) {
      const cli = await corridor('query', '--measure', 'encounters', '--where', 'geography=USBP-BBT,USBP-DRT', '--grain', 'fy', '--from', 'FY2019', '--to', 'FY2020', '--format', 'csv', '--lang', lang);
      const api = await (await exported(`measure=encounters&where=geography=USBP-BBT,USBP-DRT&grain=fy&from=FY2019&to=FY2020&format=csv&lang=${lang}`)).text();
      expect(cli).toBe(api);
      const lines = cli.trim().split('\n');
      // Field names, the same in both languages; the labels in the language asked for.
      expect(lines[0]).toBe('period,period_label,grain,geography,geography_label,value,complete,parts,expected_parts,source,dataset,vintage,rounding');
      expect(lines[1]).toMatch(lang === 'es' ? /^2018-10-01,FY2019,fy,USBP-BBT,"Sector Big Bend, TX",9637,true,12,12,cbp-legacy-monthly,cbp-legacy-monthly\/sectors,\d+,1$/ : /^2018-10-01,FY2019,fy,USBP-BBT,"Big Bend sector, TX",9637,true,12,12,/);
      expect(lines).toHaveLength(5);
    }
    // Each figure is the sum of the store's monthly cells of the table and vintage the row names.
    const api = (await (await exported('measure=encounters&where=geography=USBP-BBT,USBP-DRT&grain=fy&from=FY2019&to=FY2020&format=csv')).text()).trim().split('\n').slice(1);
    for (const line of api) {
      const [period, , , geography, , value, , , , , dataset, vintage] = line.match(/("[^"]*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, ''));
      const [{ total }] = await rows<{ total: number }>(
        store.conn,
        `SELECT sum(value) AS total FROM observations WHERE vintage_id = ? AND dataset_id = ? AND measure = 'encounters' AND geography = ? AND period >= ?::DATE AND period < ?::DATE + INTERVAL 1 YEAR`,
        [Number(vintage), dataset, geography, period, period],
      );
      expect(Number(value)).toBe(total);
    }
  });

  it('--dataset: one published table, the same file as /api/export?dataset=', async () => {
    const cli = await corridor('query', '--measure', 'encounters', '--where', 'geography=US-SWB', '--by', 'citizenship', '--grain', 'fy', '--from', 'FY2023', '--to', 'FY2023', '--dataset', 'ohss-monthly/swb-usbp-encounters-top100-fy', '--format', 'csv');
    const api = await (await exported('measure=encounters&where=geography=US-SWB&by=citizenship&grain=fy&from=FY2023&to=FY2023&dataset=ohss-monthly/swb-usbp-encounters-top100-fy&format=csv')).text();
    expect(cli).toBe(api);
    expect(cli).toMatch(/^2022-10-01,FY2023,fy,US-SWB,Southwest land border,AFG,Afghanistan,USBP,U.S. Border Patrol,5600,true,1,1,ohss-monthly,ohss-monthly\/swb-usbp-encounters-top100-fy,\d+,10$/m);
  });

  it('names each download after its question: two different questions never share a file name', async () => {
    const name = async (q: string) => (await exported(q)).headers.get('Content-Disposition');
    // Before, every one of these was corridor-encounters-fy.csv (measure and grain alone).
    expect(await name('measure=encounters&where=geography=USBP-BBT,USBP-DRT&grain=fy&from=FY2019&to=FY2020&format=csv&lang=es')).toBe('attachment; filename="corridor-encounters-USBP-BBT+USBP-DRT-fy-FY2019_FY2020-es.csv"');
    expect(await name('measure=encounters&where=geography=USBP-BBT,USBP-DRT&grain=fy&from=FY2019&to=FY2020&format=csv')).toBe('attachment; filename="corridor-encounters-USBP-BBT+USBP-DRT-fy-FY2019_FY2020.csv"');
    expect(await name('measure=encounters&where=geography=US-SWB&by=citizenship&grain=fy&source=ohss-monthly&format=parquet')).toBe('attachment; filename="corridor-encounters-ohss-monthly-US-SWB-by-citizenship-fy.parquet"');
  });

  it('a download without a row says why, in the notices header, in the API\'s words and in Spanish', async () => {
    // Before, a header line and nothing else, with a 200 and no word of why.
    const notices = async (q: string) => JSON.parse((await exported(q)).headers.get('X-Corridor-Notices') ?? '[]');
    expect(await notices('measure=inm-us-encounters&by=demographic&format=csv&lang=es')).toEqual(['Sin filas: la única tabla de inm-us-encounters (inm-ianami/us-encounters) no puede responder: no está desglosada por grupo demográfico.']);
    expect(await notices('measure=inm-us-encounters&by=demographic&format=parquet')).toEqual(['No rows: the only table of inm-us-encounters (inm-ianami/us-encounters) cannot answer: it is not broken down by demographic.']);
    const grain = await notices('measure=shelter-capacity&grain=month&format=csv');
    expect(grain).toHaveLength(1);
    expect(grain[0]).toMatch(/^No rows: shelter-capacity is published by .*: ask again with grain=cy/);
    expect(grain[0]).not.toMatch(/--grain/);
    expect(await notices('measure=gn-deployed&grain=cy&from=2021&to=2021&format=csv')).toEqual([]);
  });

  it("a stock: the National Guard's level has the day it is from, in the API's CSV and Parquet (a DATE) as in the CLI's", async () => {
    for (const lang of ['en', 'es'] as const) {
      const cli = await corridor('query', '--measure', 'gn-deployed', '--grain', 'cy', '--from', '2021', '--to', '2021', '--format', 'csv', '--lang', lang);
      const api = await (await exported(`measure=gn-deployed&grain=cy&from=2021&to=2021&format=csv&lang=${lang}`)).text();
      expect(cli).toBe(api);
      expect(api.trim().split('\n')).toEqual([
        'period,period_label,grain,geography,geography_label,value,complete,parts,expected_parts,as_of,source,dataset,vintage,rounding',
        expect.stringMatching(new RegExp(`^2021-01-01,2021,cy,MX,${lang === 'es' ? 'México' : 'Mexico'},99946,false,7,12,2021-07-01,gn-despliegue,gn-despliegue/deployed-by-state,\\d+,1$`)),
      ]);
    }
    const bytes = new Uint8Array(await (await exported('measure=gn-deployed&grain=cy&from=2021&to=2021&format=parquet')).arrayBuffer());
    const file = join(mkdtempSync(join(tmpdir(), 'corridor-parquet-')), 'gn.parquet');
    writeFileSync(file, bytes);
    const conn = await (await DuckDBInstance.create(':memory:')).connect();
    const back = await rows<Record<string, unknown>>(conn, `SELECT period, typeof(period) AS pt, as_of, typeof(as_of) AS at, value, parts FROM read_parquet(?)`, [file]);
    conn.closeSync();
    expect(back).toEqual([{ period: '2021-01-01', pt: 'DATE', as_of: '2021-07-01', at: 'DATE', value: 99946, parts: 7 }]);
  });

  it('a Parquet file keeps in its footer what the headers say: the request, the notices, the provenance with each file\'s sha256', async () => {
    // Before, nothing: a saved Parquet file did not say which sources, vintages or files its figures came from.
    const res = await exported('measure=gn-deployed&grain=fy&from=2021&to=2021&format=parquet&lang=es');
    const file = join(mkdtempSync(join(tmpdir(), 'corridor-parquet-')), 'gn.parquet');
    writeFileSync(file, new Uint8Array(await res.arrayBuffer()));
    const conn = await (await DuckDBInstance.create(':memory:')).connect();
    const kv = Object.fromEntries((await rows<{ k: string; v: string }>(conn, `SELECT decode(key) AS k, decode(value) AS v FROM parquet_kv_metadata(?)`, [file])).map((r) => [r.k, r.v]));
    conn.closeSync();
    expect(JSON.parse(kv['corridor.request'])).toMatchObject({ measure: 'gn-deployed', grain: 'fy', from: '2020-10-01', to: '2020-10-01' });
    expect(kv['corridor.lang']).toBe('es');
    // A bare year at grain fy is the fiscal year, and the file says so as the header does.
    expect(JSON.parse(kv['corridor.notices'])).toEqual(JSON.parse(res.headers.get('X-Corridor-Notices')!));
    expect(JSON.parse(kv['corridor.notices'])[0]).toMatch(/FY2021/);
    const provenance = JSON.parse(kv['corridor.provenance']);
    expect(provenance.measure).toMatchObject({ id: 'gn-deployed', unit: 'personnel', unit_label: 'elementos' });
    expect(provenance.sources.map((s: { id: string }) => s.id)).toEqual(['gn-despliegue']);
    expect(provenance.sources[0].vintages[0].files[0].sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
