/**
 * @module
 * GET /api/checks: the latest recorded run of each reconciliation check (overlapping
 * sources compared period by period; breakdowns adding up to their totals).
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { ApiEnv, ResolvedOptions } from '../env.js';
import { latestChecks } from '../../analysis/checks/latest.js';

const period = z.string().openapi({ description: "a period's first day (YYYY-MM-DD), at the check's grain" });

/** The figures behind a check's status, as fields (the summary says them in prose, for the command line). */
export const CheckResultSchema = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('overlap'),
      grain: z.string(),
      comparisons: z.array(
        z.object({
          source: z.string(),
          against: z.string().openapi({ description: 'the source a default query chose, that this one is compared with (at the largest difference)' }),
          periods: z.number(),
          beyond_rounding: z.number(),
          largest: z.object({ period, value: z.number(), against_value: z.number(), diff: z.number(), pct: z.number() }).nullable(),
        }),
      ),
    }),
    z.object({
      kind: z.literal('adds-up'),
      grain: z.string(),
      periods: z.number(),
      beyond_rounding: z.number(),
      max_diff: z.number(),
      largest: z.object({ period, parts: z.number(), total: z.number() }).nullable().openapi({ description: 'the period whose parts miss their total by most; null when none does' }),
    }),
    z.object({
      kind: z.literal('cross'),
      grain: z.string(),
      periods: z.number(),
      beyond: z.number(),
      tolerance_pct: z.number(),
      largest: z.object({ period, other: z.number(), reference: z.number(), pct: z.number() }).nullable(),
    }),
  ])
  .openapi('CheckResult');

export const CheckSchema = z
  .object({
    id: z.string(),
    title: z.object({ en: z.string(), es: z.string() }),
    status: z.string().openapi({ description: 'pass, differs (reported, not hidden), fail or skipped' }),
    run_at: z.string(),
    summary: z.object({ en: z.string(), es: z.string() }).nullable().openapi({ description: 'the figures behind the status, in English and Spanish' }),
    result: CheckResultSchema.nullable().openapi({ description: 'the figures the summary says, as fields: periods compared, how many beyond rounding, the largest difference with its period and both numbers; null for a skipped check or a run recorded without them' }),
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
