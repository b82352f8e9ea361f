/**
 * @module
 * GET /api/export: the same question as /api/series, as a download in CSV, JSON
 * (rows and provenance) or Parquet.
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { csv } from '../../format/records.js';
import type { ApiEnv, ResolvedOptions } from '../env.js';
import { toParquet } from '../export/parquet.js';
import { flatten } from '../export/records.js';
import { downloadName } from '../../analysis/export/series-table.js';
import { errorResponses } from '../schemas.js';
import { answerOf, seriesResult } from '../series/answer.js';
import { whyNoRows } from '../../store/query/no-rows.js';
import { exportParams } from '../series/params.js';
import { usedVintages } from '../series/provenance.js';

const file = (description: string) => ({ description, schema: z.string().openapi({ format: 'binary' }) });

export const exportRoute = createRoute({
  method: 'get',
  path: '/api/export',
  tags: ['series'],
  summary: 'A series as a file to download: CSV, JSON or Parquet',
  description: 'Takes the parameters of /api/series plus `format`. The CSV and Parquet files have one column per field (the same names in every language), a code and a label column per dimension, the `as_of` of a stock, and the source, table, vintage and rounding of each row; a suppressed or blank figure is empty (NULL in Parquet), never 0. The file is named after the question (`corridor-encounters-US-SWB-by-citizenship-fy-FY2022_FY2025-es.csv`). `X-Corridor-Notices`, a JSON array, says how the range was read when that is more than was asked and, for a file without a row, why.',
  request: { query: exportParams },
  responses: {
    200: {
      description: 'the file (Content-Disposition: attachment)',
      content: {
        'text/csv': file('CSV, UTF-8, header row'),
        'application/json': file('the /api/series answer'),
        'application/vnd.apache.parquet': file('Parquet'),
      },
    },
    ...errorResponses,
  },
});

const TYPES = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8', parquet: 'application/vnd.apache.parquet' } as const;

export function registerExport(app: OpenAPIHono<ApiEnv>, opts: ResolvedOptions): void {
  app.openapi(exportRoute, async (c) => {
    const { format, ...params } = c.req.valid('query');
    const result = await seriesResult(opts.conn, c.var.catalogue, params, opts.maxRows);
    const answer = answerOf(result, c.var.catalogue, params);
    c.set('sources', usedVintages(answer.rows));
    const table = flatten(answer.rows, result.request.by);
    // A file without a row says why in the same header (the JSON file has the tables considered, each with its reason),
    // in the API's words: grain=cy where the command line says --grain cy.
    const why = await whyNoRows(opts.conn, result);
    const said = why ? [...answer.notices, why[params.lang].replace(/--grain (\w+)/g, 'grain=$1')] : answer.notices;
    // A Parquet file keeps, in its footer, what the headers say and a saved file would lose: the request as read,
    // the notices, and the provenance (sources, vintages, sha256 of their files, the measure's definition and unit).
    const body =
      format === 'json'
        ? JSON.stringify(answer, null, 2)
        : format === 'csv'
          ? `${csv(table.records, table.columns.map((col) => col.name))}\n`
          : await toParquet(table, {
              'corridor.request': JSON.stringify(answer.request),
              'corridor.lang': answer.lang,
              'corridor.notices': JSON.stringify(said),
              'corridor.provenance': JSON.stringify(answer.provenance),
            });
    // Named after the question as the store read it: two different downloads never share a name.
    const name = downloadName(answer.request, params.lang, format);
    // A CSV or Parquet file has no place for a sentence: how the range was read (FY2023 at grain cy is 2022 and 2023)
    // goes in a header, a JSON array (non-ASCII escaped, as a header must be), as the JSON file holds it in `notices`.
    const notices: Record<string, string> = said.length ? { 'X-Corridor-Notices': JSON.stringify(said).replace(/[\u0080-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`) } : {};
    return c.body(body, 200, { 'Content-Type': TYPES[format], 'Content-Disposition': `attachment; filename="${name}"`, ...notices });
  });
}
