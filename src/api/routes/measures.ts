/**
 * @module
 * GET /api/measures: every measure with its English and Spanish label and
 * definition, its unit, and the sources that publish it.
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { ApiEnv } from '../env.js';

const Bilingual = z.object({ en: z.string(), es: z.string() });

export const MeasuresSchema = z
  .object({
    measures: z.array(
      z.object({
        id: z.string(),
        label: Bilingual,
        definition: Bilingual,
        unit: z.string().openapi({ description: '"events" unless the publisher says the measure counts people (or beds, doses...)' }),
        sources: z.array(z.string()),
      }),
    ),
  })
  .openapi('Measures');

export const measuresRoute = createRoute({
  method: 'get',
  path: '/api/measures',
  tags: ['catalogue'],
  summary: 'Measures, with definitions in English and Spanish',
  responses: { 200: { description: 'the measures', content: { 'application/json': { schema: MeasuresSchema } } } },
});

export function registerMeasures(app: OpenAPIHono<ApiEnv>): void {
  app.openapi(measuresRoute, (c) => {
    const measures = [...c.var.catalogue.measures.values()].map((m) => ({
      id: m.id,
      label: { en: m.label_en, es: m.label_es },
      definition: { en: m.definition_en, es: m.definition_es },
      unit: m.unit,
      sources: m.sources ?? [],
    }));
    return c.json({ measures }, 200);
  });
}
