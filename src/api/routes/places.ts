/**
 * @module
 * GET /api/places: places by level, parent or code, with English and Spanish
 * labels and coordinates: the Border Patrol sectors of the southwest border, the
 * states of Mexico... (/api/dimensions/geography lists all of them, municipalities
 * and localities included.)
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { ApiEnv, ResolvedOptions } from '../env.js';
import { UsageError } from '../../errors.js';
import { GEO_LEVELS } from '../../model/index.js';
import { errorResponses } from '../schemas.js';
import { listPlaces } from '../store/places.js';

/** Most places one answer holds. */
export const MAX_PLACES = 5_000;

const CODE = /^[A-Za-z0-9][A-Za-z0-9._:/-]*$/;
const list = (description: string, example: string) =>
  z
    .string()
    .max(2_000)
    .transform((s) => s.split(',').map((v) => v.trim()).filter((v) => v !== ''))
    .refine((values) => values.length <= 200 && values.every((v) => v.length <= 64 && CODE.test(v)), {
      message: 'codes of letters, digits and . _ : / -, separated by commas (at most 200)',
      params: { es: 'códigos de letras, dígitos y . _ : / -, separados por comas (a lo más 200)' },
    })
    .optional()
    .openapi({ description, example });

export const placesParams = z
  .object({
    level: list(`levels, separated by commas: ${GEO_LEVELS.join(', ')}`, 'sector').refine((levels) => (levels ?? []).every((l) => (GEO_LEVELS as readonly string[]).includes(l)), {
      message: `a level is one of ${GEO_LEVELS.join(', ')}`,
      params: { es: `un nivel es uno de ${GEO_LEVELS.join(', ')}` },
    }),
    parent: list('parent places, separated by commas', 'US-SWB'),
    code: list('place codes, separated by commas', 'MX-07,USBP-RGV'),
    lang: z.enum(['en', 'es']).optional().openapi({ description: 'language of error messages (labels come in both languages)' }),
  })
  .strict();

export const PlaceSchema = z
  .object({
    code: z.string(),
    level: z.string(),
    label: z.object({ en: z.string(), es: z.string() }),
    parent: z.string().nullable(),
    lat: z.number().nullable(),
    lon: z.number().nullable(),
  })
  .openapi('Place');

export const placesRoute = createRoute({
  method: 'get',
  path: '/api/places',
  tags: ['catalogue'],
  summary: 'Places by level, parent or code, with labels and coordinates',
  description: `Filters combine (all must hold). An answer holds at most ${MAX_PLACES.toLocaleString('en-US')} places: narrow a larger question with level, parent or code.`,
  request: { query: placesParams },
  responses: {
    200: { description: 'the places', content: { 'application/json': { schema: z.object({ places: z.array(PlaceSchema) }) } } },
    400: errorResponses[400],
  },
});

export function registerPlaces(app: OpenAPIHono<ApiEnv>, opts: ResolvedOptions): void {
  app.openapi(placesRoute, async (c) => {
    const q = c.req.valid('query');
    const found = await listPlaces(opts.conn, { levels: q.level, parents: q.parent, codes: q.code }, MAX_PLACES + 1);
    if (found.length > MAX_PLACES) throw new UsageError(
        `more than ${MAX_PLACES.toLocaleString('en-US')} places match: narrow the question with level, parent or code`,
        `más de ${MAX_PLACES.toLocaleString('es-MX')} lugares coinciden: acote la pregunta con level, parent o code`,
      );
    const places = found.map((p) => ({ code: p.code, level: p.level, label: { en: p.label_en, es: p.label_es }, parent: p.parent, lat: p.lat, lon: p.lon }));
    return c.json({ places }, 200);
  });
}
