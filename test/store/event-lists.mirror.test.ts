/**
 * INM's caravan lists on the real mirror: event lists (one row per caravan on its day of
 * departure), each covering its own span, so a year wholly inside is complete with its
 * caravans, a month with none is 0, and "Seven caravans left Chiapas in 2025" can be
 * checked. Expected figures are added up here in SQL from the store's rows; the spans from
 * the lists' first and last caravans and the administration's start. The engine that runs
 * statements, the one it replaced (test/store/reference-query/) and the one answering from
 * memory agree.
 */
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkClaim } from '../../src/analysis/claims/check.js';
import { ADMINISTRATION_START, DATASET } from '../../src/sources/inm-ianami/datasets.js';
import { openStore, rows, type Store } from '../../src/store/open.js';
import { queryCatalogue, warmQueryCatalogue } from '../../src/store/query/catalogue.js';
import type { SeriesRequest } from '../../src/store/query/plan.js';
import { querySeries } from '../../src/store/query/series.js';
import { storeFromMirror } from '../e2e/store-from-mirror.js';
import { describeMirror } from '../mirror.js';
import { querySeries as referenceSeries } from './reference-query/series.js';

const DAY = 86_400_000;
const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY) + 1;

describeMirror('INM caravan lists are event lists, on the mirror', () => {
  let store: Store;
  let warm: Store;
  const sql = <T>(q: string, params: unknown[] = []) => rows<T>(store.conn, q, params);

  beforeAll(async () => {
    ({ store } = await storeFromMirror());
    const path = join(mkdtempSync(join(tmpdir(), 'corridor-caravans-warm-')), 'store.duckdb');
    copyFileSync(store.path, path);
    warm = await openStore(path, { readOnly: true });
    await warmQueryCatalogue(warm.conn);
  }, 600_000);
  afterAll(() => {
    store?.close();
    warm?.close();
  });

  /** Each calendar year a table's span touches: its rows' sum (null when a cell is blank), the days of the span in it, the days of the year. */
  async function expectedYears(dataset: string, from: string, to: string) {
    const sums = await sql<{ y: string; v: number | null; n: number; nonnull: number }>(
      `SELECT strftime(period, '%Y') AS y, sum(value)::DOUBLE AS v, count(*)::INTEGER AS n, count(value)::INTEGER AS nonnull
         FROM observations WHERE dataset_id = ? AND vintage_id = (SELECT max(vintage_id) FROM observations WHERE dataset_id = ?) AND geography = 'MX-07' GROUP BY ALL`,
      [dataset, dataset],
    );
    const out: [string, number | null, boolean, number, number][] = [];
    for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) {
      const s = sums.find((r) => r.y === String(y));
      if (!s) continue;
      const inYear = days(`${y}-01-01`, `${y}-12-31`);
      const covered = days(from > `${y}-01-01` ? from : `${y}-01-01`, to < `${y}-12-31` ? to : `${y}-12-31`);
      out.push([`${y}-01-01`, s.nonnull < s.n ? null : s.v, covered === inYear, covered, inYear]);
    }
    return out;
  }

  /** A list's first and last listed events (the zeros of days with none left out; a caravan of unknown size is listed). */
  const EVENT = '(value IS NULL OR value <> 0)';
  const listed = async (dataset: string) =>
    (await sql<{ first: string; last: string }>(`SELECT strftime(min(period), '%Y-%m-%d') AS first, strftime(max(period), '%Y-%m-%d') AS last FROM observations WHERE dataset_id = ? AND ${EVENT}`, [dataset]))[0];
  const facts = (r: Awaited<ReturnType<typeof querySeries>>) => r.rows.map((x) => [x.period, x.value, x.complete, x.parts, x.expectedParts]);

  it('each list covers its own span: the 2024-2026 list from the administration\'s start to its last caravan, the 2019-2026 one from its first caravan to its last', async () => {
    const list = await listed(DATASET.caravanList);
    const all = await listed(DATASET.caravans);
    // The two lists end on different days: 24 March 2026 and 20 April 2026.
    expect([list.last, all.last]).toEqual(['2026-03-24', '2026-04-20']);
    const spans = await sql<{ d: string; n: number; first: string; last: string }>(
      `SELECT dataset_id AS d, len(periods)::INTEGER AS n, periods[1] AS first, periods[-1] AS last FROM dataset_periods
        WHERE dataset_id IN (?, ?) AND vintage_id = (SELECT max(id) FROM vintages WHERE source_id = 'inm-ianami') ORDER BY d`,
      [DATASET.caravans, DATASET.caravanList],
    );
    expect(spans).toEqual([
      { d: DATASET.caravans, n: days(all.first, all.last), first: all.first, last: all.last },
      { d: DATASET.caravanList, n: days(ADMINISTRATION_START, list.last), first: ADMINISTRATION_START, last: list.last },
    ]);
    const notes = await sql<{ en: string; es: string }>('SELECT notes_en AS en, notes_es AS es FROM datasets WHERE id = ?', [DATASET.caravanList]);
    expect(notes[0].en).toContain('Event list: every day from 1 October 2024 to 24 March 2026 counts as covered');
    expect(notes[0].es).toContain('cada día del 1 de octubre de 2024 al 24 de marzo de 2026 cuenta como cubierto');
    // INM's daily counts are not event lists: their periods are the days they have.
    const [daily] = await sql<{ same: boolean }>(
      `SELECT p.periods = (SELECT list(DISTINCT strftime(period, '%Y-%m-%d') ORDER BY strftime(period, '%Y-%m-%d')) FROM observations o WHERE o.dataset_id = p.dataset_id AND o.vintage_id = p.vintage_id) AS same
         FROM dataset_periods p WHERE p.dataset_id = ? AND p.vintage_id = (SELECT max(id) FROM vintages WHERE source_id = 'inm-ianami')`,
      [DATASET.transfers],
    );
    expect(daily.same).toBe(true);
  });

  it('query --measure inm-caravans --grain cy --where geography=MX-07: 2025 complete, 2024 and 2026 partial by the days of the span; sizes likewise; every engine agrees', async () => {
    const list = await listed(DATASET.caravanList);
    const all = await listed(DATASET.caravans);
    const caravans: SeriesRequest = { measure: 'inm-caravans', where: { geography: ['MX-07'] }, grain: 'cy' };
    const sizes: SeriesRequest = { measure: 'inm-caravan-size', where: { geography: ['MX-07'] }, grain: 'cy' };
    const mine = await querySeries(store.conn, caravans);
    expect(facts(mine)).toEqual(await expectedYears(DATASET.caravanList, ADMINISTRATION_START, list.last));
    expect(mine.rows.find((r) => r.period === '2025-01-01')).toMatchObject({ value: 7, complete: true });
    expect(mine.rows.find((r) => r.period === '2024-01-01')).toMatchObject({ value: 9, complete: false, parts: 92, expectedParts: 366 });
    // Months with no caravan are 0, complete: every month of 2025 has a row.
    const events = new Map(
      (await sql<{ m: string; c: number }>(`SELECT strftime(period, '%Y-%m') AS m, sum(value)::DOUBLE AS c FROM observations WHERE dataset_id = ? AND ${EVENT} AND year(period) = 2025 GROUP BY ALL`, [DATASET.caravanList])).map((r) => [r.m, r.c]),
    );
    expect(events.size).toBeGreaterThan(0);
    expect(events.size).toBeLessThan(12);
    const months = await querySeries(store.conn, { ...caravans, grain: 'month', from: '2025-01-01', to: '2025-12-01' });
    expect(months.rows.map((r) => [r.period.slice(0, 7), r.value, r.complete])).toEqual(
      Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`).map((m) => [m, events.get(m) ?? 0, true]),
    );
    expect(facts(await querySeries(store.conn, sizes))).toEqual(await expectedYears(DATASET.caravans, all.first, all.last));
    const requests: SeriesRequest[] = [
      caravans,
      sizes,
      { ...caravans, grain: 'month', from: '2024-09-01', to: '2025-02-01' },
      { ...caravans, grain: 'fy' },
      { measure: 'inm-caravans', by: ['geography'], grain: 'cy', from: '2025-01-01' },
      { ...sizes, grain: 'fy', from: '2018-10-01', to: '2020-10-01' },
    ];
    for (const req of requests) {
      const theirs = await referenceSeries(store.conn, req);
      const statements = await querySeries(store.conn, req);
      const { notices: _n, ...request } = statements.request;
      const english = { ...statements, request, considered: statements.considered.map(({ reason_es: _es, ...c }) => c) };
      delete (english as { notices?: unknown }).notices;
      expect(english, JSON.stringify(req)).toEqual(theirs);
      expect(await querySeries(warm.conn, req), JSON.stringify(req)).toEqual(statements);
      await (await queryCatalogue(warm.conn)).cells()!.idle();
      expect(await querySeries(warm.conn, req), JSON.stringify(req)).toEqual(statements);
    }
  });

  it('claims: "Seven caravans left Chiapas in 2025" is true; 2024 is still incomplete (the list starts in October)', async () => {
    const [{ c }] = await sql<{ c: number }>(`SELECT sum(value)::DOUBLE AS c FROM observations WHERE dataset_id = ? AND geography = 'MX-07' AND ${EVENT} AND year(period) = 2025`, [DATASET.caravanList]);
    expect(c).toBe(7);
    for (const text of ['Seven caravans left Chiapas in 2025', 'Siete caravanas salieron de Chiapas en 2025', '7 caravans set out from Chiapas in 2025']) {
      const r = await checkClaim(store.conn, text);
      expect([r.verdict, r.checks[0].figures[0]?.value, r.checks[0].figures[0]?.complete], text).toEqual(['true', c, true]);
    }
    const wrong = await checkClaim(store.conn, 'Twelve caravans left Chiapas in 2025');
    expect(wrong.verdict).toBe('false');
    // A month of the span with no caravan listed is 0, complete (was "no figures").
    const [{ march }] = await sql<{ march: number }>(`SELECT count(*)::INTEGER AS march FROM observations WHERE dataset_id = ? AND ${EVENT} AND period BETWEEN DATE '2025-03-01' AND DATE '2025-03-31'`, [DATASET.caravanList]);
    expect(march).toBe(0);
    const none = await checkClaim(store.conn, 'Two caravans left Chiapas in March 2025');
    expect([none.verdict, none.checks[0].figures[0]?.value, none.checks[0].figures[0]?.complete]).toEqual(['false', 0, true]);
    const partial = await checkClaim(store.conn, 'Nine caravans left Chiapas in 2024');
    expect(partial.verdict).toBe('undetermined');
    expect(partial.summary.en).toMatch(/^Cannot be checked/);
    expect(partial.checks[0].figures[0]).toMatchObject({ value: 9, complete: false });
  });
});
