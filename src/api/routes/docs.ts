/**
 * @module
 * GET /api/openapi.json (the OpenAPI document, generated from the route definitions; in
 * Spanish with lang=es), /api/docs (a page rendering it, in the language of `lang`) and
 * /api/docs.css. /api/docs without `lang` sends the reader to the page in the language their
 * browser prefers (Accept-Language), so each page has its own address: the ETag and the
 * answer cache key on the address.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { UsageError } from '../../errors.js';
import { documentIn, type DocsLang } from '../docs/localise.js';
import { DOCS_CSS, docsPage } from '../docs/page.js';
import type { ApiEnv } from '../env.js';
import { useParameterDocs } from '../errors.js';

export const DOCUMENT = {
  openapi: '3.0.3',
  info: {
    title: 'corridor',
    version: '1',
    description:
      'Read-only API over the corridor store: US and Mexican migration statistics, reconciled, with their provenance. ' +
      'Every response names the sources and vintages it came from (X-Corridor-Sources) and carries an ETag. Measures count events, not people, unless their definition says otherwise.',
  },
};

/** `lang` of the request; absent is English; anything but en or es is refused, in both languages. */
function langOf(c: Context): DocsLang | undefined {
  const lang = c.req.query('lang');
  if (lang === undefined || lang === 'en' || lang === 'es') return lang;
  throw new UsageError(`lang must be en or es, not "${lang}"`, `lang debe ser en o es, no "${lang}"`);
}

/** The language an Accept-Language header prefers between English and Spanish (English when it names neither). */
export function preferred(header: string | undefined): DocsLang {
  let best: { lang: DocsLang; q: number } = { lang: 'en', q: 0 };
  for (const part of (header ?? '').split(',')) {
    const [tag, ...params] = part.trim().toLowerCase().split(';');
    const lang = tag.split('-')[0];
    if (lang !== 'en' && lang !== 'es') continue;
    const q = Number(params.map((p) => p.trim()).find((p) => p.startsWith('q='))?.slice(2) ?? 1);
    if (Number.isFinite(q) && q > best.q) best = { lang, q };
  }
  return best.lang;
}

export function registerDocs(app: OpenAPIHono<ApiEnv>): void {
  const documents: Partial<Record<DocsLang, ReturnType<typeof app.getOpenAPIDocument>>> = {};
  // Generated on the first request (every route is registered by then), once per language.
  const documentOf = (lang: DocsLang) => (documents[lang] ??= documentIn(app.getOpenAPIDocument(DOCUMENT), lang));
  useParameterDocs(() => documentOf('en'));
  app.get('/api/openapi.json', (c) => c.json(documentOf(langOf(c) ?? 'en')));
  app.get('/api/docs', (c) => {
    const lang = langOf(c);
    if (lang) return c.html(docsPage(documentOf(lang), lang));
    c.header('Vary', 'Accept-Language');
    c.header('Cache-Control', 'no-store');
    return c.redirect(`/api/docs?lang=${preferred(c.req.header('Accept-Language'))}`);
  });
  app.get('/api/docs.css', (c) => c.body(DOCS_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8' }));
  app.get('/api', (c) => c.redirect('/api/docs'));
}
