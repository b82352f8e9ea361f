/**
 * @module
 * GET /api/impact: the effect of a timeline event on a monthly series (as `corridor
 * impact`): observed minus a counterfactual forecast from the months before the event,
 * month by month and cumulatively, with intervals; the other events in the window
 * listed, never attributed; notes and method in the requested language. An estimate
 * takes a second or two, so answers are kept in memory by store state and normalised
 * request (language aside: one estimate serves both).
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { loadEvents } from '../../analysis/events/load.js';
import type { PolicyEvent } from '../../analysis/events/schema.js';
import { estimateImpact, type ImpactParams as EstimateParams } from '../../analysis/impact/impact.js';
import { POSITION_LABELS } from '../../analysis/impact/overlap.js';
import type { Bounds, EffectMonth, ImpactResult } from '../../analysis/impact/types.js';
import { UsageError } from '../../errors.js';
import type { ApiEnv, ResolvedOptions } from '../env.js';
import { NotFoundError } from '../errors.js';
import { errorResponses, ProvenanceSchema } from '../schemas.js';
import { checkKnown } from '../series/answer.js';
import { checked, seriesShape } from '../series/params.js';
import { provenance, usedVintages } from '../series/provenance.js';
import type { Catalogue } from '../store/catalogue.js';
import type { Lang } from '../store/labels.js';
import { said } from '../zod-es.js';

/** The models an API request may choose: arima is left out (about 2 s a fit, up to 61 fits). */
export const API_MODELS = ['ets', 'theta', 'snaive', 'mstl'] as const;

const months = (min: number, max: number, fallback: string, description: string) =>
  z
    .string()
    .max(4)
    .regex(/^[0-9]{1,3}$/, said(`a whole number of months from ${min} to ${max}`, `un número entero de meses de ${min} a ${max}`))
    .refine((s) => Number(s) >= min && Number(s) <= max, { message: `a whole number of months from ${min} to ${max}`, params: { es: `un número entero de meses de ${min} a ${max}` } })
    .default(fallback)
    .transform(Number)
    .openapi({ description, type: 'integer', example: Number(fallback) });

const oneFilter = z
  .string()
  .max(200)
  .regex(/^[A-Za-z_]+\s*=.+$/, said('DIMENSION=VALUE (e.g. citizenship=MEX)', 'DIMENSIÓN=VALOR (p. ej. citizenship=MEX)'));

export const impactParams = checked(
  z
    .object({
      event: z
        .string()
        .min(1)
        .max(80)
        .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, said('a timeline event id (see /api/events)', 'un identificador de evento de la cronología (vea /api/events)'))
        .transform((s) => s.toLowerCase())
        .openapi({ description: 'timeline event id, see /api/events', example: 'title42-end' }),
      measure: seriesShape.measure,
      where: seriesShape.where.openapi({ description: 'filter DIMENSION=VALUE of the treated series, one value each (repeatable): codes or labels in English or Spanish', example: ['geography=US-SWB'] }),
      control: oneFilter.optional().openapi({ description: 'a control series: the treated filters with this one in its place (difference in differences)', example: 'citizenship=MEX' }),
      'control-where': z
        .preprocess((v) => (v === undefined || Array.isArray(v) ? v : [v]), z.array(oneFilter).max(12))
        .optional()
        .openapi({ description: "the control's own filters instead of `control` (repeatable)", example: ['geography=USBP-YUM'] }),
      'window-before': months(12, 120, '36', 'months before the event the model is fitted to, 12 to 120'),
      'window-after': months(1, 36, '12', 'months after the event estimated, 1 to 36'),
      level: z
        .string()
        .max(4)
        .regex(/^(5[0-9]|[6-9][0-9])$/, said('an interval level, a whole percentage from 50 to 99', 'un nivel de intervalo, un porcentaje entero de 50 a 99'))
        .default('95')
        .transform(Number)
        .openapi({ description: 'interval level, percent (50 to 99)', type: 'integer', example: 95 }),
      model: z.enum(API_MODELS).default('ets').openapi({ description: 'the counterfactual model: ets (default), theta, snaive or mstl' }),
      lang: seriesShape.lang,
    })
    .strict()
    .refine((p) => !(p.control && p['control-where']?.length), { message: 'give control or control-where, not both', params: { es: 'dé control o control-where, no ambos' }, path: ['control'] }),
);

export type ImpactQuery = z.output<typeof impactParams>;

const BoundsSchema = z.object({ lower: z.number(), upper: z.number() });
const num = z.number().nullable();

const MonthSchema = z
  .object({
    period: z.string().openapi({ description: 'first day of the month', example: '2023-05-01' }),
    period_label: z.string().openapi({ example: '2023-05' }),
    observed: z.number(),
    counterfactual: z.number().openapi({ description: 'what the model expected without the event' }),
    counterfactual_interval: BoundsSchema.openapi({ description: 'the interval used for the effect: the wider of the model’s own and the calibrated one' }),
    model_interval: BoundsSchema.openapi({ description: "the model's own prediction interval" }),
    effect: z.number().openapi({ description: 'observed − counterfactual' }),
    effect_interval: BoundsSchema,
    relative_effect: num.openapi({ description: 'effect / counterfactual; null when undefined' }),
    cumulative: z.object({
      observed: z.number(),
      counterfactual: z.number(),
      effect: z.number(),
      interval: BoundsSchema,
      relative_effect: num,
      significant: z.boolean().openapi({ description: 'the interval excludes zero' }),
    }),
  })
  .openapi('ImpactMonth');

export const ImpactSchema = z
  .object({
    lang: z.enum(['en', 'es']),
    event: z.object({ id: z.string(), date: z.string(), title: z.string(), source: z.string() }),
    measure: z.string(),
    where: z.array(z.string()),
    control: z.object({ where: z.array(z.string()) }).nullable(),
    model: z.string(),
    log: z.boolean().openapi({ description: 'the model was fitted to log values' }),
    level: z.number(),
    pre: z.object({ from: z.string(), to: z.string(), months: z.number() }).openapi({ description: 'the months the model was fitted to' }),
    post: z.object({ from: z.string(), to: z.string(), months: z.number() }).openapi({ description: 'the months estimated, from the event month' }),
    months: z.array(MonthSchema),
    total: MonthSchema.shape.cumulative.nullable().openapi({ description: 'the cumulative effect over all the months estimated (the last month’s cumulative)' }),
    intervals: z.object({ method: z.enum(['calibrated', 'model']), level: z.number(), origins: z.number(), why: z.string().nullable() }),
    overlapping: z
      .array(z.object({ id: z.string(), date: z.string(), end_date: z.string().nullable(), title: z.string(), position: z.enum(['in-force', 'pre-period', 'event-month', 'post-period']), position_label: z.string(), related: z.boolean() }))
      .openapi({ description: 'other timeline events whose span touches the window: listed, never subtracted' }),
    excluded: z.array(z.object({ period: z.string(), reason: z.enum(['incomplete', 'missing']) })),
    sources: z.array(z.object({ series: z.enum(['treated', 'control']), source: z.string(), dataset: z.string(), vintage: z.number(), from: z.string(), to: z.string() })),
    notes: z.array(z.string()),
    method: z.string(),
    provenance: ProvenanceSchema,
  })
  .openapi('Impact');

export const impactRoute = createRoute({
  method: 'get',
  path: '/api/impact',
  tags: ['analysis'],
  summary: 'The effect of a timeline event on a monthly series, against a counterfactual forecast',
  description:
    'Observed minus a counterfactual forecast from the months before the event, month by month and cumulatively, with intervals (the wider of the model’s own and one calibrated on back-tests); ' +
    'optionally against a control series (difference in differences on the log scale). Other events in the window are listed, never attributed. ' +
    'An estimate takes a second or two; answers are kept in memory until a source is loaded again.',
  request: { query: impactParams },
  responses: {
    200: { description: 'the estimate', content: { 'application/json': { schema: ImpactSchema } } },
    ...errorResponses,
  },
});

const finite = (x: number) => (Number.isFinite(x) ? x : null);
const bounds = (b: Bounds) => ({ lower: b.lower, upper: b.upper });

function monthOf(m: EffectMonth) {
  return {
    period: m.period,
    period_label: m.period.slice(0, 7),
    observed: m.observed,
    counterfactual: m.counterfactual,
    counterfactual_interval: bounds(m.counterfactualInterval),
    model_interval: bounds(m.modelInterval),
    effect: m.effect,
    effect_interval: bounds(m.effectInterval),
    relative_effect: finite(m.relativeEffect),
    cumulative: {
      observed: m.cumulative.observed,
      counterfactual: m.cumulative.counterfactual,
      effect: m.cumulative.effect,
      interval: bounds(m.cumulative.interval),
      relative_effect: finite(m.cumulative.relativeEffect),
      significant: m.cumulative.significant,
    },
  };
}

/** The estimate in one language, with the provenance of the tables behind it. */
export function presentImpact(r: ImpactResult, lang: Lang, catalogue: Catalogue): z.infer<typeof ImpactSchema> {
  const ms = r.months.map(monthOf);
  return {
    lang,
    event: { id: r.event.id, date: r.event.date, title: r.event.title[lang], source: r.event.source },
    measure: r.measure,
    where: r.where,
    control: r.control ? { where: r.control.where } : null,
    model: r.model,
    log: r.log,
    level: r.level,
    pre: r.pre,
    post: r.post,
    months: ms,
    total: ms.at(-1)?.cumulative ?? null,
    intervals: { method: r.intervals.method, level: r.intervals.level, origins: r.intervals.origins, why: r.intervals.why?.[lang] ?? null },
    overlapping: r.overlapping.map((e) => ({ id: e.id, date: e.date, end_date: e.endDate ?? null, title: e.title[lang], position: e.position, position_label: POSITION_LABELS[e.position][lang], related: e.related })),
    excluded: r.excluded.map((e) => ({ period: e.period, reason: e.reason })),
    sources: r.sources.map((s) => ({ series: s.series, source: s.source, dataset: s.dataset, vintage: s.vintage, from: s.from, to: s.to })),
    notes: r.notes.map((n) => n[lang]),
    method: r.method[lang],
    provenance: provenance(catalogue, r.measure, lang, r.sources),
  };
}

/** The request as the estimate reads it: filters trimmed and sorted, language left out. */
export function impactKey(p: ImpactQuery): string {
  const sorted = (w?: string[]) => (w ?? []).map((x) => x.trim()).sort();
  return JSON.stringify([p.event, p.measure, sorted(p.where), p.control?.trim() ?? null, sorted(p['control-where']), p['window-before'], p['window-after'], p.level, p.model]);
}

const MAX_MEMO = 128;

export interface ImpactService {
  /** The estimate for a request, from memory when the same store state answered it before. */
  estimate(conn: ResolvedOptions['conn'], catalogue: Catalogue, p: ImpactQuery, events: PolicyEvent[]): Promise<ImpactResult>;
  /** How many estimates were computed (not served from memory). */
  readonly computed: number;
}

export function impactService(): ImpactService {
  const memo = new Map<string, Promise<ImpactResult>>();
  let computed = 0;
  return {
    get computed() {
      return computed;
    },
    estimate(conn, catalogue, p, events) {
      const key = `${catalogue.version}\n${impactKey(p)}`;
      const hit = memo.get(key);
      if (hit) {
        memo.delete(key);
        memo.set(key, hit);
        return hit;
      }
      const params: EstimateParams = {
        event: p.event,
        measure: p.measure,
        where: p.where?.map((w) => w.trim()),
        control: p.control?.trim(),
        controlWhere: p['control-where']?.map((w) => w.trim()),
        windowBefore: p['window-before'],
        windowAfter: p['window-after'],
        level: p.level,
        model: p.model,
      };
      computed++;
      const found = estimateImpact(conn, params, events);
      // A request the store cannot answer gets the same answer until the store changes: keep
      // it; any other failure is forgotten, so the next request tries again.
      found.catch((e) => {
        if (!(e instanceof UsageError)) memo.delete(key);
      });
      memo.set(key, found);
      while (memo.size > MAX_MEMO) memo.delete(memo.keys().next().value!);
      return found;
    },
  };
}

export function registerImpact(app: OpenAPIHono<ApiEnv>, opts: ResolvedOptions, load: () => PolicyEvent[] = loadEvents, service: ImpactService = impactService()): void {
  let timeline: PolicyEvent[] | undefined;
  app.openapi(impactRoute, async (c) => {
    const p = c.req.valid('query');
    timeline ??= load();
    if (!timeline.some((e) => e.id === p.event)) {
      const ids = timeline.slice(0, 3).map((e) => e.id).join(', ');
      throw new NotFoundError(`no timeline event "${p.event}": /api/events lists the events (ids such as ${ids})`, `no hay evento "${p.event}" en la cronología: /api/events lista los eventos (identificadores como ${ids})`);
    }
    checkKnown(c.var.catalogue, { measure: p.measure });
    const result = await service.estimate(opts.conn, c.var.catalogue, p, timeline);
    c.set('sources', usedVintages(result.sources));
    return c.json(presentImpact(result, p.lang, c.var.catalogue), 200);
  });
}
