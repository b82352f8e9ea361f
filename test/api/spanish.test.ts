/**
 * Every route of the API asked in Spanish (lang=es) over the store loaded from the whole
 * mirror, with the reconciliation checks recorded: no English tell-tale in any field a
 * person reads (test/api/spanish-walk.ts lists the fields that are codes). The same walk in
 * English does find tell-tales, so the list is alive; and every GET route of the OpenAPI
 * document has a request here, so a new route is walked too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { recordChecks, runChecks } from '../../src/analysis/checks/run.js';
import type { Store } from '../../src/store/open.js';
import { storeFromMirror } from '../e2e/store-from-mirror.js';
import { describeMirror } from '../mirror.js';
import { englishIn, SPANISH_REQUESTS } from './spanish-walk.js';

describe('the English tell-tale walk', () => {
  it('finds English in a plain string and in the Spanish of a pair, not in the English of a pair, in codes or in citations', () => {
    expect(englishIn({ publisher: 'U.S. Customs and Border Protection' })[0]).toMatchObject({ path: 'publisher', word: 'and' });
    expect(englishIn({ licence: 'Work of the U.S. federal government' })).toHaveLength(1);
    expect(englishIn({ title: { en: 'Encounters by month', es: 'Encuentros por mes' } })).toEqual([]);
    expect(englishIn({ title: { en: 'x', es: 'Encuentros by month' } })[0]).toMatchObject({ path: 'title', word: 'by' });
    expect(englishIn({ rows: [{ period_label: 'Aug 2021' }] })[0]).toMatchObject({ path: 'rows[0].period_label', word: 'Aug' });
    expect(englishIn({ id: 'the-end', url: 'https://example.org/the/and', source: { title: 'Remarks by the President' } })).toEqual([]);
    // Declared English, after "en inglés:", is a quotation.
    expect(englishIn({ missing: 'ninguna tabla puede responder (motivo de cada tabla, en inglés: has no figure for MX)' })).toEqual([]);
  });
});

describeMirror('every API route in Spanish', () => {
  let store: Store;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    ({ store } = await storeFromMirror());
    await recordChecks(store.conn, await runChecks(store.conn));
    app = createApp({ conn: store.conn, cache: false, logError: (e) => console.error(e) });
  }, 300_000);
  afterAll(() => store?.close());

  it('has a Spanish request for every GET route of the OpenAPI document', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
    const routes = Object.entries(doc.paths).filter(([, ops]) => 'get' in ops).map(([path]) => path);
    expect(routes.length).toBeGreaterThan(15);
    expect(routes.filter((r) => !(r in SPANISH_REQUESTS))).toEqual([]);
  });

  it('answers every route in Spanish, with no English tell-tale in a field a person reads', async () => {
    const findings: string[] = [];
    for (const [route, url] of Object.entries(SPANISH_REQUESTS)) {
      const r = await app.request(url);
      expect(r.status, `${url}: ${r.status}`).toBe(200);
      const type = r.headers.get('content-type') ?? '';
      // JSON is walked field by field, a CSV export by its label columns, an HTML page (the printable brief) by its text.
      const body = type.includes('json') ? await r.json() : type.includes('html') ? { text: textOfHtml(await r.text()) } : labelsOfCsv(await r.text());
      for (const f of englishIn(body)) findings.push(`${route} ${f.path}: "${f.word}" in ${f.text}`);
    }
    expect(findings).toEqual([]);
  }, 300_000);

  it('finds English tell-tales when the same routes are asked in English (the list is alive)', async () => {
    const routesWithEnglish = [];
    for (const [route, url] of Object.entries(SPANISH_REQUESTS)) {
      const r = await app.request(url.replace('lang=es', 'lang=en'));
      if (!(r.headers.get('content-type') ?? '').includes('json')) continue;
      const body = (await r.json()) as unknown;
      // A bilingual pair is read for its Spanish: turn pairs to their English to walk the English.
      if (englishIn(JSON.parse(JSON.stringify(body, (_k, v) => (v && typeof v === 'object' && 'en' in v && 'es' in v ? v.en : v)))).length) routesWithEnglish.push(route);
    }
    expect(routesWithEnglish).toEqual(expect.arrayContaining(['/api/sources', '/api/checks', '/api/events', '/api/series', '/api/headline', '/api/record']));
  }, 300_000);
});

/** The label columns of a CSV export (the other columns are codes and numbers). */
function labelsOfCsv(text: string): Record<string, string>[] {
  const [head, ...lines] = text.trim().split('\n');
  const columns = head.split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(columns.map((c, i) => [c, cells[i]]).filter(([c]) => c.endsWith('_label')));
  });
}

/** The words of an HTML page a reader sees: no tags, no style or script. */
function textOfHtml(html: string): string {
  return html.replace(/<(style|script)[^>]*>[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&[a-z#0-9]+;/g, ' ').replace(/\s+/g, ' ').trim();
}
