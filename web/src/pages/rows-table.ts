/**
 * A chart's rows as its CSV download (charts/download.ts writes it), kept apart from the page
 * code so the API tests can check it against /api/export's CSV.
 */
import type { Table } from '../charts/download.js';
import type { SeriesRow } from '../types.js';

const DIMS = ['geography', 'citizenship', 'demographic', 'authority', 'component', 'category'] as const;

/**
 * Rows as the CSV download, in the columns of /api/export's CSV (src/analysis/export/series-table.ts): the
 * period's first day, its label and the grain, each key's code and label, the figure, its
 * completeness, a stock's as_of (the day a level is from), and where it came from.
 */
export function rowsTable(rows: SeriesRow[], extra: { name: string; value: (r: SeriesRow) => string | number | null }[] = []): Table {
  const dims = DIMS.filter((d) => rows.some((r) => r.keys[d]));
  const stock = rows.some((r) => r.as_of !== undefined);
  return {
    columns: ['period', 'period_label', 'grain', ...dims.flatMap((d) => [d, `${d}_label`]), ...extra.map((x) => x.name), 'value', 'complete', 'parts', 'expected_parts', ...(stock ? ['as_of'] : []), 'source', 'dataset', 'vintage', 'rounding'],
    rows: rows.map((r) => [
      r.period,
      r.period_label,
      r.grain,
      ...dims.flatMap((d) => [r.keys[d]?.code ?? null, r.keys[d]?.label ?? null]),
      ...extra.map((x) => x.value(r)),
      r.value,
      r.complete,
      r.parts,
      r.expected_parts,
      ...(stock ? [r.as_of ?? null] : []),
      r.source,
      r.dataset,
      r.vintage,
      r.rounding,
    ]),
  };
}

