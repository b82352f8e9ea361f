/**
 * @module
 * GET /api/coverage: what each published table holds, so a client can ask questions
 * the store can answer: per table (latest vintage), its measure, grain, rounding and
 * periods, and per dimension how many codes and which (the first 60); for geography
 * also the top places, those with no ancestor in the table.
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { ApiEnv, ResolvedOptions } from '../env.js';
import { NotFoundError } from '../errors.js';
import { unknownMeasure } from '../series/answer.js';
import { errorResponses } from '../schemas.js';
import { countCoverage, listCoverage } from '../store/coverage.js';
import { said } from '../zod-es.js';

/** Codes listed per dimension (more than the 50 filter values a series request takes). */
export const MAX_CODES = 60;

/**
 * Tables per page unless `limit` says otherwise. The whole mirror has about 150 tables, so
 * one page holds them all; a store 100 times larger is read page by page.
 */
export const DEFAULT_LIMIT = 500;
export const MAX_LIMIT = 2000;

const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

export const coverageParams = z
  .object({
    measure: z.string().max(64).regex(ID, said('a measure id (see /api/measures)', 'un identificador de medida (vea /api/measures)')).optional().openapi({ example: 'inm-foreigners-received' }),
    source: z.string().max(64).regex(ID, said('a source id (see /api/sources)', 'un identificador de fuente (vea /api/sources)')).optional().openapi({ example: 'inm-ianami' }),
    limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(DEFAULT_LIMIT).openapi({ description: `tables per page (1-${MAX_LIMIT}, default ${DEFAULT_LIMIT})`, example: 100 }),
    offset: z.coerce.number().int().min(0).default(0).openapi({ description: 'tables to skip, in id order: the next_offset of the previous page', example: 0 }),
    lang: z.enum(['en', 'es']).optional().openapi({ description: 'language of error messages (labels come in both languages)' }),
  })
  .strict();

const DimensionCoverage = z.object({ count: z.number(), codes: z.array(z.string()), tops: z.array(z.string()).optional() });

export const CoverageSchema = z
  .object({
    tables: z.array(
      z.object({
        id: z.string(),
        source: z.string(),
        title: z.object({ en: z.string(), es: z.string() }),
        measure: z.string(),
        grain: z.string(),
        rounding: z.number(),
        first_period: z.string().nullable(),
        last_period: z.string().nullable(),
        dimensions: z.record(z.string(), DimensionCoverage),
      }),
    ),
    total: z.number().openapi({ description: 'tables the filter selects, over all pages' }),
    next_offset: z.number().nullable().openapi({ description: 'the offset of the next page; null on the last page' }),
  })
  .openapi('Coverage');

export const coverageRoute = createRoute({
  method: 'get',
  path: '/api/coverage',
  tags: ['catalogue'],
  summary: 'What each published table holds: codes per dimension, periods, grain (paged by limit and offset)',
  request: { query: coverageParams },
  responses: {
    200: { description: 'the tables', content: { 'application/json': { schema: CoverageSchema } } },
    404: errorResponses[404],
  },
});

type Table = z.infer<typeof CoverageSchema>['tables'][number];

export function registerCoverage(app: OpenAPIHono<ApiEnv>, opts: ResolvedOptions): void {
  app.openapi(coverageRoute, async (c) => {
    const q = c.req.valid('query');
    if (q.measure !== undefined && !c.var.catalogue.measures.has(q.measure)) throw unknownMeasure(c.var.catalogue, q.measure);
    if (q.source !== undefined && !c.var.catalogue.sources.has(q.source)) throw new NotFoundError(`unknown source "${q.source}": /api/sources lists the sources`, `fuente desconocida "${q.source}": /api/sources lista las fuentes`);
    const filter = { measure: q.measure, source: q.source };
    const tables = new Map<string, Table>();
    const total = await countCoverage(opts.conn, filter);
    for (const r of await listCoverage(opts.conn, filter, MAX_CODES, { limit: q.limit, offset: q.offset })) {
      let t = tables.get(r.dataset);
      if (!t) {
        t = { id: r.dataset, source: r.source, title: { en: r.title_en, es: r.title_es }, measure: r.measure, grain: r.grain, rounding: r.rounding, first_period: r.first_period, last_period: r.last_period, dimensions: {} };
        tables.set(r.dataset, t);
      }
      if (r.first_period && (!t.first_period || r.first_period < t.first_period)) t.first_period = r.first_period;
      if (r.last_period && (!t.last_period || r.last_period > t.last_period)) t.last_period = r.last_period;
      t.dimensions[r.dimension] = { count: r.n, codes: r.codes, ...(r.tops ? { tops: r.tops } : {}) };
    }
    const sources = new Set([...tables.values()].map((t) => t.source));
    c.set('sources', c.var.catalogue.latest.filter((l) => sources.has(l.source)));
    const next = q.offset + q.limit;
    return c.json({ tables: [...tables.values()], total, next_offset: next < total ? next : null }, 200);
  });
}
