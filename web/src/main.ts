/**
 * The dashboard: a header with the pages and the language toggle, and the current
 * page drawn from the URL. Each change of the URL draws the page again (answers are
 * cached, so only what changed is asked for). When a page is drawn, <body> says so
 * (data-state="ready", data-renders) and `window.corridor.ready` holds the time.
 */
import './styles.css';
import type { Correction, PageContext } from './controls';
import { allCorrections, correctionNotice } from './corrections';
import { el } from './dom';
import { t, type Key } from './i18n';
import { focusKey, restoreFocus } from './keep-focus';
import { compare } from './pages/compare';
import type { PageModule } from './pages/common';
import { mexico } from './pages/mexico';
import { drawNoData, storeHasData } from './pages/no-data';
import { overview } from './pages/overview';
import { policy } from './pages/policy';
import { scenarios } from './pages/scenarios';
import { reception } from './pages/reception';
import { sources } from './pages/sources';
import { usBorder } from './pages/us-border';
import { PAGES, ViewStore, viewSearch, type Page, type View } from './state';

declare global {
  interface Window {
    corridor?: { ready: number; renders: number; page: Page };
  }
}

const MODULES: Record<Page, PageModule> = { overview, us: usBorder, mx: mexico, compare, policy, scenarios, reception, sources };

const store = new ViewStore((page) => MODULES[page].specs);

const nav = el('nav', { class: 'pages' });
const toggle = el('button', { type: 'button', class: 'lang-toggle', 'data-lang-toggle': '' });
const main = el('main', { id: 'main' });
const footer = el('footer', { class: 'site-foot' });
const tagline = el('p', { class: 'tagline' });
document.getElementById('app')!.append(
  el('header', { class: 'site-head' }, el('div', { class: 'brand' }, el('h1', {}, el('a', { href: '?page=overview' }, 'corridor')), tagline), nav, toggle),
  main,
  footer,
);

toggle.addEventListener('click', () => store.go({ lang: store.current.lang === 'en' ? 'es' : 'en' }));

function drawShell(view: View): void {
  const lang = view.lang;
  document.documentElement.lang = lang;
  tagline.textContent = t(lang, 'tagline');
  toggle.textContent = t(lang, 'lang.toggle');
  toggle.setAttribute('aria-label', t(lang, 'lang.toggleLabel'));
  toggle.setAttribute('lang', lang === 'en' ? 'es' : 'en');
  footer.textContent = t(lang, 'footer');
  nav.setAttribute('aria-label', t(lang, 'nav.label'));
  nav.replaceChildren(
    ...PAGES.map((page) => {
      const a = el('a', { href: viewSearch({ page, lang, params: {} }), 'data-page': page, 'aria-current': page === view.page ? 'page' : null }, t(lang, `nav.${page}` as Key));
      a.addEventListener('click', (e) => {
        if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
        e.preventDefault();
        store.go({ page });
      });
      return a;
    }),
  );
}

let renders = 0;
let current = 0;

/**
 * Draws the view. A new view of the same page is drawn hidden beside the one on screen, which
 * stays in place and keeps working (a slider still moving, a select still open to the arrow
 * keys) until the new drawing is ready; then they are swapped, and the control the reader was
 * on is focused again in the new drawing (keep-focus.ts). Another page replaces the old at once.
 */
async function draw(view: View): Promise<void> {
  const token = ++current;
  drawShell(view);
  document.title = `corridor · ${t(view.lang, `nav.${view.page}` as Key)}`;
  document.body.dataset.state = 'loading';
  const section = el('section', { class: `page page-${view.page}`, 'data-page': view.page });
  const shown = [...main.querySelectorAll<HTMLElement>(':scope > section.page:not([data-pending])')];
  const samePage = shown.length > 0 && shown.every((s) => s.dataset.page === view.page);
  if (samePage) {
    // Drawn hidden (laid out at the page's width, so that charts measure it) until ready.
    section.dataset.pending = '';
    section.setAttribute('aria-hidden', 'true');
    main.append(section);
  } else main.replaceChildren(section);
  const corrections: Correction[] = [];
  const ctx: PageContext = { view, set: (params) => store.go({ params }), correct: (c) => corrections.push(c) };
  try {
    if (await storeHasData()) await MODULES[view.page].render(section, ctx);
    else drawNoData(section, view.lang);
  } catch (e) {
    console.error(e);
    section.append(el('p', { class: 'empty' }, e instanceof Error ? e.message : String(e)));
  }
  if (token !== current) {
    if (section.dataset.pending !== undefined) section.remove();
    return;
  }
  const notice = correctionNotice(allCorrections(corrections, view.rejected), view.lang);
  if (notice) {
    const head = section.querySelector(':scope > .page-head');
    if (head) head.after(notice);
    else section.prepend(notice);
  }
  if (corrections.length || view.rejected) store.replace(Object.fromEntries(corrections.map((c) => [c.param, c.value])));
  if (section.dataset.pending !== undefined) {
    const focus = focusKey(document.activeElement, main);
    const scroll = scrollY;
    for (const old of main.querySelectorAll(':scope > section.page')) if (old !== section) old.remove();
    delete section.dataset.pending;
    section.removeAttribute('aria-hidden');
    restoreFocus(focus, section);
    if (scrollY !== scroll) scrollTo({ top: scroll });
  }
  renders++;
  document.body.dataset.state = 'ready';
  document.body.dataset.renders = String(renders);
  window.corridor = { ready: performance.now(), renders, page: view.page };
}

store.subscribe((view) => void draw(view));
void draw(store.current);

let resized: ReturnType<typeof setTimeout> | undefined;
let lastWidth = innerWidth;
addEventListener('resize', () => {
  if (Math.abs(innerWidth - lastWidth) < 40) return;
  clearTimeout(resized);
  resized = setTimeout(() => {
    lastWidth = innerWidth;
    void draw(store.current);
  }, 250);
});
