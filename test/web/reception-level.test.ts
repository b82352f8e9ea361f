/**
 * The Reception page's forecast level, in Debian's chromium (audit of 7 December 2026). With
 * INM's arrivals the plan uses the forecast's central level; /api/reception and the command
 * line also plan for the top of its 80% interval (level=high, --level high), a coordinator's
 * bad case. Before, the page offered no way to see it (a scenario had its percentile; INM's
 * forecast had only a sentence saying the plan used the central level). Now a "Planear para"
 * control picks it, in the URL as the API takes it (level=high), the arrivals, the plan, its CSV
 * (named for the level: both were corridor-reception-plan.csv) and the brief's link are the API's
 * for that level, and a scenario drops it.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { z } from 'zod';
import type { PlanSchema } from '../../src/api/routes/reception.js';
import { describeMirror } from '../mirror.js';
import { axeViolations, PHONE, sidewaysScroll, spanishLeaks } from './audit.js';
import { newPage, ready, renders } from './browser.js';
import { mirrorDashboard } from './mirror-dashboard.js';

type Plan = z.infer<typeof PlanSchema>;

describeMirror('the Reception page: the forecast level to plan for', () => {
  const d = mirrorDashboard();

  const apiPlan = async (query: string) => (await (await fetch(`${d.base}/api/reception?${query}`)).json()) as Plan;
  const byKind = (plan: Plan) => Object.fromEntries(plan.kinds.map((k) => [k.id, plan.arrivals.filter((a) => a.kind === k.id).reduce((s, a) => s + a.people, 0)]));
  const shownKinds = (page: Page) => page.locator('.reception-kind-totals li[data-kind]').evaluateAll((els) => Object.fromEntries(els.map((e) => [e.getAttribute('data-kind'), Number(e.getAttribute('data-people'))])));

  it('in Spanish on a 390 px phone, plans for the top of the 80% interval when asked, as the API does, and says so', async () => {
    const central = await apiPlan('lang=es');
    const high = await apiPlan('lang=es&level=high');
    const total = (p: Plan) => p.arrivals.reduce((s, a) => s + a.people, 0);
    expect(total(high)).toBeGreaterThan(total(central));

    const { page, errors } = await newPage(d.context);
    await page.setViewportSize(PHONE);
    await page.goto(`${d.base}/?page=reception&lang=es`);
    await ready(page);
    const control = page.locator('select[data-param="level"]');
    expect(await control.locator('option').evaluateAll((os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent]))).toEqual([
      ['', 'el nivel central del pronóstico'],
      ['high', 'un caso malo: el límite superior de su intervalo de 80%'],
    ]);
    expect(await page.locator('label', { has: control }).locator('.control-label').textContent()).toBe('Planear para');
    expect(await shownKinds(page)).toEqual(byKind(central));

    const r = await renders(page);
    await control.selectOption('high');
    await ready(page, r);
    expect(new URL(page.url()).searchParams.get('level')).toBe('high');
    expect(await shownKinds(page)).toEqual(byKind(high));
    expect(await page.locator('li[data-assumption="arrivals"]').textContent()).toContain('El plan usa el límite superior de 80%.');
    expect(await page.locator('.reception-alerts').textContent()).toContain(high.alerts[0].message);
    // The plan's CSV is the high plan, named for it (was corridor-reception-plan.csv for either level).
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-download="plan-csv"]').click()]);
    expect(download.suggestedFilename()).toBe(`corridor-reception-plan-high-${high.weeks[0]}-${high.weeks.length}w-es.csv`);
    const lines = readFileSync((await download.path())!, 'utf8').trim().split('\n');
    // Counted from the end of each row: a kind's label holds a comma ("niñas, niños y adolescentes no acompañados", quoted).
    const header = lines[0].split(',');
    const fromEnd = header.indexOf('arriving_people') - header.length;
    expect(lines.slice(1).reduce((s, l) => s + Number(l.split(',').at(fromEnd)), 0)).toBe(total(high));
    // The brief prints the same plan.
    const brief = new URL((await page.locator('a[data-download="brief"]').getAttribute('href'))!, d.base);
    expect(brief.searchParams.get('level')).toBe('high');
    expect((await sidewaysScroll(page)).culprits).toEqual([]);
    expect(await spanishLeaks(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);

    // A shared link restores it; a scenario (which has its own percentile) drops it.
    await page.goto(page.url());
    await ready(page);
    expect(await control.inputValue()).toBe('high');
    expect(await shownKinds(page)).toEqual(byKind(high));
    const s = await renders(page);
    await page.locator('select[data-param="scenario"]').selectOption('seed-2021-04');
    await ready(page, s);
    expect(new URL(page.url()).searchParams.get('level')).toBe('');
    expect(await page.locator('select[data-param="level"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
