/**
 * @module
 * GET /api/sources: every source with publisher, landing page, licence note,
 * coverage, and each vintage with its files and their sha256.
 * GET /api/sources/{id}/diff: what the newest vintage of a source changed.
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { sourceText } from '../../store/catalog.js';
import { diffLatestVintages } from '../../store/diff.js';
import type { ApiEnv, ResolvedOptions } from '../env.js';
import { NotFoundError } from '../errors.js';
import { errorResponses, FileProvenanceSchema } from '../schemas.js';
import { fileProvenance } from '../../store/file-provenance.js';
import type { Catalogue } from '../store/catalogue.js';

/** A text in English and Spanish (a page shows the one of its language). */
const Words = z.object({ en: z.string(), es: z.string() });

const FileSchema = FileProvenanceSchema.extend({ file_id: z.string() });
const VintageSchema = z.object({
  id: z.number(),
  loaded_at: z.string(),
  fingerprint: z.string(),
  observations: z.number(),
  reader: z.string().nullable().openapi({ description: "sha256 of corridor's code that read this vintage's files (the source's reader); null when not recorded (loaded by an older corridor)" }),
  reread_of: z.number().nullable().openapi({
    description: "the vintage whose very files this vintage read again because corridor's reader of the source changed (a re-read, not a new edition of the files); null for a load of the publisher's files",
  }),
  files: z.array(FileSchema),
});

export const SourceSchema = z
  .object({
    id: z.string(),
    title: Words,
    publisher: Words.openapi({ description: 'who publishes the figures (and who compiled or copied them)' }),
    landing_page: z.string(),
    licence: Words.openapi({ description: 'terms of use and whom to cite' }),
    coverage: Words.openapi({ description: 'places, periods and breakdowns the files cover' }),
    third_party: z.boolean(),
    provisional: z.boolean(),
    observations: z.number().openapi({ description: 'in the latest vintage' }),
    first_period: z.string().nullable(),
    last_period: z.string().nullable(),
    latest_vintage: z.number(),
    vintages: z.array(VintageSchema),
  })
  .openapi('Source');

export const sourcesRoute = createRoute({
  method: 'get',
  path: '/api/sources',
  tags: ['sources'],
  summary: 'Sources with their files, vintages, licence and coverage',
  responses: { 200: { description: 'the sources', content: { 'application/json': { schema: z.object({ sources: z.array(SourceSchema) }) } } } },
});

const idParam = z.object({ id: z.string().min(1).max(64).openapi({ param: { name: 'id', in: 'path' }, example: 'cbp-sbo' }) });

export const diffRoute = createRoute({
  method: 'get',
  path: '/api/sources/{id}/diff',
  tags: ['sources'],
  summary: 'What the newest vintage of a source changed from the one before',
  request: { params: idParam },
  responses: {
    200: {
      description: 'cells added, removed and revised per table, and the largest revisions; `diff` is null while the source has one vintage',
      content: {
        'application/json': {
          schema: z.object({
            source: z.string(),
            vintages: z.array(z.number()),
            diff: z
              .object({
                source: z.string(),
                older: z.number(),
                newer: z.number(),
                tables: z.array(z.object({ dataset: z.string(), added: z.number(), removed: z.number(), revised: z.number(), unchanged: z.number() })),
                largest: z.array(z.object({ dataset: z.string(), period: z.string(), cell: z.string(), before: z.number().nullable(), after: z.number().nullable() })),
              })
              .nullable(),
          }),
        },
      },
    },
    404: errorResponses[404],
  },
});

function vintagesOf(catalogue: Catalogue, source: string) {
  return catalogue.vintages
    .filter((v) => v.source === source)
    .map((v) => ({
      id: v.id,
      loaded_at: v.loaded_at,
      fingerprint: v.fingerprint,
      observations: v.observations,
      reader: v.reader ?? null,
      reread_of: v.reread_of === null || v.reread_of === undefined ? null : Number(v.reread_of),
      files: (catalogue.filesByVintage.get(v.id) ?? []).map(fileProvenance),
    }));
}

export function registerSources(app: OpenAPIHono<ApiEnv>, opts: ResolvedOptions): void {
  app.openapi(sourcesRoute, (c) => {
    const catalogue = c.var.catalogue;
    const sources = [...catalogue.sources.values()].map((s) => ({
      id: s.id,
      title: { en: s.title_en, es: s.title_es },
      publisher: sourceText(s, 'publisher'),
      landing_page: s.landing_page,
      licence: sourceText(s, 'licence'),
      coverage: sourceText(s, 'coverage'),
      third_party: Boolean(s.third_party),
      provisional: Boolean(s.provisional),
      observations: s.observations,
      first_period: s.first_period,
      last_period: s.last_period,
      latest_vintage: s.latest_vintage,
      vintages: vintagesOf(catalogue, s.id),
    }));
    return c.json({ sources }, 200);
  });
  app.openapi(diffRoute, async (c) => {
    const { id } = c.req.valid('param');
    const catalogue = c.var.catalogue;
    if (!catalogue.sources.has(id)) throw new NotFoundError(`unknown source "${id}": /api/sources lists the sources`, `fuente desconocida "${id}": /api/sources lista las fuentes`);
    const vintages = catalogue.vintages.filter((v) => v.source === id).map((v) => v.id);
    c.set('sources', vintages.slice(-2).map((vintage) => ({ source: id, vintage })));
    return c.json({ source: id, vintages, diff: (await diffLatestVintages(opts.conn, id)) ?? null }, 200);
  });
}
