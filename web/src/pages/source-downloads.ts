/**
 * The series request that gives a published table as a download from /api/export: its own
 * source and grain, its top places side by side, the one code of a dimension it holds only
 * one of (Border Patrol...), and a breakdown by every other dimension it publishes (by
 * nationality for a table by nationality, even when it also publishes the total).
 *
 * A download answers with at most the export's row limit. A table's rows cannot outnumber
 * its source's cells, nor the product of its periods, places and codes: where both bounds
 * pass the limit, the table is offered in consecutive ranges of whole years, as many as the
 * smaller bound needs (each range holds its share of the years).
 */
import type { SeriesQuery } from '../api';
import type { CoverageTable } from '../types';

/** Most places a download names (a series request takes at most 50 filter values). */
export const MAX_PLACES = 50;
/** Most rows /api/export answers with (the server's default row limit). */
export const EXPORT_MAX_ROWS = 50_000;

/** The whole table as one request, or null when it has more top places than a request may name. */
export function downloadQuery(table: CoverageTable): SeriesQuery | null {
  const places = table.dimensions.geography?.tops ?? [];
  if (!places.length || places.length > MAX_PLACES) return null;
  const where: Record<string, string[]> = { geography: places };
  const by: string[] = [];
  for (const [dim, d] of Object.entries(table.dimensions)) {
    if (dim === 'geography' || !d) continue;
    // One code: the table is that code (Border Patrol, ICE); 'ALL' alone: nothing to say.
    if (d.count === 1) {
      if (d.codes[0] !== 'ALL') where[dim] = d.codes;
    } else by.push(dim);
  }
  return { measure: table.measure, where, by, grain: grainOf(table) };
}

/** A range of whole years of a table's download ('from' and 'to' as /api/export reads them under the table's grain). */
export interface DownloadPart {
  from: string;
  to: string;
  /** "2016–2017", "FY2016", shown beside the part's links. */
  label: string;
}

/**
 * The year ranges a table is offered in: none when one download holds it (the common case),
 * else consecutive ranges of whole years. `sourceCells`: the cells of the table's source in
 * its latest vintage (/api/sources' observations), a bound on the table's rows.
 */
export function downloadParts(table: CoverageTable, query: SeriesQuery, sourceCells: number, maxRows = EXPORT_MAX_ROWS): DownloadPart[] {
  if (!table.first_period || !table.last_period) return [];
  const grain = query.grain ?? 'month';
  const years = yearsOf(table.first_period, table.last_period, grain);
  const periods = grain === 'month' ? monthsBetween(table.first_period, table.last_period) : years.length;
  const combinations = [...(query.by ?? [])].reduce((n, dim) => n * (table.dimensions[dim]?.count ?? 1), periods * (query.where?.geography?.length ?? 1));
  const bound = Math.min(combinations, sourceCells);
  if (bound <= maxRows || years.length < 2) return [];
  const n = Math.min(years.length, Math.ceil(bound / maxRows));
  const parts: DownloadPart[] = [];
  for (let i = 0; i < n; i++) {
    const slice = years.slice(Math.floor((i * years.length) / n), Math.floor(((i + 1) * years.length) / n));
    const first = slice[0];
    const last = slice[slice.length - 1];
    const name = (y: number) => (grain === 'fy' ? `FY${y}` : String(y));
    parts.push({ from: name(first), to: name(last), label: first === last ? name(first) : `${name(first)}–${name(last)}` });
  }
  return parts;
}

function grainOf(table: CoverageTable): 'month' | 'fy' | 'cy' {
  return table.grain === 'fy' ? 'fy' : table.grain === 'cy' ? 'cy' : 'month';
}

/** The years (fiscal years under fy, else calendar years) from one period start to another, both included. */
function yearsOf(first: string, last: string, grain: string): number[] {
  const year = (p: string) => Number(p.slice(0, 4)) + (grain === 'fy' && Number(p.slice(5, 7)) >= 10 ? 1 : 0);
  const out: number[] = [];
  for (let y = year(first); y <= year(last); y++) out.push(y);
  return out;
}

function monthsBetween(first: string, last: string): number {
  const index = (p: string) => Number(p.slice(0, 4)) * 12 + Number(p.slice(5, 7)) - 1;
  return index(last) - index(first) + 1;
}
