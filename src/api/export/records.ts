/**
 * @module
 * A series answer as flat records, one column per field and per key (its code and
 * its label): the shape of the CSV and Parquet downloads.
 */
import { DIMENSIONS, type Dimension } from '../../model/index.js';
import type { ApiSeriesRow } from '../series/answer.js';

export type FlatValue = string | number | boolean | null;

export interface FlatTable {
  columns: { name: string; type: 'text' | 'number' | 'integer' | 'boolean' }[];
  records: Record<string, FlatValue>[];
}

export function flatten(rows: ApiSeriesRow[]): FlatTable {
  const dims = DIMENSIONS.filter((d) => rows.some((r) => r.keys[d])) as Dimension[];
  const columns: FlatTable['columns'] = [
    { name: 'period', type: 'text' },
    { name: 'period_label', type: 'text' },
    { name: 'grain', type: 'text' },
    ...dims.flatMap((d) => [
      { name: d, type: 'text' as const },
      { name: `${d}_label`, type: 'text' as const },
    ]),
    { name: 'value', type: 'number' },
    { name: 'complete', type: 'boolean' },
    { name: 'parts', type: 'integer' },
    { name: 'expected_parts', type: 'integer' },
    { name: 'source', type: 'text' },
    { name: 'dataset', type: 'text' },
    { name: 'vintage', type: 'integer' },
    { name: 'rounding', type: 'integer' },
  ];
  const records = rows.map((r) => ({
    period: r.period,
    period_label: r.period_label,
    grain: r.grain,
    ...Object.fromEntries(dims.flatMap((d) => [[d, r.keys[d]?.code ?? null], [`${d}_label`, r.keys[d]?.label ?? null]])),
    value: r.value,
    complete: r.complete,
    parts: r.parts,
    expected_parts: r.expected_parts,
    source: r.source,
    dataset: r.dataset,
    vintage: r.vintage,
    rounding: r.rounding,
  }));
  return { columns, records };
}
