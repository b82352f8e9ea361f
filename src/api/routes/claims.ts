/**
 * @module
 * The claim engine over HTTP:
 * GET /api/headline: the latest complete period of a series with what the figures
 * support about it (rank, highest or lowest since when, change on a year before);
 * GET /api/claims: checks a claim typed in plain words, in English or Spanish.
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { checkClaim } from '../../analysis/claims/check.js';
import type { ApiEnv, ResolvedOptions } from '../env.js';
import { errorResponses, ProvenanceSchema } from '../schemas.js';
import { headline } from '../series/headline.js';
import { checked, seriesShape } from '../series/params.js';

export const headlineParams = checked(z.object({ measure: seriesShape.measure, where: seriesShape.where, grain: seriesShape.grain, lang: seriesShape.lang }).strict());

const FigureSchema = z
  .object({
    period: z.string(),
    period_label: z.string(),
    value: z.number().nullable(),
    complete: z.boolean(),
    parts: z.number(),
    expected_parts: z.number(),
    source: z.string(),
    dataset: z.string(),
    vintage: z.number(),
  })
  .openapi('HeadlineFigure');

export const HeadlineSchema = z
  .object({
    lang: z.enum(['en', 'es']),
    grain: z.string(),
    latest: FigureSchema.openapi({ description: 'the latest complete period' }),
    partial: FigureSchema.nullable().openapi({ description: 'a newer period the sources do not cover in full yet' }),
    statements: z.array(
      z.object({
        kind: z.string().openapi({ description: 'value, rank, highest-since, lowest-since, most-in-years, change-previous, change-year, share' }),
        text: z.string(),
        evidence: z.array(FigureSchema),
      }),
    ),
    caveats: z.array(z.string()),
    provenance: ProvenanceSchema,
  })
  .openapi('Headline');

export const headlineRoute = createRoute({
  method: 'get',
  path: '/api/headline',
  tags: ['analysis'],
  summary: 'The latest complete figure of a series, in context',
  description:
    'One series (one value per filter). The claim engine ranks its latest complete period among the others, says since when it is the highest or lowest, and compares it with the period and the year before; incomplete periods are never ranked.',
  request: { query: headlineParams },
  responses: {
    200: { description: 'the headline', content: { 'application/json': { schema: HeadlineSchema } } },
    ...errorResponses,
  },
});

export const claimsParams = z
  .object({
    text: z.string().trim().min(3).max(300).openapi({ description: 'the claim, in English or Spanish', example: 'March 2021 had the most southwest border encounters in two decades' }),
    lang: z.enum(['en', 'es']).optional().openapi({ description: 'language of the answer (default: the language of the claim)' }),
  })
  .strict();

export const claimsRoute = createRoute({
  method: 'get',
  path: '/api/claims',
  tags: ['analysis'],
  summary: 'Checks a claim typed in plain words',
  description: 'For each reading the words allow (all CBP encounters or Border Patrol; fiscal or calendar year), the figures, a verdict and its explanation, in English and Spanish.',
  request: { query: claimsParams },
  responses: {
    200: { description: 'the verdict with the figures behind it', content: { 'application/json': { schema: z.object({ claim: z.string(), verdict: z.string(), summary: z.object({ en: z.string(), es: z.string() }) }).passthrough() } } },
    400: errorResponses[400],
  },
});

export function registerClaims(app: OpenAPIHono<ApiEnv>, opts: ResolvedOptions): void {
  app.openapi(headlineRoute, async (c) => {
    const answer = await headline(opts.conn, c.var.catalogue, c.req.valid('query'));
    c.set('sources', answer.provenance.sources.flatMap((s) => s.vintages.map((v) => ({ source: s.id, vintage: v.id }))));
    return c.json(answer, 200);
  });
  app.openapi(claimsRoute, async (c) => {
    const { text, lang } = c.req.valid('query');
    const answer = await checkClaim(opts.conn, text, lang);
    c.set('sources', answer.sources.map((s) => ({ source: s.source, vintage: s.vintage })));
    return c.json(answer, 200);
  });
}
