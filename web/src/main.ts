/**
 * The dashboard: a header with the pages and the language toggle, and the current
 * page drawn from the URL. Each change of the URL draws the page again (answers are
 * cached, so only what changed is asked for). When a page is drawn, <body> says so
 * (data-state="ready", data-renders) and `window.corridor.ready` holds the time.
 */
import './styles.css';
import type { PageContext } from './controls';
import { el } from './dom';
import { t, type Key } from './i18n';
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

const nav = el('nav', { class: 'pages', 'aria-label': 'pages' });
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

async function draw(view: View): Promise<void> {
  const token = ++current;
  drawShell(view);
  document.title = `corridor · ${t(view.lang, `nav.${view.page}` as Key)}`;
  document.body.dataset.state = 'loading';
  const section = el('section', { class: `page page-${view.page}`, 'data-page': view.page });
  main.replaceChildren(section);
  const ctx: PageContext = { view, set: (params) => store.go({ params }) };
  try {
    if (await storeHasData()) await MODULES[view.page].render(section, ctx);
    else drawNoData(section, view.lang);
  } catch (e) {
    console.error(e);
    section.append(el('p', { class: 'empty' }, e instanceof Error ? e.message : String(e)));
  }
  if (token !== current) return;
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
