/**
 * @module
 * GET /api/dimensions and /api/dimensions/{dimension}: the codes of a dimension with
 * their English and Spanish labels; places also with level, parent and coordinates.
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { DIMENSIONS } from '../../model/index.js';
import { listMembers } from '../../store/catalog.js';
import type { ApiEnv, ResolvedOptions } from '../env.js';
import { errorResponses } from '../schemas.js';

const Bilingual = z.object({ en: z.string(), es: z.string() });

export const MemberSchema = z
  .object({
    code: z.string(),
    label: Bilingual,
    definition: Bilingual.nullable().optional(),
    level: z.string().nullable().optional().openapi({ description: 'geography: country, region, state, sector...' }),
    parent: z.string().nullable().optional().openapi({ description: 'geography: the main parent place' }),
    lat: z.number().nullable().optional(),
    lon: z.number().nullable().optional(),
    is_group: z.boolean().nullable().optional().openapi({ description: 'citizenship: a group (OTHER, UNKNOWN...) rather than a country' }),
  })
  .openapi('Member');

export const dimensionsRoute = createRoute({
  method: 'get',
  path: '/api/dimensions',
  tags: ['catalogue'],
  summary: 'The dimensions every observation has',
  responses: { 200: { description: 'dimension names', content: { 'application/json': { schema: z.object({ dimensions: z.array(z.string()) }) } } } },
});

export const dimensionRoute = createRoute({
  method: 'get',
  path: '/api/dimensions/{dimension}',
  tags: ['catalogue'],
  summary: 'Codes of a dimension with English and Spanish labels',
  request: { params: z.object({ dimension: z.enum(DIMENSIONS).openapi({ param: { name: 'dimension', in: 'path' }, example: 'geography' }) }) },
  responses: {
    200: { description: 'the codes', content: { 'application/json': { schema: z.object({ dimension: z.enum(DIMENSIONS), members: z.array(MemberSchema) }) } } },
    404: errorResponses[404],
  },
});

type Row = Record<string, string | number | boolean | null>;
const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));

function member(r: Row) {
  return {
    code: text(r.code),
    label: { en: text(r.label_en ?? r.code), es: text(r.label_es ?? r.label_en ?? r.code) },
    ...('definition_en' in r ? { definition: r.definition_en === null ? null : { en: text(r.definition_en), es: text(r.definition_es ?? r.definition_en) } } : {}),
    ...('level' in r ? { level: r.level as string | null, parent: r.parent as string | null, lat: r.lat as number | null, lon: r.lon as number | null } : {}),
    ...('is_group' in r ? { is_group: r.is_group as boolean | null } : {}),
  };
}

export function registerDimensions(app: OpenAPIHono<ApiEnv>, opts: ResolvedOptions): void {
  app.openapi(dimensionsRoute, (c) => c.json({ dimensions: [...DIMENSIONS] }, 200));
  app.openapi(dimensionRoute, async (c) => {
    const { dimension } = c.req.valid('param');
    const members = ((await listMembers(opts.conn, dimension)) as Row[]).map(member);
    return c.json({ dimension, members }, 200);
  });
}
