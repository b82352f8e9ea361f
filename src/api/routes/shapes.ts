/**
 * @module
 * GET /api/shapes: the stored boundaries of places (Mexico's states) as one GeoJSON
 * FeatureCollection, each feature with its code and labels, coordinates rounded to
 * `precision` decimals (3 by default, about 100 m) to keep the answer small. The
 * rings are as the source drew them; a renderer that needs a winding order (d3-geo)
 * should check it.
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { ApiEnv, ResolvedOptions } from '../env.js';
import { errorResponses } from '../schemas.js';
import { listShapes } from '../store/places.js';
import { said } from '../zod-es.js';

export const shapesParams = z
  .object({
    precision: z
      .string()
      .regex(/^[0-6]$/, said('a whole number of decimals from 0 to 6', 'un número entero de decimales de 0 a 6'))
      .transform(Number)
      .default(3)
      .openapi({ description: 'decimals kept in each coordinate (0 to 6)', type: 'integer', example: '3' }),
    lang: z.enum(['en', 'es']).optional().openapi({ description: 'language of error messages (labels come in both languages)' }),
  })
  .strict();

export const FeatureSchema = z.object({
  type: z.literal('Feature'),
  id: z.string(),
  properties: z.object({ code: z.string(), level: z.string().nullable(), label: z.object({ en: z.string(), es: z.string() }), source: z.string() }),
  geometry: z.record(z.string(), z.unknown()).openapi({ description: 'GeoJSON geometry (Polygon or MultiPolygon), longitude then latitude' }),
});

export const shapesRoute = createRoute({
  method: 'get',
  path: '/api/shapes',
  tags: ['catalogue'],
  summary: 'Boundaries of places (the states of Mexico) as GeoJSON',
  request: { query: shapesParams },
  responses: {
    200: {
      description: 'a GeoJSON FeatureCollection',
      content: { 'application/json': { schema: z.object({ type: z.literal('FeatureCollection'), features: z.array(FeatureSchema) }).openapi('Shapes') } },
    },
    400: errorResponses[400],
  },
});

/** Rounds every number of nested coordinate arrays. */
export function roundCoordinates(value: unknown, decimals: number): unknown {
  if (typeof value === 'number') return Number(value.toFixed(decimals));
  if (Array.isArray(value)) return value.map((v) => roundCoordinates(v, decimals));
  return value;
}

export function registerShapes(app: OpenAPIHono<ApiEnv>, opts: ResolvedOptions): void {
  app.openapi(shapesRoute, async (c) => {
    const { precision } = c.req.valid('query');
    const shapes = await listShapes(opts.conn);
    c.set('sources', [...new Set(shapes.map((s) => s.source))].flatMap((source) => c.var.catalogue.latest.filter((l) => l.source === source)));
    const features = shapes.map((s) => {
      const geometry = JSON.parse(s.geometry) as { type: string; coordinates: unknown };
      return {
        type: 'Feature' as const,
        id: s.code,
        properties: { code: s.code, level: s.level, label: { en: s.label_en ?? s.code, es: s.label_es ?? s.label_en ?? s.code }, source: s.source },
        geometry: { ...geometry, coordinates: roundCoordinates(geometry.coordinates, precision) },
      };
    });
    return c.json({ type: 'FeatureCollection' as const, features }, 200);
  });
}
