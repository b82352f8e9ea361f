/**
 * The printable brief of a real plan (the mirror's INM arrivals, the demo registry):
 * one page section per city with the plan's numbers, sources with the store's provenance,
 * and PDFs printed by Debian's Chromium with one sheet a section, in English, Spanish and
 * both; without Chromium, a clear error naming the package to install.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { briefHtml, PRINTABLE } from '../../src/analysis/reception/brief/html.js';
import { planProvenance, type SourceProvenance } from '../../src/analysis/reception/brief/provenance.js';
import { receptionPlan, type Plan } from '../../src/analysis/reception/run.js';
import { htmlToPdf, pdfPageCount } from '../../src/lib/pdf/print.js';
import { rows, type Store } from '../../src/store/open.js';
import { describeMirror } from '../mirror.js';
import { storeFromMirror } from './store-from-mirror.js';

describeMirror('the reception brief on the mirror', () => {
  let store: Store;
  let plan: Plan;
  let provenance: SourceProvenance[];
  beforeAll(async () => {
    store = (await storeFromMirror()).store;
    plan = await receptionPlan(store.conn, { weeks: 6 });
    provenance = await planProvenance(store.conn, plan.sources ?? []);
  });
  afterAll(() => store?.close());

  const citySections = (html: string) => [...html.matchAll(/<section class="page city" data-city="([^"]+)">([\s\S]*?)<\/section>/g)].map((m) => ({ code: m[1], body: m[2] }));

  it('has one page section per city of the plan, with the plan\'s arrivals and unmet need', () => {
    const html = briefHtml(plan, { lang: 'en', provenance });
    const sections = citySections(html);
    expect(sections.map((s) => s.code).sort()).toEqual(plan.cities.map((c) => c.code).sort());
    for (const s of sections) {
      const total = plan.arrivals.filter((a) => a.city === s.code).reduce((x, a) => x + a.people, 0);
      expect(Number(/data-city-total>([^<]*)</.exec(s.body)![1].replace(/,/g, ''))).toBe(total);
      expect(Number(/data-unmet="(\d+)"/.exec(s.body)![1])).toBe(plan.unmet.filter((u) => u.city === s.code).reduce((x, u) => x + u.people, 0));
    }
  });

  it('names every source the plan read with its vintage, files and sha256 from the store', async () => {
    expect(provenance.map((p) => p.source).sort()).toEqual((plan.sources ?? []).map((s) => s.source).sort());
    const files = await rows<{ n: number }>(store.conn, `SELECT count(*)::INT AS n FROM files WHERE vintage_id IN (${plan.sources!.map((s) => s.vintage).join(',')})`);
    expect(provenance.reduce((n, p) => n + p.files.length, 0)).toBe(Number(files[0].n));
    const html = briefHtml(plan, { lang: 'es', provenance });
    const inm = provenance.find((p) => p.source === 'inm-ianami')!;
    expect(html).toContain(inm.files[0].sha256.slice(0, 12));
    expect(html).toContain(inm.title.es);
  });

  for (const lang of ['en', 'es', 'both'] as const) {
    it(`prints a PDF (${lang}) with one page for the cover, the assumptions, the sources and each city`, async () => {
      const html = briefHtml(plan, { lang, provenance });
      const pdf = await htmlToPdf(html, { footer: 'corridor', fit: { selector: 'section.page', ...PRINTABLE.A4 } });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdfPageCount(pdf)).toBe(3 + plan.cities.length);
    });
  }

  it('without Chromium, says how to install it', async () => {
    const before = process.env.CORRIDOR_CHROMIUM;
    process.env.CORRIDOR_CHROMIUM = '/nonexistent/chromium';
    try {
      await expect(htmlToPdf('<p>x</p>')).rejects.toThrow(/apt-get install chromium.*--html FILE/);
    } finally {
      if (before === undefined) delete process.env.CORRIDOR_CHROMIUM;
      else process.env.CORRIDOR_CHROMIUM = before;
    }
  });
});
