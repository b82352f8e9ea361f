/**
 * @module
 * GET /api/corridor: one nationality's path along the corridor, stage by stage
 * (UNHCR, INM, CBP, OHSS...), month by month or year by year. Every figure keeps
 * its source; the stages are never added up (docs/CORRIDOR.md).
 */
import { missingSaid } from '../../analysis/corridor/missing-words.js';
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { corridorView } from '../../analysis/corridor/view.js';
import { showPeriod } from '../../store/query/periods.js';
import { resolveCode } from '../../store/query/resolve-codes.js';
import type { ApiEnv, ResolvedOptions } from '../env.js';
import { apiHints } from '../errors.js';
import { errorResponses } from '../schemas.js';
import { usedVintages } from '../series/provenance.js';
import { labelOf } from '../store/labels.js';

const period = z.string().max(16).optional();

export const corridorParams = z
  .object({
    citizenship: z.string().trim().min(2).max(64).openapi({ description: 'the nationality: a code or a name in English or Spanish', example: 'HND' }),
    from: period.openapi({ description: 'first period (YYYY-MM or YYYY)', example: '2019-01' }),
    to: period.openapi({ description: 'last period (YYYY-MM or YYYY)' }),
    lang: z.enum(['en', 'es']).default('en'),
  })
  .strict();

const Bilingual = z.object({ en: z.string(), es: z.string() });

export const CorridorSchema = z
  .object({
    citizenship: z.object({ code: z.string(), label: z.string() }),
    lang: z.enum(['en', 'es']),
    stages: z.array(z.object({ id: z.string(), label: Bilingual, definition: Bilingual })),
    entries: z.array(
      z.object({
        id: z.string(),
        stage: z.string(),
        label: z.string(),
        measure: z.string(),
        grain: z.string(),
        rows: z.array(z.object({ period: z.string(), period_label: z.string(), value: z.number().nullable(), complete: z.boolean(), source: z.string(), dataset: z.string(), vintage: z.number() })),
        missing: z.string().nullable().openapi({ description: 'why there are no figures, when there are none' }),
      }),
    ),
  })
  .openapi('Corridor');

export const corridorRoute = createRoute({
  method: 'get',
  path: '/api/corridor',
  tags: ['analysis'],
  summary: "A nationality's path along the corridor, stage by stage",
  request: { query: corridorParams },
  responses: {
    200: { description: 'every stage measure for the nationality', content: { 'application/json': { schema: CorridorSchema } } },
    ...errorResponses,
  },
});

export function registerCorridor(app: OpenAPIHono<ApiEnv>, opts: ResolvedOptions): void {
  app.openapi(corridorRoute, async (c) => {
    const q = c.req.valid('query');
    const code = await resolveCode(opts.conn, 'citizenship', q.citizenship);
    const view = await corridorView(opts.conn, code, q.from, q.to);
    const entries = view.entries.map((e) => ({
      id: e.entry.id,
      stage: e.entry.stage,
      label: e.entry.label[q.lang],
      measure: e.entry.measure,
      grain: e.entry.grain,
      rows: e.rows.map((r) => ({ period: r.period, period_label: showPeriod(r.period, r.grain), value: r.value, complete: r.complete, source: r.source, dataset: r.dataset, vintage: r.vintage })),
      // The store's messages point at commands; the API's at its routes, as its errors do.
      missing: e.missing === undefined ? null : apiHints(missingSaid(e.missing, q.lang, e.missingEs)),
    }));
    c.set('sources', usedVintages(view.entries.flatMap((e) => e.rows)));
    return c.json({ citizenship: { code, label: labelOf(c.var.catalogue.labels, 'citizenship', code, q.lang) }, lang: q.lang, stages: view.stages, entries }, 200);
  });
}
