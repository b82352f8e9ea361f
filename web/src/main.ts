/**
 * The dashboard: a header with the pages and the language toggle, and the current
 * page drawn from the URL. Each change of the URL draws the page again (answers are
 * cached, so only what changed is asked for). When a page is drawn, <body> says so
 * (data-state="ready", data-renders) and `window.corridor.ready` holds the time.
 * When the server switches to new data (a load while serving, api.ts), the kept answers are
 * dropped and the page is drawn again from fresh ones, with a notice saying why its figures
 * changed: a tab never shows figures of two store states.
 */
import './styles.css';
import { api, checkStore, onStoreSwitch } from './api';
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
/** A load was seen since the page on screen was drawn: the next drawing says so. */
let newData = false;
/** Drawings whose page was drawn whole (a section still being filled may hold answers of a replaced store state). */
const whole = new WeakSet<Element>();

/** "New data was loaded ... (latest load 2026-12-07 21:16:36)", in the page's language. */
async function newDataNotice(lang: View['lang']): Promise<HTMLElement> {
  const list = await api.sources().catch(() => []);
  const when = list.flatMap((s) => s.vintages.map((v) => v.loaded_at)).sort().at(-1);
  // Drawn as the page's other notice at its top (the URL's corrections: styles.css).
  return el('div', { class: 'url-corrected', role: 'status', 'data-store-switched': '' }, el('p', {}, when ? t(lang, 'store.switched', { when }) : t(lang, 'store.switchedNoTime')));
}

/** Text typed into the old drawing and not yet sent keeps its place in the new one (a load redraws the page under the reader). */
function carryTyped(from: Element, to: Element): void {
  for (const field of from.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[type=text], input[type=search], input:not([type]), textarea')) {
    if (field.value === field.defaultValue) continue;
    const key = focusKey(field, from);
    const target = key && to.querySelector<HTMLInputElement | HTMLTextAreaElement>(key.selector);
    if (target && target.value === target.defaultValue) target.value = field.value;
  }
}

/**
 * Draws the view. A new view of the same page is drawn hidden beside the one on screen, which
 * stays in place and keeps working (a slider still moving, a select still open to the arrow
 * keys) until the new drawing is ready; then they are swapped, and the control the reader was
 * on is focused again in the new drawing (keep-focus.ts). Another page replaces the old at once.
 */
async function draw(view: View, afterLoad = false): Promise<void> {
  const token = ++current;
  drawShell(view);
  document.title = `corridor · ${t(view.lang, `nav.${view.page}` as Key)}`;
  document.body.dataset.state = 'loading';
  const section = el('section', { class: `page page-${view.page}`, 'data-page': view.page });
  const shown = [...main.querySelectorAll<HTMLElement>(':scope > section.page:not([data-pending])')];
  // After a load, a drawing not yet whole is taken off at once: it may hold answers of the replaced state.
  const samePage = shown.length > 0 && shown.every((s) => s.dataset.page === view.page && (!afterLoad || whole.has(s)));
  if (samePage) {
    // Drawn hidden (laid out at the page's width, so that charts measure it) until ready.
    section.dataset.pending = '';
    section.setAttribute('aria-hidden', 'true');
    main.append(section);
  } else main.replaceChildren(section);
  const corrections: Correction[] = [];
  const ctx: PageContext = { view, set: (params) => store.go({ params }), correct: (c) => corrections.push(c) };
  try {
    // Which store the server serves, asked of it: kept answers of a replaced store are dropped before the page asks.
    await checkStore();
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
  if (newData) {
    newData = false;
    const said = await newDataNotice(view.lang);
    if (token !== current) {
      newData = true;
      if (section.dataset.pending !== undefined) section.remove();
      return;
    }
    const head = section.querySelector(':scope > .page-head');
    if (head) head.after(said);
    else section.prepend(said);
  }
  whole.add(section);
  if (section.dataset.pending !== undefined) {
    const focus = focusKey(document.activeElement, main);
    const scroll = scrollY;
    for (const old of main.querySelectorAll(':scope > section.page')) {
      if (old === section) continue;
      if (afterLoad) carryTyped(old, section);
      old.remove();
    }
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
// A load while the page is open: every kept answer is dropped (api.ts); the page is drawn again
// from fresh answers, unless the switch was found by a drawing's own check (that drawing asks afresh).
onStoreSwitch(({ byCheck }) => {
  newData = true;
  if (!byCheck) void draw(store.current, true);
});
// Back to a tab left open: the server may have loaded new data meanwhile.
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible') void checkStore().then((changed) => (changed ? draw(store.current, true) : undefined));
});
// A link to another page of the dashboard (data-go-page) goes there as the header's links do: the page's state kept in the URL.
main.addEventListener('click', (e) => {
  const a = (e.target as Element | null)?.closest?.('a[data-go-page]');
  const page = a?.getAttribute('data-go-page') as Page | null | undefined;
  if (!a || !page || !(PAGES as readonly string[]).includes(page) || e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
  e.preventDefault();
  store.go({ page });
});
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
