/**
 * GET /api/impact and GET /api/record over the store loaded from the whole mirror,
 * opened read-only as the server opens it: the answers are what estimateImpact and
 * bilateralRecord give directly; a repeated (or equivalent) impact request is answered
 * from memory; a short random run over both routes gets no 5xx.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { estimateImpact } from '../../src/analysis/impact/impact.js';
import type { ImpactResult } from '../../src/analysis/impact/types.js';
import { createApp } from '../../src/api/app.js';
import type { Store } from '../../src/store/open.js';
import { describeMirror } from '../mirror.js';
import { mirrorApp, type App } from './mirror-app.js';
import { call } from './fixture-store.js';

const SEED = Number(process.env.CORRIDOR_FC_SEED ?? 20_260_406);
const T42 = '/api/impact?event=title42-end&measure=encounters&where=geography=US-SWB';

describeMirror('GET /api/impact and /api/record over the whole mirror', () => {
  let store: Store;
  let direct: ImpactResult;
  const errors: unknown[] = [];
  let app: App;

  beforeAll(async () => {
    // No answer cache: what is measured below is the route's own memory of estimates.
    ({ store, app } = await mirrorApp({ logError: (e) => errors.push(e) }));
    direct = await estimateImpact(store.conn, { event: 'title42-end', measure: 'encounters', where: ['geography=US-SWB'] });
  }, 120_000);
  afterAll(() => store?.close());

  it('title42-end on southwest border encounters: the 12-month cumulative effect estimateImpact gives', async () => {
    const r = await call(app, `${T42}&lang=en`);
    expect(r.status, r.text).toBe(200);
    const a = r.json;
    expect(a.event).toMatchObject({ id: 'title42-end', date: direct.event.date, title: direct.event.title.en });
    expect(a.months).toHaveLength(12);
    expect(a.post).toEqual(direct.post);
    expect(a.pre).toEqual(direct.pre);
    const last = direct.months.at(-1)!;
    expect(a.total.effect).toBeCloseTo(last.cumulative.effect, 6);
    expect(a.months[11].cumulative.effect).toBeCloseTo(last.cumulative.effect, 6);
    expect(a.total.interval.lower).toBeCloseTo(last.cumulative.interval.lower, 6);
    expect(a.total.interval.upper).toBeCloseTo(last.cumulative.interval.upper, 6);
    expect(a.total.significant).toBe(last.cumulative.significant);
    expect(a.months[0]).toMatchObject({ period: direct.months[0].period, observed: direct.months[0].observed });
    expect(a.months[0].counterfactual).toBeCloseTo(direct.months[0].counterfactual, 6);
    expect(a.months[0].effect_interval.lower).toBeCloseTo(direct.months[0].effectInterval.lower, 6);
    expect(a.overlapping.map((e: any) => e.id)).toEqual(direct.overlapping.map((e) => e.id));
    expect(a.notes).toEqual(direct.notes.map((n) => n.en));
    expect(a.method).toBe(direct.method.en);
    expect(a.sources.map((s: any) => s.dataset)).toEqual(direct.sources.map((s) => s.dataset));
    expect(a.provenance.sources.map((s: any) => s.id).sort()).toEqual([...new Set(direct.sources.map((s) => s.source))].sort());
    expect(r.headers.get('X-Corridor-Sources')).toContain(direct.sources[0].source);
    expect(r.headers.get('ETag')).toBeTruthy();
    expect(errors).toEqual([]);
  }, 60_000);

  it('answers an equivalent request in Spanish from memory, and 304 on a current ETag', async () => {
    const r = await call(app, '/api/impact?lang=es&where=geography%3DUS-SWB&measure=encounters&event=Title42-End&window-after=12');
    expect(r.status, r.text).toBe(200);
    expect(r.json.lang).toBe('es');
    expect(r.json.event.title).toBe(direct.event.title.es);
    expect(r.json.method).toBe(direct.method.es);
    expect(r.json.notes).toEqual(direct.notes.map((n) => n.es));
    expect(r.json.total.effect).toBeCloseTo(direct.months.at(-1)!.cumulative.effect, 6);
    const again = await app.request(`${T42}&lang=en`, { headers: { 'If-None-Match': (await call(app, `${T42}&lang=en`)).headers.get('ETag')! } });
    expect(again.status).toBe(304);
  });

  it('a series that does not reach the event, or a place the store lacks: 400, not a 5xx', async () => {
    const early = await call(app, '/api/impact?event=title42-end&measure=encounters&where=geography=US-SWB&window-before=120');
    expect([200, 400]).toContain(early.status);
    const r = await call(app, '/api/impact?event=title42-end&measure=encounters&where=geography=Atlantis');
    expect(r.status, r.text).toBe(400);
    const u = await call(app, '/api/impact?event=no-such-event&measure=encounters');
    expect(u.status).toBe(404);
    const m = await call(app, '/api/impact?event=title42-end&measure=no-such-measure');
    expect(m.status).toBe(404);
    expect(errors).toEqual([]);
  }, 60_000);

  it('the record: US doses to Mexico, 4,049,000 as of 2021-08-03, delivered, in both languages', async () => {
    const r = await call(app, '/api/record?actor=US&kind=delivered&from=2021&to=2021&lang=es');
    expect(r.status, r.text).toBe(200);
    const mx = r.json.lines.find((l: any) => l.source.dataset === 'wh-vaccines/doses-by-recipient' && l.counterpart === 'MX');
    expect(mx).toMatchObject({ date: '2021-08-03', date_kind: 'as-of', actor: 'US', kind: 'delivered', kind_label: 'entregó', quantity: 4_049_000, unit: 'dosis', event: 'us-vaccine-donations-2021-08', origin: 'store' });
    expect(mx.what).toMatch(/México/);
    expect(mx.source.source).toBeTruthy();
    expect(r.json.caveats.length).toBeGreaterThan(0);
    expect(r.headers.get('X-Corridor-Sources')).toContain(mx.source.source);
    const en = await call(app, '/api/record');
    expect(en.status).toBe(200);
    expect(en.json.lines.some((l: any) => l.quantity === 4_049_000 && l.date === '2021-08-03' && l.unit === 'doses')).toBe(true);
    expect(en.json.lines.length).toBeGreaterThan(r.json.lines.length);
  }, 60_000);

  it('a random run over both routes: no 5xx', async () => {
    const cached = createApp({ conn: store.conn, logError: (e) => errors.push(e) });
    const text = fc.string({ maxLength: 8 });
    // Every valid impact request here is the same estimate (window 12, level 95): one
    // computation, then memory; the others fail validation, or fast in the store.
    const impact = fc
      .record(
        {
          event: fc.constantFrom('title42-end', 'nope', 'title42-end', ''),
          measure: fc.constantFrom('encounters', 'nope', 'encounters'),
          where: fc.constantFrom('geography=US-SWB', 'geography=Atlantis', 'planet=x', 'geography=US-SWB,US'),
          'window-after': fc.oneof(fc.constantFrom('12', '0', '99', 'x'), text),
          level: fc.oneof(fc.constantFrom('95', '100', '5'), text),
          lang: fc.constantFrom('en', 'es', 'xx'),
        },
        { requiredKeys: [] },
      )
      .map((p) => `/api/impact?${new URLSearchParams(p as Record<string, string>)}`);
    const record = fc
      .record(
        {
          actor: fc.oneof(fc.constantFrom('US', 'MX', 'bilateral', 'GT'), text),
          kind: fc.oneof(fc.constantFrom('asked', 'committed', 'delivered', 'x'), text),
          from: fc.oneof(fc.constantFrom('2019', '2021-03', '2024-10-01', '2021-13'), text),
          to: fc.oneof(fc.constantFrom('2025', '2021-08', '2021-08-03', '99'), text),
          lang: fc.constantFrom('en', 'es', 'xx'),
        },
        { requiredKeys: [] },
      )
      .map((p) => `/api/record?${new URLSearchParams(p as Record<string, string>)}`);
    await fc.assert(
      fc.asyncProperty(fc.oneof(impact, record), async (url) => {
        const r = await call(cached, url);
        expect(r.status, `${url}: ${r.text}`).toBeLessThan(500);
        if (r.status >= 400) expect(Object.keys(r.json).sort()).toEqual(['detail', 'error']);
      }),
      { numRuns: 200, seed: SEED },
    );
    expect(errors).toEqual([]);
  }, 120_000);
});
