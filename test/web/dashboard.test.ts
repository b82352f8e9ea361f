/**
 * The dashboard in Debian's chromium, against the server started in-process on a
 * copy of the store loaded from the mirror: every page loads without a console error
 * (screenshots in test-artifacts/); the language toggle changes the labels to the
 * store's Spanish ones; a filter changes the chart (its marks, and a tooltip figure
 * that the store confirms); a shared URL restores the view; downloads work under the
 * page's CSP. Reported, not asserted: the page's JavaScript gzipped and the time the
 * Overview takes to be drawn and interactive.
 */
import { mkdtempSync, readdirSync, readFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { recordChecks, runChecks } from '../../src/analysis/checks/run.js';
import { startServer, type RunningServer } from '../../src/api/server.js';
import { overviewRequests, primeOverview } from '../../src/cli/prime.js';
import { openStore, rows } from '../../src/store/open.js';
import { buildRequest } from '../../src/store/query/request.js';
import { querySeries } from '../../src/store/query/series.js';
import { storeFromMirror } from '../e2e/store-from-mirror.js';
import { describeMirror } from '../mirror.js';
import { axeViolations, clippedChartText, PHONE, registeredPages, sidewaysScroll, spanishLeaks } from './audit.js';
import { buildWebForTest, launch, newPage, open, ready, renders } from './browser.js';

const ARTIFACTS = resolve('test-artifacts');

/** When the dashboard finished drawing the view, in ms since navigation started (set by web/src/main.ts). */
const readyAt = (page: Page) => page.evaluate(() => (window as unknown as { corridor: { ready: number } }).corridor.ready);
const PAGES = ['overview', 'us', 'mx', 'compare', 'sources'] as const;

/** The text of the tooltip a chart shows, line by line (Plot starts each line with a zero-width space). */
async function tipText(page: Page, chart: string): Promise<string> {
  const tip = page.locator(`[data-chart="${chart}"] svg [aria-label="tip"] tspan`).first();
  await tip.waitFor({ state: 'attached', timeout: 5_000 });
  return (await page.locator(`[data-chart="${chart}"] svg [aria-label="tip"] tspan`).allTextContents()).map((line) => line.replace(/\u200b/g, '')).join('\n');
}

/** Moves the pointer to the middle of the tallest mark of a chart. */
async function hoverTallest(page: Page, selector: string): Promise<void> {
  const boxes = await page.locator(selector).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
  const tallest = boxes.reduce((a, b) => (b.height > a.height ? b : a));
  await page.mouse.move(tallest.x + tallest.width / 2, tallest.y + tallest.height / 2);
}

const luminance = (rgb: string) => {
  const [r, g, b] = (rgb.match(/\d+/g) ?? ['0', '0', '0']).map(Number);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

describeMirror('the dashboard in chromium', () => {
  let server: RunningServer;
  let webDist: string;
  let context: BrowserContext;
  let base: string;
  const timings: Record<string, number> = {};

  beforeAll(async () => {
    const started = performance.now();
    mkdirSync(ARTIFACTS, { recursive: true });
    const [built, web] = await Promise.all([storeFromMirror(), buildWebForTest()]);
    webDist = web;
    await recordChecks(built.store.conn, await runChecks(built.store.conn));
    const path = built.store.path;
    built.store.close();
    server = await startServer({ db: path, port: 0, web: webDist, logError: (e) => console.error(e) });
    base = server.url;
    context = await launch();
    process.stdout.write(`browser tests: web built, store copied and checked, server and chromium started in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  // Eight pages, the first on a server that has read nothing ahead: minutes on a loaded CI machine
  // (the first alone up to READY_TIMEOUT, see browser.ts).
  it('loads every page without a console error, and saves a screenshot of each', async () => {
    for (const name of PAGES) {
      const { page, errors } = await open(context, `${base}/?page=${name}&lang=en`);
      if (name === 'overview') timings.overviewCold = await readyAt(page);
      expect(errors, name).toEqual([]);
      expect(await page.locator('.plot-area .empty, .headline .empty').count(), `${name}: a chart says it cannot be drawn`).toBe(0);
      if (name !== 'sources') expect(await page.locator('.plot-area svg').count(), name).toBeGreaterThan(0);
      // The forecast fans come after the page is ready; the screenshot shows them.
      if (name === 'overview') await page.waitForFunction(() => document.querySelectorAll('[data-chart][data-forecast]').length === 3, undefined, { timeout: 60_000 });
      expect(await page.locator(`nav a[data-page="${name}"]`).getAttribute('aria-current')).toBe('page');
      await page.screenshot({ path: join(ARTIFACTS, `dashboard-${name}.png`), fullPage: name !== 'sources' });
      await page.close();
    }
  }, 480_000);

  it('fits a phone (390 px) and a desktop (1280 px) without sideways scrolling, passes axe-core (WCAG 2 A/AA) and leaves no English on a Spanish page: every page the app registers, both languages', async () => {
    const first = await open(context, `${base}/?page=overview&lang=en`);
    const pages = await registeredPages(first.page);
    await first.page.close();
    expect(pages).toEqual(expect.arrayContaining([...PAGES, 'policy']));
    const faults: string[] = [];
    for (const name of pages) {
      for (const lang of ['en', 'es'] as const) {
        // Desktop: axe-core once everything the page asks for has come (forecast fans and model cards too).
        const desk = await open(context, `${base}/?page=${name}&lang=${lang}`);
        await desk.page.waitForLoadState('networkidle', { timeout: 60_000 }).catch(() => undefined);
        const wide = await sidewaysScroll(desk.page);
        if (wide.overflow > 0) faults.push(`${name} ${lang}: scrolls ${wide.overflow} px sideways at 1280 px (${wide.culprits.join(', ')})`);
        for (const clip of await clippedChartText(desk.page)) faults.push(`${name} ${lang}: chart text cut off, ${clip}`);
        for (const v of await axeViolations(desk.page)) faults.push(`${name} ${lang}: axe ${v.id} (${v.impact}) on ${v.nodes} element(s): ${v.help}; ${v.targets.join(' | ')}`);
        if (lang === 'es') for (const leak of await spanishLeaks(desk.page)) faults.push(`${name} es: English word ${leak}`);
        faults.push(...desk.errors.map((e) => `${name} ${lang}: ${e}`));
        await desk.page.close();
        // Phone: drawn at 390 px from the start, as a phone would.
        const phone = await newPage(context);
        await phone.page.setViewportSize(PHONE);
        await phone.page.goto(`${base}/?page=${name}&lang=${lang}`);
        await ready(phone.page);
        await phone.page.waitForLoadState('networkidle', { timeout: 60_000 }).catch(() => undefined);
        const scroll = await sidewaysScroll(phone.page);
        if (scroll.overflow > 0) faults.push(`${name} ${lang}: scrolls ${scroll.overflow} px sideways at ${PHONE.width} px (${scroll.culprits.join(', ')})`);
        for (const clip of await clippedChartText(phone.page)) faults.push(`${name} ${lang} (phone): chart text cut off, ${clip}`);
        if (lang === 'es') for (const leak of await spanishLeaks(phone.page)) faults.push(`${name} es (phone): English word ${leak}`);
        await phone.page.screenshot({ path: join(ARTIFACTS, `phone-${name}-${lang}.png`), fullPage: true });
        faults.push(...phone.errors.map((e) => `${name} ${lang} (phone): ${e}`));
        await phone.page.close();
      }
    }
    process.stdout.write(`every page (${pages.join(', ')}), English and Spanish: ${faults.length} fault(s) for axe-core, phone width and English tell-tales\n`);
    expect(faults).toEqual([]);
  }, 300_000);

  it('says, in both languages, that nothing is loaded and gives the command that fixes it, when the store is empty', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'corridor-empty-')), 'empty.duckdb');
    (await openStore(path)).close();
    const empty = await startServer({ db: path, port: 0, web: webDist, logError: (e) => console.error(e) });
    try {
      for (const [lang, words, command] of [['en', 'No data loaded yet', 'npx corridor ingest --from <data folder>'], ['es', 'Aún no hay datos cargados', 'npx corridor ingest --from <carpeta de datos>']] as const) {
        const { page, errors } = await open(context, `${empty.url}/?page=us&lang=${lang}`);
        expect(await page.locator('[data-no-data] h2').textContent()).toBe(words);
        expect(await page.locator('[data-no-data] code').textContent()).toBe(command);
        expect(await page.locator('[data-chart]').count()).toBe(0);
        expect(errors).toEqual([]);
        await page.close();
      }
    } finally {
      await empty.close();
    }
  });

  it("labels the sector map without overlapping labels, at a desktop's width and a phone's", async () => {
    for (const width of [1280, PHONE.width]) {
      const opened = await newPage(context);
      await opened.page.setViewportSize({ width, height: 900 });
      await opened.page.goto(`${base}/?page=us&lang=en`);
      await ready(opened.page);
      const boxes = await opened.page.locator('[data-chart="us-sector-map"] g.sector-label text:not([display="none"])').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
      expect(boxes.length, `${width} px`).toBeGreaterThan(3);
      const overlaps = boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top).map(() => i));
      expect(overlaps, `${width} px: overlapping sector labels`).toEqual([]);
      expect(opened.errors).toEqual([]);
      await opened.page.close();
    }
  });

  it('shows the headline figures with their context and sources', async () => {
    const { page } = await open(context, `${base}/?page=overview&lang=en`);
    timings.overviewWarm = await readyAt(page);
    const cards = page.locator('.headline');
    expect(await cards.count()).toBe(4);
    for (const card of await cards.all()) {
      expect(await card.locator('.figure').textContent()).toMatch(/^[\d,]+ /);
      expect(await card.locator('[data-statement]').count()).toBeGreaterThan(0);
      expect(await card.locator('.sources a').getAttribute('href')).toMatch(/^https?:\/\//);
    }
    // The cards are for one month, or a card that is not says so (its month, how far behind).
    const said = await cards.evaluateAll((els) => els.map((e) => ({ period: e.querySelector('.period')?.textContent ?? '', gap: Number(e.querySelector('[data-gap]')?.getAttribute('data-gap') ?? 0) })));
    const current = said.filter((c) => c.gap === 0).map((c) => c.period);
    expect(new Set(current).size, JSON.stringify(said)).toBe(1);
    for (const c of said.filter((c) => c.gap > 0)) expect(c.period, JSON.stringify(said)).not.toBe(current[0]);
    process.stdout.write(`headline cards: ${said.map((c) => `${c.period}${c.gap ? ` (${c.gap} months behind, said)` : ''}`).join('; ')}\n`);
    await page.close();
  });

  it('changes every label to Spanish with the toggle, the store\'s labels included', async () => {
    const { page, errors } = await open(context, `${base}/?page=overview&lang=en`);
    const navEn = await page.locator('nav a').allTextContents();
    expect(navEn[0]).toBe('Overview');
    const before = await renders(page);
    await page.click('[data-lang-toggle]');
    await ready(page, before);
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    expect(page.url()).toContain('lang=es');
    const navEs = await page.locator('nav a').allTextContents();
    expect(navEs).toEqual(expect.arrayContaining(['Resumen', 'Frontera de EE. UU.', 'México', 'Comparar', 'Política', 'Escenarios', 'Recepción', 'Fuentes']));
    expect(navEs).toHaveLength(navEn.length);
    const [encounters] = await rows<{ label_es: string }>(server.store.conn, "SELECT label_es FROM measures WHERE id = 'encounters'");
    const legend = await page.locator('[data-chart="overview-swb"] .legend').textContent();
    expect(legend).toContain(encounters.label_es);
    expect(await page.locator('[data-chart="overview-swb"] h3').textContent()).toBe('Encuentros en la frontera suroeste de EE. UU., por mes');
    expect(await page.locator('[data-chart="overview-swb"] .note').first().textContent()).toContain('Eventos, no personas');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('redraws the chart when a filter changes, with tooltip figures the store confirms, and restores the view from its URL', async () => {
    const { page, errors } = await open(context, `${base}/?page=us&lang=en&by=component&grain=fy&from=2014&to=2024&cit=ALL&style=stacked&events=0`);
    const bars = '[data-chart="us-main"] svg [aria-label="bar"] rect';
    const byComponent = await page.locator(bars).count();
    expect(byComponent).toBeGreaterThan(10);
    let n = await renders(page);
    await page.click('fieldset[data-param="by"] input[value="demographic"]');
    await ready(page, n);
    const byDemographic = await page.locator(bars).count();
    expect(byDemographic).not.toBe(byComponent);
    n = await renders(page);
    await page.selectOption('select[data-param="cit"]', 'HND');
    await ready(page, n);
    const hondurans = await page.locator(bars).count();
    expect(hondurans).not.toBe(byDemographic);
    expect(page.url()).toContain('cit=HND');

    await hoverTallest(page, bars);
    const tip = await tipText(page, 'us-main');
    const fy = Number(tip.match(/FY(\d{4})/)![1]);
    const shown = Number(tip.match(/([\d,]+) events/)![1].replace(/,/g, ''));
    const label = tip.split('\n')[0];
    const [member] = await rows<{ code: string }>(server.store.conn, "SELECT code FROM members WHERE dimension = 'demographic' AND label_en = ?", [label]);
    expect(member, tip).toBeDefined();
    const request = await buildRequest(server.store.conn, { measure: 'encounters', where: ['geography=US-SWB', 'citizenship=HND'], by: ['demographic'], grain: 'fy', from: 'FY2014', to: 'FY2024' });
    const answer = await querySeries(server.store.conn, request);
    const row = answer.rows.find((r) => r.period === `${fy - 1}-10-01` && r.keys.demographic === member.code);
    expect(row, tip).toBeDefined();
    expect(shown).toBe(row!.value);
    expect(hondurans).toBe(answer.rows.filter((r) => r.value !== null).length);
    process.stdout.write(`tooltip: "${tip.replace(/\n/g, ' | ')}" = store ${row!.value} (${row!.source})\n`);

    // The CSV names its filter (file name, citizenship column) and ends each period with the store's own total.
    const [file] = await Promise.all([page.waitForEvent('download'), page.click('[data-chart="us-main"] button[data-download="csv"]')]);
    expect(file.suggestedFilename()).toMatch(/-hnd-/);
    const [head, ...lines] = readFileSync((await file.path())!, 'utf8').trim().split('\n').map((l) => l.split(','));
    const col = (name: string) => head.indexOf(name);
    expect(lines.every((l) => l[col('citizenship')] === 'HND')).toBe(true);
    const totals = lines.filter((l) => l[col('demographic')] === 'ALL');
    const whole = await querySeries(server.store.conn, await buildRequest(server.store.conn, { measure: 'encounters', where: ['geography=US-SWB', 'citizenship=HND'], grain: 'fy', from: 'FY2014', to: 'FY2024' }));
    expect(totals.map((l) => [l[col('period')], l[col('demographic_label')], Number(l[col('value')])])).toEqual(whole.rows.map((r) => [r.period, 'Total', r.value]));

    const shared = page.url();
    const again = await open(context, shared);
    expect(await again.page.locator(bars).count()).toBe(hondurans);
    expect(await again.page.locator('select[data-param="cit"]').inputValue()).toBe('HND');
    expect(await again.page.locator('fieldset[data-param="by"] input[value="demographic"]').isChecked()).toBe(true);
    expect(await again.page.locator('[data-chart="us-main"] .legend').textContent()).toBe(await page.locator('[data-chart="us-main"] .legend').textContent());
    const es = await open(context, shared.replace('lang=en', 'lang=es'));
    expect(await es.page.locator('[data-chart="us-main"] h3').textContent()).toBe('Encuentros en la frontera suroeste por grupo demográfico: nacionalidad Honduras');
    expect(await es.page.locator(bars).count()).toBe(hondurans);
    expect([...errors, ...again.errors, ...es.errors]).toEqual([]);
    for (const p of [page, again.page, es.page]) await p.close();
  });

  it("shades Mexico's states by apprehensions, Chiapas darkest, as the store has it", async () => {
    const { page, errors } = await open(context, `${base}/?page=mx&lang=en&mapm=mx-presentados&mapy=2019`);
    const fills = await page.locator('[data-chart="mx-map"] svg.plot-d6a7b5 [aria-label="geo"]').first().locator('path').evaluateAll((els) => els.map((e) => getComputedStyle(e).fill));
    expect(fills).toHaveLength(32);
    const darkest = fills.reduce((best, f, i) => (luminance(f) < luminance(fills[best]) ? i : best), 0);
    const answer = await querySeries(server.store.conn, { measure: 'mx-presentados', where: { geography: ['MX'] }, by: ['geography'], grain: 'cy', from: '2019-01-01', to: '2019-01-01' });
    const top = answer.rows.reduce((a, b) => ((b.value ?? 0) > (a.value ?? 0) ? b : a));
    expect(top.keys.geography).toBe('MX-07');
    expect(`MX-${String(darkest + 1).padStart(2, '0')}`).toBe(top.keys.geography);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draws forecast fans with their model cards, in English and Spanish, whose first forecast is the API\'s, and hides them with the toggle', async () => {
    const { page, errors } = await open(context, `${base}/?page=overview&lang=en`);
    const started = performance.now();
    await page.waitForSelector('[data-chart="overview-swb"][data-forecast]', { timeout: 60_000 });
    const waited = performance.now() - started;
    const swb = page.locator('[data-chart="overview-swb"]');
    for (const mark of ['forecast-95', 'forecast-80', 'forecast-line', 'forecast-mean']) expect(await swb.locator(`svg g.${mark}`).count(), mark).toBe(1);
    expect(await swb.locator('svg g.forecast-95 path').count()).toBe(1);
    const api = await (await fetch(`${base}/api/forecast?measure=encounters&where=geography%3DUS-SWB&horizon=12&lang=en`)).json();
    const [f] = api.forecasts;
    const first = (await swb.locator('svg g.forecast-mean title').first().textContent())!;
    expect(first).toContain(`Forecast: ${Math.round(f.months[0].mean).toLocaleString('en-US')}`);
    expect(first).toContain(`80% interval: ${Math.round(f.months[0].lower80).toLocaleString('en-US')} – ${Math.round(f.months[0].upper80).toLocaleString('en-US')}`);
    expect(await swb.getAttribute('data-forecast')).toBe(f.months[0].period);
    expect(await swb.locator('svg g.forecast-mean circle').count()).toBe(12);
    const card = swb.locator('.model-card');
    expect(await card.textContent()).toContain(f.card.said.model);
    expect(await card.locator('[data-form]').getAttribute('data-form')).toBe(f.card.form);
    expect(await card.locator('[data-intervals]').textContent()).toBe(f.card.said.intervals);
    expect(await card.locator('[data-mase]').getAttribute('data-mase')).toBe(String(f.card.backtest.mase));
    expect(await card.textContent()).toMatch(/80% intervals covered \d+% of outcomes/);
    expect(await card.textContent()).toContain(`${f.card.training.months} months`);
    for (const chart of ['overview-mx-apprehensions', 'overview-mx-intake']) {
      await page.waitForSelector(`[data-chart="${chart}"][data-forecast]`, { timeout: 30_000 });
      expect(await page.locator(`[data-chart="${chart}"] .model-card`).textContent()).toContain('too little history');
    }
    await swb.screenshot({ path: join(ARTIFACTS, 'dashboard-forecast-fan.png') });
    process.stdout.write(`forecast fan: first month ${f.months[0].period_label} ${Math.round(f.months[0].mean)} (80% ${Math.round(f.months[0].lower80)}-${Math.round(f.months[0].upper80)}), model ${f.card.form}, MASE ${f.card.backtest.mase.toFixed(3)}; drawn ${waited.toFixed(0)} ms after the page was ready\n`);

    let n = await renders(page);
    await page.click('input[data-param="fc"]');
    await ready(page, n);
    expect(page.url()).toContain('fc=0');
    expect(await page.locator('svg g.forecast-mean, .model-card').count()).toBe(0);

    const es = await open(context, `${base}/?page=overview&lang=es`);
    await es.page.waitForSelector('[data-chart="overview-swb"][data-forecast]', { timeout: 30_000 });
    const esCard = (await es.page.locator('[data-chart="overview-swb"] .model-card').textContent())!;
    expect(esCard).toContain('Ficha del modelo de pronóstico');
    expect(esCard).toContain('Termina el Título 42');
    // The model in Spanish words, not the code form ("Combination(...)").
    expect(esCard).toMatch(/Combinación\(/);
    expect(esCard).not.toMatch(/Combination\(/);
    expect(await es.page.locator('[data-chart="overview-swb"] svg g.forecast-mean title').first().textContent()).toContain('Pronóstico: ');
    await es.page.locator('[data-chart="overview-swb"]').screenshot({ path: join(ARTIFACTS, 'dashboard-forecast-fan-es.png') });
    expect([...errors, ...es.errors]).toEqual([]);
    for (const p of [page, es.page]) await p.close();
  });

  it('downloads a chart as CSV, SVG and PNG', async () => {
    const { page, errors } = await open(context, `${base}/?page=overview&lang=en`);
    const download = async (kind: string) => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.click(`[data-chart="overview-swb"] button[data-download="${kind}"]`)]);
      return readFileSync((await file.path())!);
    };
    const csv = (await download('csv')).toString('utf8').trim().split('\n');
    expect(csv[0]).toMatch(/^period,period_label,/);
    const swb = await querySeries(server.store.conn, { measure: 'encounters', where: { geography: ['US-SWB'] }, grain: 'month', from: '1999-10-01' });
    const usbp = await querySeries(server.store.conn, { measure: 'encounters', where: { geography: ['US-SWB'], component: ['USBP'] }, grain: 'month', from: '1999-10-01' });
    expect(csv).toHaveLength(1 + swb.rows.length + usbp.rows.length);
    const svg = (await download('svg')).toString('utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('US southwest border encounters, by month');
    expect(svg).toContain('Events, not people');
    const png = await download('png');
    expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    expect(errors).toEqual([]);
    await page.close();
  });

  // 182 downloads, the largest 5.8 MB (ICE's arrests of a year by category, citizenship and sex): 77-87 s on a quiet
  // 2-core machine, past the default 120 s when the machine is loaded.
  it("offers every table's download from the Sources page, each answering with rows broken down as the table is", async () => {
    const { page, errors } = await open(context, `${base}/?page=sources&lang=en`);
    const tables = await page.locator('li[data-table]').evaluateAll((els) =>
      els.map((e) => ({ id: e.getAttribute('data-table')!, csv: [...e.querySelectorAll('a[data-export="csv"]')].map((a) => (a as HTMLAnchorElement).href) })),
    );
    const links = tables.flatMap((t) => t.csv);
    expect(links.length).toBeGreaterThan(100);
    // What each table holds (/api/coverage): the dimensions it breaks down, which its download must break down too.
    const coverage = (await (await fetch(`${base}/api/coverage?limit=2000`)).json()) as { tables: { id: string; dimensions: Record<string, { count: number }> }[] };
    const brokenDown = new Map(coverage.tables.map((t) => [t.id, Object.entries(t.dimensions).filter(([dim, d]) => dim !== 'geography' && d.count > 1).map(([dim]) => dim).sort()]));
    // The cells of a CSV line (labels with a comma are quoted: "Korea, Republic of").
    const cells = (line: string) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].map((m) => m[1]).slice(0, -1);
    const empty: string[] = [];
    const saidEmpty: string[] = [];
    const otherTable = new Set<string>();
    const unbroken: string[] = [];
    /** Each table's downloaded codes of citizenship (all its ranges of years together). */
    const citizenships = new Map<string, Set<string>>();
    for (const t of tables) {
      for (const link of t.csv) {
        const by = new URL(link).searchParams.getAll('by').sort();
        if (JSON.stringify(by) !== JSON.stringify(brokenDown.get(t.id))) unbroken.push(`${t.id}: by ${by.join(',')}, the table breaks down ${brokenDown.get(t.id)?.join(',')}`);
        const res = await fetch(link);
        const [head, ...body] = (await res.text()).trim().split('\n').map(cells);
        // An empty file must say why (X-Corridor-Notices); every row must be the table's own (dataset=, since c321257).
        if (res.status !== 200 || (body.length < 1 && !res.headers.get('X-Corridor-Notices')?.includes('No rows'))) empty.push(`${res.status} ${link}`);
        if (body.length < 1) saidEmpty.push(t.id);
        const ds = head.indexOf('dataset');
        for (const r of body) if (r[ds] !== t.id) otherTable.add(`${t.id}: rows of ${r[ds]}`);
        for (const dim of by) if (!head.includes(dim)) unbroken.push(`${t.id}: no ${dim} column in ${link}`);
        const col = head.indexOf('citizenship');
        if (col >= 0) for (const r of body) citizenships.set(t.id, (citizenships.get(t.id) ?? new Set()).add(r[col]));
      }
    }
    expect(empty).toEqual([]);
    expect([...otherTable]).toEqual([]);
    // INM's Mexicans received publishes its age groups and its land or air split apart, never crossed: the download
    // crossing them is empty and says so (a download per breakdown is left to do: /api/coverage does not say which cross).
    expect([...new Set(saidEmpty)]).toEqual(['inm-ianami/mexicans-received']);
    expect(unbroken).toEqual([]);
    // The tables "by nationality" give their nationalities (they gave 88 monthly totals, or a total by category, once).
    for (const [id, atLeast] of [['iom/upm-presentados-by-nationality', 100], ['iom/upm-returns-by-nationality', 50], ['iom/darien-by-nationality', 30], ['unhcr/asylum-applications', 100]] as const) {
      expect(citizenships.get(id)?.size ?? 0, id).toBeGreaterThanOrEqual(atLeast);
    }
    expect(await page.locator('tr[data-check]').count()).toBeGreaterThan(10);
    expect(errors).toEqual([]);
    process.stdout.write(`sources page: ${links.length} table downloads (${tables.length} tables, ${tables.filter((t) => t.csv.length > 1).length} in ranges of years), all answering with rows broken down as their table\n`);
    await page.close();
  }, 300_000);

  it('reports the size of its JavaScript and the time the Overview takes; primes exactly what the Overview asks', async () => {
    const js = readdirSync(join(webDist, 'assets')).filter((f) => f.endsWith('.js'));
    const gz = js.reduce((n, f) => n + gzipSync(readFileSync(join(webDist, 'assets', f)), { level: 9 }).length, 0);
    const raw = js.reduce((n, f) => n + readFileSync(join(webDist, 'assets', f)).length, 0);
    // A new visitor (fresh profile) after the server has asked the Overview's questions, as `corridor start` does.
    const primed = await primeOverview(base);
    expect(primed.failed).toEqual([]);
    const visitor = await launch();
    try {
      const { page, errors } = await newPage(visitor);
      const asked: string[] = [];
      page.on('request', (r) => r.url().includes('/api/') && asked.push(r.url().slice(base.length)));
      await page.goto(`${base}/?page=overview&lang=en`);
      await ready(page);
      timings.overviewPrimed = await readyAt(page);
      await page.waitForFunction(() => document.querySelectorAll('[data-chart][data-forecast]').length === 3, undefined, { timeout: 30_000 });
      timings.overviewFans = await page.evaluate(() => performance.now());
      const sent = await page.evaluate(() =>
        (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((r) => r.name.endsWith('.js')).reduce((n, r) => n + r.encodedBodySize, 0),
      );
      expect(errors).toEqual([]);
      expect([...new Set(asked)].sort()).toEqual(overviewRequests('en').sort());
      process.stdout.write(
        `dashboard JavaScript: ${js.length} file(s), ${(raw / 1024).toFixed(1)} kB, ${(gz / 1024).toFixed(1)} kB gzipped (target < 350 kB); the server sent ${(sent / 1024).toFixed(1)} kB\n` +
          `Overview drawn and interactive (target < 1,500 ms): ${timings.overviewPrimed.toFixed(0)} ms for a new visitor once the server has primed it as corridor start does (priming took ${primed.seconds.toFixed(1)} s); ` +
          `${timings.overviewCold?.toFixed(0)} ms for the very first visit to an unprimed server; ${timings.overviewWarm?.toFixed(0)} ms on a later visit; ` +
          `the three forecast fans drawn by ${timings.overviewFans.toFixed(0)} ms (after the page was interactive)\n`,
      );
    } finally {
      await visitor.close();
    }
  });
  it('draws the Policy page: the bilateral record with its sources, the effect of an event, and a claim checked', async () => {
    const claim = 'March 2021 had the most southwest border encounters in two decades';
    const { page, errors } = await open(context, `${base}/?page=policy&lang=en&ev=title42-end&ser=swb&claim=${encodeURIComponent(claim)}`);
    expect(await page.locator('nav a[data-page="policy"]').getAttribute('aria-current')).toBe('page');
    expect(await page.locator('.plot-area .empty').count()).toBe(0);
    // The record: every ledger line links to its source; the White House line of doses to Mexico is there.
    const lines = page.locator('[data-table="ledger"] tbody tr');
    expect(await lines.count()).toBeGreaterThan(10);
    expect(await page.locator('[data-table="ledger"] tbody tr td:nth-child(6) a[href^="http"]').count()).toBe(await lines.count());
    const doses = page.locator('[data-table="ledger"] tbody tr', { hasText: '4,049,000 doses' });
    expect(await doses.count()).toBe(1);
    expect(await doses.textContent()).toContain('Mexico');
    expect(await doses.locator('td:nth-child(6) a').getAttribute('href')).toMatch(/^https:\/\/[a-z.]*whitehouse\.(gov|archives\.gov)\//);
    expect(await page.locator('[data-chart="policy-axis"] svg').count()).toBeGreaterThan(1);
    // Policy events: the important ones labelled in words, without overlap; every event keeps its dot, whose tooltip names it.
    const labels = await page.locator('[data-chart="policy-axis"] text.event-label, [data-chart="policy-axis"] g.event-label text').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
    expect(labels.length).toBeGreaterThan(2);
    expect(labels.flatMap((a, i) => labels.slice(i + 1).filter((b) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top).map(() => i)), 'overlapping event labels').toEqual([]);
    const dots = await page.locator('[data-chart="policy-axis"] svg').first().locator('g[aria-label="dot"] circle').count();
    expect(dots).toBeGreaterThan(labels.length);
    // The National Guard's panel stops in 2021, long before the received line: it says how old it is.
    expect(await page.locator('[data-chart="policy-axis"] p[data-stale]').first().textContent()).toMatch(/^The latest figure here is for \w{3} 20\d\d, \d+ months before today\.$/);
    // The effect of the end of Title 42 on southwest border encounters: the API's months, band and cumulative effect.
    const impact = page.locator('[data-chart="policy-impact"][data-event="title42-end"]');
    await impact.waitFor();
    const api = await (await fetch(`${base}/api/impact?event=title42-end&measure=encounters&where=geography%3DUS-SWB&window-after=12&model=ets&lang=en`)).json();
    for (const mark of ['impact-band', 'impact-observed', 'impact-counterfactual', 'impact-before']) expect(await impact.locator(`svg g.${mark}`).count(), mark).toBe(1);
    expect(await impact.locator('svg g.impact-observed-dot circle').count()).toBe(api.months.length);
    expect(await page.locator('[data-chart="policy-impact-cumulative"] svg g.impact-cumulative-band path').count()).toBe(1);
    expect(await page.locator('[data-chart="policy-impact-cumulative"]').getAttribute('data-significant')).toBe(String(api.total.significant));
    expect(await page.locator('[data-chart="policy-impact-cumulative"] .note').first().textContent()).toContain(Math.round(api.total.observed).toLocaleString('en-US'));
    expect(await page.locator('[data-overlap]').count()).toBe(api.overlapping.length);
    // The claim: the verdict the API gives, with its readings and sources.
    const answer = await (await fetch(`${base}/api/claims?text=${encodeURIComponent(claim)}&lang=en`)).json();
    const box = page.locator('.claim-answer');
    expect(await box.getAttribute('data-verdict')).toBe(answer.verdict);
    expect(await box.locator('.claim-check').count()).toBe(answer.checks.length);
    expect(await box.locator('.sources a[href^="http"]').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-policy.png'), fullPage: true });
    // Typing a claim puts it in the URL and answers it; the view comes back in Spanish from its URL.
    let n = await renders(page);
    await page.fill('input[data-param="claim"]', 'FY2022 had the most southwest border encounters on record');
    await page.click('[data-claim-submit]');
    await ready(page, n);
    expect(page.url()).toContain('claim=FY2022');
    expect(await page.locator('.claim-answer').getAttribute('data-verdict')).toMatch(/^(true|false|partly true|undetermined)$/);
    n = await renders(page);
    await page.selectOption('select[data-param="ser"]', 'swb-usbp');
    await ready(page, n);
    expect(page.url()).toContain('ser=swb-usbp');
    expect(await page.locator('[data-chart="policy-impact"] svg g.impact-band').count()).toBe(1);
    const es = await open(context, page.url().replace('lang=en', 'lang=es'));
    expect(await es.page.locator('nav a[data-page="policy"]').textContent()).toBe('Política');
    expect(await es.page.locator('.page-head h2').textContent()).toBe('Política, el registro bilateral y afirmaciones');
    expect(await es.page.locator('[data-table="ledger"] tbody tr', { hasText: '4,049,000 dosis' }).count()).toBe(1);
    expect(await es.page.locator('.claim-answer .verdict strong').textContent()).toMatch(/^(Verdadero|Falso|Parcialmente verdadero|No se puede determinar)$/);
    expect(await es.page.locator('[data-chart="policy-impact"] .legend').textContent()).toContain('Contrafactual');
    await es.page.screenshot({ path: join(ARTIFACTS, 'dashboard-policy-es.png'), fullPage: true });
    expect([...errors, ...es.errors]).toEqual([]);
    for (const p of [page, es.page]) await p.close();
  });

  it("draws forecast fans on the US border's monthly small multiples and on Compare, whose first forecast is the API's", async () => {
    /** A one-series question's forecast, as /api/forecast answers it. */
    const apiForecast = async (measure: string, where: Record<string, string>) => {
      const q = new URLSearchParams({ measure });
      for (const [dim, value] of Object.entries(where)) q.append('where', `${dim}=${value}`);
      q.set('horizon', '12');
      q.set('lang', 'en');
      return (await (await fetch(`${base}/api/forecast?${q}`)).json()).forecasts[0];
    };
    /** Its first forecast month. */
    const apiFirst = async (measure: string, where: Record<string, string>) =>
      (await apiForecast(measure, where)).months[0] as { period: string; mean: number; lower80: number; upper80: number };
    const expectFirst = (title: string | null, m: { mean: number; lower80: number; upper80: number }) => {
      expect(title).toContain(`Forecast: ${Math.round(m.mean).toLocaleString('en-US')}`);
      expect(title).toContain(`80% interval: ${Math.round(m.lower80).toLocaleString('en-US')} – ${Math.round(m.upper80).toLocaleString('en-US')}`);
    };

    // US border, by component, monthly, small multiples: one fan per panel, the first panel's is the API's.
    const us = await open(context, `${base}/?page=us&lang=en&by=component&grain=month&from=2014&style=multiples&events=0`);
    await us.page.waitForSelector('[data-chart="us-main"][data-forecast]', { timeout: 60_000 });
    const panel = us.page.locator('[data-chart="us-main"] .multiple').first();
    const [component] = await rows<{ code: string }>(server.store.conn, "SELECT code FROM members WHERE dimension = 'component' AND label_en = ?", [(await panel.locator('h4').textContent())!]);
    const usFirst = await apiFirst('encounters', { geography: 'US-SWB', component: component.code });
    expectFirst(await panel.locator('svg g.forecast-mean title').first().textContent(), usFirst);
    expect(await us.page.locator('[data-chart="us-main"]').getAttribute('data-forecast')).toBe(usFirst.period);
    // CBP names components only through August 2025 on the mirror: the months after it, nowcast from INM's days by
    // default, are drawn before the fan (one open dot each, as the API's card lists them) and said on the card.
    const usNowcast = (await apiForecast('encounters', { geography: 'US-SWB', component: component.code })).card.nowcast.months as { period: string; value: number }[];
    expect(usNowcast.length).toBeGreaterThan(0);
    expect(await panel.locator('svg g.nowcast-mean circle').count()).toBe(usNowcast.length);
    // Each open dot stands on a rule for its 80% interval (the nowcasts' own error on the series), given in its title.
    expect(await panel.locator('svg g.nowcast-80 line').count()).toBe(usNowcast.filter((m: any) => m.intervals.length).length);
    expect(await panel.locator('svg g.nowcast-mean title').first().textContent()).toMatch(/80% interval: [\d,]+ – [\d,]+/);
    expect(await panel.locator('svg g.nowcast-mean title').first().textContent()).toContain(`Nowcast: ${Math.round(usNowcast[0].value).toLocaleString('en-US')}`);
    expect(await us.page.locator('[data-chart="us-main"] .model-card [data-nowcast]').count()).toBe(await us.page.locator('[data-chart="us-main"] svg g.nowcast-line').count());
    expect(await us.page.locator('[data-chart="us-main"] .model-card').count()).toBe(await us.page.locator('[data-chart="us-main"] svg g.forecast-line').count());
    await us.page.locator('[data-chart="us-main"]').screenshot({ path: join(ARTIFACTS, 'dashboard-us-forecast.png') });

    // Compare: a fan on each panel as published (A's is the API's) and on the index chart; the toggle hides them.
    const cmp = await open(context, `${base}/?page=compare&lang=en&am=encounters&ap=US-SWB&ac=ALL&bm=inm-rescatados&bp=MX&bc=ALL&grain=month&mode=index`);
    await cmp.page.waitForSelector('[data-chart="compare-raw"][data-forecast]', { timeout: 60_000 });
    const cmpFirst = await apiFirst('encounters', { geography: 'US-SWB' });
    expectFirst(await cmp.page.locator('[data-chart="compare-raw"] .multiple').first().locator('svg g.forecast-mean title').first().textContent(), cmpFirst);
    expect(await cmp.page.locator('[data-chart="compare-raw"] .model-card').count()).toBe(2);
    expect(await cmp.page.locator('[data-chart="compare-main"] svg g.forecast-line').count()).toBe(2);
    await cmp.page.screenshot({ path: join(ARTIFACTS, 'dashboard-compare-forecast.png'), fullPage: true });
    const n = await renders(cmp.page);
    await cmp.page.click('input[data-param="fc"]');
    await ready(cmp.page, n);
    expect(cmp.page.url()).toContain('fc=0');
    expect(await cmp.page.locator('svg g.forecast-mean, .model-card').count()).toBe(0);
    process.stdout.write(`forecast fans: US border ${component.code} first month ${usFirst.period.slice(0, 7)} ${Math.round(usFirst.mean)} after ${usNowcast.length} nowcast months from ${usNowcast[0].period}; Compare A first month ${cmpFirst.period.slice(0, 7)} ${Math.round(cmpFirst.mean)}\n`);
    expect([...us.errors, ...cmp.errors]).toEqual([]);
    for (const p of [us.page, cmp.page]) await p.close();
  });

  it('draws the Reception page: the API\'s alerts and assumptions, and a coordinator\'s city picker that changes the weeks shown', async () => {
    const { page, errors } = await open(context, `${base}/?page=reception&lang=en`);
    const plan = (await (await fetch(`${base}/api/reception?lang=en`)).json()) as { cities: { code: string; name: string }[]; alerts: { city: string; message: string }[]; assumptions: unknown[]; weeks: string[] };
    expect(await page.locator('.page-reception h2').textContent()).toBe('Reception');
    expect(await page.locator('.page-reception .loading').count()).toBe(0);
    // Every alert of the API is listed with its message; every assumption too, and the demo registry is said plainly.
    expect(await page.locator('.reception-alerts li').count()).toBe(plan.alerts.length);
    if (plan.alerts.length) expect(await page.locator('.reception-alerts li').first().textContent()).toContain(plan.alerts[0].message);
    expect(await page.locator('.reception-assumptions li').count()).toBe(plan.assumptions.length);
    expect(await page.locator('.reception-demo').textContent()).toContain('not verified');
    expect(await page.locator('[data-chart^="reception-"] svg').count()).toBeGreaterThanOrEqual(plan.cities.length);
    // The coordinator's view: five weeks of the picked city; another city redraws it and goes into the URL.
    expect(plan.cities.length).toBeGreaterThan(1);
    const first = await page.locator('.reception-city').getAttribute('data-city');
    expect(await page.locator('.reception-weeks tbody tr').count()).toBe(Math.min(5, plan.weeks.length));
    const other = plan.cities.find((c) => c.code !== first)!;
    const before = await page.locator('.reception-weeks tbody').textContent();
    const n = await renders(page);
    await page.selectOption('select[data-param="city"]', other.code);
    await ready(page, n);
    expect(await page.locator('.reception-city').getAttribute('data-city')).toBe(other.code);
    expect(page.url()).toContain(`city=${encodeURIComponent(other.code)}`);
    expect(await page.locator('.reception-weeks tbody').textContent()).not.toBe(before);
    const es = await open(context, page.url().replace('lang=en', 'lang=es'));
    expect(await es.page.locator('.page-reception h2').textContent()).toBe('Recepción');
    expect(await es.page.locator('select[data-param="city"]').inputValue()).toBe(other.code);
    expect([...errors, ...es.errors]).toEqual([]);
    for (const p of [page, es.page]) await p.close();
  });
});
