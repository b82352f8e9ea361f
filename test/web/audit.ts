/**
 * Checks the browser tests run on every page the app registers (read from its nav,
 * so pages added later are covered without a change here), in both languages:
 * sideways scrolling at a phone's width, axe-core's WCAG 2 A/AA rules, and English
 * words left on a Spanish page.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/**
 * Controls smaller than 24 px in either direction: summaries, selects, sliders, buttons, checkboxes
 * and radios (a control inside a label is measured with its label, which takes the tap too), and
 * links that are not inline in a sentence. Hidden controls are left out. `withHeader`: the header's
 * links and buttons too (the phone audit), else the page's main content only.
 */
export async function smallTargets(page: Page, withHeader = true): Promise<string[]> {
  const selector = `main summary, main select, main button, main input, main a${withHeader ? ', header a, header button' : ''}`;
  return page.evaluate((selector) => {
    const out: string[] = [];
    for (const e of document.querySelectorAll<HTMLElement>(selector)) {
      if (e.closest('.sr-only, [aria-hidden="true"]')) continue;
      const style = getComputedStyle(e);
      if (e.tagName === 'A' && style.display === 'inline') continue;
      if (e instanceof HTMLInputElement && e.type === 'hidden') continue;
      const own = e.getBoundingClientRect();
      if (own.width === 0 || own.height === 0 || style.visibility === 'hidden') continue;
      const label = e instanceof HTMLInputElement || e instanceof HTMLSelectElement ? e.closest('label') : null;
      const box = label ? label.getBoundingClientRect() : own;
      const w = Math.max(own.width, box.width);
      const h = Math.max(own.height, box.height);
      if (w < 23.5 || h < 23.5) out.push(`${e.tagName.toLowerCase()}${e instanceof HTMLInputElement ? `[${e.type}]` : ''} "${(e.textContent || e.getAttribute('aria-label') || '').trim().slice(0, 40)}" ${Math.round(w)}x${Math.round(h)} px`);
    }
    return [...new Set(out)];
  }, selector);
}

/** The pages the app registers, as its nav lists them (data-page). */
export async function registeredPages(page: Page): Promise<string[]> {
  return page.locator('nav.pages a[data-page]').evaluateAll((els) => els.map((e) => e.getAttribute('data-page')!));
}

export const PHONE = { width: 390, height: 844 };

/** How far the page scrolls sideways (0 when it fits), and the widest elements that stick out. */
export async function sidewaysScroll(page: Page): Promise<{ overflow: number; culprits: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const overflow = root.scrollWidth - root.clientWidth;
    const culprits: string[] = [];
    if (overflow > 0) {
      for (const e of document.querySelectorAll('body *')) {
        const r = e.getBoundingClientRect();
        if (r.right > root.clientWidth + 1 && r.width > 0) {
          // Only the outermost element that sticks out, not each of its children.
          if (e.parentElement && e.parentElement.getBoundingClientRect().right > root.clientWidth + 1) continue;
          culprits.push(`${e.tagName.toLowerCase()}${e.className && typeof e.className === 'string' ? `.${e.className.split(' ').join('.')}` : ''} (${Math.round(r.right)} px)`);
        }
      }
    }
    return { overflow, culprits: culprits.slice(0, 8) };
  });
}

/**
 * SVG text that runs past its chart's edge (an SVG clips it: "Terminan las" of a longer label).
 * Tooltips (Plot's tip, drawn only on hover) are left out; 2 px of slack for antialiasing.
 */
export async function clippedChartText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const svg of document.querySelectorAll('svg')) {
      const box = svg.getBoundingClientRect();
      if (box.width === 0) continue;
      for (const t of svg.querySelectorAll('text')) {
        if (t.closest('[aria-label="tip"]')) continue;
        const r = t.getBoundingClientRect();
        if (r.width === 0) continue;
        if (r.left < box.left - 2 || r.right > box.right + 2) {
          const chart = svg.closest('[data-chart]')?.getAttribute('data-chart') ?? 'svg';
          out.push(`${chart}: "${(t.textContent ?? '').slice(0, 40)}" spans ${Math.round(r.left - box.left)} to ${Math.round(r.right - box.left)} px of ${Math.round(box.width)}`);
        }
      }
    }
    return [...new Set(out)].slice(0, 8);
  });
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
  targets: string[];
}

/** axe-core's WCAG 2 A and AA rules on the page as it is (injected through the debugger, so the page's CSP does not stop it). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length, targets: v.nodes.slice(0, 3).map((n) => String(n.target[0])) }));
  });
}

/**
 * English words that must not appear on a Spanish page (whole words, case as written):
 * month abbreviations Spanish does not share, and the dashboard's own words. Text
 * marked as English (lang="en": a publisher's own title, a file name) is left out.
 */
export const ENGLISH_TELL_TALES = ['Jan', 'Apr', 'Aug', 'Dec', 'Source', 'Sources', 'source', 'events', 'Events', 'Download', 'vintage', 'Loading', 'Forecast', 'forecast', 'interval', 'partial', 'by month', 'people', 'Title 42'];

/** The visible text of the page (and its tooltips' and labels' text), leaving out what is marked lang="en". */
export async function spanishLeaks(page: Page, words = ENGLISH_TELL_TALES): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const owner = n.nodeType === Node.TEXT_NODE ? n.parentElement : (n as Element);
      if (!owner || owner.closest('[lang="en"], script, style, code, pre')) continue;
      if (n.nodeType === Node.TEXT_NODE) {
        const s = n.textContent?.trim();
        if (s) out.push(s);
      } else {
        for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
          const v = (n as Element).getAttribute(a);
          if (v) out.push(v);
        }
      }
    }
    return out;
  });
  const found = new Set<string>();
  for (const text of texts) {
    for (const w of words) if (new RegExp(`(^|[^\\p{L}])${w}($|[^\\p{L}])`, 'u').test(text)) found.add(`${w}: "${text.slice(0, 90)}"`);
  }
  return [...found];
}
