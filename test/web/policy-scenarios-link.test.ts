/**
 * The Policy page leads to the Scenarios page: the levers a reader meets there ("what if
 * Mexico stepped up enforcement, or took in more families") are what Scenarios runs. Before,
 * the Policy page had no link to it. The link is in the page's language, names the Scenarios
 * page by its URL (page and language), goes there without reloading the tab, and Back returns
 * to the Policy page with its own state (in the URL). Desktop in English, 390 px in Spanish.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeMirror } from '../mirror.js';
import { PHONE, sidewaysScroll } from './audit.js';
import { newPage, ready, renders } from './browser.js';
import { mirrorDashboard } from './mirror-dashboard.js';

describeMirror('the Policy page links to Scenarios', () => {
  const d = mirrorDashboard();

  async function follow(page: Page, lang: 'en' | 'es', words: { question: RegExp; link: RegExp; heading: string }): Promise<void> {
    const policyUrl = `${d.base}/?page=policy&lang=${lang}&ser=swb-usbp&after=24`;
    await page.goto(policyUrl);
    await ready(page);
    const box = page.locator('[data-scenarios-link]');
    await expect.poll(() => box.count()).toBe(1);
    expect(await box.textContent()).toMatch(words.question);
    const link = box.locator('a');
    expect(await link.textContent()).toMatch(words.link);
    expect(await link.isVisible()).toBe(true);
    const href = new URL((await link.getAttribute('href'))!, d.base);
    expect(href.searchParams.get('page')).toBe('scenarios');
    expect(href.searchParams.get('lang')).toBe(lang);
    // Near the top: seen without scrolling past the record.
    expect((await box.boundingBox())!.y).toBeLessThan((await page.locator('.policy-section').first().boundingBox())!.y);

    // Followed in the tab, as the header's links are (no reload: the page's answers are kept).
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    const n = await renders(page);
    await link.click();
    await ready(page, n);
    const at = new URL(page.url());
    expect(at.searchParams.get('page')).toBe('scenarios');
    expect(at.searchParams.get('lang')).toBe(lang);
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    expect(await page.locator('main > section.page-scenarios h2').first().textContent()).toContain(words.heading);
    expect(await page.locator('nav.pages a[aria-current="page"]').getAttribute('data-page')).toBe('scenarios');

    // Back: the Policy page as it was, its state from the URL.
    const m = await renders(page);
    await page.goBack();
    await ready(page, m);
    const back = new URL(page.url());
    expect(back.searchParams.get('page')).toBe('policy');
    expect(back.searchParams.get('ser')).toBe('swb-usbp');
    expect(back.searchParams.get('after')).toBe('24');
  }

  it('on a desktop in English', async () => {
    const { page, errors } = await newPage(d.context);
    await follow(page, 'en', { question: /What if Mexico stepped up enforcement/, link: /Scenarios page/, heading: 'Scenarios' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('on a phone in Spanish, without sideways scrolling', async () => {
    const { page, errors } = await newPage(d.context);
    await page.setViewportSize(PHONE);
    await follow(page, 'es', { question: /¿Y si México reforzara el control migratorio/, link: /página de Escenarios/, heading: 'Escenarios' });
    await page.goto(`${d.base}/?page=policy&lang=es`);
    await ready(page);
    expect((await sidewaysScroll(page)).overflow).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
