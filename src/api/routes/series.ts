/**
 * @module
 * GET /api/series: one measure, filtered, broken down and rolled up, from the best
 * source for each period, with the provenance of every row.
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { ApiEnv, ResolvedOptions } from '../env.js';
import { errorResponses, SeriesSchema } from '../schemas.js';
import { seriesParams } from '../series/params.js';
import { answerSeriesText } from '../series/text.js';

export const seriesRoute = createRoute({
  method: 'get',
  path: '/api/series',
  tags: ['series'],
  summary: 'A series of one measure from the best source for each period',
  description:
    'Filters (codes or labels in English or Spanish), breakdowns and a grain; each row names its source, table and vintage. ' +
    'Where several sources publish a period, the documented precedence decides. `provenance` lists the sources, vintages and file sha256s used.',
  request: { query: seriesParams },
  responses: {
    200: { description: 'the series', content: { 'application/json': { schema: SeriesSchema } } },
    ...errorResponses,
  },
});

export function registerSeries(app: OpenAPIHono<ApiEnv>, opts: ResolvedOptions): void {
  app.openapi(seriesRoute, async (c) => {
    // Written as text, in slices (series/text.ts): the same bytes as c.json(answerSeries(...)).
    const { body, sources } = await answerSeriesText(opts.conn, c.var.catalogue, c.req.valid('query'), opts.maxRows);
    c.set('sources', sources);
    // The bytes are the SeriesSchema answer, which the route's type cannot see in them.
    return c.body(body, 200, { 'Content-Type': 'application/json' }) as never;
  });
}
