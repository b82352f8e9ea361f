/**
 * The Reception page after the audits of 7 December 2026, in Debian's chromium against the server
 * started in-process on the store loaded from the mirror:
 * - `levers=none` (the Scenarios page's word when every lever is put back: no lever runs) plans
 *   what the API plans for `levers=none`, keeps it in the URL and in the link back to Scenarios;
 *   before, the link was "corrected" to the scenario's own levers and those were planned. A lever
 *   named twice in a link is said and the scenario's own levers planned (was: the last one ran).
 * - The demo registry's assumption says what a dashboard reader can do for their own registry
 *   (was "Use su propio registro con --registry ARCHIVO", a flag the page's reader cannot use).
 * - The solve time is said to a sensible precision (was "0 s" for 0.03 s).
 * - Every link and button is at least 24 px each way at desktop width too (the brief's link was 23 px).
 * - The planned weeks read as one period: the arrivals by kind name the Monday of the last week,
 *   as the forecast assumption does (was its Sunday: "to 16 August" beside "to 10 August").
 */
import type { Page, Response } from 'playwright-core';
import { expect, it } from 'vitest';
import type { z } from 'zod';
import type { PlanSchema } from '../../src/api/routes/reception.js';
import { describeMirror } from '../mirror.js';
import { axeViolations, PHONE, sidewaysScroll, smallTargets, spanishLeaks } from './audit.js';
import { newPage, ready } from './browser.js';
import { mirrorDashboard } from './mirror-dashboard.js';

type Plan = z.infer<typeof PlanSchema>;

const MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
};
const dayWords = (d: string, lang: 'en' | 'es') => (lang === 'en' ? `${Number(d.slice(8))} ${MONTHS.en[Number(d.slice(5, 7)) - 1]} ${d.slice(0, 4)}` : `${Number(d.slice(8))} de ${MONTHS.es[Number(d.slice(5, 7)) - 1]} de ${d.slice(0, 4)}`);

describeMirror('the Reception page: levers=none, the registry, the solve time, tap targets, one period', () => {
  const d = mirrorDashboard();

  const apiPlan = async (query: string) => (await (await fetch(`${d.base}/api/reception?${query}`)).json()) as Plan;
  const byKind = (plan: Plan) => Object.fromEntries(plan.kinds.map((k) => [k.id, plan.arrivals.filter((a) => a.kind === k.id).reduce((s, a) => s + a.people, 0)]));
  const shownKinds = (page: Page) => page.locator('.reception-kind-totals li[data-kind]').evaluateAll((els) => Object.fromEntries(els.map((e) => [e.getAttribute('data-kind'), Number(e.getAttribute('data-people'))])));
  /** The page's own answer of /api/reception, for the figures it shows (a solve time differs from one answer to the next). */
  const planAnswer = (page: Page) => page.waitForResponse((r: Response) => new URL(r.url()).pathname === '/api/reception' && r.status() === 200);

  it('plans for levers=none what the API plans for it (no lever), in Spanish on a phone, and keeps it', async () => {
    const none = await apiPlan('lang=es&scenario=seed-2021-04&weeks=4&levers=none');
    const own = await apiPlan('lang=es&scenario=seed-2021-04&weeks=4');
    expect(none.assumptions.find((a) => a.id === 'scenario')!.value).toMatchObject({ levers: {} });
    expect(byKind(none)).not.toEqual(byKind(own));

    const { page, errors } = await newPage(d.context);
    await page.setViewportSize(PHONE);
    await page.goto(`${d.base}/?page=reception&lang=es&scenario=seed-2021-04&weeks=4&levers=none`);
    await ready(page);
    expect(new URL(page.url()).searchParams.get('levers')).toBe('none');
    expect(await page.locator('[data-corrected="levers"]').count()).toBe(0);
    expect(await shownKinds(page)).toEqual(byKind(none));
    expect(await page.locator('[data-levers-run]').textContent()).toContain('ninguna palanca movida');
    expect(new URL((await page.locator('a[data-scenarios-link]').getAttribute('href'))!, d.base).searchParams.get('levers')).toBe('none');
    expect(new URL((await page.locator('a[data-download="brief"]').getAttribute('href'))!, d.base).searchParams.get('levers')).toBe('none');
    expect((await sidewaysScroll(page)).culprits).toEqual([]);
    expect(await spanishLeaks(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);

    // A lever named twice: said, and the scenario's own levers planned (the last one ran before, unsaid).
    await page.goto(`${d.base}/?page=reception&lang=es&scenario=seed-2021-04&weeks=4&levers=enforcementSouth:2:2021-04,enforcementSouth:3:2021-04`);
    await ready(page);
    expect(new URL(page.url()).searchParams.get('levers')).toBe('');
    expect(await page.locator('[data-corrected="levers"]').textContent()).toContain('las palancas propias del escenario');
    expect(await shownKinds(page)).toEqual(byKind(own));
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const lang of ['en', 'es'] as const) {
    it(`says, in ${lang === 'en' ? 'English' : 'Spanish'} at desktop width, what a reader can do for their own registry, the solve time to its precision, one end to the weeks, and every target 24 px`, async () => {
      const { page, errors } = await newPage(d.context);
      const answer = planAnswer(page);
      await page.goto(`${d.base}/?page=reception&lang=${lang}`);
      await ready(page);
      const plan = (await (await answer).json()) as Plan;

      const registry = (await page.locator('li[data-assumption="registry"]').textContent())!;
      expect(registry).not.toContain('--registry');
      expect(registry).toContain(lang === 'en' ? 'ask whoever runs this service to plan with it' : 'pida a quien opera este servicio que planee con él');

      const seconds = plan.solver.seconds;
      const said = (await page.locator('p.note', { hasText: 'HiGHS' }).textContent())!;
      const time = /(?:in|en) (.+?) \(/.exec(said)![1];
      expect(time).not.toBe('0 s');
      if (seconds >= 0.005) {
        const shown = Number(time.replace(/ s$/, ''));
        // Two significant figures below 10 s (0.03 s, 0.36 s, 1.3 s).
        expect(Math.abs(shown - seconds)).toBeLessThanOrEqual(seconds < 1 ? 0.005 : 0.05);
      } else expect(time).toBe(lang === 'en' ? 'less than 0.01 s' : 'menos de 0.01 s');

      // The weeks end where the forecast assumption ends them: the Monday of the last week.
      const last = plan.weeks.at(-1)!;
      const totals = (await page.locator('.reception-kind-totals p').textContent())!;
      expect(totals).toBe(
        lang === 'en'
          ? `Arriving over the ${plan.weeks.length} planned weeks (the weeks of ${dayWords(plan.weeks[0], 'en')} to ${dayWords(last, 'en')}), by kind:`
          : `Llegan en las ${plan.weeks.length} semanas planeadas (las semanas del ${dayWords(plan.weeks[0], 'es')} al ${dayWords(last, 'es')}), por tipo:`,
      );
      const arrivals = (await page.locator('li[data-assumption="arrivals"]').textContent())!;
      const lastMonth = MONTHS[lang][Number(last.slice(5, 7)) - 1];
      expect(arrivals).toContain(lang === 'en' ? `to ${Number(last.slice(8))} ${lastMonth} ${last.slice(0, 4)}` : `al ${Number(last.slice(8))} de ${lastMonth} de ${last.slice(0, 4)}`);

      expect(await smallTargets(page, false)).toEqual([]);
      const brief = await page.locator('a[data-download="brief"]').boundingBox();
      expect(brief!.height).toBeGreaterThanOrEqual(24);
      // With a scenario, the levers' link to the Scenarios page too.
      const s = await page.evaluate(() => Number(document.body.dataset.renders ?? 0));
      await page.locator('select[data-param="scenario"]').selectOption('seed-2021-04');
      await ready(page, s);
      expect(await smallTargets(page, false)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
