/**
 * A range typed in another grain than the one asked, on the store loaded from the mirror, as
 * `corridor query` prints it (table, CSV, JSON) and as /api/series and /api/export answer it:
 * the whole periods of the grain that the range touches, and the same notice everywhere that
 * says so. Before, `--grain cy --from FY2023 --to FY2023` printed calendar 2023 alone
 * (2,541,959), though FY2023 runs October 2022 to September 2023, and nothing said the range
 * had been read otherwise; `--grain fy --from 2023-05 --to 2023-07` printed all of FY2023 as
 * if it were those three months.
 *
 * And the CSV's `complete` column: true or false, as /api/export writes it, with the parts
 * behind it; it was blank for a complete row, which a CSV reader cannot tell from missing.
 */
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { registerQuery } from '../../src/cli/commands/query.js';
import { openStore, type Store } from '../../src/store/open.js';
import { call } from '../api/fixture-store.js';
import { storeFromMirror } from '../e2e/store-from-mirror.js';
import { describeMirror } from '../mirror.js';
import { runCommand, runCommandStderr } from './run-in-process.js';

const SWB = ['query', '--measure', 'encounters', '--where', 'geography=US-SWB'];
const FY2023_AT_CY = {
  en: 'FY2023 (October 2022 to September 2023) touches calendar years 2022 and 2023: both are shown whole, January 2022 to December 2023, more than was asked (grain month shows only the months asked)',
  es: 'FY2023 (octubre de 2022 a septiembre de 2023) abarca los años calendario 2022 y 2023: se muestran completos los dos, de enero de 2022 a diciembre de 2023, más de lo pedido (con grain month se ven solo los meses pedidos)',
};

describeMirror('a range in another grain than the one asked (store loaded from the mirror)', () => {
  let db: string;
  let store: Store;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    const built = await storeFromMirror();
    db = built.store.path;
    built.store.close();
    store = await openStore(db, { readOnly: true });
    app = createApp({ conn: store.conn, cache: false, logError: (e) => console.error(e) });
  });
  afterAll(() => {
    store?.close();
    vi.restoreAllMocks();
  });
  // The CLI opens the store itself: the API's read-only connection is closed around each command.
  const corridor = async (...args: string[]) => {
    store.close();
    try {
      return { out: await runCommand(db, [registerQuery], ...args), err: await runCommandStderr(db, [registerQuery], ...args) };
    } finally {
      store = await openStore(db, { readOnly: true });
      app = createApp({ conn: store.conn, cache: false, logError: (e) => console.error(e) });
    }
  };

  it('FY2023 at grain cy: calendar 2022 and 2023, said alike by the table, the CSV, the JSON and the API', async () => {
    const table = await corridor(...SWB, '--grain', 'cy', '--from', 'FY2023', '--to', 'FY2023');
    expect(table.out).toMatch(/^2022 +US-SWB Southwest land border +2,579,026 +yes +cbp-sbo /m);
    expect(table.out).toMatch(/^2023 +US-SWB Southwest land border +2,541,959 +yes +cbp-sbo /m);
    expect(table.err).toBe(`corridor: ${FY2023_AT_CY.en}\n`);
    const es = await corridor(...SWB, '--grain', 'cy', '--from', 'FY2023', '--to', 'FY2023', '--lang', 'es');
    expect(es.out).toMatch(/^2022 +US-SWB Frontera terrestre suroeste +2,579,026 +sí /m);
    expect(es.err).toBe(`corridor: ${FY2023_AT_CY.es}\n`);

    const csv = await corridor(...SWB, '--grain', 'cy', '--from', 'FY2023', '--to', 'FY2023', '--format', 'csv');
    expect(csv.out.trim().split('\n')).toEqual([
      'period,period_label,grain,geography,geography_label,value,complete,parts,expected_parts,source,dataset,vintage,rounding',
      '2022-01-01,2022,cy,US-SWB,Southwest land border,2579026,true,12,12,cbp-sbo,cbp-sbo/sw-monthly,1,1',
      '2023-01-01,2023,cy,US-SWB,Southwest land border,2541959,true,12,12,cbp-sbo,cbp-sbo/sw-monthly,1,1',
    ]);
    expect(csv.err).toBe(`corridor: ${FY2023_AT_CY.en}\n`);

    const json = JSON.parse((await corridor(...SWB, '--grain', 'cy', '--from', 'FY2023', '--to', 'FY2023', '--format', 'json')).out);
    expect(json.request).toMatchObject({ grain: 'cy', from: '2022-01-01', to: '2023-01-01' });
    expect(json.notices).toEqual([FY2023_AT_CY]);
    expect(json.rows.map((r: { period: string; value: number }) => [r.period, r.value])).toEqual([['2022-01-01', 2_579_026], ['2023-01-01', 2_541_959]]);

    const api = await call(app, '/api/series?measure=encounters&where=geography=US-SWB&grain=cy&from=FY2023&to=FY2023');
    expect(api.status).toBe(200);
    expect(api.json.notices).toEqual([FY2023_AT_CY.en]);
    expect(api.json.rows.map((r: { period_label: string; value: number; complete: boolean }) => [r.period_label, r.value, r.complete])).toEqual([['2022', 2_579_026, true], ['2023', 2_541_959, true]]);
    const apiEs = await call(app, '/api/series?measure=encounters&where=geography=US-SWB&grain=cy&from=FY2023&to=FY2023&lang=es');
    expect(apiEs.json.notices).toEqual([FY2023_AT_CY.es]);

    // The CSV download has no place for a sentence: the header carries the same notices (JSON, non-ASCII escaped).
    const file = await app.request('/api/export?measure=encounters&where=geography=US-SWB&grain=cy&from=FY2023&to=FY2023&format=csv&lang=es');
    expect(JSON.parse(file.headers.get('X-Corridor-Notices')!)).toEqual([FY2023_AT_CY.es]);
    const lines = (await file.text()).trim().split('\n');
    expect(lines.slice(1).map((l) => l.split(',')).map((c) => [c[1], c[5], c[6]])).toEqual([['2022', '2579026', 'true'], ['2023', '2541959', 'true']]);
  });

  it('a few months inside one year, at grain fy and cy: the whole year, said to be more than was asked', async () => {
    const fy = await corridor(...SWB, '--grain', 'fy', '--from', '2023-05', '--to', '2023-07');
    expect(fy.out).toMatch(/^FY2023 +US-SWB Southwest land border +2,475,669 +yes /m);
    expect(fy.err).toBe('corridor: 2023-05 to 2023-07 (May 2023 to July 2023) lies within fiscal year FY2023: it is shown whole, October 2022 to September 2023, more than was asked (grain month shows only the months asked)\n');
    const cy = await corridor(...SWB, '--grain', 'cy', '--from', '2023-05', '--to', '2023-07', '--lang', 'es', '--format', 'csv');
    expect(cy.out.trim().split('\n')).toEqual(['period,period_label,grain,geography,geography_label,value,complete,parts,expected_parts,source,dataset,vintage,rounding', '2023-01-01,2023,cy,US-SWB,Frontera terrestre suroeste,2541959,true,12,12,cbp-sbo,cbp-sbo/sw-monthly,1,1']);
    expect(cy.err).toMatch(/^corridor: 2023-05 a 2023-07 \(mayo de 2023 a julio de 2023\) queda dentro del año calendario 2023: se muestra completo/);
    const api = await call(app, '/api/series?measure=encounters&where=geography=US-SWB&grain=fy&from=2023-05&to=2023-07');
    expect(api.json.notices).toEqual([fy.err.slice('corridor: '.length, -1)]);
    expect(api.json.rows.map((r: { period_label: string; value: number }) => [r.period_label, r.value])).toEqual([['FY2023', 2_475_669]]);
  });

  it('CY2023 at grain fy: FY2023 and FY2024; a bare year at grain fy is the fiscal year, and says so', async () => {
    const cy = await corridor(...SWB, '--grain', 'fy', '--from', 'CY2023', '--to', 'CY2023', '--format', 'csv');
    expect(cy.out.trim().split('\n').slice(1)).toEqual(['2022-10-01,FY2023,fy,US-SWB,Southwest land border,2475669,true,12,12,cbp-sbo,cbp-sbo/sw-monthly,1,1', '2023-10-01,FY2024,fy,US-SWB,Southwest land border,2135005,true,12,12,cbp-sbo,cbp-sbo/sw-monthly,1,1']);
    expect(cy.err).toMatch(/^corridor: CY2023 \(January 2023 to December 2023\) touches fiscal years FY2023 and FY2024/);
    const bare = await corridor(...SWB, '--grain', 'fy', '--from', '2023', '--to', '2023');
    expect(bare.out).toMatch(/^FY2023 +US-SWB Southwest land border +2,475,669 +yes /m);
    expect(bare.err).toBe('corridor: at grain fy a year is a fiscal year: 2023 is read as FY2023 (October 2022 to September 2023); for calendar 2023 type CY2023, which touches FY2023 and FY2024\n');
    // Periods exactly as typed: nothing to say.
    expect((await corridor(...SWB, '--grain', 'fy', '--from', 'FY2023', '--to', 'FY2024')).err).toBe('');
    expect((await call(app, '/api/series?measure=encounters&where=geography=US-SWB&grain=fy&from=FY2023&to=FY2024')).json.notices).toEqual([]);
  });

  it('CSV: complete is true or false with its parts, as /api/export writes it; the table says yes or partial', async () => {
    const csv = await corridor(...SWB, '--grain', 'fy', '--from', 'FY2025', '--to', 'FY2026', '--format', 'csv');
    const rows = csv.out.trim().split('\n');
    expect(rows[0]).toBe('period,period_label,grain,geography,geography_label,value,complete,parts,expected_parts,source,dataset,vintage,rounding');
    expect(rows[1]).toMatch(/^2024-10-01,FY2025,fy,US-SWB,Southwest land border,\d+,true,12,12,/);
    expect(rows[2]).toMatch(/^2025-10-01,FY2026,fy,US-SWB,Southwest land border,\d+,false,\d+,12,/);
    const file = await (await app.request('/api/export?measure=encounters&where=geography=US-SWB&grain=fy&from=FY2025&to=FY2026&format=csv')).text();
    const api = file.trim().split('\n').slice(1).map((l) => l.split(','));
    // The same file as the API's: one writer (src/analysis/export/series-table.ts).
    expect(rows.slice(1).map((l) => l.split(','))).toEqual(api);
    const es = await corridor(...SWB, '--grain', 'fy', '--from', 'FY2025', '--to', 'FY2026', '--lang', 'es');
    expect(es.out).toMatch(/^FY2025 .* sí /m);
    expect(es.out).toMatch(/^FY2026 .* parcial \d+\/12 /m);
  });
});
