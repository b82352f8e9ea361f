/**
 * The real files from the data mirror: every checked total of MANIFEST-iom.md through
 * the store's query engine (querySeries), the same totals from plain DuckDB SQL on the
 * CSV conversions, and the publisher's own .rda refused with a clear format error.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { MIRROR, describeMirror, mirrorPath } from '../../../test/mirror.js';
import { inputErrorOf } from '../../../test/input-error.js';
import { parseWith } from '../../../test/parse-context.js';
import { OVERLAPS } from '../../analysis/checks/run.js';
import { overlapCheck } from '../../analysis/checks/overlap.js';
import { ingest } from '../../ingest/ingest.js';
import { openScratch } from '../../ingest/scratch.js';
import { validateObservations } from '../../ingest/validate.js';
import { allCategories, allPlaces } from '../../store/dimensions/catalog.js';
import { openStore, type Store } from '../../store/open.js';
import type { SeriesRequest } from '../../store/query/plan.js';
import { querySeries } from '../../store/query/series.js';
import upmBoletin from '../upm-boletin/index.js';
import type { Observation } from '../types.js';
import { FILES } from './files.js';
import adapter from './index.js';

const csv = (f: { mirrorPath: string }) => `read_csv('${mirrorPath(f.mirrorPath)}', all_varchar = true)`;

async function sql(query: string): Promise<Record<string, unknown>[]> {
  const { scratch, close } = await openScratch();
  try {
    return (await scratch.runAndReadAll(query)).getRowObjectsJS().map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])));
  } finally {
    close();
  }
}

describeMirror('iom on the mirror files', () => {
  let obs: Observation[];
  let store: Store;
  /** period → value of a query, with every row's source checked. */
  const series = async (req: SeriesRequest, source = 'iom') => {
    const s = await querySeries(store.conn, req);
    expect(new Set(s.rows.map((r) => r.source))).toEqual(new Set([source]));
    return Object.fromEntries(s.rows.map((r) => [r.period.slice(0, 4), r.value]));
  };

  beforeAll(async () => {
    obs = await parseWith(adapter, Object.fromEntries(adapter.describe.files.map((f) => [f.id, mirrorPath(f.mirrorPath)])));
    store = await openStore(join(mkdtempSync(join(tmpdir(), 'corridor-iom-')), 'store.duckdb'));
    const outcomes = await ingest(store, [upmBoletin, adapter], { origin: { mirror: MIRROR! } });
    expect(outcomes.map((o) => o.error?.message ?? o.status)).toEqual(['loaded', 'loaded']);
  });
  afterAll(() => store?.close());

  it('has one observation per row of the six files, none missing, all valid', () => {
    // 51 rows of irreg_mexico_nat share their month and code with another (GIN, FRA): added into 49 cells.
    expect(obs).toHaveLength(5_759 - 51 + 704 + 5_251 + 2_387 + 160 + 36_676);
    expect(obs.some((o) => o.value === null)).toBe(false);
    validateObservations(adapter, obs, allPlaces([adapter]), allCategories([adapter]).map((c) => c.id));
  });

  it('UPM presentados by nationality, yearly, as UPM published them', async () => {
    const byYear = await series({ measure: 'mx-presentados', where: { geography: ['MX'] }, grain: 'cy', from: '2018-01-01', to: '2024-01-01', source: 'iom' });
    expect(byYear).toEqual({ 2018: 131_445, 2019: 182_940, 2020: 82_379, 2021: 309_692, 2022: 441_409, 2023: 778_907, 2024: 1_231_320 });
  });

  it('UPM 2019: the same 182,940 from upm-boletin\'s states, which the default query prefers; IOM fills 2018 and from August 2021', async () => {
    const s = await querySeries(store.conn, { measure: 'mx-presentados', where: { geography: ['MX'] }, grain: 'month', from: '2018-01-01' });
    const sourceOf = (p: string) => s.rows.find((r) => r.period === p)?.source;
    expect([sourceOf('2018-12-01'), sourceOf('2019-01-01'), sourceOf('2021-07-01'), sourceOf('2021-08-01'), sourceOf('2025-04-01')]).toEqual(['iom', 'upm-boletin', 'upm-boletin', 'iom', 'iom']);
    expect(await series({ measure: 'mx-presentados', where: { geography: ['MX'] }, grain: 'cy', from: '2019-01-01', to: '2019-01-01', source: 'upm-boletin' }, 'upm-boletin')).toEqual({ 2019: 182_940 });
    expect(await series({ measure: 'mx-presentados', where: { geography: ['MX'] }, grain: 'cy', from: '2019-01-01', to: '2019-01-01' }, 'upm-boletin')).toEqual({ 2019: 182_940 });
    const aug21to24 = s.rows.filter((r) => r.period >= '2021-08-01' && r.period < '2025-01-01').reduce((n, r) => n + r.value!, 0);
    expect(aug21to24).toBe(2_631_263);
    expect(s.rows.find((r) => r.period === '2024-05-01')?.value).toBe(125_302);
  });

  it('corridor check reconciles IOM\'s UPM months with upm-boletin\'s (January 2019-July 2021)', async () => {
    const o = OVERLAPS.find((c) => c.id === 'overlap/mx-presentados-month')!;
    const r = await overlapCheck(store.conn, o.id, o.title, o.req);
    console.info(`${o.id}: ${r.status}: ${r.summary.en}`);
    const [iom] = r.figures.comparisons as { source: string; periods: number; beyondRounding: number }[];
    expect(iom).toMatchObject({ source: 'iom', periods: 31 });
    // The check's count of differing months, against the same months in plain SQL on both sides' figures.
    const s = await querySeries(store.conn, { ...o.req, from: '2019-01-01', to: '2021-07-01', source: 'upm-boletin' });
    const theirs = await querySeries(store.conn, { ...o.req, from: '2019-01-01', to: '2021-07-01', source: 'iom' });
    const differing = s.rows.filter((r, i) => r.value !== theirs.rows[i].value).map((r) => r.period.slice(0, 7));
    expect(iom.beyondRounding).toBe(differing.length);
    expect(r.status).toBe('differs');
    // 2019 and 2020 agree month by month; IOM's later bulletin edition has more events in every month of 2021
    // (January-July: 130,065 against the monthly bulletins' 117,052).
    expect(differing).toEqual(['2021-01', '2021-02', '2021-03', '2021-04', '2021-05', '2021-06', '2021-07']);
    const sum = (rows: { period: string; value: number | null }[]) => rows.filter((r) => r.period >= '2021-01-01').reduce((n, r) => n + r.value!, 0);
    expect([sum(s.rows), sum(theirs.rows)]).toEqual([117_052, 130_065]);
  });

  it('UPM presentados by sex and age: 2024 sums to 1,230,126 (UPM\'s other table)', async () => {
    const s = await querySeries(store.conn, { measure: 'mx-presentados', where: { geography: ['MX'] }, by: ['demographic'], grain: 'cy', from: '2024-01-01', to: '2024-01-01' });
    expect(s.rows).toHaveLength(8);
    expect(s.rows.reduce((n, r) => n + r.value!, 0)).toBe(1_230_126);
  });

  it('returns by Mexico, yearly, and by kind in 2019', async () => {
    const byYear = await series({ measure: 'mx-returns', where: { geography: ['MX'] }, grain: 'cy', from: '2015-01-01', to: '2024-01-01' });
    expect(byYear).toMatchObject({ 2015: 181_163, 2019: 149_812, 2023: 54_728, 2024: 20_834 });
    const [plain] = await sql(`SELECT sum(n::BIGINT) FILTER (WHERE t LIKE '2019-%' AND type = 'deportation') AS deported FROM ${csv(FILES.mexicoExp)}`);
    const kinds = await querySeries(store.conn, { measure: 'mx-returns', where: { geography: ['MX'], category: ['mx-return:deportation'] }, grain: 'cy', from: '2019-01-01', to: '2019-01-01' });
    expect(kinds.rows[0].value).toBe(plain.deported);
  });

  it('Darién: yearly totals, Venezuelans in 2023, 2020 partial, the yearly rows never January', async () => {
    const darien = { geography: ['PA-DARIEN'] };
    const byYear = await series({ measure: 'darien-crossings', where: darien, grain: 'cy', from: '2019-01-01', to: '2024-01-01' });
    expect(byYear).toEqual({ 2019: 22_102, 2020: 6_465, 2021: 133_726, 2022: 248_284, 2023: 520_085, 2024: 302_203 });
    const s2020 = await querySeries(store.conn, { measure: 'darien-crossings', where: darien, grain: 'cy', from: '2020-01-01', to: '2020-01-01' });
    expect([s2020.rows[0].complete, s2020.rows[0].parts]).toEqual([false, 9]);
    expect(await series({ measure: 'darien-crossings', where: { ...darien, citizenship: ['VEN'] }, grain: 'cy', from: '2023-01-01', to: '2023-01-01' })).toEqual({ 2023: 328_650 });
    const months2019 = await querySeries(store.conn, { measure: 'darien-crossings', where: darien, grain: 'month', from: '2019-01-01', to: '2019-12-01' });
    expect(months2019.rows).toEqual([]);
    const peak = await querySeries(store.conn, { measure: 'darien-crossings', where: darien, grain: 'month', from: '2023-08-01', to: '2023-08-01' });
    expect(peak.rows[0].value).toBe(81_946);
    const bySex = await querySeries(store.conn, { measure: 'darien-crossings', where: darien, by: ['demographic'], grain: 'cy', from: '2023-01-01', to: '2023-01-01' });
    expect(bySex.rows.reduce((n, r) => n + r.value!, 0)).toBe(520_085);
  });

  it('CBP southwest border encounters by fiscal year, from the month (not t_fy)', async () => {
    const swb = { geography: ['US-SWB'] };
    expect(await series({ measure: 'encounters', where: swb, grain: 'fy', from: '2017-10-01', to: '2022-10-01', source: 'iom' })).toEqual({
      2017: 521_090, 2018: 977_509, 2019: 458_088, 2020: 1_734_686, 2021: 2_378_944, 2022: 2_475_669,
    });
    const plain = await sql(`SELECT sum(n::BIGINT) AS n FROM ${csv(FILES.usa)} WHERE t BETWEEN '2020-10' AND '2021-09'`);
    expect(plain[0].n).toBe(1_734_686);
    // Title 42 expulsions of non-Mexican family members (SOURCE.txt).
    const t42 = await querySeries(store.conn, { measure: 'encounters', where: { ...swb, authority: ['T42'], demographic: ['FMUA'] }, by: ['citizenship'], grain: 'fy', from: '2020-10-01', to: '2022-10-01', source: 'iom' });
    const nonMexican = (fy: string) => t42.rows.filter((r) => r.period === fy && r.keys.citizenship !== 'MEX').reduce((n, r) => n + r.value!, 0);
    expect([nonMexican('2020-10-01'), nonMexican('2021-10-01'), nonMexican('2022-10-01')]).toEqual([112_206, 95_554, 46_744]);
  });

  it('a Border Patrol sector by nationality, as plain SQL sums the file', async () => {
    const nationalities = new Set(obs.filter((o) => o.dataset === 'iom/cbp-sw-encounters-by-area').map((o) => o.citizenship));
    expect(nationalities.size).toBe(22); // 21 countries and OTHER, as the table's notes say
    expect(nationalities.has('OTHER')).toBe(true);
    const sector = await querySeries(store.conn, { measure: 'encounters', where: { geography: ['USBP-RGV'], citizenship: ['HND'] }, grain: 'fy', from: '2020-10-01', to: '2020-10-01' });
    const [plain] = await sql(`SELECT sum(n::BIGINT) AS n FROM ${csv(FILES.usa)} WHERE t BETWEEN '2020-10' AND '2021-09' AND area = 'Rio Grande Valley Sector' AND nat = 'HND'`);
    expect(sector.rows[0].value).toBe(plain.n);
  });

  it('refuses the publisher\'s .rda in place of the CSV conversion, naming the format', async () => {
    const paths = Object.fromEntries(adapter.describe.files.map((f) => [f.id, mirrorPath(f.mirrorPath)]));
    paths[FILES.mexicoNat.id] = mirrorPath('iom/mexico_upm/irreg_mexico_nat.rda');
    const e = await inputErrorOf(parseWith(adapter, paths));
    expect(e.at).toEqual({ file: 'irreg_mexico_nat.rda', row: 1 });
    expect(e.found).toBe('an R data file (.rda) or a compressed stream');
  });
});
