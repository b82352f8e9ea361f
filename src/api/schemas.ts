/**
 * @module
 * The shapes of the API's answers, for the OpenAPI document and the handlers' types.
 */
import { z } from '@hono/zod-openapi';
import { DIMENSIONS } from '../model/index.js';

export const ErrorSchema = z
  .object({ error: z.string().openapi({ example: 'bad request' }), detail: z.string().openapi({ example: 'unknown citizenship "Atlantis"' }) })
  .openapi('Error');

/**
 * The facts of a refusal of /api/reception's planned weeks (src/analysis/reception/store-weeks.ts,
 * WeeksRefusal), sent beside `detail` so that a client can word it itself (the dashboard does,
 * with dates in words and its own controls rather than the command line's flags).
 */
export const WeeksRefusalSchema = z
  .object({
    kind: z.enum(['before-data', 'past-outlook']).openapi({ description: "before-data: the start is before INM's first complete week; past-outlook: the planned weeks go past the last week the forecast covers" }),
    start: z.string().openapi({ description: 'the start as asked (any day; the first planned Monday when none was given)', example: '2030-01-01' }),
    firstPlanned: z.string().openapi({ description: "the Monday of the first planned week (the start's week)", example: '2029-12-31' }),
    lastPlanned: z.string().openapi({ description: 'the Monday of the last planned week', example: '2030-03-18' }),
    weeks: z.number().int().openapi({ description: 'how many weeks were asked for', example: 12 }),
    firstDay: z.string().openapi({ description: "INM's first day in the store" }),
    lastDay: z.string().openapi({ description: "INM's last day in the store" }),
    firstDataWeek: z.string().openapi({ description: "the Monday of INM's first complete week: the earliest start" }),
    lastDataWeek: z.string().openapi({ description: "the Monday of INM's last complete week: the last week a plan replays" }),
    nextWeek: z.string().openapi({ description: 'the Monday of the week after the data: the default start, the first forecast week' }),
    outlookUntil: z.string().openapi({ description: 'the Monday of the last week the forecast covers' }),
    latestStart: z.string().openapi({ description: 'the latest start (a Monday) whose `weeks` weeks the forecast covers', example: '2026-08-31' }),
    window: z.number().int().openapi({ description: "weeks the forecast's level is the mean of" }),
    outlookWeeks: z.number().int().openapi({ description: 'weeks after the data the forecast is held for', example: 26 }),
  })
  .openapi('WeeksRefusal', {
    description:
      "/api/reception's 400 `facts` when its planned weeks are refused (a start before INM's data, or weeks past what its forecast covers): the facts `detail` is worded from, without its command-line hints, for a client to word itself",
  });

/** /api/reception's 400: an Error, with the facts of a refusal of its planned weeks when that is the reason. */
export const ReceptionErrorSchema = ErrorSchema.extend({
  // Present when the planned weeks are refused; described on WeeksRefusal (a description beside a $ref is dropped).
  facts: WeeksRefusalSchema.optional(),
}).openapi('ReceptionError');

export const errorResponses = {
  400: { description: 'invalid parameters, or a request the store cannot answer as asked', content: { 'application/json': { schema: ErrorSchema } } },
  404: { description: 'unknown measure, source, dimension or vintage', content: { 'application/json': { schema: ErrorSchema } } },
} as const;

export const receptionErrorResponse = { description: "invalid parameters, or a plan the store cannot make as asked (with `facts` when its weeks are refused)", content: { 'application/json': { schema: ReceptionErrorSchema } } } as const;

const Dim = z.enum(DIMENSIONS);

export const SeriesRowSchema = z
  .object({
    period: z.string().openapi({ description: 'first day of the period', example: '2021-10-01' }),
    period_label: z.string().openapi({ example: 'FY2022' }),
    grain: z.string(),
    keys: z.partialRecord(Dim, z.object({ code: z.string(), label: z.string() })).openapi({ description: 'code and label (in `lang`) of each filtered or broken-down dimension' }),
    value: z.number().nullable().openapi({ description: 'null when the publisher suppressed or left blank a cell it sums' }),
    complete: z.boolean().openapi({ description: 'false when a rolled-up period lacks months, or is a published year to date' }),
    parts: z.number(),
    expected_parts: z.number(),
    source: z.string(),
    dataset: z.string(),
    vintage: z.number(),
    rounding: z.number().openapi({ description: "the publisher's rounding of each summed cell" }),
    as_of: z
      .string()
      .optional()
      .openapi({ description: 'a stock (a level, never summed over time) only: the first day of the sub-period its level is taken from, the last one the table reports in the period', example: '2021-08-03' }),
  })
  .openapi('SeriesRow');

/**
 * A file of a vintage (src/store/file-provenance.ts): the file at `url`, with its sha256; when
 * corridor read the mirror's conversion of it (an R data file as CSV), that conversion under
 * `read_as`, so that no sha256 stands beside the address of another file.
 */
export const FileProvenanceSchema = z.object({
  name: z.string().openapi({ description: 'the file at url' }),
  url: z.string(),
  sha256: z.string().nullable().openapi({ description: 'sha256 of the file at url; null when not known (the mirror holds only its conversion)' }),
  bytes: z.number().nullable().openapi({ description: 'size of the file at url, when known' }),
  read_as: z
    .object({ name: z.string(), sha256: z.string(), bytes: z.number() })
    .optional()
    .openapi({ description: "what corridor read instead of the file at url: the data mirror's conversion of it (same rows and values), with its own sha256" }),
});

export const ProvenanceSchema = z
  .object({
    measure: z.object({ id: z.string(), label: z.string(), definition: z.string(), unit: z.string().openapi({ description: 'the unit, in English (a key)' }), unit_label: z.string().openapi({ description: 'the unit in `lang`' }), note: z.string().nullable() }),
    sources: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        publisher: z.string(),
        landing_page: z.string(),
        licence: z.string(),
        third_party: z.boolean(),
        provisional: z.boolean(),
        vintages: z.array(
          z.object({
            id: z.number(),
            loaded_at: z.string(),
            fingerprint: z.string(),
            files: z.array(FileProvenanceSchema),
          }),
        ),
      }),
    ),
    datasets: z.array(z.object({ id: z.string(), source: z.string(), title: z.string(), rounding: z.number(), notes: z.string().nullable() })),
  })
  .openapi('Provenance');

export const SeriesRequestSchema = z.object({
  measure: z.string(),
  where: z.partialRecord(Dim, z.array(z.string())).optional(),
  by: z.array(Dim).optional(),
  grain: z.enum(['month', 'fy', 'cy']).optional(),
  from: z.string().optional(),
  to: z.string().optional(),
  source: z.string().optional(),
  vintage: z.number().optional(),
});

export const SeriesSchema = z
  .object({
    request: SeriesRequestSchema.openapi({ description: 'the request as the store read it: codes resolved, periods normalised' }),
    lang: z.enum(['en', 'es']),
    // /api/export also sends them in the X-Corridor-Notices header (a JSON array).
    notices: z.array(z.string()).openapi({
      description:
        'how the request was read, in lang, when that is more than was asked: a range starting or ending inside a period of the grain shows that whole period (FY2023 at grain cy is calendar 2022 and 2023), a bare year at grain fy is the fiscal year; empty when the periods are those asked',
    }),
    rows: z.array(SeriesRowSchema),
    provenance: ProvenanceSchema,
    considered: z
      .array(z.object({ dataset: z.string(), source: z.string(), vintage: z.number(), answer: z.boolean(), reason: z.string().optional() }))
      .openapi({ description: 'the tables that could answer, and why the others could not' }),
  })
  .openapi('Series');
