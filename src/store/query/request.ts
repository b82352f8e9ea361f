/**
 * Builds a validated series request from what a person typed (CLI) or sent (API):
 * dimension names checked, codes or labels resolved to the store's codes, periods
 * normalised to the requested grain (the whole periods the range touches, with a notice
 * when that is more than was typed: periods.ts). Errors are UsageErrors that say what to fix.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { UsageError } from '../../errors.js';
import type { Dimension } from '../../model/index.js';
import type { QueryGrain, SeriesRequest } from './plan.js';
import { normalisePeriod, rangeNotices } from './periods.js';
import { parseDimension, resolveCodes } from './resolve-codes.js';

export interface RawSeriesParams {
  measure: string;
  /** "DIMENSION=VALUE[,VALUE...]" filters. */
  where?: string[];
  /** Dimension names (commas allowed). */
  by?: string[];
  grain?: string;
  from?: string;
  to?: string;
  source?: string;
  /** A table id ('source/table'): only that table answers. Its source is the source. */
  dataset?: string;
  vintage?: string | number;
}

export async function buildRequest(conn: DuckDBConnection, raw: RawSeriesParams): Promise<SeriesRequest> {
  const grainText = raw.grain ?? 'month';
  if (!['month', 'fy', 'cy'].includes(grainText)) throw new UsageError(`grain must be month, fy or cy, not "${grainText}"`, `grain debe ser month, fy o cy, no "${grainText}"`);
  const grain = grainText as QueryGrain;
  const where: Partial<Record<Dimension, string[]>> = {};
  for (const w of raw.where ?? []) {
    const eq = w.indexOf('=');
    if (eq < 1) throw new UsageError(`a filter is DIMENSION=VALUE (values separated by commas), not "${w}"`, `un filtro es DIMENSIÓN=VALOR (valores separados por comas), no "${w}"`);
    const dim = parseDimension(w.slice(0, eq));
    const values = w.slice(eq + 1);
    if (values.split(',').some((v) => v.trim() === '')) throw new UsageError(`empty value in filter "${w}"`, `valor vacío en el filtro "${w}"`);
    // Several values are separated by commas; a name may hold one ("Moldova, Republic of"): resolve-codes.ts reads which.
    (where[dim] ??= []).push(...(await resolveCodes(conn, dim, values)));
  }
  const by = (raw.by ?? []).flatMap((b) => b.split(',')).filter((b) => b.trim() !== '').map(parseDimension);
  // A table names its source (ohss-monthly/swb-encounters-citizenship is ohss-monthly's): a source asked with it must be that one.
  const dataset = raw.dataset?.trim() || undefined;
  const ofTable = dataset?.includes('/') ? dataset.slice(0, dataset.indexOf('/')) : undefined;
  if (dataset && !ofTable) throw new UsageError(`dataset: "${dataset}" is not a table id: use SOURCE/TABLE, as /api/coverage lists them (ohss-monthly/swb-encounters-citizenship)`, `dataset: "${dataset}" no es un identificador de tabla: use FUENTE/TABLA, como las lista /api/coverage (ohss-monthly/swb-encounters-citizenship)`);
  if (raw.source && ofTable && raw.source !== ofTable) throw new UsageError(`dataset: table ${dataset} is of source ${ofTable}, not ${raw.source}`, `dataset: la tabla ${dataset} es de la fuente ${ofTable}, no de ${raw.source}`);
  const source = raw.source || ofTable;
  const vintage = raw.vintage === undefined || raw.vintage === '' ? undefined : Number(raw.vintage);
  // Said apart, with what was found: "--vintage 3" alone was told it "takes a whole number and needs a source".
  if (vintage !== undefined && (!Number.isInteger(vintage) || vintage < 1)) throw new UsageError(`vintage takes a whole number from 1, not "${raw.vintage}"`, `vintage lleva un número entero desde 1, no "${raw.vintage}"`);
  if (vintage !== undefined && !source) throw new UsageError(
    `vintage ${vintage} needs a source: the vintage of which source? (source, as --source ohss-monthly; "corridor sources" lists each source's vintages)`,
    `la versión (vintage) ${vintage} necesita una fuente: ¿la versión de qué fuente? (source, como --source ohss-monthly; "corridor sources" lista las versiones de cada fuente)`,
  );
  const from = raw.from ? normalisePeriod(raw.from, grain, 'from', 'from') : undefined;
  const to = raw.to ? normalisePeriod(raw.to, grain, 'to', 'to') : undefined;
  if (from && to && from > to) throw new UsageError(`the range is reversed: from ${raw.from} comes after to ${raw.to}`, `el rango está invertido: from ${raw.from} viene después de to ${raw.to}`);
  // A range that starts or ends inside a period of the grain shows that whole period, and says so.
  const notices = rangeNotices(raw.from || undefined, raw.to || undefined, grain);
  return {
    measure: raw.measure,
    where,
    by,
    grain,
    from,
    to,
    source,
    ...(dataset ? { dataset } : {}),
    vintage,
    ...(notices.length ? { notices } : {}),
  };
}
