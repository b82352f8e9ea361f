/**
 * The Scenarios page in Debian's chromium, against the server started in-process on a copy
 * of the store loaded from the mirror: it draws without a console error; moving a lever puts
 * it in the URL and changes the difference table (and the API answers the same); the shared
 * URL restores the slider; in Spanish at 390 px wide there is no sideways scroll.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/api/server.js';
import { storeFromMirror } from '../e2e/store-from-mirror.js';
import { describeMirror } from '../mirror.js';
import { buildWebForTest, launch, newPage, open, ready, renders } from './browser.js';

const ARTIFACTS = resolve('test-artifacts');

describeMirror('the Scenarios page in chromium', () => {
  let server: RunningServer;
  let webDist: string;
  let context: BrowserContext;
  let base: string;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const [built, web] = await Promise.all([storeFromMirror(), buildWebForTest()]);
    webDist = web;
    const path = built.store.path;
    built.store.close();
    server = await startServer({ db: path, port: 0, web: webDist, logError: (e) => console.error(e) });
    base = server.url;
    // The first run calibrates (a few seconds on a loaded machine); the page then re-uses it.
    expect((await fetch(`${base}/api/scenario?name=seed-2021-04`)).status).toBe(200);
    context = await launch();
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  it('draws the paths, the map, the table and the model card; a moved lever goes into the URL and changes the table', async () => {
    const { page, errors } = await open(context, `${base}/?page=scenarios&lang=en&scenario=seed-2021-04`);
    expect(errors).toEqual([]);
    expect(await page.locator('[data-chart="scenario-paths"] svg .scenario-median').count()).toBe(1);
    expect(await page.locator('[data-chart="scenario-paths"] svg .scenario-actual').count()).toBe(1);
    expect(await page.locator('[data-chart="scenario-states"] svg').count()).toBeGreaterThan(0);
    expect(await page.locator('.scenario-card').textContent()).toContain('Re-attempt rate');
    const apprehensions = () => page.locator('.scenario-differences tbody tr', { hasText: "Mexico's apprehensions" }).locator('td').nth(2).textContent();
    const before = await apprehensions();
    await page.screenshot({ path: `${ARTIFACTS}/scenarios-en.png`, fullPage: true });
    const n = await renders(page);
    await page.locator('input[data-lever="enforcementSouth"]').evaluate((el: HTMLInputElement) => {
      el.value = '3';
      el.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await ready(page, n);
    const url = new URL(page.url());
    expect(url.searchParams.get('levers')).toContain('enforcementSouth:3:2021-04');
    const after = await apprehensions();
    expect(after).not.toBe(before);
    const api = await (await fetch(`${base}/api/scenario?name=seed-2021-04&levers=${encodeURIComponent(JSON.stringify({ enforcementSouth: { value: 3, from: '2021-04' }, familyAcceptance: { value: 2, from: '2021-04' } }))}`)).json();
    const diff = api.differences.find((d: { id: string }) => d.id === 'mexico-apprehensions').difference;
    expect(after).toBe(`+${Math.round(diff).toLocaleString('en-US')}`);
    // The shared URL restores the view.
    const shared = await open(context, page.url());
    expect(await shared.page.locator('input[data-lever="enforcementSouth"]').inputValue()).toBe('3');
    expect(shared.errors).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('works in Spanish on a 390 px wide phone without sideways scroll', async () => {
    const { page, errors } = await newPage(context);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}/?page=scenarios&lang=es&scenario=seed-2021-04`);
    await ready(page);
    expect(errors).toEqual([]);
    expect(await page.locator('nav [data-page="scenarios"]').textContent()).toBe('Escenarios');
    expect(await page.locator('.page-head h2').textContent()).toBe('Escenarios');
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]);
    await page.screenshot({ path: `${ARTIFACTS}/scenarios-es-390.png`, fullPage: true });
  });
});
