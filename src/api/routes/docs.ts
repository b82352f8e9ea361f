/**
 * @module
 * GET /api/openapi.json (the OpenAPI document, generated from the route
 * definitions), /api/docs (a page rendering it) and /api/docs.css.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { DOCS_CSS, docsPage } from '../docs/page.js';
import type { ApiEnv } from '../env.js';

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

export function registerDocs(app: OpenAPIHono<ApiEnv>): void {
  app.doc('/api/openapi.json', DOCUMENT);
  app.get('/api/docs', (c) => c.html(docsPage(app.getOpenAPIDocument(DOCUMENT))));
  app.get('/api/docs.css', (c) => c.body(DOCS_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8' }));
  app.get('/api', (c) => c.redirect('/api/docs'));
}
