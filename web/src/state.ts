/**
 * The whole state of a view lives in the URL: the page, the language and the page's
 * own parameters (filters, periods, chart style). A link therefore restores the view;
 * the URL is rewritten on load with every parameter spelled out, so that a shared
 * link keeps meaning the same view even if the defaults change.
 */
import type { Lang } from './types';

export const PAGES = ['overview', 'us', 'mx', 'compare', 'policy', 'scenarios', 'reception', 'sources'] as const;
export type Page = (typeof PAGES)[number];

export interface View {
  page: Page;
  lang: Lang;
  params: Record<string, string>;
  /** Parameters of the URL whose value the page's specs refuse (the default is used): said on the page, not dropped silently. */
  rejected?: Record<string, string>;
}

/** A page's parameter: its default and which values it takes. */
export interface ParamSpec {
  default: string;
  valid?: (value: string) => boolean;
}

export type ParamSpecs = Record<string, ParamSpec>;

export const oneOf =
  (...values: string[]) =>
  (v: string) =>
    values.includes(v);
export const matches = (re: RegExp) => (v: string) => re.test(v);

function defaultLang(): Lang {
  return navigator.language?.toLowerCase().startsWith('es') ? 'es' : 'en';
}

/** The view a query string describes, every parameter checked against the page's specs. */
export function parseView(search: string, specsOf: (page: Page) => ParamSpecs): View {
  const q = new URLSearchParams(search);
  const page = (PAGES as readonly string[]).includes(q.get('page') ?? '') ? (q.get('page') as Page) : 'overview';
  const lang: Lang = q.get('lang') === 'es' ? 'es' : q.get('lang') === 'en' ? 'en' : defaultLang();
  const params: Record<string, string> = {};
  const rejected: Record<string, string> = {};
  for (const [key, spec] of Object.entries(specsOf(page))) {
    const v = q.get(key);
    const ok = v !== null && (!spec.valid || spec.valid(v));
    params[key] = ok ? v : spec.default;
    if (v !== null && !ok) rejected[key] = v;
  }
  return Object.keys(rejected).length ? { page, lang, params, rejected } : { page, lang, params };
}

export function viewSearch(view: View): string {
  return `?${new URLSearchParams({ page: view.page, lang: view.lang, ...view.params })}`;
}

type Listener = (view: View) => void;

/** Keeps the current view, writes it to the address bar, and tells the app when it changes. */
export class ViewStore {
  private view: View;
  private readonly listeners = new Set<Listener>();
  /** Each page's parameters as last seen, so going back to a page restores them. */
  private readonly remembered = new Map<Page, Record<string, string>>();

  constructor(private readonly specsOf: (page: Page) => ParamSpecs) {
    this.view = parseView(location.search, specsOf);
    history.replaceState(null, '', viewSearch(this.view));
    addEventListener('popstate', () => {
      this.view = parseView(location.search, specsOf);
      this.emit();
    });
  }

  get current(): View {
    return this.view;
  }

  subscribe(fn: Listener): void {
    this.listeners.add(fn);
  }

  /** Goes to another page, language or parameters (merged into the current ones). */
  go(change: { page?: Page; lang?: Lang; params?: Record<string, string> }): void {
    this.remembered.set(this.view.page, this.view.params);
    const page = change.page ?? this.view.page;
    const base = page === this.view.page ? this.view.params : (this.remembered.get(page) ?? {});
    const search = `?${new URLSearchParams({ page, lang: change.lang ?? this.view.lang, ...base, ...(change.params ?? {}) })}`;
    this.view = parseView(search, this.specsOf);
    history.pushState(null, '', viewSearch(this.view));
    this.emit();
  }

  /**
   * Rewrites the URL to what the page shows (an unknown value replaced by the one shown)
   * without drawing again: the address then names the view on screen.
   */
  replace(params: Record<string, string>): void {
    this.view = { ...this.view, params: { ...this.view.params, ...params } };
    delete this.view.rejected;
    history.replaceState(null, '', viewSearch(this.view));
  }

  private emit(): void {
    for (const fn of this.listeners) fn(this.view);
  }
}
