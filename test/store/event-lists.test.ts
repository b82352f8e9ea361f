/**
 * Event lists (src/store/event-lists.ts): a table of one row per event on its day reports
 * every day of its span, so a year wholly inside is complete with the events' sum and a
 * year partly inside is partial with the days it covers, a month with no event is 0; no day
 * outside is covered. The engine that runs statements and the one that answers from memory
 * agree. A daily count whose blank days are missing keeps judging by the days it has.
 */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/ingest.js';
import { readCsv } from '../../src/sources/read/csv.js';
import { parseCount } from '../../src/sources/read/cells.js';
import { observation, type EventListSpan, type Observation, type SourceAdapter } from '../../src/sources/types.js';
import { openStore, rows, type Store } from '../../src/store/open.js';
import { queryCatalogue, warmQueryCatalogue } from '../../src/store/query/catalogue.js';
import type { SeriesRequest } from '../../src/store/query/plan.js';
import { querySeries } from '../../src/store/query/series.js';

const HEADER = ['day', 'events'];

/** Two tables from the same rows: the list (declared an event list) and the same rows as a daily count (not). */
function eventAdapter(span: EventListSpan): SourceAdapter {
  return {
    describe: {
      id: 'evt',
      title: { en: 'Toy events', es: 'Eventos de prueba' },
      publisher: { en: 'corridor tests', es: 'pruebas de corridor' },
      landingPage: 'http://127.0.0.1/',
      licence: { en: 'test data', es: 'datos de prueba' },
      coverage: { en: 'whatever the fixture holds', es: 'lo que contenga el fixture' },
      thirdParty: false,
      files: [{ id: 'csv', mirrorPath: 'mx/evt/events.csv', url: 'http://127.0.0.1/events.csv' }],
      datasets: [
        { id: 'evt/list', title: { en: 'List', es: 'Lista' }, measure: 'evt-list', grain: 'day', complete: ['geography'], rounding: 1, notes: { en: 'A list.', es: 'Una lista.' }, eventList: span },
        { id: 'evt/daily', title: { en: 'Daily', es: 'Diario' }, measure: 'evt-daily', grain: 'day', complete: ['geography'], rounding: 1 },
      ],
      measures: [
        { id: 'evt-list', label: { en: 'Listed events', es: 'Eventos listados' }, definition: { en: 'Events.', es: 'Eventos.' }, unit: 'events' },
        { id: 'evt-daily', label: { en: 'Daily events', es: 'Eventos diarios' }, definition: { en: 'Events.', es: 'Eventos.' }, unit: 'events' },
      ],
    },
    async parse(ctx) {
      const file = ctx.files.csv;
      const t = await readCsv(ctx, file, { header: HEADER });
      const out: Observation[] = [];
      t.rows.forEach((r, i) => {
        const at = { file: file.name, row: t.lineOf(i), column: 'events' };
        const value = parseCount(r[1], at);
        for (const ds of ['evt/list', 'evt/daily']) out.push(observation(ds, r[0]!, value, { geography: 'MX-07' }, at));
      });
      return out;
    },
  };
}

/** 2023-12-30 to 2025-02-10 of events: all of 2024 inside, 2 days of 2023, 41 of 2025. */
const EVENTS: [string, number][] = [
  ['2023-12-30', 2],
  ['2024-03-01', 1],
  ['2024-07-15', 3],
  ['2024-12-31', 1],
  ['2025-02-10', 4],
];

async function loaded(span: EventListSpan, events = EVENTS): Promise<{ store: Store; error?: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'corridor-events-'));
  mkdirSync(join(dir, 'mirror/mx/evt'), { recursive: true });
  writeFileSync(join(dir, 'mirror/mx/evt/events.csv'), [HEADER.join(','), ...events.map((e) => e.join(','))].join('\n') + '\n');
  const store = await openStore(join(dir, 'store.duckdb'));
  const [outcome] = await ingest(store, [eventAdapter(span)], { origin: { mirror: join(dir, 'mirror') } });
  return { store, error: outcome.error?.message };
}

const byYear = (measure: string): SeriesRequest => ({ measure, where: { geography: ['MX-07'] }, grain: 'cy' });
const facts = (r: Awaited<ReturnType<typeof querySeries>>) => r.rows.map((x) => [x.period, x.value, x.complete, x.parts, x.expectedParts]);

describe('an event list', () => {
  it('reports every day of its span, first to last event when none is stated: a year inside is complete with its sum, a year partly inside partial by its days', async () => {
    const { store, error } = await loaded({});
    try {
      expect(error).toBeUndefined();
      const [list] = await rows<{ n: number; first: string; last: string }>(
        store.conn,
        "SELECT len(periods) AS n, periods[1] AS first, periods[-1] AS last FROM dataset_periods WHERE dataset_id = 'evt/list'",
      );
      // 2023-12-30 to 2025-02-10: 2 + 366 + 41 days.
      expect(list).toEqual({ n: 409, first: '2023-12-30', last: '2025-02-10' });
      expect(facts(await querySeries(store.conn, byYear('evt-list')))).toEqual([
        ['2023-01-01', 2, false, 2, 365],
        ['2024-01-01', 5, true, 366, 366],
        ['2025-01-01', 4, false, 41, 365],
      ]);
      // Months: January and February 2024 have no event but are covered: 0, complete.
      const months = await querySeries(store.conn, { ...byYear('evt-list'), grain: 'month', from: '2024-01-01', to: '2024-03-01' });
      expect(facts(months)).toEqual([
        ['2024-01-01', 0, true, 31, 31],
        ['2024-02-01', 0, true, 29, 29],
        ['2024-03-01', 1, true, 31, 31],
      ]);
      // A zero is written for each day of the span with no event (409 days, 5 with one), none outside it.
      expect(await rows(store.conn, "SELECT count(*)::INTEGER AS n, count(*) FILTER (WHERE value = 0)::INTEGER AS zeros, strftime(min(period), '%Y-%m-%d') AS first FROM observations WHERE dataset_id = 'evt/list'")).toEqual([
        { n: 409, zeros: 404, first: '2023-12-30' },
      ]);
      // The same rows as a daily count whose missing days are missing: as before, partial by the days it has.
      expect(facts(await querySeries(store.conn, byYear('evt-daily')))).toEqual([
        ['2023-01-01', 2, false, 1, 365],
        ['2024-01-01', 5, false, 3, 366],
        ['2025-01-01', 4, false, 1, 365],
      ]);
      // The span is said in the table's notes, in both languages.
      const [notes] = await rows<{ en: string; es: string }>(store.conn, "SELECT notes_en AS en, notes_es AS es FROM datasets WHERE id = 'evt/list'");
      expect(notes.en).toBe('A list. Event list: every day from 30 December 2023 to 10 February 2025 counts as covered, a day with none listed being a day with none (zero); no day outside that span is covered.');
      expect(notes.es).toContain('cada día del 30 de diciembre de 2023 al 10 de febrero de 2025 cuenta como cubierto');
    } finally {
      store.close();
    }
  });

  it('a stated span: from its stated start, to its stated end; the in-memory engine answers as the statements do', async () => {
    const { store, error } = await loaded({ from: '2023-10-01', to: '2025-12-31' });
    try {
      expect(error).toBeUndefined();
      const requests: SeriesRequest[] = [
        byYear('evt-list'),
        { ...byYear('evt-list'), grain: 'fy' },
        { ...byYear('evt-list'), grain: 'month', from: '2023-09-01', to: '2024-02-01' },
        { ...byYear('evt-daily'), grain: 'fy' },
      ];
      const sql = await Promise.all(requests.map((r) => querySeries(store.conn, r)));
      // 2023: 1 October to 31 December, 92 days; 2024 and 2025 whole.
      expect(facts(sql[0])).toEqual([
        ['2023-01-01', 2, false, 92, 365],
        ['2024-01-01', 5, true, 366, 366],
        ['2025-01-01', 4, true, 365, 365],
      ]);
      // Fiscal 2024 (October 2023 to September 2024) and 2025 are wholly inside; fiscal 2026 (from October 2025) is 92 days, with no event.
      expect(facts(sql[1])).toEqual([
        ['2023-10-01', 6, true, 366, 366],
        ['2024-10-01', 5, true, 365, 365],
        ['2025-10-01', 0, false, 92, 365],
      ]);
      // September 2023 is outside the span: no figure; October and November 2023 are covered, with no event.
      expect(facts(sql[2])).toEqual([
        ['2023-10-01', 0, true, 31, 31],
        ['2023-11-01', 0, true, 30, 30],
        ['2023-12-01', 2, true, 31, 31],
        ['2024-01-01', 0, true, 31, 31],
        ['2024-02-01', 0, true, 29, 29],
      ]);
      store.close();
      const path = join(mkdtempSync(join(tmpdir(), 'corridor-events-warm-')), 'store.duckdb');
      copyFileSync(store.path, path);
      const warm = await openStore(path, { readOnly: true });
      try {
        await warmQueryCatalogue(warm.conn);
        for (const [i, r] of requests.entries()) {
          expect(await querySeries(warm.conn, r)).toEqual(sql[i]);
          await (await queryCatalogue(warm.conn)).cells()!.idle();
          // Now from the cells in memory.
          expect(await querySeries(warm.conn, r)).toEqual(sql[i]);
        }
      } finally {
        warm.close();
      }
    } finally {
      store.close();
    }
  });

  it('an event outside the stated span is refused: the vintage is not written', async () => {
    for (const span of [{ from: '2024-01-01' }, { to: '2025-01-31' }]) {
      const { store, error } = await loaded(span);
      try {
        expect(error).toMatch(/evt\/list: an event on 20(23-12-30|25-02-10) is (before the start|after the end) of the span the list is declared to cover/);
        expect(await rows(store.conn, 'SELECT * FROM dataset_periods')).toEqual([]);
      } finally {
        store.close();
      }
    }
  });
});
