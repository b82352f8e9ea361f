/**
 * @module
 * Writes the /api/series answer as UTF-8 bytes, byte for byte what `JSON.stringify`
 * gives for `answerSeries` (test/api/series-text.test.ts holds the two to it), without
 * making the answer's objects first. A long answer repeats a few periods, codes and
 * tables thousands of times: the text of each is made once per answer and the rows are
 * put together from those pieces, straight into one buffer that is sent as it is (no
 * join, no second encoding). The point is less the CPU (about what the objects and
 * JSON.stringify cost, somewhat less) than the slices: the rows are written a
 * few milliseconds at a time (SLICE_MS), and between slices the other requests waiting on the server run
 * (lib/slices.ts), so a 5,000-row answer no longer holds every other one behind it
 * (issue 15, bench/api-distinct.ts).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { Slices } from '../../lib/slices.js';
import { Utf8Writer } from '../../lib/utf8-writer.js';
import type { Dimension } from '../../model/index.js';
import { showPeriod } from '../../store/query/periods.js';
import type { SeriesRow } from '../../store/query/series.js';
import type { SourceVintage } from '../env.js';
import type { Catalogue } from '../store/catalogue.js';
import { labelOf, type Lang } from '../store/labels.js';
import { consideredIn, noticesIn, seriesResult } from './answer.js';
import type { SeriesParams } from './params.js';
import { provenance, usedVintages } from './provenance.js';

export interface SeriesText {
  /** The answer in UTF-8, as `JSON.stringify(await answerSeries(...))` would write it. */
  body: Uint8Array<ArrayBuffer>;
  /** The sources and vintages its rows came from (the X-Corridor-Sources header). */
  sources: SourceVintage[];
}

export async function answerSeriesText(conn: DuckDBConnection, catalogue: Catalogue, p: SeriesParams, maxRows: number): Promise<SeriesText> {
  const result = await seriesResult(conn, catalogue, p, maxRows);
  const head = JSON.stringify({ request: result.request, lang: p.lang, notices: noticesIn(result, p.lang) });
  const out = new Utf8Writer(result.rows.length * 320 + 8_192);
  out.write(`${head.slice(0, -1)},"rows":[`);
  await rowsText(out, result.rows, catalogue, p.lang);
  const origins = originsOf(result.rows);
  out.write(`],"provenance":${JSON.stringify(provenance(catalogue, p.measure, p.lang, origins))},"considered":${JSON.stringify(consideredIn(result, p.lang))}}`);
  return { body: out.bytes(), sources: usedVintages(origins) };
}

/** The distinct (source, vintage, table) of some rows: all that provenance and the sources header read of them. */
function originsOf(rows: SeriesRow[]): { source: string; vintage: number; dataset: string }[] {
  const seen = new Map<string, { source: string; vintage: number; dataset: string }>();
  let last: SeriesRow | undefined;
  for (const r of rows) {
    // Rows come in runs from one table: only a change of table is looked up.
    if (last && r.source === last.source && r.vintage === last.vintage && r.dataset === last.dataset) continue;
    last = r;
    const key = `${r.source}\u0000${r.vintage}\u0000${r.dataset}`;
    if (!seen.has(key)) seen.set(key, { source: r.source, vintage: r.vintage, dataset: r.dataset });
  }
  return [...seen.values()];
}

/** A number as JSON writes it (NaN and infinities are null). */
function num(x: number): string {
  return Number.isFinite(x) ? String(x) : 'null';
}

/** Writes the rows' JSON, comma-separated, in slices with the other requests' turns between them. */
async function rowsText(out: Utf8Writer, rows: SeriesRow[], catalogue: Catalogue, lang: Lang): Promise<void> {
  // `"dimension":{"code":…,"label":…}` once per code (and a group's keys once per group); `{"period":…,
  // "period_label":…,"grain":…,"keys":` once per period; `,"source":…,"dataset":…,"vintage":…,"rounding":…}` once per table.
  const keyText = new Map<string, Map<string, string>>();
  const periodText = new Map<string, string>();
  const tableText = new Map<string, string>();
  // The in-memory engine shares one keys object among a group's rows: its text is made once.
  const keysText = new Map<SeriesRow['keys'], string>();
  const keysOf = (keys: SeriesRow['keys']) => {
    let text = keysText.get(keys);
    if (text === undefined) keysText.set(keys, (text = keysTextOf(keys)));
    return text;
  };
  const keysTextOf = (keys: SeriesRow['keys']) => {
    let out = '';
    for (const dim in keys) {
      let ofDim = keyText.get(dim);
      if (!ofDim) keyText.set(dim, (ofDim = new Map()));
      const code = String(keys[dim as Dimension]);
      let text = ofDim.get(code);
      if (text === undefined) ofDim.set(code, (text = `${JSON.stringify(dim)}:${JSON.stringify({ code, label: labelOf(catalogue.labels, dim as Dimension, code, lang) })}`));
      out += out === '' ? text : `,${text}`;
    }
    return `{${out}}`;
  };
  // Rows come in runs of one period and one table: the last row's text is tried first.
  let lastRow: SeriesRow | undefined;
  let lastPeriod = '';
  let lastTable = '';
  const periodOf = (r: SeriesRow) => {
    if (lastRow && lastRow.period === r.period && lastRow.grain === r.grain) return lastPeriod;
    const key = `${r.grain}\u0000${r.period}`;
    let text = periodText.get(key);
    if (text === undefined) periodText.set(key, (text = `${JSON.stringify({ period: r.period, period_label: showPeriod(r.period, r.grain), grain: r.grain }).slice(0, -1)},"keys":`));
    return text;
  };
  const tableOf = (r: SeriesRow) => {
    const l = lastRow;
    if (l && l.source === r.source && l.dataset === r.dataset && l.vintage === r.vintage && l.rounding === r.rounding) return lastTable;
    const key = `${r.source}\u0000${r.dataset}\u0000${r.vintage}\u0000${r.rounding}`;
    let text = tableText.get(key);
    if (text === undefined) {
      const own = JSON.stringify({ source: r.source, dataset: r.dataset, vintage: r.vintage, rounding: r.rounding });
      tableText.set(key, (text = own === '{}' ? '}' : `,${own.slice(1)}`));
    }
    return text;
  };
  const slices = new Slices();
  for (let i = 0; i < rows.length; i++) {
    // A row's text costs about as much as reading a few hundred cells.
    if (slices.spent(256)) await slices.giveWay();
    const r = rows[i];
    const period = periodOf(r);
    const table = tableOf(r);
    // A stock's as_of closes the row after the table's fields, as answer.ts orders them.
    const end = r.asOf === undefined ? table : `${table.slice(0, -1)},"as_of":${JSON.stringify(r.asOf)}}`;
    out.write(`${i === 0 ? '' : ','}${period}${keysOf(r.keys)},"value":${r.value === null ? 'null' : num(r.value)},"complete":${r.complete},"parts":${num(r.parts)},"expected_parts":${num(r.expectedParts)}${end}`);
    lastRow = r;
    lastPeriod = period;
    lastTable = table;
  }
}
