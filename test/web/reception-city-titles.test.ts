/**
 * The Reception page's week-by-week charts, one per city, named as a coordinator names the
 * city (audit of 7 December 2026): each was titled with its state's ISO code ("Tijuana
 * (MX-02)", "Juárez (MX-08)"). Now /api/reception gives each city its state's name
 * (`state_name`) and the chart says "Tijuana (Baja California)".
 */
import { expect, it } from 'vitest';
import type { z } from 'zod';
import type { PlanSchema } from '../../src/api/routes/reception.js';
import { describeMirror } from '../mirror.js';
import { PHONE } from './audit.js';
import { newPage, ready } from './browser.js';
import { mirrorDashboard } from './mirror-dashboard.js';

type Plan = z.infer<typeof PlanSchema>;
const STATES: Record<string, string> = { 'MX-02': 'Baja California', 'MX-05': 'Coahuila', 'MX-08': 'Chihuahua', 'MX-19': 'Nuevo León', 'MX-26': 'Sonora', 'MX-28': 'Tamaulipas' };

describeMirror('the Reception page: each city chart names its state', () => {
  const d = mirrorDashboard();

  it('titles each city chart with the city and its state\'s name, never its code, in Spanish on a phone', async () => {
    const plan = (await (await fetch(`${d.base}/api/reception?lang=es&weeks=4`)).json()) as Plan;
    for (const c of plan.cities) expect(c.state_name).toBe(STATES[c.state]);
    const { page, errors } = await newPage(d.context);
    await page.setViewportSize(PHONE);
    await page.goto(`${d.base}/?page=reception&lang=es&weeks=4`);
    await ready(page);
    const titles = await page.locator('figure[data-chart^="reception-MX-"] figcaption h3').allTextContents();
    expect(titles).toEqual(plan.cities.map((c) => `${c.name} (${STATES[c.state]})`));
    expect(titles).toContain('Tijuana (Baja California)');
    expect(titles.join(' ')).not.toMatch(/MX-\d\d/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
