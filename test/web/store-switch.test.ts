/**
 * A dashboard tab left open while new data is loaded into the store it is served from
 * (`corridor ingest` against the served store): moving between pages afterwards shows the
 * new data only, never figures of the old store state beside those of the new. Before, the
 * page kept every answer for the life of the tab: the Sources card still counted the old
 * vintages and the Overview's headline still showed the old figure, while pages opened for
 * the first time showed the new data. Also: answers asked before a load and arriving after
 * it (in flight across the switch) are not shown; the page is drawn again from fresh answers
 * and says, in its language, that new data was loaded. Desktop in English, 390 px in Spanish.
 *
 * The load: southwest border encounters for July 2026 changed in govnumbers' file (a copy of
 * the mirror's), read as a new vintage by the real adapter while the server serves the store.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync, chmodSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/ingest.js';
import { ADAPTERS } from '../../src/sources/registry.js';
import { writeStore } from '../../src/store/publish.js';
import { describeMirror, mirrorPath } from '../mirror.js';
import { PHONE, sidewaysScroll } from './audit.js';
import { newPage, open, ready, renders } from './browser.js';
import { mirrorDashboard } from './mirror-dashboard.js';

const FILE = 'us/govnumbers_series/border_encounters.json';

interface SourceList {
  sources: { id: string; vintages: { id: number; loaded_at: string }[] }[];
}

describeMirror('a tab left open across a load', () => {
  const d = mirrorDashboard({ pollMs: 50 });
  let mirror: string;
  /** The July 2026 figure as the mirror has it. */
  let original: number;

  beforeAll(() => {
    mirror = mkdtempSync(join(tmpdir(), 'corridor-switch-mirror-'));
    const dir = join(mirror, 'us/govnumbers_series');
    cpSync(mirrorPath('us/govnumbers_series'), dir, { recursive: true });
    for (const f of [dir, ...readdirSync(dir).map((f) => join(dir, f))]) chmodSync(f, 0o755);
    original = (JSON.parse(readFileSync(join(mirror, FILE), 'utf8')) as { series: { value: number }[] }).series.at(-1)!.value;
  });

  const storeState = async () => (await fetch(`${d.base}/api/sources`)).headers.get('X-Corridor-Store');

  /** Loads govnumbers with July 2026 at `value` into the served store, and waits until the server serves it. */
  async function load(value: number): Promise<SourceList> {
    const path = join(mirror, FILE);
    const file = JSON.parse(readFileSync(path, 'utf8')) as { value: number; series: { value: number }[] };
    file.value = value;
    file.series.at(-1)!.value = value;
    writeFileSync(path, JSON.stringify(file, null, 2));
    const before = await storeState();
    // As `corridor ingest --only govnumbers` does: every adapter known (their places and measures), one loaded.
    await writeStore(d.db, 'ingest (test)', (store) => ingest(store, ADAPTERS, { origin: { mirror }, only: ['govnumbers'] }));
    const deadline = Date.now() + 30_000;
    while ((await storeState()) === before) {
      if (Date.now() > deadline) throw new Error('the server did not switch to the loaded store within 30 s');
      await new Promise((r) => setTimeout(r, 50));
    }
    return (await (await fetch(`${d.base}/api/sources`)).json()) as SourceList;
  }

  async function go(page: Page, to: string): Promise<void> {
    const n = await renders(page);
    await page.locator(`nav.pages a[data-page="${to}"]`).click();
    await ready(page, n);
  }

  const digits = (text: string | null) => Number((text ?? '').replace(/\D/g, ''));
  /** The figure written with any thousands separator (12,730; 12.730; 12 730). */
  const written = (n: number) => new RegExp(`\\b${String(n).slice(0, -3)}[,.\\s\\u00a0\\u202f]?${String(n).slice(-3)}\\b`);
  const swbFigure = (page: Page) => page.locator('[data-headline="swb"] .figure').textContent().then(digits);
  const vintagesText = (page: Page) => page.locator('[data-source="govnumbers"] dl dd').nth(5).textContent();

  /** Overview → Sources → Overview, a load, then Sources and Overview again without reloading the tab. */
  async function walk(page: Page, value: number, lang: 'en' | 'es', old: number): Promise<void> {
    expect(await swbFigure(page)).toBe(old);
    await go(page, 'sources');
    const before = await vintagesText(page);
    await go(page, 'overview');

    const after = await load(value);
    const gov = after.sources.find((s) => s.id === 'govnumbers')!;
    const latest = gov.vintages.at(-1)!;

    await go(page, 'sources');
    // Before: "6 (loaded 21:05:04)" when a 7th had been loaded: the answer kept from the first visit.
    const now = await vintagesText(page);
    expect(now, `before the load: ${before}`).toContain(`${gov.vintages.length} (`);
    expect(now).toContain(latest.loaded_at);
    expect(await page.locator(`[data-source="govnumbers"] li`, { hasText: new RegExp(`\\b${latest.id}:`) }).count()).toBeGreaterThan(0);
    expect(await page.locator('[data-store-switched]').count()).toBe(1);
    expect(await page.locator('[data-store-switched]').textContent()).toContain(lang === 'es' ? 'Se cargaron datos nuevos' : 'New data was loaded');

    await go(page, 'overview');
    // Before: the headline kept the old figure.
    expect(await swbFigure(page)).toBe(value);
    expect(await page.locator('main').textContent()).not.toMatch(written(old));
  }

  it('on a desktop in English, moving between pages after a load shows the new data only', async () => {
    const { page, errors } = await open(d.context, `${d.base}/?page=overview&lang=en`);
    await walk(page, original + 47, 'en', original);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('on a phone in Spanish, the same, and the notice fits the screen', async () => {
    const { page, errors } = await newPage(d.context);
    await page.setViewportSize(PHONE);
    await page.goto(`${d.base}/?page=overview&lang=es`);
    await ready(page);
    await walk(page, original + 158, 'es', original + 47);
    expect((await sidewaysScroll(page)).overflow).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('answers asked before a load and arriving after it are never shown beside the new ones', async () => {
    const old = original + 158;
    const value = original + 269;
    const { page, errors } = await open(d.context, `${d.base}/?page=overview&lang=en`);
    expect(await swbFigure(page)).toBe(old);
    // The headlines are answered by the server before the load and reach the page after it;
    // the series are asked before the load and answered by the server after it.
    let holding = true;
    let releaseHeadlines!: () => void;
    let releaseSeries!: () => void;
    const headlinesGate = new Promise<void>((r) => (releaseHeadlines = r));
    const seriesGate = new Promise<void>((r) => (releaseSeries = r));
    const fetched: Promise<unknown>[] = [];
    let seriesHeld = 0;
    await page.route('**/api/headline?**', async (route: Route) => {
      if (!holding) return route.continue();
      const answer = route.fetch();
      fetched.push(answer);
      const response = await answer;
      await headlinesGate;
      await route.fulfill({ response });
    });
    await page.route('**/api/series?**', async (route: Route) => {
      if (!holding) return route.continue();
      seriesHeld++;
      await seriesGate;
      await route.continue();
    });
    const n = await renders(page);
    // The language toggle asks every question again (the answers are by language).
    await page.locator('[data-lang-toggle]').click();
    const deadline = Date.now() + 60_000;
    while ((fetched.length < 4 || seriesHeld === 0) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(fetched.length).toBe(4);
    await Promise.all(fetched);
    await load(value);
    holding = false;
    releaseSeries();
    await new Promise((r) => setTimeout(r, 1_000));
    releaseHeadlines();
    await ready(page, n);
    // Let any answer still arriving land, then look at what the page shows.
    await page.waitForTimeout(1_000);
    expect(page.url()).toContain('lang=es');
    // Before: the headline of the old state (old) beside the chart of the new one (value).
    expect(await swbFigure(page)).toBe(value);
    expect(await page.locator('main').textContent()).not.toMatch(written(old));
    expect(await page.locator('[data-store-switched]').textContent()).toContain('Se cargaron datos nuevos');
    expect(await page.locator('main > section.page').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
