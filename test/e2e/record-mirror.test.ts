/**
 * The bilateral record on the real mirror, against figures computed here in plain SQL
 * on the store's observations (never through the query planner or the record's code).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadEvents } from '../../src/analysis/events/load.js';
import { bilateralRecord, type BilateralRecord } from '../../src/analysis/bilateral/record.js';
import type { LedgerLine } from '../../src/analysis/bilateral/types.js';
import { rows, type Store } from '../../src/store/open.js';
import { describeMirror } from '../mirror.js';
import { storeFromMirror } from './store-from-mirror.js';

describeMirror('the bilateral record on the mirror', () => {
  let store: Store;
  let record: BilateralRecord;
  beforeAll(async () => {
    store = (await storeFromMirror()).store;
    record = await bilateralRecord(store.conn);
  });
  afterAll(() => store?.close());
  const sql = <T>(q: string, params: unknown[] = []) => rows<T>(store.conn, q, params);
  const find = (pred: (l: LedgerLine) => boolean) => record.lines.filter(pred);

  it('US doses donated to Mexico and Central America to 3 August 2021, delivered, linked to the fact sheet entry', async () => {
    const [mx] = find((l) => l.source.dataset === 'wh-vaccines/doses-by-recipient' && l.counterpart === 'MX');
    const [{ v }] = await sql<{ v: number }>(`SELECT value AS v FROM observations WHERE measure = 'vaccine-doses-donated' AND geography = 'MX' AND category = 'donor:USA'`);
    expect(v).toBe(4_049_000);
    expect(mx).toMatchObject({ date: '2021-08-03', dateKind: 'as-of', actor: 'US', kind: 'delivered', quantity: v, event: 'us-vaccine-donations-2021-08', origin: 'store' });
    expect(mx.unit).toEqual({ en: 'doses', es: 'dosis' });
    expect(mx.what.es).toMatch(/México/);
    // The timeline states the same figure: shown once, from the store, with a note.
    expect(mx.note?.en).toBe('the timeline states the same figure');
    expect(find((l) => l.origin === 'timeline' && l.event === 'us-vaccine-donations-2021-08')).toHaveLength(0);
    const region = await sql<{ geography: string; v: number }>(
      `SELECT geography, value AS v FROM observations WHERE measure = 'vaccine-doses-donated' AND category = 'donor:USA' AND geography IN ('MX', 'GTM', 'BLZ', 'HND', 'SLV', 'NIC', 'CRI', 'PAN') ORDER BY geography`,
    );
    const lines = find((l) => l.source.dataset === 'wh-vaccines/doses-by-recipient');
    expect(lines.map((l) => [l.counterpart, l.quantity]).sort()).toEqual(region.map((r) => [r.geography, r.v]).sort());
    expect(Object.fromEntries(region.map((r) => [r.geography, r.v]))).toMatchObject({ GTM: 4_500_000, HND: 3_000_000, SLV: 3_000_000 });
  });

  it("the donation agreements Mexico signed with the US government, committed (PODER's file)", async () => {
    const agreements = await sql<{ category: string; date: string; v: number }>(
      `SELECT category, strftime(period, '%Y-%m-%d') AS date, value AS v FROM observations WHERE measure = 'vaccine-doses-contracted' AND category LIKE '%-us-government' ORDER BY period`,
    );
    expect(agreements.map((a) => [a.category, a.v])).toEqual([
      ['vaccine-supplier:janssen-us-government', 1_350_000],
      ['vaccine-supplier:moderna-us-government', 3_500_000],
      ['vaccine-supplier:astrazeneca-us-government', 9_386_800],
    ]);
    const lines = find((l) => l.source.dataset === 'poder-vacunas/agreements');
    expect(lines.map((l) => [l.date, l.quantity])).toEqual(agreements.map((a) => [a.date, a.v]));
    for (const l of lines) expect(l).toMatchObject({ actor: 'US', counterpart: 'MX', kind: 'committed', dateKind: 'day' });
    expect(lines[2].what.en).toBe('Donation agreement signed by Mexico: AstraZeneca PLC, donated by the Government of the United States');
    // Purchases and other donors' agreements are not in the record.
    const [{ n }] = await sql<{ n: number }>(`SELECT count(*) AS n FROM observations WHERE measure = 'vaccine-doses-contracted'`);
    expect(n).toBe(15);
  });

  it('people Mexico received from the US, month by month, with incomplete months marked', async () => {
    const monthly = (measure: string, extra: string) =>
      sql<{ m: string; v: number; days: number; month_days: number }>(
        `SELECT strftime(period, '%Y-%m') AS m, sum(value) FILTER (WHERE demographic = 'ALL' ${extra}) AS v, count(DISTINCT period) AS days, day(last_day(min(period))) AS month_days
           FROM observations WHERE measure = ? GROUP BY 1 ORDER BY 1`,
        [measure],
      );
    const foreigners = await monthly('inm-foreigners-received', '');
    const lines = find((l) => l.source.dataset === 'inm-ianami/foreigners-received');
    expect(lines.map((l) => [l.date, l.quantity, l.complete])).toEqual(foreigners.map((f) => [f.m, f.v, f.days === f.month_days]));
    expect(foreigners[0]).toMatchObject({ m: '2024-10', v: 564, days: 23 });
    expect(lines[0]).toMatchObject({ actor: 'MX', counterpart: 'US', kind: 'delivered', complete: false, event: null });
    expect(lines[0].note?.en).toBe('23 of 31 days have figures in the source: a lower bound if the days without figures had any');

    const mexicans = await monthly('inm-mexicans-received', "AND category = 'ALL' AND dataset_id = 'inm-ianami/mexicans-received'");
    const mxLines = find((l) => l.source.dataset === 'inm-ianami/mexicans-received');
    expect(mxLines.map((l) => [l.date, l.quantity])).toEqual(mexicans.map((f) => [f.m, f.v]));
    expect(mxLines[0]).toMatchObject({ date: '2024-10', quantity: 19_194 });
    expect(mxLines.at(-1)).toMatchObject({ date: '2026-05', complete: false });
    expect(new Set(mxLines.filter((l) => l.date >= '2025-01').map((l) => l.event))).toEqual(new Set(['mexico-te-abraza']));
  });

  it('National Guard levels, shown when first reported and when they change', async () => {
    const levels = await sql<{ m: string; v: number }>(`SELECT strftime(period, '%Y-%m') AS m, sum(value) AS v FROM observations WHERE measure = 'gn-deployed' GROUP BY 1 ORDER BY 1`);
    const changes = levels.filter((l, i) => i === 0 || l.v !== levels[i - 1].v);
    const lines = find((l) => l.source.dataset === 'gn-despliegue/deployed-by-state' && l.what.en.endsWith(': Mexico'));
    expect(lines.map((l) => [l.date, l.quantity])).toEqual(changes.map((c) => [c.m, c.v]));
    expect(lines[0]).toMatchObject({ date: '2019-07', quantity: 56_191 });
    const south = find((l) => l.what.en === "National Guard personnel deployed: Mexico's southern border states");
    const [{ v }] = await sql<{ v: number }>(`SELECT sum(value) AS v FROM observations WHERE measure = 'gn-deployed' AND period = DATE '2019-07-01' AND geography IN (SELECT code FROM place_ancestors WHERE ancestor = 'MX-SB')`);
    expect(south[0]).toMatchObject({ date: '2019-07', quantity: v, event: 'mx-guard-south-2019' });

    const byState = await bilateralRecord(store.conn, { guard: 'states' });
    const chiapas = byState.lines.filter((l) => l.what.en === 'National Guard personnel deployed: Chiapas');
    const chiapasLevels = await sql<{ m: string; v: number }>(`SELECT strftime(period, '%Y-%m') AS m, value AS v FROM observations WHERE measure = 'gn-deployed' AND geography = 'MX-07' ORDER BY period`);
    expect(chiapas.map((l) => [l.date, l.quantity])).toEqual(chiapasLevels.filter((l, i) => i === 0 || l.v !== chiapasLevels[i - 1].v).map((l) => [l.m, l.v]));
  });

  it("the timeline's agreements, deliveries and deployments, each figure with its own source", () => {
    const events = loadEvents();
    const fromTimeline = find((l) => l.origin === 'timeline');
    for (const id of ['us-mx-joint-declaration-2019', 'mx-guard-south-2019', 'us-az-loan-2021', 'mx-guard-north-2025', 'mexico-te-abraza']) {
      expect(fromTimeline.some((l) => l.event === id)).toBe(true);
    }
    const loan = fromTimeline.find((l) => l.event === 'us-az-loan-2021' && l.counterpart === 'MX')!;
    expect(loan).toMatchObject({ kind: 'committed', quantity: 2_500_000, actor: 'US', date: '2021-03-18' });
    expect(loan.source.url).toBe(events.find((e) => e.id === 'us-az-loan-2021')!.figures[0].url);
    expect(fromTimeline.find((l) => l.event === 'mx-guard-north-2025')).toMatchObject({ kind: 'committed', quantity: 10_000, actor: 'MX' });
    expect(fromTimeline.find((l) => l.event === 'us-mx-joint-declaration-2019')).toMatchObject({ kind: 'committed', actor: 'bilateral', quantity: null });
    // Policy starts and ends without a figure for the record (Title 42, MPP, CBP One...) are not ledger lines.
    expect(fromTimeline.some((l) => l.event === 'title42-start')).toBe(false);
    for (const l of record.lines) expect(l.source.url).toMatch(/^https?:\/\//);
    // Every linked event exists.
    const ids = new Set(events.map((e) => e.id));
    for (const l of record.lines) if (l.event) expect(ids.has(l.event)).toBe(true);
  });

  it('says in its caveats what its lines hold: the "asked" lines it lists, never that there is none', async () => {
    const asked = await bilateralRecord(store.conn, { kind: 'asked' });
    const dates = [...new Set(asked.lines.map((l) => l.date))];
    expect(asked.lines.length).toBeGreaterThan(0);
    expect(asked.caveats).toHaveLength(1);
    expect(asked.caveats[0].en).toBe(`${asked.lines.length} "asked" lines (${dates.join(', ')}), from the timeline's request entries, each with its source: a request that no source reports, or one told only inside another entry (an agreement, a deployment), is not listed as asked.`);
    expect(asked.caveats[0].es).toMatch(new RegExp(`^${asked.lines.length} líneas de "pidió" \\(${dates.join(', ')}\\)`));
    for (const filter of [{}, { actor: 'US' }, { actor: 'MX' }, { actor: 'bilateral' }, { from: '2019', to: '2021' }]) {
      const r = await bilateralRecord(store.conn, filter);
      const n = r.lines.filter((l) => l.kind === 'asked').length;
      for (const c of r.caveats) {
        if (n > 0) expect(c.en).not.toMatch(/No "asked" line/);
        if (n > 0) expect(c.es).not.toMatch(/No hay líneas de "pidió"|Ninguna línea de "pidió"/);
      }
      if (n > 0) expect(r.caveats[0].en).toMatch(new RegExp(`^${n} "asked" line`));
    }
    // The doses' day and the months of INM's files, from the store's figures.
    const donated = record.lines.filter((l) => l.source.dataset === 'wh-vaccines/doses-by-recipient');
    const lastDose = donated.map((l) => l.date).sort().at(-1);
    expect(lastDose).toBe('2021-08-03');
    expect(record.caveats.map((c) => c.en)).toContain('US doses delivered are the figures of The White House to 3 August 2021 only; later donations are not in the store.');
    const received = record.lines.filter((l) => l.source.dataset?.startsWith('inm-ianami/'));
    const partial = received.filter((l) => !l.complete).length;
    expect(record.caveats.at(-1)!.en).toMatch(new RegExp(`^People received from the US come from INM daily files \\(unofficial, provisional\\), October 2024 to \\w+ \\d{4}; ${partial} of the ${received.length} monthly figures lack days`));
  });

  it('filters by actor, kind and period, in date order', async () => {
    const us = await bilateralRecord(store.conn, { actor: 'US' });
    expect(new Set(us.lines.map((l) => l.actor))).toEqual(new Set(['US', 'bilateral']));
    const committed = await bilateralRecord(store.conn, { kind: 'committed', from: '2021', to: '2021-12' });
    expect(committed.lines.map((l) => [l.date, l.quantity, l.event ?? null])).toEqual([
      ['2021-03-01', null, 'us-mx-virtual-meeting-2021'],
      ['2021-03-18', null, 'mx-commits-families-south-2021'],
      ['2021-03-18', 1_500_000, 'us-az-loan-2021'],
      ['2021-03-18', 2_500_000, 'us-az-loan-2021'],
      ['2021-06-07', null, 'harris-guatemala-mexico-2021'],
      ['2021-06-15', 1_350_000, null],
      ['2021-09-21', 3_500_000, null],
    ]);
    const dates = record.lines.map((l) => (l.date.length === 7 ? `${l.date}-01` : l.date));
    expect(dates).toEqual([...dates].sort());
    await expect(bilateralRecord(store.conn, { actor: 'GT' })).rejects.toThrow(/actors are US, MX and bilateral/);
    await expect(bilateralRecord(store.conn, { kind: 'promised' })).rejects.toThrow(/asked, committed, delivered/);
  });
});
