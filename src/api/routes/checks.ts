/**
 * @module
 * GET /api/checks: the latest recorded run of each reconciliation check (overlapping
 * sources compared period by period; breakdowns adding up to their totals).
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { ApiEnv, ResolvedOptions } from '../env.js';
import { latestChecks } from '../../analysis/checks/latest.js';

const period = z.string().openapi({ description: "a period's first day (YYYY-MM-DD), at the check's grain" });
const grain = z.string().openapi({ description: 'the periods compared: month, fy (US fiscal year) or cy (calendar year)' });

/** The figures behind a check's status, as fields (the summary says them in prose, for the command line). */
export const CheckResultSchema = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('overlap').openapi({ description: 'overlap: sources publishing the same series compared period by period' }),
      grain,
      comparisons: z
        .array(
          z.object({
            source: z.string().openapi({ description: 'the source compared (a source id, see /api/sources)' }),
            against: z.string().openapi({ description: 'the source a default query chose, that this one is compared with (at the largest difference)' }),
            periods: z.number().openapi({ description: 'periods both sources publish, compared' }),
            beyond_rounding: z.number().openapi({ description: "periods whose difference is more than the sources' rounding explains" }),
            largest: z
              .object({
                period,
                value: z.number().openapi({ description: "this source's figure in that period" }),
                against_value: z.number().openapi({ description: 'the figure of the source it is compared with (`against`) in that period' }),
                diff: z.number().openapi({ description: 'value minus against_value' }),
                pct: z.number().openapi({ description: 'diff as a percentage of against_value (0.22 is 0.22%)' }),
              })
              .nullable()
              .openapi({ description: 'the period where the two sources differ most; null when none was compared' }),
          }),
        )
        .openapi({ description: 'one comparison per source that overlaps the source a default query chooses' }),
    }),
    z.object({
      kind: z.literal('adds-up').openapi({ description: 'adds-up: the parts of a breakdown summed against their published total' }),
      grain,
      periods: z.number().openapi({ description: 'periods with both the parts and the total, compared' }),
      beyond_rounding: z.number().openapi({ description: 'periods whose parts miss their total by more than rounding explains' }),
      max_diff: z.number().openapi({ description: 'the largest difference, parts minus total (0 when every period adds up)' }),
      largest: z
        .object({
          period,
          parts: z.number().openapi({ description: 'the sum of the parts in that period' }),
          total: z.number().openapi({ description: 'the published total in that period' }),
        })
        .nullable()
        .openapi({ description: 'the period whose parts miss their total by most; null when none does' }),
    }),
    z.object({
      kind: z.literal('cross').openapi({ description: 'cross: a series against a reference series from another source, within a tolerance' }),
      grain,
      periods: z.number().openapi({ description: 'complete periods both series have, compared' }),
      beyond: z.number().openapi({ description: 'periods more than tolerance_pct apart' }),
      tolerance_pct: z.number().openapi({ description: 'the difference allowed, in per cent of the reference' }),
      largest: z
        .object({
          period,
          other: z.number().openapi({ description: "the checked series' figure in that period" }),
          reference: z.number().openapi({ description: "the reference series' figure in that period" }),
          pct: z.number().openapi({ description: 'other minus reference, as a percentage of reference' }),
        })
        .nullable()
        .openapi({ description: 'the period where the two series differ most; null when none was compared' }),
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
