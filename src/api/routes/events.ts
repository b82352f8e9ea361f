/**
 * @module
 * GET /api/events: the policy timeline (data/events.json), filtered by actor, kind
 * and period. Every entry is bilingual and names its source and the page that was
 * read, with a quote; charts draw them as annotations.
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { filterEvents } from '../../analysis/events/filter.js';
import { loadEvents } from '../../analysis/events/load.js';
import { ACTORS, KINDS, type PolicyEvent } from '../../analysis/events/schema.js';
import { withTitleNote } from '../../analysis/events/title-note.js';
import type { ApiEnv } from '../env.js';
import { errorResponses } from '../schemas.js';
import { said } from '../zod-es.js';
import { withUnitLabels } from '../../analysis/events/units.js';

const words = (description: string, example: string) =>
  z
    .string()
    .max(200)
    .transform((s) => s.split(',').map((v) => v.trim()).filter((v) => v !== ''))
    .optional()
    .openapi({ description, example });
const day = z.string().max(10).regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, said('YYYY, YYYY-MM or YYYY-MM-DD', 'AAAA, AAAA-MM o AAAA-MM-DD')).optional();

export const eventsParams = z
  .object({
    actor: words(`who acted, separated by commas: ${ACTORS.join(', ')}`, 'US,MX'),
    kind: words(`kinds, separated by commas: ${KINDS.join(', ')}`, 'policy-start'),
    from: day.openapi({ description: 'entries in force on or after this day (YYYY, YYYY-MM or YYYY-MM-DD)', example: '2019-01' }),
    to: day.openapi({ description: 'entries that started on or before this day', example: '2025-12' }),
    lang: z.enum(['en', 'es']).optional().openapi({ description: 'the reader\'s language: each source whose title is in another language says so (source.title_note); bilingual fields stay bilingual' }),
  })
  .strict();

const Bilingual = z.object({ en: z.string(), es: z.string() });
export const EventSchema = z
  .object({
    id: z.string(),
    date: z.string(),
    datePrecision: z.enum(['day', 'month']),
    endDate: z.string().optional(),
    announced: z.string().optional(),
    actor: z.enum(ACTORS),
    kind: z.enum(KINDS),
    title: Bilingual,
    description: Bilingual,
    source: z.object({ publisher: z.object({ en: z.string(), es: z.string() }), title: z.string().openapi({ description: 'the document\'s own title, as published (not translated)' }), title_lang: z.enum(['en', 'es']).openapi({ description: 'the language the title is written in' }), title_note: z.string().optional().openapi({ description: 'with `lang` other than title_lang: says the title is quoted in its original language' }), citation: z.string().optional(), url: z.string(), primary: z.boolean() }),
    evidence: z.object({ url: z.string(), quote: z.string().openapi({ description: 'the page\'s own words, as published' }), note: Bilingual.optional().openapi({ description: 'how the date was checked, in English and Spanish' }) }),
    figures: z.array(z.object({ value: z.number(), unit: z.string().openapi({ description: 'the unit, in English (a key)' }), unit_label: z.string().optional().openapi({ description: 'with `lang`: the unit in that language' }), what: Bilingual, quote: z.string(), url: z.string() })),
    verified: z.boolean(),
    note: Bilingual.optional(),
    related: z.array(z.string()),
  })
  .openapi('PolicyEvent');

export const eventsRoute = createRoute({
  method: 'get',
  path: '/api/events',
  tags: ['analysis'],
  summary: 'The policy timeline, in English and Spanish, each entry with its source',
  description: 'A period filter keeps an entry whose span (date to end date) overlaps it.',
  request: { query: eventsParams },
  responses: {
    200: { description: 'the entries, by date', content: { 'application/json': { schema: z.object({ events: z.array(EventSchema) }) } } },
    400: errorResponses[400],
  },
});

export function registerEvents(app: OpenAPIHono<ApiEnv>, load: () => PolicyEvent[] = loadEvents): void {
  let timeline: PolicyEvent[] | undefined;
  app.openapi(eventsRoute, (c) => {
    const q = c.req.valid('query');
    timeline ??= load();
    c.set('sources', []);
    const events = filterEvents(timeline, q);
    return c.json({ events: q.lang ? events.map((e) => withUnitLabels(withTitleNote(e, q.lang!), q.lang!)) : events }, 200);
  });
}
