/**
 * @module
 * A series as the rows of a download, one writer for every face: the store's rows with
 * their period label and each key's code and label (`labelRows`), then flat records with
 * one column per field and a code and a label column per key (`flatten`), the shape of
 * the API's CSV and Parquet downloads and of `corridor query --format csv`. The column
 * names are field names, the same in English and Spanish (a script reading the file does
 * not depend on the language asked for; the labels are in it).
 */
import { DIMENSIONS, type Dimension } from '../../model/index.js';
import { showPeriod } from '../../store/query/periods.js';
import type { SeriesRequest } from '../../store/query/plan.js';
import type { SeriesRow } from '../../store/query/row.js';

export interface LabelledSeriesRow {
  /** First day of the period. */
  period: string;
  /** The period as people write it: 2021-10, FY2022, 2022. */
  period_label: string;
  grain: string;
  keys: Partial<Record<Dimension, { code: string; label: string }>>;
  /** NULL when a publisher suppressed or left blank a cell that the figure sums. */
  value: number | null;
  complete: boolean;
  parts: number;
  expected_parts: number;
  source: string;
  dataset: string;
  vintage: number;
  rounding: number;
  /** A stock only: the first day of the sub-period its level is from (the last one reported in the period). */
  as_of?: string;
}

/**
 * The store's rows with their labels. A long answer repeats a few periods and codes thousands
 * of times: each label object and period label is made once and shared by its rows, so a long
 * answer allocates a fraction of what it would (bench/api-distinct.ts, issue 15).
 */
export function labelRows(rows: SeriesRow[], label: (dim: Dimension, code: string) => string): LabelledSeriesRow[] {
  const keyOf = new Map<string, Map<string, { code: string; label: string }>>();
  const labelled = (dim: Dimension, code: string) => {
    let ofDim = keyOf.get(dim);
    if (!ofDim) keyOf.set(dim, (ofDim = new Map()));
    let key = ofDim.get(code);
    if (!key) ofDim.set(code, (key = { code, label: label(dim, code) }));
    return key;
  };
  const periodLabels = new Map<string, Map<string, string>>();
  const periodLabel = (period: string, grain: string) => {
    let ofGrain = periodLabels.get(grain);
    if (!ofGrain) periodLabels.set(grain, (ofGrain = new Map()));
    let text = ofGrain.get(period);
    if (text === undefined) ofGrain.set(period, (text = showPeriod(period, grain)));
    return text;
  };
  return rows.map((r): LabelledSeriesRow => {
    const keys: LabelledSeriesRow['keys'] = {};
    for (const dim in r.keys) keys[dim as Dimension] = labelled(dim as Dimension, String(r.keys[dim as Dimension]));
    return {
      period: r.period,
      period_label: periodLabel(r.period, r.grain),
      grain: r.grain,
      keys,
      value: r.value,
      complete: r.complete,
      parts: r.parts,
      expected_parts: r.expectedParts,
      source: r.source,
      dataset: r.dataset,
      vintage: r.vintage,
      rounding: r.rounding,
      ...(r.asOf !== undefined ? { as_of: r.asOf } : {}),
    };
  });
}

export type FlatValue = string | number | boolean | null;

export interface FlatTable {
  columns: { name: string; type: 'text' | 'number' | 'integer' | 'boolean' | 'date' }[];
  records: Record<string, FlatValue>[];
}

/**
 * Flat records of labelled rows, with a column pair for each dimension of the breakdown asked for
 * (`by`) and each other one the rows carry. A stock (a level: troops deployed, beds) has an `as_of`
 * column, the day its level is from: a year whose level is from July is not a partial sum.
 */
export function flatten(rows: LabelledSeriesRow[], by: readonly Dimension[] = []): FlatTable {
  // The columns of the breakdown asked for are there even without a row, so a file's columns do not depend on its rows.
  const dims = DIMENSIONS.filter((d) => by.includes(d) || rows.some((r) => r.keys[d])) as Dimension[];
  const stock = rows.some((r) => r.as_of !== undefined);
  const columns: FlatTable['columns'] = [
    { name: 'period', type: 'date' },
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
    ...(stock ? [{ name: 'as_of', type: 'date' as const }] : []),
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
    ...(stock ? { as_of: r.as_of ?? null } : {}),
    source: r.source,
    dataset: r.dataset,
    vintage: r.vintage,
    rounding: r.rounding,
  }));
  return { columns, records };
}

/**
 * The name of a series download, made from the request as the store read it, so that two
 * different questions never get the same name and the same question always gets the same one:
 * the measure, the source (and vintage) asked for, each filter (up to three codes, else their
 * count), the breakdown, the grain, the range and the language of the labels.
 * `corridor-encounters-US-SWB-by-citizenship-fy-FY2022-FY2025-es.csv`.
 */
export function downloadName(request: Pick<SeriesRequest, 'measure' | 'where' | 'by' | 'grain' | 'from' | 'to' | 'source' | 'dataset' | 'vintage'>, lang: 'en' | 'es', ext: string): string {
  const grain = request.grain ?? 'month';
  const parts = [
    'corridor',
    request.measure,
    ...(request.dataset || request.source ? [(request.dataset ?? request.source) + (request.vintage !== undefined ? `-v${request.vintage}` : '')] : []),
    ...Object.entries(request.where ?? {}).flatMap(([dim, codes]) => (!codes?.length ? [] : codes.length <= 3 ? [codes.join('+')] : [`${codes.length}-${dim}`])),
    ...(request.by?.length ? [`by-${request.by.join('-')}`] : []),
    grain,
    ...(request.from || request.to ? [`${request.from ? showPeriod(request.from, grain) : ''}_${request.to ? showPeriod(request.to, grain) : ''}`] : []),
    ...(lang === 'es' ? ['es'] : []),
  ];
  const name = parts.join('-').replace(/[^A-Za-z0-9._+-]/g, '_');
  return `${name.length > 180 ? name.slice(0, 180) : name}.${ext}`;
}
