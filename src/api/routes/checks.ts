/**
 * @module
 * GET /api/checks: the latest recorded run of each reconciliation check (overlapping
 * sources compared period by period; breakdowns adding up to their totals).
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { ApiEnv, ResolvedOptions } from '../env.js';
import { latestChecks } from '../../analysis/checks/latest.js';

export const CheckSchema = z
  .object({
    id: z.string(),
    title: z.object({ en: z.string(), es: z.string() }),
    status: z.string().openapi({ description: 'pass, differs (reported, not hidden), fail or skipped' }),
    run_at: z.string(),
    summary: z.object({ en: z.string(), es: z.string() }).nullable().openapi({ description: 'the figures behind the status, in English and Spanish' }),
    figures: z.record(z.string(), z.unknown()),
  })
  .openapi('Check');

export const checksRoute = createRoute({
  method: 'get',
  path: '/api/checks',
  tags: ['sources'],
  summary: 'The latest run of each reconciliation check',
  description: 'Empty until `corridor check` has recorded a run.',
  responses: { 200: { description: 'the checks', content: { 'application/json': { schema: z.object({ checks: z.array(CheckSchema) }) } } } },
});

export function registerChecks(app: OpenAPIHono<ApiEnv>, opts: ResolvedOptions): void {
  app.openapi(checksRoute, async (c) => c.json({ checks: await latestChecks(opts.conn) }, 200));
}
