/**
 * @module
 * GET /api/record: the bilateral record (as `corridor record`): what the US and Mexico
 * asked, committed and delivered (vaccine doses, people received, Guard deployments,
 * the timeline's agreements and deliveries), each ledger line with its source and the
 * timeline entry it belongs to, and the caveats of the record, in English or Spanish.
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { bilateralRecord, type BilateralRecord } from '../../analysis/bilateral/record.js';
import { LEDGER_KIND_LABELS, LEDGER_KINDS } from '../../analysis/bilateral/types.js';
import { loadEvents } from '../../analysis/events/load.js';
import { ACTORS, type PolicyEvent } from '../../analysis/events/schema.js';
import type { ApiEnv, ResolvedOptions } from '../env.js';
import { errorResponses } from '../schemas.js';
import { usedVintages } from '../series/provenance.js';
import type { Catalogue } from '../store/catalogue.js';
import type { Lang } from '../store/labels.js';
import { said } from '../zod-es.js';

const RECORD_ACTORS = ['US', 'MX', 'bilateral'] as const;

/** YYYY, YYYY-MM or YYYY-MM-DD, with a month 01-12 and a day 01-31. */
const DAY = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$/;
const day = z.string().max(10).regex(DAY, said('YYYY, YYYY-MM or YYYY-MM-DD', 'AAAA, AAAA-MM o AAAA-MM-DD'));

export const recordParams = z
  .object({
    actor: z
      .string()
      .max(20)
      .transform((s) => s.trim())
      .pipe(z.string().refine((s) => RECORD_ACTORS.some((a) => a.toLowerCase() === s.toLowerCase()), { message: `one of ${RECORD_ACTORS.join(', ')}`, params: { es: `uno de ${RECORD_ACTORS.join(', ')}` } }))
      .optional()
      .openapi({ description: 'US, MX or bilateral (joint declarations are listed under US and MX too)', example: 'US' }),
    kind: z
      .string()
      .max(20)
      .transform((s) => s.trim().toLowerCase())
      .pipe(z.enum(LEDGER_KINDS, { error: `one of ${LEDGER_KINDS.join(', ')}` }))
      .optional()
      .openapi({ description: `${LEDGER_KINDS.join(', ')}`, example: 'delivered' }),
    from: day.optional().openapi({ description: 'first day or month (YYYY, YYYY-MM or YYYY-MM-DD); a month line is kept if its month overlaps', example: '2021-01' }),
    to: day.optional().openapi({ description: 'last day or month (YYYY, YYYY-MM or YYYY-MM-DD)', example: '2021-12' }),
    guard: z.enum(['regions', 'states']).default('regions').openapi({ description: 'National Guard levels for Mexico and its border regions (regions) or for every state (states)' }),
    lang: z.enum(['en', 'es']).default('en').openapi({ description: 'language of the lines and caveats' }),
  })
  .strict();

export type RecordQuery = z.output<typeof recordParams>;

const LineSchema = z
  .object({
    date: z.string().openapi({ description: "'YYYY-MM-DD' (a day) or 'YYYY-MM' (a month)", example: '2021-08-03' }),
    date_kind: z.enum(['day', 'as-of', 'month']).openapi({ description: 'day: on that day; as-of: a running total to that day; month: over (or, for a level, in) that month' }),
    actor: z.enum(ACTORS),
    counterpart: z.string().nullable().openapi({ description: 'the other party, a place code (MX, GTM, US, CAN...)' }),
    kind: z.enum(LEDGER_KINDS),
    kind_label: z.string(),
    what: z.string(),
    quantity: z.number().nullable(),
    unit: z.string(),
    complete: z.boolean().openapi({ description: 'false when the month lacks days in its source: the figure is then a lower bound' }),
    note: z.string().nullable(),
    source: z.object({
      publisher: z.string(),
      url: z.string(),
      source: z.string().nullable().openapi({ description: 'the store source of a figure from the store' }),
      dataset: z.string().nullable(),
      vintage: z.number().nullable(),
    }),
    event: z.string().nullable().openapi({ description: 'the timeline entry (/api/events) the line belongs to' }),
    origin: z.enum(['store', 'timeline']),
  })
  .openapi('LedgerLine');

export const RecordSchema = z
  .object({
    lang: z.enum(['en', 'es']),
    lines: z.array(LineSchema),
    caveats: z.array(z.string()).openapi({ description: 'what the record does not hold' }),
  })
  .openapi('BilateralRecord');

export const recordRoute = createRoute({
  method: 'get',
  path: '/api/record',
  tags: ['analysis'],
  summary: 'The bilateral record: what the US and Mexico asked, committed and delivered',
  description:
    'A ledger of vaccine doses, people Mexico received from the US, National Guard deployments and the agreements and deliveries of the timeline, in date order; ' +
    'each line with its figure, source and the timeline entry it belongs to.',
  request: { query: recordParams },
  responses: {
    200: { description: 'the ledger', content: { 'application/json': { schema: RecordSchema } } },
    400: errorResponses[400],
  },
});

export function presentRecord(r: BilateralRecord, lang: Lang, catalogue: Catalogue): z.infer<typeof RecordSchema> {
  return {
    lang,
    lines: r.lines.map((l) => ({
      date: l.date,
      date_kind: l.dateKind,
      actor: l.actor,
      counterpart: l.counterpart ?? null,
      kind: l.kind,
      kind_label: LEDGER_KIND_LABELS[l.kind][lang],
      what: l.what[lang],
      quantity: l.quantity,
      unit: l.unit[lang],
      complete: l.complete,
      note: l.note?.[lang] ?? null,
      source: {
        publisher: l.source.publisher[lang],
        url: l.source.url,
        source: l.source.dataset ? (catalogue.datasets.get(l.source.dataset)?.source ?? null) : null,
        dataset: l.source.dataset ?? null,
        vintage: l.source.vintage ?? null,
      },
      event: l.event,
      origin: l.origin,
    })),
    caveats: r.caveats.map((c) => c[lang]),
  };
}

export function registerRecord(app: OpenAPIHono<ApiEnv>, opts: ResolvedOptions, load: () => PolicyEvent[] = loadEvents): void {
  let timeline: PolicyEvent[] | undefined;
  app.openapi(recordRoute, async (c) => {
    const q = c.req.valid('query');
    timeline ??= load();
    const r = await bilateralRecord(opts.conn, { actor: q.actor, kind: q.kind, from: q.from, to: q.to, guard: q.guard }, timeline);
    const answer = presentRecord(r, q.lang, c.var.catalogue);
    c.set(
      'sources',
      usedVintages(answer.lines.flatMap((l) => (l.source.source && l.source.vintage !== null ? [{ source: l.source.source, vintage: l.source.vintage }] : []))),
    );
    return c.json(answer, 200);
  });
}
