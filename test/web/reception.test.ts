/**
 * The Reception page's map and shelter view in Debian's chromium, against the server started
 * in-process on a copy of the store loaded from the mirror. The figures are recomputed here
 * from the API's plan JSON (sums written out again, not the page's code): one circle per city
 * of the plan whose tooltip is that city's week; the week slider and a click on a circle go
 * into the URL; the shelter view's arrivals, units, unmet need and free beds are the API's;
 * the plan downloads as the API's JSON; in Spanish at 390 px: Spanish figures, labels that do
 * not overlap, no sideways scroll, axe-core 0 violations, no English tell-tale. The plan's weeks
 * (start, weeks) picked in either mode are the API's for the same query, kept in the URL through
 * a reload and back/forward; a start the API refuses shows its reason in the page's language.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import type { z } from 'zod';
import type { PlanSchema } from '../../src/api/routes/reception.js';
import { describeMirror } from '../mirror.js';
import { axeViolations, PHONE, sidewaysScroll, spanishLeaks } from './audit.js';
import { newPage, open, ready, renders } from './browser.js';
import { mirrorDashboard } from './mirror-dashboard.js';

type Plan = z.infer<typeof PlanSchema>;
const ARTIFACTS = resolve('test-artifacts');
const MONTHS = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  es: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'],
};
const WORDS = {
  en: { week: 'week of', arriving: 'Arriving', beds: 'Beds', used: 'Beds in use', unmet: 'Without a place' },
  es: { week: 'semana del', arriving: 'Llegan', beds: 'Camas', used: 'Camas ocupadas', unmet: 'Sin lugar' },
};
type Lang = keyof typeof WORDS;
const n = (x: number, lang: Lang) => x.toLocaleString(lang === 'es' ? 'es-MX' : 'en-US', { maximumFractionDigits: 0 });
const day = (week: string, lang: Lang) => `${Number(week.slice(8, 10))} ${MONTHS[lang][Number(week.slice(5, 7)) - 1]} ${week.slice(0, 4)}`;
const total = (xs: { people: number }[]) => xs.reduce((a, x) => a + x.people, 0);

/** A city's week as the plan JSON has it: arrivals, beds and average beds in use at the city's own sites, unmet need. */
function expectedTitle(plan: Plan, code: string, i: number, lang: Lang): string {
  const week = plan.weeks[i];
  const city = plan.cities.find((c) => c.code === code)!;
  const sites = plan.sites.filter((s) => s.city === code);
  const arriving = total(plan.arrivals.filter((a) => a.city === code && a.week === week));
  const beds = sites.reduce((a, s) => a + s.capacity[i], 0);
  const used = sites.reduce((a, s) => a + s.occupancy[i], 0);
  const unmet = total(plan.unmet.filter((u) => u.city === code && u.week === week));
  const w = WORDS[lang];
  return `${city.name} · ${w.week} ${day(week, lang)}\n${w.arriving}: ${n(arriving, lang)}\n${w.beds}: ${n(beds, lang)}\n${w.used}: ${n(used, lang)}\n${w.unmet}: ${n(unmet, lang)}`;
}

/** Each circle of the map: its city and its tooltip (the <title> Plot writes). */
const circles = (page: Page) =>
  page.locator('[data-chart="reception-map"] g.reception-mark circle').evaluateAll((els) => els.map((e) => ({ city: e.getAttribute('data-city'), title: e.querySelector('title')?.textContent ?? '', fill: e.getAttribute('fill') })));

describeMirror('the Reception page in chromium: map and shelter view', () => {
  const d = mirrorDashboard();
  const plans: Partial<Record<Lang, Plan>> = {};
  const planOf = async (lang: Lang) => (plans[lang] ??= (await (await fetch(`${d.base}/api/reception?lang=${lang}`)).json()) as Plan);

  beforeAll(() => {
    mkdirSync(ARTIFACTS, { recursive: true });
  });

  it("draws one circle per city of the plan with the API's figures; the week slider and a click on a circle go into the URL", async () => {
    const plan = await planOf('en');
    expect(plan.cities.length).toBeGreaterThan(5);
    const { page, errors } = await open(d.context, `${d.base}/?page=reception&lang=en`);
    const first = await circles(page);
    expect(first.map((c) => c.city).sort()).toEqual(plan.cities.map((c) => c.code).sort());
    for (const c of first) expect(c.title).toBe(expectedTitle(plan, c.city!, 0, 'en'));
    // A city with people without a place that week is drawn in the shortfall colour.
    for (const c of first) if (total(plan.unmet.filter((u) => u.city === c.city && u.week === plan.weeks[0])) > 0) expect(c.fill).toBe('#D55E00');
    // The table behind the map has a row per city.
    await page.locator('[data-chart="reception-map"] details.chart-table summary').click();
    // The table is drawn on the details' toggle event, which fires after the click resolves.
    await expect.poll(() => page.locator('[data-chart="reception-map"] details.chart-table tbody tr').count()).toBe(plan.cities.length);

    // Another week from the slider: it goes into the URL and every circle shows that week.
    const i = Math.min(3, plan.weeks.length - 1);
    let r = await renders(page);
    await page.locator('input[data-param="week"]').evaluate((el: HTMLInputElement, v) => {
      el.value = String(v);
      el.dispatchEvent(new Event('change', { bubbles: true }));
    }, i);
    await ready(page, r);
    expect(new URL(page.url()).searchParams.get('week')).toBe(plan.weeks[i]);
    for (const c of await circles(page)) expect(c.title).toBe(expectedTitle(plan, c.city!, i, 'en'));

    // A click on a circle picks its city for the shelter view below.
    const picked = await page.locator('.reception-city').getAttribute('data-city');
    const other = plan.cities.find((c) => c.code !== picked && plan.arrivals.some((a) => a.city === c.code))!;
    r = await renders(page);
    await page.locator(`[data-chart="reception-map"] circle[data-city="${other.code}"]`).dispatchEvent('click');
    await ready(page, r);
    expect(new URL(page.url()).searchParams.get('city')).toBe(other.code);
    expect(await page.locator('.reception-city').getAttribute('data-city')).toBe(other.code);
    expect(await page.locator('select[data-param="city"]').inputValue()).toBe(other.code);
    expect(await page.locator('[data-chart="reception-map"] .note').first().textContent()).toContain(other.name);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows a coordinator the API's figures: arrivals by kind, family units by size, unmet need, free beds by kind at sites within reach", async () => {
    const plan = await planOf('en');
    const shelter = plan.shelter!;
    expect(shelter.maxKm).toBeGreaterThan(0);
    // The city with the most arrivals in families, so that units and sizes are shown.
    const families = (code: string) => total(plan.arrivals.filter((a) => a.city === code && a.kind === 'families'));
    const city = [...plan.cities].sort((a, b) => families(b.code) - families(a.code))[0];
    const start = Math.min(2, plan.weeks.length - 1);
    const { page, errors } = await open(d.context, `${d.base}/?page=reception&lang=en&city=${city.code}&week=${plan.weeks[start]}`);
    const weeks = plan.weeks.slice(start, start + 5);
    expect(await page.locator('.reception-weeks tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-week')))).toEqual(weeks);
    let units = 0;
    for (const week of weeks) {
      const row = page.locator(`.reception-weeks tbody tr[data-week="${week}"]`);
      const here = plan.arrivals.filter((a) => a.city === city.code && a.week === week && a.people > 0);
      expect(Number(await row.locator('td[data-arriving]').getAttribute('data-arriving'))).toBe(total(here));
      expect(await row.locator('td[data-arriving]').textContent()).toBe(n(total(here), 'en'));
      const kinds = await row.locator('td').nth(1).locator('li[data-kind]').evaluateAll((els) => els.map((e) => ({ kind: e.getAttribute('data-kind'), people: Number(e.getAttribute('data-people')), units: Number(e.getAttribute('data-units')), text: e.textContent ?? '' })));
      expect(kinds.map((k) => [k.kind, k.people, k.units]).sort()).toEqual(here.map((a) => [a.kind, a.people, a.units]).sort());
      for (const k of kinds.filter((x) => x.kind === 'families')) {
        units += k.units;
        // Units by size: "2 units (1 of 2, 1 of 3): 5 people", from the API's units.
        const sizes = shelter.units.filter((u) => u.city === city.code && u.week === week && u.kind === 'families');
        expect(sizes.reduce((a, u) => a + u.units * u.size, 0)).toBe(k.people);
        expect(k.text).toContain(`${n(k.units, 'en')} ${k.units === 1 ? 'unit' : 'units'} (${sizes.map((u) => `${n(u.units, 'en')} of ${u.size}`).join(', ')}): ${n(k.people, 'en')} people`);
      }
      // Where the plan sends them, site by site.
      for (const k of kinds) {
        const sent = plan.assignments.filter((a) => a.city === city.code && a.week === week && a.kind === k.kind);
        for (const site of new Set(sent.map((a) => a.site))) expect(k.text).toContain(`${plan.sites.find((s) => s.id === site)!.name} (${n(total(sent.filter((a) => a.site === site)), 'en')})`);
      }
      const unmet = plan.unmet.filter((u) => u.city === city.code && u.week === week);
      expect(Number(await row.locator('td[data-unmet]').getAttribute('data-unmet'))).toBe(total(unmet));
    }
    expect(units).toBeGreaterThan(0);
    // Free beds by kind at every site within reach that takes anyone, nearest first, week by week.
    const near = shelter.reach.filter((r) => r.city === city.code && shelter.sites.find((s) => s.id === r.site)!.takes.length);
    expect(await page.locator('.reception-free tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-site')))).toEqual(near.map((r) => r.site));
    for (const r of near) {
      const site = shelter.sites.find((s) => s.id === r.site)!;
      const cells = await page.locator(`.reception-free tr[data-site="${r.site}"] td`).evaluateAll((els) => els.map((e) => ({ week: e.getAttribute('data-week'), free: JSON.parse(e.getAttribute('data-free') ?? '{}'), text: e.textContent })));
      expect(cells.map((c) => c.week)).toEqual(weeks);
      cells.forEach((c, j) => {
        expect(c.free).toEqual(Object.fromEntries(site.takes.map((k) => [k, site.free[k]![start + j]])));
        const values = site.takes.map((k) => site.free[k]![start + j]);
        if (values.every((v) => v === values[0])) expect(c.text).toBe(n(values[0], 'en'));
      });
      expect(r.km).toBeLessThanOrEqual(shelter.maxKm);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('downloads the plan as the API\'s JSON and as CSV', async () => {
    const plan = await planOf('en');
    const { page, errors } = await open(d.context, `${d.base}/?page=reception&lang=en`);
    const [json] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-download="plan-json"]').click()]);
    expect(JSON.parse(readFileSync((await json.path())!, 'utf8'))).toEqual({ ...plan, solver: expect.any(Object) });
    const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-download="plan-csv"]').click()]);
    const lines = readFileSync((await csv.path())!, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('week,city,city_name,kind,kind_label,arriving_people,placed_people,unmet_people');
    expect(lines.slice(1).reduce((a, l) => a + Number(l.split(',').at(-3)), 0)).toBe(total(plan.arrivals));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens the printable brief from its link: the same HTML as the PDF, in the page\'s language, naming the cities, its styles applied', async () => {
    const plan = await planOf('es');
    const { page, errors } = await open(d.context, `${d.base}/?page=reception&lang=es`);
    const link = page.locator('a[data-download="brief"]');
    expect(await link.textContent()).toBe('Resumen para imprimir (una página por ciudad)');
    const [brief] = await Promise.all([d.context.waitForEvent('page'), link.click()]);
    await brief.waitForLoadState('load');
    expect(new URL(brief.url()).pathname).toBe('/api/reception/brief');
    expect(await brief.locator('html').getAttribute('lang')).toBe('es');
    const text = (await brief.locator('body').textContent())!;
    for (const c of plan.cities) expect(text).toContain(c.name);
    // The linked stylesheet is applied (a page per city breaks before it) and the charts are coloured.
    expect(await brief.locator('section.page').count()).toBeGreaterThan(plan.cities.length - 1);
    expect(await brief.locator('svg.chart .occ').first().evaluate((e) => getComputedStyle(e).fill)).toBe('rgb(76, 120, 168)');
    expect(errors).toEqual([]);
    await brief.close();
    await page.close();
  });

  it('in Spanish on a 390 px phone: Spanish tooltips with the API\'s figures, labels that do not overlap, no sideways scroll, axe 0 violations', async () => {
    const plan = await planOf('es');
    const { page, errors } = await newPage(d.context);
    await page.setViewportSize(PHONE);
    await page.goto(`${d.base}/?page=reception&lang=es`);
    await ready(page);
    expect(await page.locator('.page-reception h2').textContent()).toBe('Recepción');
    expect(await page.locator('.reception-city h3').textContent()).toBe('Mi ciudad: esta semana y las cuatro siguientes');
    const marks = await circles(page);
    expect(marks).toHaveLength(plan.cities.length);
    for (const c of marks) expect(c.title).toBe(expectedTitle(plan, c.city!, 0, 'es'));
    const labels = await page.locator('[data-chart="reception-map"] g.reception-label:not([display="none"]) text').evaluateAll((els) => {
      const svg = (els[0] as SVGTextElement | undefined)?.ownerSVGElement?.getBoundingClientRect();
      return { svg: svg?.toJSON() as DOMRect, boxes: els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect) };
    });
    expect(labels.boxes.length).toBeGreaterThanOrEqual(Math.min(6, plan.cities.length));
    labels.boxes.forEach((a, i) => {
      expect(a.left >= labels.svg.left && a.right <= labels.svg.right).toBe(true);
      for (const b of labels.boxes.slice(i + 1)) expect(a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top).toBe(false);
    });
    const scroll = await sidewaysScroll(page);
    expect(scroll.overflow, scroll.culprits.join(', ')).toBeLessThanOrEqual(0);
    expect(await spanishLeaks(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}/reception-es-390.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  // QA, 7 December 2026: keyboard focus, URLs rewritten to what is shown, the per-city charts, the phone map, sources.

  it('keeps the focus on the week slider and the city select operated with the keyboard, every key press counting', async () => {
    const plan = await planOf('en');
    const { page, errors } = await open(d.context, `${d.base}/?page=reception&lang=en&week=${plan.weeks[0]}`);
    await page.locator('input[data-param="week"]').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((week) => document.body.dataset.state === 'ready' && new URLSearchParams(location.search).get('week') === week, plan.weeks[2], { timeout: 60_000 });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-param'))).toBe('week');
    expect(await page.locator('input[data-param="week"]').inputValue()).toBe('2');
    // The city select: each ArrowDown picks the next city, the focus stays.
    const select = page.locator('select[data-param="city"]');
    const options = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    const from = options.indexOf(await select.inputValue());
    expect(from).toBeLessThan(options.length - 2);
    await select.focus();
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction((city) => document.body.dataset.state === 'ready' && new URLSearchParams(location.search).get('city') === city, options[from + 1], { timeout: 60_000 });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-param'))).toBe('city');
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction((city) => document.body.dataset.state === 'ready' && new URLSearchParams(location.search).get('city') === city, options[from + 2], { timeout: 60_000 });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-param'))).toBe('city');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says a city or a week the plan does not have, in the page language, and rewrites the URL to what is shown', async () => {
    const plan = await planOf('es');
    const { page, errors } = await open(d.context, `${d.base}/?page=reception&lang=es&city=MX-99999&week=2030-01-01`);
    const url = new URL(page.url());
    const shown = await page.locator('.reception-city').getAttribute('data-city');
    expect(url.searchParams.get('city')).toBe(shown);
    expect(url.searchParams.get('week')).toBe(plan.weeks[0]);
    const text = (await page.locator('.url-corrected [data-corrected]').allTextContents()).join(' ');
    expect(text).toContain('la ciudad «MX-99999»');
    expect(text).toContain(`«${plan.cities.find((c) => c.code === shown)!.name}»`);
    expect(text).toContain('la semana «2030-01-01»');
    expect(errors).toEqual([]);
    await page.close();
  });

  it("draws each city's weeks in two panels (people, then beds) ticked on the plan's weeks, with the sources named", async () => {
    const plan = await planOf('en');
    for (const width of [PHONE.width, 1366]) {
      const { page, errors } = await newPage(d.context);
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${d.base}/?page=reception&lang=en`);
      await ready(page);
      for (const c of plan.cities.slice(0, 4)) {
        const chart = page.locator(`[data-chart="reception-${c.code}"]`);
        const panels = await chart.locator('.plot-area > svg').evaluateAll((svgs) =>
          svgs.map((svg) => ({
            // A tick's lines are tspans ("25 May", "2026"): joined by a line break, as written.
            x: [...svg.querySelectorAll('[aria-label="x-axis tick label"] text')].map((t) => (t.querySelector('tspan') ? [...t.querySelectorAll('tspan')].map((s) => s.textContent).join('\n') : (t.textContent ?? ''))),
            y: [...svg.querySelectorAll('[aria-label="y-axis tick label"] text')].map((t) => Number((t.textContent ?? '').replace(/,/g, ''))),
          })),
        );
        expect(panels).toHaveLength(2);
        const sites = plan.sites.filter((s) => s.city === c.code);
        const people = Math.max(...plan.weeks.map((week) => Math.max(total(plan.arrivals.filter((a) => a.city === c.code && a.week === week)), total(plan.unmet.filter((u) => u.city === c.code && u.week === week)))));
        const beds = Math.max(0, ...plan.weeks.map((_, i) => sites.reduce((a, s) => a + s.capacity[i], 0)));
        // The people panel's scale is set by people (at most twice the largest, after rounding), not by the beds.
        expect(Math.max(...panels[0].y)).toBeLessThanOrEqual(Math.max(10, 2 * people));
        if (beds > 0) expect(Math.max(...panels[1].y)).toBeGreaterThanOrEqual(beds * 0.8);
        for (const p of panels) {
          // Each tick names a week of the plan (day and month), no label repeats.
          expect(new Set(p.x).size).toBe(p.x.length);
          for (const label of p.x) {
            const [dayMonth] = label.split('\n');
            expect(plan.weeks.some((week) => `${Number(week.slice(8, 10))} ${MONTHS.en[Number(week.slice(5, 7)) - 1]}` === dayMonth.trim()), label).toBe(true);
          }
        }
        const sources = (await chart.locator('.chart-foot .sources').textContent()) ?? '';
        expect(sources).toMatch(/^Sources?: /);
        expect(sources).toMatch(/vintage \d+/);
        expect(sources).toContain('INM');
      }
      expect((await sidewaysScroll(page)).culprits).toEqual([]);
      await page.screenshot({ path: `${ARTIFACTS}/reception-cities-${width}.png`, fullPage: true });
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('on a phone, draws no two city circles over each other and no label over another city\'s circle (Reynosa and Matamoros)', async () => {
    for (const lang of ['es', 'en'] as const) {
      const { page, errors } = await newPage(d.context);
      await page.setViewportSize(PHONE);
      await page.goto(`${d.base}/?page=reception&lang=${lang}`);
      await ready(page);
      const found = await page.locator('[data-chart="reception-map"]').evaluate((f) => {
        const circles = [...f.querySelectorAll<SVGCircleElement>('g.reception-mark circle')].map((c) => ({ city: c.dataset.city ?? '', box: c.getBoundingClientRect() }));
        const labels = [...f.querySelectorAll<SVGGElement>('g.reception-label')]
          .filter((g) => g.getAttribute('display') !== 'none')
          .map((g) => ({ name: g.textContent ?? '', box: g.querySelector('text')!.getBoundingClientRect() }));
        const touches = (l: DOMRect, b: DOMRect) => {
          const r = b.width / 2;
          const nx = Math.max(l.left, Math.min(b.left + r, l.right));
          const ny = Math.max(l.top, Math.min(b.top + r, l.bottom));
          return Math.hypot(nx - b.left - r, ny - b.top - r) < r - 0.5;
        };
        const out: string[] = [];
        circles.forEach((a, i) => {
          for (const b of circles.slice(i + 1)) if (Math.hypot(a.box.left + a.box.width / 2 - b.box.left - b.box.width / 2, a.box.top + a.box.height / 2 - b.box.top - b.box.height / 2) < (a.box.width + b.box.width) / 2) out.push(`circles ${a.city} and ${b.city}`);
        });
        const titles = new Map(circles.map((c, n) => [c.city, f.querySelectorAll('g.reception-mark circle title')[n]?.textContent ?? '']));
        for (const l of labels) for (const c of circles) if (!(titles.get(c.city) ?? '').startsWith(`${l.name} ·`) && touches(l.box, c.box)) out.push(`label ${l.name} over ${c.city}`);
        return { out, labels: labels.map((l) => l.name) };
      });
      expect(found.out).toEqual([]);
      expect(found.labels).toEqual(expect.arrayContaining(['Reynosa', 'Matamoros']));
      await page.locator('[data-chart="reception-map"]').screenshot({ path: `${ARTIFACTS}/reception-map-${lang}-390.png` });
      expect(errors).toEqual([]);
      await page.close();
    }
  });
  // QA, 7 December 2026 (after the scenario engine's demographics came to the plan): the page in scenario mode.

  /** The plan the API answers for seed-2021-04 with these levers (as JSON, replacing the scenario's, as the page sends them). */
  const scenarioPlan = async (levers: Record<string, { value: number; from: string }>, lang: Lang, quantile?: number) =>
    (await (await fetch(`${d.base}/api/reception?lang=${lang}&scenario=seed-2021-04&levers=${encodeURIComponent(JSON.stringify(levers))}${quantile ? `&quantile=${quantile}` : ''}`)).json()) as Plan;
  const byKind = (plan: Plan) => Object.fromEntries(plan.kinds.map((k) => [k.id, total(plan.arrivals.filter((a) => a.kind === k.id))]));
  const shownKinds = (page: Page) => page.locator('.reception-kind-totals li[data-kind]').evaluateAll((els) => Object.fromEntries(els.map((e) => [e.getAttribute('data-kind'), Number(e.getAttribute('data-people'))])));

  it("plans from a scenario named in the URL, says where its arrivals come from, and a moved family lever changes the families only", async () => {
    const south = { value: 1.3333, from: '2021-04' };
    const low = await scenarioPlan({ enforcementSouth: south, familyAcceptance: { value: 0.5, from: '2021-04' } }, 'en');
    const high = await scenarioPlan({ enforcementSouth: south, familyAcceptance: { value: 4, from: '2021-04' } }, 'en');
    const { page, errors } = await open(d.context, `${d.base}/?page=reception&lang=en&scenario=seed-2021-04&levers=${encodeURIComponent('enforcementSouth:1.3333:2021-04,familyAcceptance:0.5:2021-04')}`);
    // The link is kept, not rewritten to INM's plan.
    const url = new URL(page.url());
    expect(url.searchParams.get('scenario')).toBe('seed-2021-04');
    expect(url.searchParams.get('levers')).toBe('enforcementSouth:1.3333:2021-04,familyAcceptance:0.5:2021-04');
    expect(await page.locator('.page-head .lead').textContent()).toContain("scenario engine's simulated arrivals (not INM's records)");
    expect(await page.locator('.reception-origin').getAttribute('data-origin')).toBe('scenario');
    expect(await page.locator('[data-origin-text]').textContent()).toContain('Simulated, not recorded');
    expect(await page.locator('[data-origin-kinds]').getAttribute('data-origin-kinds')).toBe('engine');
    expect(await page.locator('select[data-param="scenario"]').inputValue()).toBe('seed-2021-04');
    // The plan is the API's for the same levers: its weeks, its kinds.
    expect(await page.locator('input[data-param="week"]').getAttribute('max')).toBe(String(low.weeks.length - 1));
    expect(await shownKinds(page)).toEqual(byKind(low));
    expect(await page.locator('a[data-download="brief"]').getAttribute('href')).toContain('scenario=seed-2021-04');
    // The charts name what the plan read: the series the engine is calibrated on (CBP's), with their vintages.
    const sources = (await page.locator(`[data-chart="reception-${low.cities[0].code}"] .chart-foot .sources`).textContent()) ?? '';
    expect(sources).toMatch(/U\.S\. Customs and Border Protection \(CBP\)[^;]*\(vintage \d+/);
    expect(low.sources?.map((s) => s.source)).toEqual(expect.arrayContaining(['cbp-sbo', 'mx-shelters']));
    const n0 = await renders(page);
    await page.locator('input[data-lever="familyAcceptance"]').evaluate((el: HTMLInputElement) => {
      el.value = '4';
      el.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await ready(page, n0);
    expect(new URL(page.url()).searchParams.get('levers')).toBe('enforcementSouth:1.3333:2021-04,familyAcceptance:4:2021-04');
    const after = await shownKinds(page);
    expect(after).toEqual(byKind(high));
    expect(after.families).toBeGreaterThan(byKind(low).families);
    // The levers that ran are said beside the scenario's description, which they no longer match.
    expect(await page.locator('[data-levers-run]').textContent()).toBe("Its levers are changed here, so the arrivals are not those of this description: Mexico's enforcement, southern border states ×1.3333 from April 2021; Expelled non-Mexican families Mexico accepts ×4 from April 2021.");
    for (const k of ['men', 'women', 'minors']) expect(after[k]).toBe(byKind(low)[k]);
    // The Scenarios page for the same scenario and levers.
    const link = new URL((await page.locator('a[data-scenarios-link]').getAttribute('href'))!, d.base);
    expect(link.searchParams.get('page')).toBe('scenarios');
    expect(link.searchParams.get('levers')).toBe('enforcementSouth:1.3333:2021-04,familyAcceptance:4:2021-04');
    // The shared URL restores the view.
    const shared = await open(d.context, page.url());
    expect(await shared.page.locator('input[data-lever="familyAcceptance"]').inputValue()).toBe('4');
    expect(await shownKinds(shared.page)).toEqual(byKind(high));
    expect(shared.errors).toEqual([]);
    await shared.page.close();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('in Spanish on a 390 px phone, a bad case of a scenario: Spanish words, no sideways scroll; refused levers are said with a way back', async () => {
    const plan = await scenarioPlan({ enforcementSouth: { value: 1.3333, from: '2021-04' }, familyAcceptance: { value: 2, from: '2021-04' } }, 'es', 0.9);
    const { page, errors } = await newPage(d.context);
    await page.setViewportSize(PHONE);
    await page.goto(`${d.base}/?page=reception&lang=es&scenario=seed-2021-04&quantile=0.9`);
    await ready(page);
    expect(await page.locator('.reception-origin h3').textContent()).toBe('De dónde vienen las llegadas');
    expect(await page.locator('select[data-param="quantile"]').inputValue()).toBe('0.9');
    expect(await page.locator('[data-origin-text]').textContent()).toContain('el percentil 90 de sus 200 réplicas');
    expect(await shownKinds(page)).toEqual(byKind(plan));
    expect(await page.locator('.reception-kind-totals p').textContent()).toBe(`Llegan en las ${plan.weeks.length} semanas planeadas (las semanas del 5 de abril de 2021 al 21 de junio de 2021), por tipo:`);
    const scroll = await sidewaysScroll(page);
    expect(scroll.overflow, scroll.culprits.join(', ')).toBeLessThanOrEqual(0);
    expect(await spanishLeaks(page)).toEqual([]);
    // The solver's status in Spanish ("feasible" was left in English), the alerts each said once (not "Juárez, 12 abr 2021: Juárez: ...").
    const status = { optimal: 'óptimo', feasible: 'un plan factible, no probado óptimo', timeLimit: 'detenido en su límite de tiempo, no probado óptimo' }[plan.solver.status as 'optimal'];
    expect(await page.locator('p.note', { hasText: 'HiGHS' }).textContent()).toContain(`(${status})`);
    expect(await page.locator('.reception-alerts li').allTextContents()).toEqual(plan.alerts.map((a) => a.message));
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}/reception-scenario-es-390.png`, fullPage: true });
    // A lever out of range: the API's reason, in Spanish, and the way back to the scenario's own levers.
    await page.goto(`${d.base}/?page=reception&lang=es&scenario=seed-2021-04&levers=familyAcceptance:9:2021-04`);
    await ready(page);
    expect(await page.locator('.reception-refused[role="alert"]').textContent()).toContain('la palanca familyAcceptance.value: se esperaba un número de 0 a 5, se encontró 9');
    const n0 = await renders(page);
    await page.locator('.reception-refused button[data-levers-reset]').click();
    await ready(page, n0);
    expect(new URL(page.url()).searchParams.get('levers')).toBe('');
    expect(await page.locator('.reception-refused').count()).toBe(0);
    expect(await page.locator('.reception-kind-totals').count()).toBe(1);
    expect(errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
    await page.close();
  });

  it("says that a scenario's Title 8 people have no demographics and are split as INM's weeks are (status-quo, after Title 42)", async () => {
    const plan = (await (await fetch(`${d.base}/api/reception?lang=en&scenario=status-quo`)).json()) as Plan;
    expect((plan.assumptions.find((a) => a.id === 'arrivals')!.value as { byKind: Record<string, number> }).byKind).toEqual({ all: expect.any(Number) });
    const { page, errors } = await open(d.context, `${d.base}/?page=reception&lang=en&scenario=status-quo`);
    const kinds = page.locator('[data-origin-kinds]');
    expect(await kinds.getAttribute('data-origin-kinds')).toBe('title8');
    expect(await kinds.textContent()).toBe("The people it sends back under Title 8 (all of them) have no demographics in the engine: they are split into kinds as INM's last weeks are (see the assumptions), so a lever moves every kind of them alike.");
    expect(await page.locator('[data-origin-text]').textContent()).not.toContain('a lever that sends more families changes the families');
    expect(await shownKinds(page)).toEqual(byKind(plan));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says a scenario it does not know, and plans from INM instead, the URL rewritten', async () => {
    const { page, errors } = await open(d.context, `${d.base}/?page=reception&lang=es&scenario=no-such-scenario&levers=familyAcceptance:4:2021-04`);
    expect(new URL(page.url()).searchParams.get('scenario')).toBe('');
    expect(new URL(page.url()).searchParams.get('levers')).toBe('');
    expect(await page.locator('.url-corrected').textContent()).toContain('el escenario «no-such-scenario»');
    expect(await page.locator('.reception-origin').getAttribute('data-origin')).toBe('inm');
    expect(errors).toEqual([]);
    await page.close();
  });

  // QA, 7 December 2026 (scenario mode): the plan's weeks chosen on the page, levers set back to the scenario's own, levers written the command-line way.

  /** The plan the API answers for seed-2021-04 with the query's other parameters. */
  const scenarioQuery = async (query: string, lang: Lang) => (await (await fetch(`${d.base}/api/reception?lang=${lang}&scenario=seed-2021-04&${query}`)).json()) as Plan;
  const pick = async (page: Page, param: string, value: string) => {
    const r = await renders(page);
    await page.locator(`select[data-param="${param}"]`).selectOption(value);
    await ready(page, r);
  };

  it("in scenario mode, picks the plan's first week (within the scenario's months) and its number of weeks, both in the URL; a shared link restores them", async () => {
    const june = await scenarioQuery('start=2021-06-07', 'en');
    const six = await scenarioQuery('start=2021-06-07&weeks=6', 'en');
    expect(six.weeks).toEqual(june.weeks.slice(0, 6));
    const { page, errors } = await open(d.context, `${d.base}/?page=reception&lang=en&scenario=seed-2021-04`);
    // The starts offered: the Mondays of the scenario's simulated months (April 2021 to March 2022), named as the page names weeks.
    const starts = await page.locator('select[data-param="start"] option').evaluateAll((os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent]));
    expect(starts[0]).toEqual(['2021-04-05', '5 Apr 2021']);
    expect(starts.at(-1)).toEqual(['2022-03-28', '28 Mar 2022']);
    expect(starts).toHaveLength(52);
    expect(await page.locator('select[data-param="start"]').inputValue()).toBe('2021-04-05');
    expect(await page.locator('select[data-param="weeks"]').inputValue()).toBe('12');
    // The weeks offered: 1 to 26, as the API takes them.
    expect(await page.locator('select[data-param="weeks"] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual(Array.from({ length: 26 }, (_, i) => String(i + 1)));
    expect(await page.locator('label', { has: page.locator('select[data-param="start"]') }).locator('.control-label').textContent()).toBe('From the week of');
    expect(await page.locator('label', { has: page.locator('select[data-param="weeks"]') }).locator('.control-label').textContent()).toBe('Weeks to plan');

    await pick(page, 'start', '2021-06-07');
    expect(new URL(page.url()).searchParams.get('start')).toBe('2021-06-07');
    expect(await shownKinds(page)).toEqual(byKind(june));
    expect(await page.locator('input[data-param="week"]').getAttribute('max')).toBe(String(june.weeks.length - 1));
    await pick(page, 'weeks', '6');
    expect(new URL(page.url()).searchParams.get('weeks')).toBe('6');
    expect(new URL(page.url()).searchParams.get('start')).toBe('2021-06-07');
    expect(await shownKinds(page)).toEqual(byKind(six));
    expect(await page.locator('input[data-param="week"]').getAttribute('max')).toBe('5');
    expect(await page.locator('.reception-kind-totals p').textContent()).toBe('Arriving over the 6 planned weeks (the weeks of 7 June 2021 to 12 July 2021), by kind:');
    // The brief prints the same weeks.
    const brief = new URL((await page.locator('a[data-download="brief"]').getAttribute('href'))!, d.base);
    expect([brief.searchParams.get('start'), brief.searchParams.get('weeks')]).toEqual(['2021-06-07', '6']);
    expect(await axeViolations(page)).toEqual([]);
    expect((await sidewaysScroll(page)).culprits).toEqual([]);
    await page.locator('.reception-origin').screenshot({ path: `${ARTIFACTS}/reception-scenario-weeks-en-1280.png` });

    // The shared link restores both.
    const shared = await open(d.context, page.url());
    expect(await shared.page.locator('select[data-param="start"]').inputValue()).toBe('2021-06-07');
    expect(await shared.page.locator('select[data-param="weeks"]').inputValue()).toBe('6');
    expect(await shownKinds(shared.page)).toEqual(byKind(six));
    expect(shared.errors).toEqual([]);
    await shared.page.close();
    // Another scenario has other months: its start is not carried over (the number of weeks is).
    await pick(page, 'scenario', 'root-causes-2021-06');
    expect(new URL(page.url()).searchParams.get('start')).toBe('');
    expect(new URL(page.url()).searchParams.get('weeks')).toBe('6');
    expect(errors).toEqual([]);
    await page.close();
  });

  it("in Spanish on a 390 px phone: the plan's weeks said in Spanish, a start that is not a Monday rewritten to its week, weeks past the scenario's months said; axe 0 violations", async () => {
    const plan = await scenarioQuery('start=2022-02-07&weeks=10', 'es');
    const { page, errors } = await newPage(d.context);
    await page.setViewportSize(PHONE);
    await page.goto(`${d.base}/?page=reception&lang=es&scenario=seed-2021-04&start=2022-02-09&weeks=10`);
    await ready(page);
    expect(new URL(page.url()).searchParams.get('start')).toBe('2022-02-07');
    expect(await page.locator('.url-corrected').textContent()).toBe('Este enlace pide la primera semana «2022-02-09», que no se conoce aquí: se muestra la semana del 7 feb 2022.');
    expect(await page.locator('select[data-param="start"]').inputValue()).toBe('2022-02-07');
    expect(await page.locator('select[data-param="start"] option:checked').textContent()).toBe('7 feb 2022');
    expect(await page.locator('select[data-param="weeks"] option:checked').textContent()).toBe('10 semanas');
    expect(await page.locator('select[data-param="weeks"] option[value="1"]').textContent()).toBe('1 semana');
    expect(await page.locator('label', { has: page.locator('select[data-param="start"]') }).locator('.control-label').textContent()).toBe('Desde la semana del');
    expect(await page.locator('label', { has: page.locator('select[data-param="weeks"]') }).locator('.control-label').textContent()).toBe('Semanas a planear');
    expect(await shownKinds(page)).toEqual(byKind(plan));
    expect(await page.locator('.reception-kind-totals p').textContent()).toBe('Llegan en las 10 semanas planeadas (las semanas del 7 de febrero de 2022 al 11 de abril de 2022), por tipo:');
    // The scenario simulates to March 2022: the weeks of April have none of its arrivals, and the page says so.
    expect(await page.locator('[data-weeks-beyond]').textContent()).toBe('El escenario simula de abril de 2021 a marzo de 2022: las semanas planeadas después de marzo de 2022 no tienen llegadas de él.');
    const scroll = await sidewaysScroll(page);
    expect(scroll.overflow, scroll.culprits.join(', ')).toBeLessThanOrEqual(0);
    expect(await spanishLeaks(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('.reception-origin').screenshot({ path: `${ARTIFACTS}/reception-scenario-weeks-es-390.png` });
    // A start outside the scenario's months: the API's reason in Spanish, and a way back to its first weeks.
    await page.goto(`${d.base}/?page=reception&lang=es&scenario=seed-2021-04&start=2023-01-02`);
    await ready(page);
    expect(await page.locator('.reception-refused[role="alert"]').textContent()).toContain('quedan fuera');
    expect(await page.locator('.reception-refused button[data-levers-reset]').count()).toBe(0);
    const r = await renders(page);
    await page.locator('.reception-refused button[data-weeks-reset]').click();
    await ready(page, r);
    expect(new URL(page.url()).searchParams.get('start')).toBe('');
    expect(await page.locator('select[data-param="start"]').inputValue()).toBe('2021-04-05');
    // Without a scenario the plan's weeks are INM's, chosen the same way: a start before INM's data is kept in the link and the API's reason said.
    await page.goto(`${d.base}/?page=reception&lang=es&start=2021-06-07&weeks=6`);
    await ready(page);
    expect(new URL(page.url()).searchParams.get('start')).toBe('2021-06-07');
    expect(await page.locator('.reception-refused[role="alert"]').textContent()).toContain('Pidió 6 semanas desde el 7 de junio de 2021, pero los archivos diarios del INM empiezan el ');
    expect(errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
    await page.close();
  });

  it("calls levers set back to the scenario's own values the scenario's own levers, on the page and in the plan's assumption", async () => {
    const own = 'enforcementSouth:1.3333:2021-04,familyAcceptance:2:2021-04';
    const { page, errors } = await open(d.context, `${d.base}/?page=reception&lang=en&scenario=seed-2021-04&levers=${encodeURIComponent(own)}`);
    expect(await page.locator('.reception-levers summary').first().textContent()).toBe("Levers: the scenario's own");
    expect(await page.locator('.reception-levers').getAttribute('data-levers-changed')).toBe('false');
    expect(await page.locator('[data-levers-run]').count()).toBe(0);
    expect(await page.locator('.reception-levers button[data-levers-reset]').isDisabled()).toBe(true);
    expect(await page.locator('li[data-assumption="scenario"]').textContent()).not.toContain('changed by the user');
    // Moved, then set back by hand: changed, then the scenario's own again.
    let r = await renders(page);
    await page.locator('input[data-lever="familyAcceptance"]').evaluate((el: HTMLInputElement) => {
      el.value = '4';
      el.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await ready(page, r);
    expect(await page.locator('.reception-levers summary').first().textContent()).toBe('Levers: changed');
    expect(await page.locator('li[data-assumption="scenario"]').textContent()).toContain('(changed by the user)');
    r = await renders(page);
    await page.locator('input[data-lever="familyAcceptance"]').evaluate((el: HTMLInputElement) => {
      el.value = '2';
      el.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await ready(page, r);
    expect(new URL(page.url()).searchParams.get('levers')).toBe(own);
    expect(await page.locator('.reception-levers summary').first().textContent()).toBe("Levers: the scenario's own");
    expect(await page.locator('[data-levers-run]').count()).toBe(0);
    expect(await page.locator('li[data-assumption="scenario"]').textContent()).not.toContain('changed by the user');
    expect(new URL((await page.locator('a[data-scenarios-link]').getAttribute('href'))!, d.base).searchParams.get('levers')).toBe('');
    // The API too: levers given as the scenario's own are not "changed" (leversChanged null, basis default).
    const api = await scenarioQuery('levers=familyAcceptance%3D2', 'es');
    const a = api.assumptions.find((x) => x.id === 'scenario')!;
    expect([(a.value as { leversChanged: unknown }).leversChanged, a.basis]).toEqual([null, 'default']);
    expect(a.text).not.toContain('cambiadas por el usuario');
    // In Spanish.
    await page.goto(`${d.base}/?page=reception&lang=es&scenario=seed-2021-04&levers=${encodeURIComponent(own)}`);
    await ready(page);
    expect(await page.locator('.reception-levers summary').first().textContent()).toBe('Palancas: las del escenario');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('takes levers written the command-line way (id=value) as the API does: that lever replaced, the others kept', async () => {
    const plan = await scenarioQuery('levers=familyAcceptance%3D4', 'en');
    const { page, errors } = await open(d.context, `${d.base}/?page=reception&lang=en&scenario=seed-2021-04&levers=familyAcceptance%3D4`);
    expect(await page.locator('.url-corrected').count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('levers')).toBe('familyAcceptance=4');
    expect(await page.locator('input[data-lever="familyAcceptance"]').inputValue()).toBe('4');
    // The slider rounds to its step (1.35): the value beside it is the lever's.
    expect(await page.locator('[data-lever-row="enforcementSouth"] output.lever-value').textContent()).toBe('1.3333');
    expect(await shownKinds(page)).toEqual(byKind(plan));
    expect(await page.locator('.reception-levers summary').first().textContent()).toBe('Levers: changed');
    expect(await page.locator('[data-levers-run]').textContent()).toBe("Its levers are changed here, so the arrivals are not those of this description: Mexico's enforcement, southern border states ×1.3333 from April 2021; Expelled non-Mexican families Mexico accepts ×4 from April 2021.");
    // The Scenarios page gets them in its own form.
    expect(new URL((await page.locator('a[data-scenarios-link]').getAttribute('href'))!, d.base).searchParams.get('levers')).toBe('enforcementSouth:1.3333:2021-04,familyAcceptance:4:2021-04');
    // A lever the API does not know: its reason, in Spanish, beside the controls.
    await page.goto(`${d.base}/?page=reception&lang=es&scenario=seed-2021-04&levers=walls%3D2`);
    await ready(page);
    expect(await page.locator('.url-corrected').count()).toBe(0);
    expect(await page.locator('.reception-refused[role="alert"]').textContent()).toContain('no hay palanca llamada "walls"');
    expect(errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
    await page.close();
  });
  // The plan's weeks from INM's arrivals (no scenario): the same start and weeks controls as scenario mode, in the URL.

  /** The API's plan from INM's arrivals for a query (start=, weeks=), or its 400's message. */
  const inmQuery = async (query: string, lang: Lang) => (await (await fetch(`${d.base}/api/reception?lang=${lang}&${query}`)).json()) as Plan & { detail?: string };
  /** The plan's weeks as the page draws them: the coordinator's table, the week slider's range, the first city's chart table. */
  const drawnWeeks = async (page: Page, plan: Plan) => {
    const chart = page.locator(`[data-chart="reception-${plan.cities[0].code}"]`);
    await chart.locator('details.chart-table summary').click();
    await expect.poll(() => chart.locator('details.chart-table tbody tr').count()).toBeGreaterThan(0);
    return {
      table: await page.locator('.reception-weeks tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-week'))),
      slider: await page.locator('input[data-param="week"]').getAttribute('max'),
      chart: await chart.locator('details.chart-table tbody tr').evaluateAll((rows) => rows.map((r) => r.querySelector('td')?.textContent)),
    };
  };
  const expectedWeeks = (plan: Plan) => ({ table: plan.weeks.slice(0, 5), slider: String(plan.weeks.length - 1), chart: plan.weeks });

  it("from INM's arrivals at 1280 px, picks the plan's first week and its number of weeks: the plan's weeks drawn, in the URL, kept by reload and back/forward", async () => {
    const byDefault = await planOf('en');
    const replay = await inmQuery('start=2025-03-03&weeks=6', 'en');
    expect(replay.weeks).toEqual(['2025-03-03', '2025-03-10', '2025-03-17', '2025-03-24', '2025-03-31', '2025-04-07']);
    // The starts the API takes for 12 weeks, from its own refusals: from INM's first complete week to the latest whose weeks its forecast covers.
    const before = (await inmQuery('start=2000-01-03', 'en')).detail!;
    const after = (await inmQuery('start=2040-01-02', 'en')).detail!;
    const first = /the first complete week they hold is the week of (\d{4}-\d{2}-\d{2})/.exec(before)![1];
    const latest = /no later than (\d{4}-\d{2}-\d{2}) for 12 weeks/.exec(after)![1];
    const { page, errors } = await open(d.context, `${d.base}/?page=reception&lang=en`);
    expect(await page.locator('.reception-origin').getAttribute('data-origin')).toBe('inm');
    expect(await page.locator('select[data-param="start"]').inputValue()).toBe(byDefault.weeks[0]);
    expect(await page.locator('select[data-param="weeks"]').inputValue()).toBe('12');
    const starts = await page.locator('select[data-param="start"] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect([starts[0], starts.at(-1)]).toEqual([first, latest]);
    expect(starts).toContain(byDefault.weeks[0]);
    expect(await page.locator('label', { has: page.locator('select[data-param="start"]') }).locator('.control-label').textContent()).toBe('From the week of');
    expect(await page.locator('label', { has: page.locator('select[data-param="weeks"]') }).locator('.control-label').textContent()).toBe('Weeks to plan');
    // The default weeks are all forecast: no replay said.
    expect(await page.locator('[data-replay]').count()).toBe(0);

    await pick(page, 'start', '2025-03-03');
    expect(new URL(page.url()).searchParams.get('start')).toBe('2025-03-03');
    await pick(page, 'weeks', '6');
    const url = new URL(page.url());
    expect([url.searchParams.get('start'), url.searchParams.get('weeks')]).toEqual(['2025-03-03', '6']);
    expect(await drawnWeeks(page, replay)).toEqual(expectedWeeks(replay));
    expect(await shownKinds(page)).toEqual(byKind(replay));
    expect(await page.locator('.reception-kind-totals p').textContent()).toBe('Arriving over the 6 planned weeks (the weeks of 3 March 2025 to 7 April 2025), by kind:');
    // Weeks INM recorded: a replay, said as the plan's assumption says it.
    const said = replay.assumptions.find((a) => a.id === 'replay')!.text;
    expect(said).toMatch(/^Replay: /);
    expect(await page.locator('[data-replay]').textContent()).toBe(said);
    for (const c of await circles(page)) expect(c.title).toBe(expectedTitle(replay, c.city!, 0, 'en'));
    // The brief prints the same weeks.
    const brief = new URL((await page.locator('a[data-download="brief"]').getAttribute('href'))!, d.base);
    expect([brief.searchParams.get('start'), brief.searchParams.get('weeks')]).toEqual(['2025-03-03', '6']);
    expect(await axeViolations(page)).toEqual([]);
    expect((await sidewaysScroll(page)).culprits).toEqual([]);
    await page.locator('.reception-origin').screenshot({ path: `${ARTIFACTS}/reception-inm-weeks-en-1280.png` });

    // A reload draws the same plan.
    let r = await renders(page);
    await page.reload();
    await ready(page, 0);
    expect(await page.locator('select[data-param="start"]').inputValue()).toBe('2025-03-03');
    expect(await page.locator('select[data-param="weeks"]').inputValue()).toBe('6');
    expect(await drawnWeeks(page, replay)).toEqual(expectedWeeks(replay));
    // Back: 12 weeks from 3 March 2025; forward: 6 again.
    const twelve = await inmQuery('start=2025-03-03', 'en');
    r = await renders(page);
    await page.goBack();
    await ready(page, r);
    expect(new URL(page.url()).searchParams.get('weeks')).toBe('');
    expect(await page.locator('select[data-param="weeks"]').inputValue()).toBe('12');
    expect(await drawnWeeks(page, twelve)).toEqual(expectedWeeks(twelve));
    r = await renders(page);
    await page.goForward();
    await ready(page, r);
    expect(await page.locator('select[data-param="weeks"]').inputValue()).toBe('6');
    expect(await shownKinds(page)).toEqual(byKind(replay));
    expect(errors).toEqual([]);
    await page.close();
  });

  it("from INM's arrivals in Spanish on a 390 px phone: the weeks picked, said in Spanish, the replay said as the API says it; a shared link restores them", async () => {
    const plan = await inmQuery('start=2026-05-04&weeks=8', 'es');
    expect(plan.weeks[0]).toBe('2026-05-04');
    const { page, errors } = await newPage(d.context);
    await page.setViewportSize(PHONE);
    await page.goto(`${d.base}/?page=reception&lang=es`);
    await ready(page);
    expect(await page.locator('label', { has: page.locator('select[data-param="start"]') }).locator('.control-label').textContent()).toBe('Desde la semana del');
    expect(await page.locator('label', { has: page.locator('select[data-param="weeks"]') }).locator('.control-label').textContent()).toBe('Semanas a planear');
    expect(await page.locator('select[data-param="start"] option[value="2026-05-04"]').textContent()).toBe('4 may 2026');
    await pick(page, 'start', '2026-05-04');
    await pick(page, 'weeks', '8');
    expect(await page.locator('select[data-param="weeks"] option:checked').textContent()).toBe('8 semanas');
    const url = new URL(page.url());
    expect([url.searchParams.get('start'), url.searchParams.get('weeks')]).toEqual(['2026-05-04', '8']);
    expect(await drawnWeeks(page, plan)).toEqual(expectedWeeks(plan));
    expect(await shownKinds(page)).toEqual(byKind(plan));
    expect(await page.locator('.reception-kind-totals p').textContent()).toBe('Llegan en las 8 semanas planeadas (las semanas del 4 de mayo de 2026 al 22 de junio de 2026), por tipo:');
    // Three weeks INM recorded, then five forecast: the API's words.
    const said = plan.assumptions.find((a) => a.id === 'replay')!.text;
    expect(said).toMatch(/^Repetición: las semanas planeadas del 4 al 18 de mayo de 2026 /);
    expect(await page.locator('[data-replay]').textContent()).toBe(said);
    const scroll = await sidewaysScroll(page);
    expect(scroll.overflow, scroll.culprits.join(', ')).toBeLessThanOrEqual(0);
    expect(await spanishLeaks(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('.reception-origin').screenshot({ path: `${ARTIFACTS}/reception-inm-weeks-es-390.png` });
    // The link, opened afresh at 390 px.
    const shared = await newPage(d.context);
    await shared.page.setViewportSize(PHONE);
    await shared.page.goto(page.url());
    await ready(shared.page);
    expect(await shared.page.locator('select[data-param="start"]').inputValue()).toBe('2026-05-04');
    expect(await shared.page.locator('select[data-param="weeks"]').inputValue()).toBe('8');
    expect(await drawnWeeks(shared.page, plan)).toEqual(expectedWeeks(plan));
    expect(shared.errors).toEqual([]);
    await shared.page.close();
    expect(errors).toEqual([]);
    await page.close();
  });

  it("from INM's arrivals, weeks the API refuses are said in the page's words (dates in words, no command-line flags) with the starts that fit and a way back, not a blank page", async () => {
    // The API's message is the command line's; its facts are what the page words.
    const refusal = async (query: string, lang: Lang) => (await inmQuery(query, lang)) as unknown as { detail: string; facts: Record<string, string> };
    const long = (d: string, lang: Lang) => new Intl.DateTimeFormat(lang === 'es' ? 'es-MX' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`));
    const before = await refusal('start=2024-01-01', 'es');
    expect(before.detail).toMatch(/^no hay llegadas para el inicio 2024-01-01.*--start/);
    expect(before.facts.kind).toBe('before-data');
    const { page, errors } = await newPage(d.context);
    await page.setViewportSize(PHONE);
    await page.goto(`${d.base}/?page=reception&lang=es&start=2024-01-01`);
    await ready(page);
    expect(await page.locator('.page-reception h2').textContent()).toBe('Recepción');
    const said = page.locator('.reception-refused[role="alert"] p');
    expect(await said.getAttribute('data-refusal')).toBe('before-data');
    const f = before.facts;
    expect(await said.textContent()).toBe(
      `Este plan no se puede hacer. Pidió 12 semanas desde el 1 de enero de 2024, pero los archivos diarios del INM empiezan el ${long(f.firstDay, 'es')}: no hay llegadas que planear antes de la semana del ${long(f.firstDataWeek, 'es')}. ` +
        `Las semanas del ${long(f.firstDataWeek, 'es')} al ${long(f.lastDataWeek, 'es')} repiten lo que el INM registró, y desde la semana del ${long(f.nextWeek, 'es')} las planea el pronóstico. ` +
        `Elija un inicio del ${long(f.firstDataWeek, 'es')} al ${long(f.latestStart, 'es')} en «Desde la semana del», o vuelva a las semanas posteriores a los datos.`,
    );
    // No command line in it: no flags, no "start=", no ISO dates.
    const text = (await page.locator('.reception-refused').textContent())!;
    expect(text).not.toMatch(/--start|--scenario|start=|corridor ingest|\d{4}-\d{2}-\d{2}/);
    expect(new URL(page.url()).searchParams.get('start')).toBe('2024-01-01');
    // The page's own control offers the starts that fit, none picked.
    const starts = await page.locator('select[data-param="start"] option:not([disabled])').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect([starts[0], starts.at(-1)]).toEqual([f.firstDataWeek, f.latestStart]);
    expect(await page.locator('select[data-param="start"] option:checked').textContent()).toBe('Elija una semana');
    expect(await spanishLeaks(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    expect((await sidewaysScroll(page)).culprits).toEqual([]);
    const back = page.locator('.reception-refused button[data-weeks-reset]');
    expect(await back.textContent()).toBe('Volver a las semanas posteriores a los datos del INM');
    let r = await renders(page);
    await back.click();
    await ready(page, r);
    expect(new URL(page.url()).searchParams.get('start')).toBe('');
    expect(await page.locator('.reception-refused').count()).toBe(0);
    expect(await page.locator('select[data-param="start"]').inputValue()).toBe((await planOf('es')).weeks[0]);

    // Past what the forecast covers, in Spanish (the case of the report: start=2030-01-01, a Tuesday).
    const past = await refusal('start=2030-01-01', 'es');
    expect(past.detail).toContain('--start');
    const g = past.facts;
    await page.goto(`${d.base}/?page=reception&lang=es&start=2030-01-01`);
    await ready(page);
    expect(await said.getAttribute('data-refusal')).toBe('past-outlook');
    expect(await said.textContent()).toBe(
      `Este plan no se puede hacer. Pidió 12 semanas desde el 1 de enero de 2030 (la semana del lunes 31 de diciembre de 2029), hasta la semana del 18 de marzo de 2030, ` +
        `pero el pronóstico cubre solo las 26 semanas posteriores a los datos del INM, que terminan con la semana del ${long(g.lastDataWeek, 'es')}: hasta la semana del ${long(g.outlookUntil, 'es')}. ` +
        `Para 12 semanas, elija un inicio no posterior al ${long(g.latestStart, 'es')} en «Desde la semana del», planee menos semanas en «Semanas a planear» o vuelva a las semanas posteriores a los datos; las llegadas de un escenario («Llegadas») llegan más lejos.`,
    );
    expect((await page.locator('.reception-refused').textContent())!).not.toMatch(/--start|start=|corridor ingest|\d{4}-\d{2}-\d{2}/);
    expect(await spanishLeaks(page)).toEqual([]);
    // A start the control offers plans it.
    r = await renders(page);
    await page.locator('select[data-param="start"]').selectOption(g.latestStart);
    await ready(page, r);
    expect(new URL(page.url()).searchParams.get('start')).toBe(g.latestStart);
    expect(await page.locator('.reception-refused').count()).toBe(0);
    expect(await page.locator('select[data-param="start"]').inputValue()).toBe(g.latestStart);

    // In English: weeks past what the forecast covers, from a Monday.
    const en = await refusal('start=2026-11-02&weeks=12', 'en');
    expect(en.detail).toContain('go past what the forecast covers');
    await page.goto(`${d.base}/?page=reception&lang=en&start=2026-11-02&weeks=12`);
    await ready(page);
    expect(await said.textContent()).toBe(
      `This plan cannot be made. You asked for 12 weeks from ${long('2026-11-02', 'en')}, up to the week of ${long(en.facts.lastPlanned, 'en')}, ` +
        `but the forecast covers only the 26 weeks after INM's data, which end with the week of ${long(en.facts.lastDataWeek, 'en')}: up to the week of ${long(en.facts.outlookUntil, 'en')}. ` +
        `For 12 weeks, pick a start no later than ${long(en.facts.latestStart, 'en')} in "From the week of", plan fewer weeks in "Weeks to plan", or go back to the weeks after the data; a scenario's arrivals ("Arrivals") plan further ahead.`,
    );
    expect(await page.locator('.reception-refused button[data-weeks-reset]').textContent()).toBe("Back to the weeks after INM's data");
    expect(errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
    await page.close();
  });

  it("carries the plan's weeks from INM's arrivals to a scenario's and back", async () => {
    const scenario = await (await fetch(`${d.base}/api/reception?lang=en&scenario=status-quo&start=2025-06-02&weeks=8`)).json() as Plan;
    const inm = await inmQuery('start=2025-06-02&weeks=8', 'en');
    expect(scenario.weeks).toEqual(inm.weeks);
    const { page, errors } = await open(d.context, `${d.base}/?page=reception&lang=en&start=2025-06-02&weeks=8`);
    expect(await shownKinds(page)).toEqual(byKind(inm));
    await pick(page, 'scenario', 'status-quo');
    let url = new URL(page.url());
    expect([url.searchParams.get('scenario'), url.searchParams.get('start'), url.searchParams.get('weeks')]).toEqual(['status-quo', '2025-06-02', '8']);
    expect(await page.locator('select[data-param="start"]').inputValue()).toBe('2025-06-02');
    expect(await page.locator('select[data-param="weeks"]').inputValue()).toBe('8');
    expect(await shownKinds(page)).toEqual(byKind(scenario));
    await pick(page, 'scenario', '');
    url = new URL(page.url());
    expect([url.searchParams.get('scenario'), url.searchParams.get('start'), url.searchParams.get('weeks')]).toEqual(['', '2025-06-02', '8']);
    expect(await page.locator('.reception-origin').getAttribute('data-origin')).toBe('inm');
    expect(await drawnWeeks(page, inm)).toEqual(expectedWeeks(inm));
    expect(errors).toEqual([]);
    await page.close();
  });
});
