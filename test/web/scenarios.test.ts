/**
 * The Scenarios page in Debian's chromium, against the server started in-process on a copy
 * of the store loaded from the mirror: it draws without a console error; moving a lever puts
 * it in the URL and changes the difference table (and the API answers the same); the shared
 * URL restores the slider; in Spanish at 390 px wide there is no sideways scroll; a lever's
 * start month is chosen from the simulated months, named in the page's language (not the
 * browser's month picker), and runs the scenario from that month; a lever the API refuses (out
 * of range, after the simulated months) is shown beside the page's controls, marked, and can be
 * fixed in the page.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { describeMirror } from '../mirror.js';
import type { Page } from 'playwright-core';
import { clippedChartText, PHONE, sidewaysScroll } from './audit.js';
import { newPage, open, ready, renders } from './browser.js';
import { mirrorDashboard } from './mirror-dashboard.js';

const ARTIFACTS = resolve('test-artifacts');

describeMirror('the Scenarios page in chromium', () => {
  const d = mirrorDashboard();

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    // The first run calibrates (a few seconds on a loaded machine); the page then re-uses it.
    expect((await fetch(`${d.base}/api/scenario?name=seed-2021-04`)).status).toBe(200);
  });

  it('draws the paths, the map, the table and the model card; a moved lever goes into the URL and changes the table', async () => {
    const { page, errors } = await open(d.context, `${d.base}/?page=scenarios&lang=en&scenario=seed-2021-04`);
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
    const api = await (await fetch(`${d.base}/api/scenario?name=seed-2021-04&levers=${encodeURIComponent(JSON.stringify({ enforcementSouth: { value: 3, from: '2021-04' }, familyAcceptance: { value: 2, from: '2021-04' } }))}`)).json();
    const diff = api.differences.find((d: { id: string }) => d.id === 'mexico-apprehensions').difference;
    expect(after).toBe(`+${Math.round(diff).toLocaleString('en-US')}`);
    // The shared URL restores the view.
    const shared = await open(d.context, page.url());
    expect(await shared.page.locator('input[data-lever="enforcementSouth"]').inputValue()).toBe('3');
    expect(shared.errors).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('works in Spanish on a 390 px wide phone without sideways scroll', async () => {
    const { page, errors } = await newPage(d.context);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${d.base}/?page=scenarios&lang=es&scenario=seed-2021-04`);
    await ready(page);
    expect(errors).toEqual([]);
    expect(await page.locator('nav [data-page="scenarios"]').textContent()).toBe('Escenarios');
    expect(await page.locator('.page-head h2').textContent()).toBe('Escenarios');
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]);
    await page.screenshot({ path: `${ARTIFACTS}/scenarios-es-390.png`, fullPage: true });
  });

  it("offers a lever's start months in Spanish, only the simulated ones, and runs the scenario from the month chosen (390 px, then 1366 px)", async () => {
    const { page, errors } = await newPage(d.context);
    await page.setViewportSize(PHONE);
    await page.goto(`${d.base}/?page=scenarios&lang=es&scenario=seed-2021-04`);
    await ready(page);
    expect(errors).toEqual([]);
    const own = await (await fetch(`${d.base}/api/scenario?name=seed-2021-04&lang=es`)).json();
    expect(own.months).toHaveLength(12);
    // The browser's own month picker would speak the browser's language (English here): a list of the page's words instead.
    expect(await page.locator('input[type="month"]').count()).toBe(0);
    const from = page.locator('select[data-lever-from="enforcementSouth"]');
    const label = await page.locator('input[data-lever="enforcementSouth"]').getAttribute('aria-label');
    expect(await from.getAttribute('aria-label')).toBe(`${label}: desde`);
    expect(await from.getAttribute('name')).toBe('enforcementSouth-from');
    const names = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
    const spanish = (ym: string) => `${names[Number(ym.slice(5, 7)) - 1]} de ${ym.slice(0, 4)}`;
    expect(await from.locator('option').allTextContents()).toEqual(own.months.map(spanish));
    expect(await from.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual(own.months);
    expect(await from.locator('option:checked').textContent()).toBe('abril de 2021');
    const box = await from.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
    expect((await sidewaysScroll(page)).culprits).toEqual([]);
    const apprehensions = () => page.locator('.scenario-differences tbody tr', { hasText: 'Detenciones en México' }).locator('td').nth(2).textContent();
    const before = await apprehensions();

    const n = await renders(page);
    await from.selectOption({ label: 'junio de 2021' });
    await ready(page, n);
    expect(new URL(page.url()).searchParams.get('levers')).toBe('enforcementSouth:1.3333:2021-06,familyAcceptance:2:2021-04');
    expect(await page.locator('select[data-lever-from="enforcementSouth"] option:checked').textContent()).toBe('junio de 2021');
    expect(await page.locator('select[data-lever-from="familyAcceptance"] option:checked').textContent()).toBe('abril de 2021');
    const after = await apprehensions();
    expect(after).not.toBe(before);
    const api = await (await fetch(`${d.base}/api/scenario?name=seed-2021-04&lang=es&levers=${encodeURIComponent(JSON.stringify({ enforcementSouth: { value: 1.3333, from: '2021-06' }, familyAcceptance: { value: 2, from: '2021-04' } }))}`)).json();
    const diff = api.differences.find((d: { id: string }) => d.id === 'mexico-apprehensions').difference;
    expect(after).toBe(`${diff > 0 ? '+' : ''}${Math.round(diff).toLocaleString('es-MX')}`);
    expect((await sidewaysScroll(page)).culprits).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}/scenarios-month-es-390.png`, fullPage: true });

    // The shared URL restores the month; on a laptop's width nothing sticks out either.
    const shared = await newPage(d.context);
    await shared.page.setViewportSize({ width: 1366, height: 900 });
    await shared.page.goto(page.url());
    await ready(shared.page);
    expect(await shared.page.locator('select[data-lever-from="enforcementSouth"] option:checked').textContent()).toBe('junio de 2021');
    expect((await sidewaysScroll(shared.page)).culprits).toEqual([]);
    await shared.page.screenshot({ path: `${ARTIFACTS}/scenarios-month-es-1366.png`, fullPage: true });
    expect(shared.errors).toEqual([]);
    expect(errors).toEqual([]);
  });

  // The API's 400 for the refused levers is logged by the browser; anything else is an error.
  const besidesRefusal = (errors: string[]) => errors.filter((e) => !/Failed to load resource: the server responded with a status of 400/.test(e));

  it('shows a lever out of range beside the controls, marked, and goes back to the scenario in the page (Spanish)', async () => {
    const { page, errors } = await open(d.context, `${d.base}/?page=scenarios&lang=es&scenario=seed-2021-04&levers=enforcementSouth:9:2021-04`);
    expect(besidesRefusal(errors)).toEqual([]);
    const alert = page.locator('.scenario-levers [role="alert"]');
    expect(await alert.textContent()).toContain('campo "levers.enforcementSouth.value": se esperaba un número de 0.5 a 3, se encontró 9');
    expect(await page.locator('select[data-param="scenario"]').count()).toBe(1);
    expect(await page.locator('input[data-lever]').count()).toBe(9);
    expect(await page.locator('.lever-invalid').getAttribute('data-lever-row')).toBe('enforcementSouth');
    expect(await page.locator('input[data-lever="enforcementSouth"]').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.lever-invalid .lever-value').textContent()).toBe('9');
    await page.screenshot({ path: `${ARTIFACTS}/scenarios-invalid-es.png`, fullPage: true });
    const n = await renders(page);
    await page.locator('[data-levers-reset]').click();
    await ready(page, n);
    expect(new URL(page.url()).searchParams.get('levers') ?? '').toBe('');
    expect(await page.locator('.scenario-levers [role="alert"]').count()).toBe(0);
    expect(await page.locator('[data-chart="scenario-paths"] svg .scenario-median').count()).toBe(1);
    expect(besidesRefusal(errors)).toEqual([]);
  });

  it('shows a lever starting after the simulated months with its month marked, and runs once the month is fixed (English)', async () => {
    const { page, errors } = await open(d.context, `${d.base}/?page=scenarios&lang=en&scenario=seed-2021-04&levers=enforcementSouth:2:2030-04`);
    expect(besidesRefusal(errors)).toEqual([]);
    expect(await page.locator('.scenario-levers [role="alert"]').textContent()).toContain('the lever enforcementSouth starts in 2030-04 (levers.enforcementSouth.from), after the simulated months 2021-04 to 2022-03');
    const from = page.locator('select[data-lever-from="enforcementSouth"]');
    expect(await from.getAttribute('aria-invalid')).toBe('true');
    // The month asked for stays shown (and marked) beside the simulated months, in English.
    expect(await from.locator('option:checked').textContent()).toBe('April 2030');
    expect((await from.locator('option').allTextContents()).slice(0, 3)).toEqual(['April 2021', 'May 2021', 'June 2021']);
    expect(await page.locator('[data-chart="scenario-paths"]').count()).toBe(0);
    const n = await renders(page);
    await from.selectOption({ label: 'June 2021' });
    await ready(page, n);
    expect(new URL(page.url()).searchParams.get('levers')).toBe('enforcementSouth:2:2021-06');
    expect(await page.locator('.scenario-levers [role="alert"]').count()).toBe(0);
    expect(await page.locator('[data-chart="scenario-paths"] svg .scenario-median').count()).toBe(1);
    expect(besidesRefusal(errors)).toEqual([]);
  });

  // QA, 7 December 2026: keyboard focus, the cut band, Spanish tables, URLs rewritten to what is shown, sources.

  it('keeps the focus on a lever moved with the keyboard, and every key press counts (Spanish, 390 px)', async () => {
    const { page, errors } = await newPage(d.context);
    await page.setViewportSize(PHONE);
    await page.goto(`${d.base}/?page=scenarios&lang=es&scenario=seed-2021-04`);
    await ready(page);
    const slider = page.locator('input[data-lever="enforcementRest"]');
    // Focused once, then keys as a keyboard sends them (a locator's press would focus the element again each time).
    await slider.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.body.dataset.state === 'ready' && /enforcementRest:1\.25\b/.test(decodeURIComponent(location.search)), null, { timeout: 60_000 });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-lever'))).toBe('enforcementRest');
    expect(await page.locator('input[data-lever="enforcementRest"]').inputValue()).toBe('1.25');
    // The next key press goes on from there.
    const n = await renders(page);
    await page.keyboard.press('ArrowRight');
    await ready(page, n);
    await page.waitForFunction(() => document.body.dataset.state === 'ready' && /enforcementRest:1\.3\b/.test(decodeURIComponent(location.search)), null, { timeout: 120_000 });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-lever'))).toBe('enforcementRest');
    // The scenario select keeps the focus too (1366 px, English).
    const wide = await newPage(d.context);
    await wide.page.setViewportSize({ width: 1366, height: 900 });
    await wide.page.goto(`${d.base}/?page=scenarios&lang=en&scenario=seed-2021-04`);
    await ready(wide.page);
    const m = await renders(wide.page);
    await wide.page.locator('select[data-param="series"]').focus();
    await wide.page.keyboard.press('ArrowDown');
    await ready(wide.page, m);
    expect(new URL(wide.page.url()).searchParams.get('series')).not.toBe('encounters');
    expect(await wide.page.evaluate(() => document.activeElement?.getAttribute('data-param'))).toBe('series');
    expect(errors).toEqual([]);
    expect(wide.errors).toEqual([]);
  });

  it('marks on the chart, in both languages, where the 95% band is cut, and names its highest end', async () => {
    const api = await (await fetch(`${d.base}/api/scenario?name=seed-2021-04`)).json();
    const points = api.paths.find((p: { id: string }) => p.id === 'encounters').points as { month: string; scenario: { median: number; upper95: number }; baseline: { median: number }; actual: number | null }[];
    const top = 2 * Math.max(...points.map((p) => Math.max(p.scenario.median, p.baseline.median, p.actual ?? 0)));
    const cut = points.filter((p) => p.scenario.upper95 > top);
    expect(cut.length).toBeGreaterThan(0);
    const highest = Math.round(Math.max(...cut.map((p) => p.scenario.upper95)));
    const long = (ym: string, lang: 'en' | 'es') => {
      const name = new Date(`${ym}-15T00:00:00Z`).toLocaleString(lang === 'es' ? 'es-MX' : 'en-US', { month: 'long', timeZone: 'UTC' });
      return lang === 'es' ? `${name} de ${ym.slice(0, 4)}` : `${name} ${ym.slice(0, 4)}`;
    };
    for (const [lang, words, prefix, locale] of [['en', '95% band cut off', 'The 95% band is cut off at the top of the chart from ', 'en-US'], ['es', 'banda del 95% cortada', 'La banda del 95% está cortada en el borde superior de la gráfica de ', 'es-MX']] as const) {
      const said = `${prefix}${long(cut[0].month, lang)}`;
      const { page, errors } = await open(d.context, `${d.base}/?page=scenarios&lang=${lang}&scenario=seed-2021-04`);
      const chart = page.locator('[data-chart="scenario-paths"]');
      expect(await chart.locator('svg .scenario-95-cut text').count()).toBe(cut.length);
      expect(await chart.locator('svg .scenario-95-cut-label').textContent()).toContain(words);
      const note = (await chart.locator('.chart-foot .note').allTextContents()).join(' ');
      expect(note).toContain(said);
      expect(note).toContain(highest.toLocaleString(locale));
      expect(await clippedChartText(page)).toEqual([]);
      await page.screenshot({ path: `${ARTIFACTS}/scenarios-band-cut-${lang}.png`, fullPage: true });
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it("names the figure tables' columns and the model card's gaps in Spanish, with whole people", async () => {
    const { page, errors } = await open(d.context, `${d.base}/?page=scenarios&lang=es&scenario=seed-2021-04`);
    const headers = async (chart: string) => {
      await page.locator(`[data-chart="${chart}"] details.chart-table summary`).click();
      await expect.poll(() => page.locator(`[data-chart="${chart}"] details.chart-table th`).count()).toBeGreaterThan(0);
      return page.locator(`[data-chart="${chart}"] details.chart-table thead th`).allTextContents();
    };
    expect(await headers('scenario-paths')).toEqual(['mes', 'escenario, mediana', 'escenario, inferior 80%', 'escenario, superior 80%', 'escenario, inferior 95%', 'escenario, superior 95%', 'sin cambios, mediana', 'lo que ocurrió']);
    const states = await headers('scenario-states');
    for (const h of states) expect(h).not.toMatch(/\bmedian\b|label|into mexico|waiting|non mexicans|\bstate\b/);
    for (const chart of ['scenario-paths', 'scenario-states']) {
      const cells = await page.locator(`[data-chart="${chart}"] details.chart-table td.num`).allTextContents();
      expect(cells.length).toBeGreaterThan(0);
      expect(cells.filter((c) => /\.\d/.test(c))).toEqual([]);
    }
    const gaps = await page.locator('.scenario-card li[data-stage]').allTextContents();
    expect(gaps.length).toBeGreaterThan(0);
    for (const g of gaps) expect(g).not.toMatch(/^[a-z-]+:/);
    expect(await page.locator('.scenario-card li[data-stage="us-encounters"]').textContent()).toMatch(/^Encuentros en EE\. UU\.: enero de 2018/);
    expect(errors).toEqual([]);
  });

  it('says, in the page language, what a link asked for that is not known, and rewrites the URL to what is shown', async () => {
    const said = (page: Page) => page.locator('.url-corrected [data-corrected]').allTextContents();
    // An unknown scenario and series: the default scenario (not the first of the list), said.
    let { page, errors } = await open(d.context, `${d.base}/?page=scenarios&lang=es&scenario=nope&series=bogus`);
    let url = new URL(page.url());
    expect(url.searchParams.get('scenario')).toBe('seed-2021-04');
    expect(url.searchParams.get('series')).toBe('encounters');
    expect(await page.locator('select[data-param="scenario"]').inputValue()).toBe('seed-2021-04');
    let text = (await said(page)).join(' ');
    expect(text).toContain('el escenario «nope»');
    expect(text).toContain('la serie «bogus»');
    expect(errors).toEqual([]);
    await page.close();
    // Levers that cannot be read: the scenario's own, said.
    ({ page, errors } = await open(d.context, `${d.base}/?page=scenarios&lang=en&scenario=seed-2021-04&levers=zzz`));
    expect(new URL(page.url()).searchParams.get('levers')).toBe('');
    expect((await said(page)).join(' ')).toContain('the levers "zzz"');
    await page.close();
    // A lever the model does not have: left out, said, the others run.
    ({ page, errors } = await open(d.context, `${d.base}/?page=scenarios&lang=en&scenario=seed-2021-04&levers=bogus:2:2021-04,enforcementSouth:2:2021-04`));
    url = new URL(page.url());
    expect(url.searchParams.get('levers')).toBe('enforcementSouth:2:2021-04');
    text = (await said(page)).join(' ');
    expect(text).toContain('the lever "bogus:2:2021-04"');
    expect(await page.locator('.scenario-levers [role="alert"]').count()).toBe(0);
    expect(await page.locator('input[data-lever="enforcementSouth"]').inputValue()).toBe('2');
    expect(errors).toEqual([]);
    await page.close();
    // A ramp the API refuses marks the ramp, not the lever's value.
    ({ page, errors } = await open(d.context, `${d.base}/?page=scenarios&lang=en&scenario=seed-2021-04&levers=enforcementSouth:2:2021-04::99`));
    expect(await page.locator('.lever-invalid').getAttribute('data-invalid')).toBe('ramp');
    expect(await page.locator('input[data-lever="enforcementSouth"]').getAttribute('aria-invalid')).toBeNull();
    expect(await page.locator('[data-lever-ramp="enforcementSouth"]').getAttribute('class')).toContain('invalid');
    expect(await page.locator('[data-lever-ramp="enforcementSouth"]').textContent()).toContain('99');
    await page.close();
  });

  it('names the sources and vintages under the paths chart and the map, as the other pages do', async () => {
    for (const lang of ['en', 'es'] as const) {
      const { page, errors } = await open(d.context, `${d.base}/?page=scenarios&lang=${lang}&scenario=seed-2021-04`);
      for (const chart of ['scenario-paths', 'scenario-states']) {
        const line = (await page.locator(`[data-chart="${chart}"] .chart-foot .sources`).textContent()) ?? '';
        expect(line).toMatch(lang === 'en' ? /^Sources?: / : /^Fuentes?: /);
        expect(line).toContain('CBP');
        expect(line).toMatch(lang === 'en' ? /vintage \d+/ : /versión \d+/);
      }
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it("keeps the border-state map's legend name clear of its ticks (390 px and 1366 px, both languages)", async () => {
    for (const [lang, width] of [['en', 390], ['es', 390], ['en', 1366], ['es', 1366]] as const) {
      const { page } = await newPage(d.context);
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${d.base}/?page=scenarios&lang=${lang}&scenario=seed-2021-04`);
      await ready(page);
      const clash = await page.locator('[data-chart="scenario-states"] .map > svg').first().evaluate((svg) => {
        const texts = [...svg.querySelectorAll('text')].map((t) => ({ text: t.textContent ?? '', box: t.getBoundingClientRect() }));
        const out: string[] = [];
        texts.forEach((a, i) => {
          for (const b of texts.slice(i + 1)) if (a.box.left < b.box.right && a.box.right > b.box.left && a.box.top < b.box.bottom && a.box.bottom > b.box.top) out.push(`${a.text} / ${b.text}`);
        });
        return { out, names: texts.map((t) => t.text) };
      });
      expect(clash.names.join(' ')).toMatch(lang === 'en' ? /people sent back/ : /personas devueltas/);
      expect(clash.out, `${lang} ${width}`).toEqual([]);
      await page.close();
    }
  });
  it('links the people sent back into Mexico to the Reception page for the same scenario and levers, in the page language', async () => {
    const { page, errors } = await open(d.context, `${d.base}/?page=scenarios&lang=es&scenario=seed-2021-04&levers=${encodeURIComponent('familyAcceptance:4:2021-04')}`);
    const link = page.locator('a[data-reception-link]');
    expect(await link.textContent()).toBe('¿Dónde se acabarían las camas? El plan de recepción para estas llegadas');
    const url = new URL((await link.getAttribute('href'))!, d.base);
    expect(Object.fromEntries(url.searchParams)).toEqual({ page: 'reception', lang: 'es', scenario: 'seed-2021-04', levers: 'familyAcceptance:4:2021-04' });
    // The chart says its levers were changed, and to what: not the scenario's title alone (which says families ×2 and enforcement ×1.3333).
    expect(await page.locator('[data-chart="scenario-paths"] p.note').first().textContent()).toBe('México refuerza en un tercio el control en su frontera sur y acepta el doble de familias expulsadas (abril de 2021), con sus palancas cambiadas aquí: Familias no mexicanas expulsadas que México acepta ×4 desde abril de 2021.');
    // The calibration window in words, not month codes.
    expect(await page.locator('[data-chart="scenario-paths"] .chart-sub').textContent()).toContain('Calibrado con enero de 2018 – marzo de 2021.');
    // On a phone (no hover) a tap on a lever's name shows its definition.
    await page.setViewportSize(PHONE);
    const catalogue = await (await fetch(`${d.base}/api/scenarios?lang=es`)).json();
    const definition = catalogue.levers.find((l: { id: string }) => l.id === 'familyAcceptance').definition;
    const row = page.locator('[data-lever-row="familyAcceptance"]');
    expect(await row.getByText(definition).isVisible()).toBe(false);
    await row.locator('.lever-label summary').click();
    expect(await row.getByText(definition).isVisible()).toBe(true);
    // Every figure of the difference table is on screen at 390 px (the difference and % columns were cut off, behind a sideways scroll).
    const cut = await page.locator('.scenario-differences td').evaluateAll((tds) => tds.filter((td) => td.getBoundingClientRect().right > document.documentElement.clientWidth).map((td) => td.textContent));
    expect(cut).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("reads levers written as the command line writes them (corridor scenario run --levers), and says what it cannot read (390 px Spanish, 1366 px English)", async () => {
    const api = await (await fetch(`${d.base}/api/scenario?name=seed-2021-04&lang=es&levers=${encodeURIComponent('familyAcceptance=4')}`)).json();
    const diff = api.differences.find((d: { id: string }) => d.id === 'mexico-apprehensions').difference;
    for (const [lang, width] of [['es', 390], ['en', 1366]] as const) {
      const { page, errors } = await newPage(d.context);
      await page.setViewportSize({ width, height: 900 });
      // Copied from the command line: familyAcceptance replaced, the scenario's other lever kept.
      await page.goto(`${d.base}/?page=scenarios&lang=${lang}&scenario=seed-2021-04&levers=${encodeURIComponent('familyAcceptance=4')}`);
      await ready(page);
      expect(errors).toEqual([]);
      expect(await page.locator('.url-corrected').count()).toBe(0);
      expect(await page.locator('.scenario-invalid').count()).toBe(0);
      // The values as the levers hold them (a slider rounds 1.3333 to its step).
      expect(await page.locator('[data-lever-row="familyAcceptance"] .lever-value').textContent()).toBe('4');
      expect(await page.locator('[data-lever-row="enforcementSouth"] .lever-value').textContent()).toBe('1.3333');
      expect(new URL(page.url()).searchParams.get('levers')).toBe('familyAcceptance=4');
      const figure = await page.locator('.scenario-differences tbody tr').filter({ hasText: lang === 'es' ? 'Detenciones en México' : "Mexico's apprehensions" }).locator('td').nth(2).textContent();
      expect(figure).toBe(`${diff > 0 ? '+' : ''}${Math.round(diff).toLocaleString(lang === 'es' ? 'es-MX' : 'en-US')}`);
      const reception = new URL((await page.locator('a[data-reception-link]').getAttribute('href'))!, d.base);
      expect(reception.searchParams.get('levers')).toBe('enforcementSouth:1.3333:2021-04,familyAcceptance:4:2021-04');
      expect((await sidewaysScroll(page)).culprits).toEqual([]);
      await page.screenshot({ path: `${ARTIFACTS}/scenarios-cli-levers-${lang}-${width}.png`, fullPage: true });

      // A value that is not a number: the corrected-link notice, the scenario's own levers, the URL rewritten.
      await page.goto(`${d.base}/?page=scenarios&lang=${lang}&scenario=seed-2021-04&levers=${encodeURIComponent('familyAcceptance=abc')}`);
      await ready(page);
      expect(await page.locator('[data-corrected="levers"]').textContent()).toBe(
        lang === 'es'
          ? 'Este enlace pide las palancas «familyAcceptance=abc», que no se conoce aquí: se muestran las palancas propias del escenario.'
          : 'This link asks for the levers "familyAcceptance=abc", which is not known here: showing the scenario\'s own levers.',
      );
      expect(new URL(page.url()).searchParams.get('levers') ?? '').toBe('');
      expect(await page.locator('input[data-lever="familyAcceptance"]').inputValue()).toBe('2');

      // A lever the model does not have: left out and said, the others run; the link keeps the command line's writing.
      await page.goto(`${d.base}/?page=scenarios&lang=${lang}&scenario=seed-2021-04&levers=${encodeURIComponent('bogus=2,familyAcceptance=4')}`);
      await ready(page);
      expect(await page.locator('[data-corrected="levers"]').textContent()).toContain(lang === 'es' ? 'la palanca «bogus=2»' : 'the lever "bogus=2"');
      expect(new URL(page.url()).searchParams.get('levers')).toBe('familyAcceptance=4');
      expect(await page.locator('input[data-lever="familyAcceptance"]').inputValue()).toBe('4');
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it("stands a share lever's slider at the share the US sent back, not at 0, and refuses a link naming a lever twice (English 1280 px, Spanish 390 px)", async () => {
    for (const [lang, width] of [['en', 1280], ['es', 390]] as const) {
      const { page, errors } = await newPage(d.context);
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${d.base}/?page=scenarios&lang=${lang}&scenario=seed-2021-04`);
      await ready(page);
      const api = await (await fetch(`${d.base}/api/scenario?name=seed-2021-04&lang=${lang}`)).json();
      const neutral = api.leverNeutral.expelFMUA;
      // Seed-2021-04 (January – March 2021): some but not all people in families were sent back.
      expect(neutral).toBeGreaterThan(0.2);
      expect(neutral).toBeLessThan(0.8);
      expect(Math.abs(Number(await page.locator('input[data-lever="expelFMUA"]').inputValue()) - neutral)).toBeLessThanOrEqual(0.005);
      expect(await page.locator('[data-lever-row="expelFMUA"] output').textContent()).toBe(`${lang === 'es' ? 'sin cambio' : 'no change'} (${neutral})`);
      expect(await page.locator('.scenario-card').textContent()).toContain(lang === 'es' ? 'Proporción que EE. UU. devuelve en la frontera' : 'Share the US sends back at the border');

      await page.goto(`${d.base}/?page=scenarios&lang=${lang}&scenario=seed-2021-04&levers=${encodeURIComponent('enforcementSouth=2,enforcementSouth=3')}`);
      await ready(page);
      expect(await page.locator('[data-corrected="levers"]').count()).toBe(1);
      expect(await page.locator('input[data-lever="enforcementSouth"]').inputValue()).toBe('1.35');
      expect((await sidewaysScroll(page)).culprits).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it("puts every lever back to no change with ×: the link says 'none', no lever runs, the table shows no difference (English)", async () => {
    const { page, errors } = await newPage(d.context);
    await page.goto(`${d.base}/?page=scenarios&lang=en&scenario=seed-2021-04`);
    await ready(page);
    for (const id of ['familyAcceptance', 'enforcementSouth']) {
      const n = await renders(page);
      await page.locator(`button[data-lever-reset="${id}"]`).click();
      await ready(page, n);
    }
    expect(new URL(page.url()).searchParams.get('levers')).toBe('none');
    // Before, the page wrote enforcementSouth:1:2021-04 and showed that lever set at 1.
    expect(await page.locator('[data-lever-row="enforcementSouth"] output').textContent()).toBe('no change');
    expect(await page.locator('button[data-lever-reset="enforcementSouth"]').isDisabled()).toBe(true);
    const difference = await page.locator('.scenario-differences tbody tr', { hasText: 'US encounters' }).first().locator('td').nth(2).textContent();
    expect(difference).toBe('0');
    // The Reception page reads 'none' as the API does (before, this link wrote enforcementSouth:1:2021-04 in its place).
    const reception = new URL((await page.locator('a[data-reception-link]').getAttribute('href'))!, d.base);
    expect(reception.searchParams.get('levers')).toBe('none');
    const shared = await open(d.context, page.url());
    expect(await shared.page.locator('[data-lever-row="familyAcceptance"] output').textContent()).toBe('no change');
    expect(shared.errors).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

