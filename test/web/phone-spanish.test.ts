/**
 * The dashboard as a Spanish reader on a phone (390 px) sees it, in Debian's chromium against the
 * server started in-process on a copy of the mirror's store: what the page-wide audit in
 * dashboard.test.ts (sideways scrolling, axe-core, English tell-tales) does not catch.
 *
 * - Every control a finger taps is at least 24 px each way (WCAG 2.5.8): summaries that open a
 *   chart's table or a lever's definition were 18-20 px tall, selects 20 px, sliders 16 px.
 * - The forecast's model card is one column on a phone: the desktop's two-column rule came after
 *   the phone's in styles.css and won, so at 390 px its text ran a few letters a line (the Overview
 *   16,000 px tall).
 * - A chart whose forecast is being asked for says so (seconds the first time), instead of a
 *   ticked "Pronóstico" box and nothing under the chart.
 * - Two compared series with no period in common are said to be so without a console error (the
 *   page logged its own message as a fault).
 * - A link's refused parameter is named in words ("la nacionalidad «xx»", was "cit «xx»"), and an
 *   event the timeline does not have shows the default one with a notice (both charts said a 404).
 * - A link's levers written the command-line way, quoted in the Scenarios page's notice, wrap
 *   instead of pushing the page 23 px sideways.
 * - Spanish words where the page wrote codes or English: the nav's accessible name ("pages"), the
 *   record's other party ("→ US", "→ GTM") and the timeline's actor ("US"), the timeline's, the
 *   ledger's and the charts' event tooltips' days as ISO dates (2021-03-18), the Sources page's periods,
 *   the page without JavaScript, the Sources page's reconciliation checks (their periods were ISO
 *   starts and their numbers bare: "partes 79310 frente al total 79400", "2003-07-01").
 *
 * CORRIDOR_WEB_DIST serves a dashboard built beforehand (an older one, to see these fail on it).
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { recordChecks, runChecks } from '../../src/analysis/checks/run.js';
import { startServer, type RunningServer } from '../../src/api/server.js';
import { storeFromMirror } from '../e2e/store-from-mirror.js';
import { describeMirror } from '../mirror.js';
import { PHONE, sidewaysScroll, smallTargets } from './audit.js';
import { buildWebForTest, launch, newPage, ready } from './browser.js';

const ARTIFACTS = resolve('test-artifacts');
const MONTH_ES = '(ene|feb|mar|abr|may|jun|jul|ago|sep|oct|nov|dic)';
/** A day or a month as the Spanish page writes them: 18 mar 2021, mar 2021. */
const DAY_ES = new RegExp(`^(\\d{1,2} )?${MONTH_ES} \\d{4}$`);

/** Opens a view at a phone's width, as a phone draws it from the start. */
async function phone(context: BrowserContext, url: string): Promise<{ page: Page; errors: string[] }> {
  const opened = await newPage(context);
  await opened.page.setViewportSize(PHONE);
  await opened.page.goto(url);
  await ready(opened.page);
  return opened;
}

describeMirror('the dashboard in Spanish on a phone', () => {
  let server: RunningServer;
  let context: BrowserContext;
  let base: string;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const [built, web] = await Promise.all([storeFromMirror(), process.env.CORRIDOR_WEB_DIST ?? buildWebForTest()]);
    // The checks as `corridor start` records them, for the Sources page's table of their results.
    await recordChecks(built.store.conn, await runChecks(built.store.conn));
    const path = built.store.path;
    built.store.close();
    server = await startServer({ db: path, port: 0, web, logError: (e) => console.error(e) });
    base = server.url;
    context = await launch();
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  it('gives every control a 24 px target on every page (a monthly chart with its forecast, a scenario, the record and the claim box, the plan, the sources)', async () => {
    const views = [
      'page=overview',
      'page=us&by=component&grain=month&cit=GTM&from=2019',
      'page=mx&mapy=2020',
      'page=compare&ac=GTM',
      'page=policy',
      'page=scenarios',
      'page=reception&weeks=8',
      'page=sources',
    ];
    const faults: string[] = [];
    for (const view of views) {
      const { page, errors } = await phone(context, `${base}/?${view}&lang=es`);
      for (const small of await smallTargets(page)) faults.push(`${view}: ${small}`);
      faults.push(...errors.map((e) => `${view}: ${e}`));
      await page.close();
    }
    expect(faults).toEqual([]);
  });

  it("lays the forecast's model card out in one column on a phone, its text as wide as the card", async () => {
    const { page, errors } = await phone(context, `${base}/?page=overview&lang=es&fc=1`);
    const card = page.locator('.model-card').first();
    await card.waitFor();
    const widths = await card.evaluate((c) => {
      const dl = c.querySelector('dl')!.getBoundingClientRect().width;
      return [...c.querySelectorAll('dd')].map((dd) => dd.getBoundingClientRect().width / dl);
    });
    expect(widths.length).toBeGreaterThan(2);
    for (const w of widths) expect(w).toBeGreaterThan(0.9);
    await page.screenshot({ path: join(ARTIFACTS, 'phone-es-model-card.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
    // A card with nowcast months (Guatemalans, published to August 2025): its months in words, its count agreeing.
    const gtm = await phone(context, `${base}/?page=us&lang=es&by=component&grain=month&cit=GTM&style=multiples&fc=1`);
    const nowcast = gtm.page.locator('[data-chart="us-main"] .model-card [data-nowcast]').first();
    await nowcast.waitFor({ timeout: 120_000 });
    const said = (await nowcast.textContent()) ?? '';
    expect(said).toMatch(/\d+ meses aún no publicados aquí, de [a-z]+ de \d{4} a [a-z]+ de \d{4}/);
    expect(said).not.toMatch(/mes\(es\)|\d{4}-\d{2}/);
    expect(gtm.errors).toEqual([]);
  });

  it('says the forecast is being computed while it is asked for, in Spanish, and then shows its cards', async () => {
    const opened = await newPage(context);
    await opened.page.setViewportSize(PHONE);
    // The first forecast of a series takes seconds on a cold server: held back here so the wait is seen.
    await opened.page.route('**/api/forecast?**', async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    await opened.page.goto(`${base}/?page=compare&lang=es&grain=month&fc=1`);
    await ready(opened.page);
    const waiting = opened.page.locator('[data-chart="compare-raw"] [data-forecast-loading]');
    expect(await waiting.count(), 'a note while the forecast is asked for').toBe(1);
    expect(await waiting.textContent()).toMatch(/^Calculando el pronóstico/);
    await opened.page.waitForSelector('[data-chart="compare-raw"][data-forecast]', { timeout: 60_000 });
    expect(await waiting.count()).toBe(0);
    expect(await opened.page.locator('[data-chart="compare-raw"] .model-card').count()).toBeGreaterThan(0);
    expect(opened.errors).toEqual([]);
  });

  it('says in place, without a console error, that two compared series share no period', async () => {
    // Border Patrol encounters in Chiapas (none: a US count) against INM's apprehensions in Mexico.
    const { page, errors } = await phone(context, `${base}/?page=compare&lang=es&am=encounters&ap=MX-07&ac=ALL&grain=month`);
    expect(await page.locator('[data-chart="compare-main"] .empty').textContent()).toBe('Las dos series no comparten ningún periodo: no hay nada que indexar ni dividir.');
    expect(errors).toEqual([]);
  });

  it('names a refused parameter of a link in words, and shows the default event for one the timeline does not have', async () => {
    const us = await phone(context, `${base}/?page=us&lang=es&cit=xx`);
    expect(await us.page.locator('.url-corrected').textContent()).toContain('Este enlace pide la nacionalidad «xx», que no se conoce aquí');
    expect(us.errors).toEqual([]);
    await us.page.close();
    const policy = await phone(context, `${base}/?page=policy&lang=es&ev=no-such-event`);
    expect(await policy.page.locator('.url-corrected [data-corrected="ev"]').textContent()).toMatch(/^Este enlace pide el hecho «no-such-event», que no se conoce aquí: se muestra «Terminan las expulsiones bajo el Título 42/);
    expect(new URL(policy.page.url()).searchParams.get('ev')).toBe('title42-end');
    expect(await policy.page.locator('[data-chart="policy-impact"][data-event="title42-end"] svg').count()).toBeGreaterThan(0);
    expect(policy.errors).toEqual([]);
  });

  it("dates a policy event's tooltip in Spanish on a chart (was 2021-02-18)", async () => {
    const { page, errors } = await phone(context, `${base}/?page=overview&lang=es&events=1`);
    const dots = page.locator('[data-chart="overview-swb"] svg g[aria-label="dot"] circle');
    await dots.first().waitFor();
    await page.locator('[data-chart="overview-swb"] svg').first().scrollIntoViewIfNeeded();
    // The events' dots sit on the chart's top edge; the pointer at an event's x (Plot's tip follows x) shows its tooltip.
    const boxes = await dots.evaluateAll((cs) => cs.map((c) => c.getBoundingClientRect().toJSON() as DOMRect));
    const top = Math.min(...boxes.map((b) => b.y));
    const dot = boxes.find((b) => b.y === top)!;
    const chart = (await page.locator('[data-chart="overview-swb"] svg').first().boundingBox())!;
    await page.mouse.move(chart.x + chart.width / 2, chart.y + chart.height * 0.9);
    await page.mouse.move(dot.x + dot.width / 2, chart.y + chart.height * 0.6, { steps: 4 });
    const tip = page.locator('[data-chart="overview-swb"] svg [aria-label="tip"] tspan');
    await tip.first().waitFor({ state: 'attached', timeout: 5_000 });
    const lines = (await tip.allTextContents()).map((l) => l.replace(/\u200b/g, ''));
    expect(lines.filter((l) => /^\d{4}-\d{2}/.test(l)), 'ISO dates in the tooltip').toEqual([]);
    expect(lines.some((l) => l.split(' – ').every((part) => DAY_ES.test(part))), lines.join(' | ')).toBe(true);
    expect(errors).toEqual([]);
  });

  it("words the Reception page's alerts' weeks in Spanish (were 2026-05-25)", async () => {
    const { page, errors } = await phone(context, `${base}/?page=reception&lang=es&weeks=8`);
    const alerts = await page.locator('[data-alert]').allTextContents();
    expect(alerts.length).toBeGreaterThan(0);
    expect(alerts.filter((a) => /\d{4}-\d{2}-\d{2}/.test(a)), 'ISO dates in the alerts').toEqual([]);
    expect(alerts.join(' ')).toMatch(/semana del \d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de \d{4}/);
    expect(errors).toEqual([]);
  });

  it("says the sector map counts every citizenship when the page shows one (it read as Guatemalans' sectors)", async () => {
    const { page, errors } = await phone(context, `${base}/?page=us&lang=es&cit=GTM`);
    expect(await page.locator('[data-chart="us-sector-map"] .chart-foot').textContent()).toContain('Todas las nacionalidades: el mapa no sigue la nacionalidad elegida arriba (Guatemala).');
    await page.close();
    const all = await phone(context, `${base}/?page=us&lang=es`);
    expect(await all.page.locator('[data-chart="us-sector-map"] .chart-foot').textContent()).not.toContain('Todas las nacionalidades');
    expect([...errors, ...all.errors]).toEqual([]);
  });

  it("wraps a link's levers quoted in the Scenarios page's notice instead of scrolling sideways", async () => {
    // Levers the page cannot read (the command line's form, enforcementSouth=2, is read since 3be5517), quoted whole in the notice.
    const { page, errors } = await phone(context, `${base}/?page=scenarios&lang=es&levers=${encodeURIComponent('enforcementSouth=dos-veces-desde-abril,familyAcceptance=una-vez-y-media-desde-abril')}`);
    await page.locator('.url-corrected').waitFor();
    const scroll = await sidewaysScroll(page);
    expect(scroll.overflow, scroll.culprits.join(', ')).toBe(0);
    expect(errors).toEqual([]);
  });

  it("names the record's parties, the timeline's actors and their days in Spanish, and the pages' nav in Spanish", async () => {
    const { page, errors } = await phone(context, `${base}/?page=policy&lang=es`);
    expect(await page.locator('nav.pages').getAttribute('aria-label')).toBe('Páginas');
    const ledger = page.locator('[data-table="ledger"] tbody tr');
    await ledger.first().waitFor();
    const rows = await ledger.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    const parties = [...new Set(rows.map((r) => r[1]))];
    // "México → Estados Unidos", "Estados Unidos → Guatemala": names, never a code.
    for (const p of parties) expect(p, `party "${p}"`).not.toMatch(/\b(US|MX|USA|MEX|GTM|HND|SLV|CAN|CRI|PAN)\b/);
    expect(parties).toContain('Estados Unidos → Guatemala');
    const days = rows.map((r) => r[0]).filter((d) => /\d{4}-\d{2}/.test(d));
    expect(days, 'ISO dates in the ledger').toEqual([]);
    // The impact section's list of other events in the window, and its event picker.
    const overlaps = await page.locator('[data-overlap] time').allTextContents();
    expect(overlaps.length).toBeGreaterThan(0);
    for (const o of overlaps) for (const part of o.split(' – ')) expect(part).toMatch(DAY_ES);
    expect(await page.locator('select[data-param="ev"] option').first().textContent()).toMatch(new RegExp(`^(\\d{1,2} )?${MONTH_ES} \\d{4} · `));
    await page.close();

    const sources = await phone(context, `${base}/?page=sources&lang=es`);
    const actors = [...new Set(await sources.page.locator('#timeline .actor').allTextContents())].sort();
    expect(actors).toEqual(['Ambos (bilateral)', 'Estados Unidos', 'México']);
    for (const when of await sources.page.locator('#timeline time').allTextContents()) expect(when).toMatch(DAY_ES);
    // The periods a source and each of its tables hold, at the table's grain (was 1924-10-01 – 2019-09-01).
    const cards = await sources.page.locator('article.source').evaluateAll((els) => els.map((a) => a.textContent ?? ''));
    const iso = cards.filter((text) => /\d{4}-\d{2}-\d{2} – \d{4}-\d{2}-\d{2}/.test(text.replace(/cargada [^)]*\)/g, '')));
    expect(iso.map((text) => text.slice(0, 60)), 'ISO periods on the Sources page').toEqual([]);
    expect(cards.join(' ')).toMatch(/oct 1924 – sep 2019/);
    expect(cards.join(' ')).toMatch(/año fiscal \d{4} – año fiscal \d{4}/);
    // Without JavaScript the page says so in both languages.
    expect(await sources.page.locator('noscript').textContent()).toContain('necesita JavaScript');
    expect([...errors, ...sources.errors]).toEqual([]);
  });

  it("words the Sources page's reconciliation checks in Spanish: periods at their grain, numbers with separators (were 2003-07-01, 79310)", async () => {
    const { page, errors } = await phone(context, `${base}/?page=sources&lang=es`);
    const rows = page.locator('#checks tr[data-check]');
    await rows.first().waitFor();
    const results = Object.fromEntries(
      await rows.evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-check')!, tr.querySelectorAll('td')[2]?.textContent ?? ''])),
    ) as Record<string, string>;
    const checks = ((await (await fetch(`${base}/api/checks`)).json()) as { checks: { id: string; result: unknown }[] }).checks;
    expect(Object.keys(results).sort()).toEqual(checks.map((c) => c.id).sort());
    const text = Object.values(results).join(' | ');
    expect(text.match(/\d{4}-\d{2}(-\d{2})?/g) ?? [], 'ISO dates among the checks').toEqual([]);
    expect(text.match(/(?<![\d,.])\d{5,}/g) ?? [], 'numbers without separators among the checks').toEqual([]);
    // A monthly breakdown's worst month with both figures, a fiscal year's overlap, INM against CBP.
    expect(results['adds-up/ohss-khsm/citizenship']).toMatch(new RegExp(`\\(${MONTH_ES} \\d{4}: partes \\d{1,3}(,\\d{3})+ frente al total \\d{1,3}(,\\d{3})+\\)`));
    expect(results['overlap/swb-total-fy']).toMatch(/ en año fiscal \d{4}: /);
    expect(results['cross/inm-vs-cbp-usbp-swb']).toMatch(new RegExp(` en ${MONTH_ES} \\d{4} \\(\\d{1,3}(,\\d{3})+ frente a \\d{1,3}(,\\d{3})+\\)`));
    expect(errors).toEqual([]);
    await page.close();
  });
});
