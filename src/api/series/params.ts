/**
 * @module
 * The parameters of /api/series and /api/export, checked by zod before anything
 * reaches the store: lengths and counts bounded, dimension names checked against
 * the store's dimensions; codes and labels are then resolved by the store layer
 * (`buildRequest`), which turns an unknown one into a 400 that says where to look.
 */
import { z } from '@hono/zod-openapi';
import { DIMENSIONS } from '../../model/index.js';
import { said } from '../zod-es.js';

/** Source and measure ids: letters, digits and - _ . : */
const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
const MAX_FILTER_VALUES = 50;
/** Table ids: a source id, a slash, a table name. */
const TABLE = /^[A-Za-z0-9][A-Za-z0-9._:-]*\/[A-Za-z0-9][A-Za-z0-9._:-]*$/;

const isDimension = (name: string) => (DIMENSIONS as readonly string[]).includes(name.trim().toLowerCase());

/** A query parameter that may be repeated: one value or several, always read as a list. */
function repeatable(item: z.ZodString, max: number) {
  return z.preprocess((v) => (v === undefined || Array.isArray(v) ? v : [v]), z.array(item).max(max));
}

const filter = z
  .string()
  .max(500)
  .refine((w) => w.includes('=') && isDimension(w.slice(0, w.indexOf('='))), {
    message: `a filter is DIMENSION=VALUE[,VALUE...] with DIMENSION one of ${DIMENSIONS.join(', ')}`,
    params: { es: `un filtro es DIMENSIÓN=VALOR[,VALOR...] con DIMENSIÓN una de ${DIMENSIONS.join(', ')}` },
  });

const breakdown = z
  .string()
  .max(200)
  .refine((b) => b.split(',').every((d) => d.trim() === '' || isDimension(d)), {
    message: `"by" takes dimensions: ${DIMENSIONS.join(', ')}`,
    params: { es: `"by" lleva dimensiones: ${DIMENSIONS.join(', ')}` },
  });

const period = z.string().max(16).openapi({ description: 'YYYY-MM, YYYY or FYYYYY', example: '2021-10' });

/** The fields of a series request, for routes that take a subset of them. */
export const seriesShape = {
  measure: z.string().min(1).max(64).regex(ID, said('a measure id (see /api/measures)', 'un identificador de medida (vea /api/measures)')).openapi({ description: 'measure id, see /api/measures', example: 'encounters' }),
  where: repeatable(filter, 12)
    .optional()
    .openapi({ description: 'filter DIMENSION=VALUE[,VALUE...] (repeatable): codes or labels in English or Spanish', example: ['geography=US-SWB'] }),
  by: repeatable(breakdown, 6).optional().openapi({ description: 'break down by these dimensions (repeatable, or comma-separated)', example: ['component'] }),
  grain: z.enum(['month', 'fy', 'cy']).default('month').openapi({ description: 'month, fy (US fiscal year, from 1 October) or cy (calendar year)' }),
  from: period.optional(),
  to: period.optional(),
  source: z.string().min(1).max(64).regex(ID, said('a source id (see /api/sources)', 'un identificador de fuente (vea /api/sources)')).optional().openapi({ description: 'only this source (see /api/sources)' }),
  dataset: z
    .string()
    .min(3)
    .max(128)
    .regex(TABLE, said('a table id, SOURCE/TABLE (see /api/coverage)', 'un identificador de tabla, FUENTE/TABLA (vea /api/coverage)'))
    .optional()
    .openapi({ description: 'only this table of its source, SOURCE/TABLE (see /api/coverage): a published table as it is', example: 'ohss-monthly/swb-encounters-citizenship' }),
  vintage: z
    .string()
    .regex(/^[1-9][0-9]{0,8}$/, said('a whole number from 1', 'un número entero desde 1'))
    .transform(Number)
    .optional()
    .openapi({ description: 'this vintage of `source` instead of its latest', type: 'integer' }),
  lang: z.enum(['en', 'es']).default('en').openapi({ description: 'language of labels and definitions' }),
};

/** Checks across parameters, shared by series and export. */
export function checked<T extends z.ZodType<{ where?: string[]; vintage?: number; source?: string; dataset?: string }>>(schema: T) {
  return schema
    .refine((p) => (p.where ?? []).reduce((n, w) => n + w.split(',').length, 0) <= MAX_FILTER_VALUES, {
      message: `at most ${MAX_FILTER_VALUES} filter values in all`,
      params: { es: `a lo más ${MAX_FILTER_VALUES} valores de filtro en total` },
      path: ['where'],
    })
    .refine((p) => p.vintage === undefined || p.source !== undefined || p.dataset !== undefined, { message: 'vintage needs a source', params: { es: 'vintage necesita una fuente (source)' }, path: ['vintage'] });
}

export const seriesParams = checked(z.object(seriesShape).strict());

export const exportParams = checked(
  z.object({ ...seriesShape, format: z.enum(['csv', 'json', 'parquet']).default('csv').openapi({ description: 'csv, json or parquet' }) }).strict(),
);

export type SeriesParams = z.output<typeof seriesParams>;
export type ExportParams = z.output<typeof exportParams>;
