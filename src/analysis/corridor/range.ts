/**
 * A corridor range that lies wholly after (or before) a nationality's figures is refused,
 * saying where the figures end (or start), rather than answered with every stage empty:
 * "no figures in this period" fourteen times would not tell the user that the range is
 * the mistake.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { UsageError } from '../../errors.js';
import { normalisePeriod } from '../../store/query/periods.js';
import { querySeries } from '../../store/query/series.js';
import type { StageEntry } from './stages.js';

/** First and last month any stage has a figure for (a year's figure spans its twelve months), as YYYY-MM. */
export async function corridorSpan(conn: DuckDBConnection, citizenship: string, entries: StageEntry[]): Promise<{ first: string; last: string } | undefined> {
  let first: string | undefined;
  let last: string | undefined;
  for (const entry of entries) {
    let rows;
    try {
      rows = (await querySeries(conn, { measure: entry.measure, where: { ...entry.where, citizenship: [citizenship] }, grain: entry.grain })).rows;
    } catch (e) {
      if (e instanceof UsageError) continue; // a measure the store does not hold
      throw e;
    }
    for (const r of rows) {
      const start = r.period.slice(0, 7);
      const end = entry.grain === 'cy' ? `${r.period.slice(0, 4)}-12` : entry.grain === 'fy' ? `${Number(r.period.slice(0, 4)) + 1}-09` : start;
      if (first === undefined || start < first) first = start;
      if (last === undefined || end > last) last = end;
    }
  }
  return first !== undefined && last !== undefined ? { first, last } : undefined;
}

/** The range as typed: "from 2030-01", "to 1990", "from 2030-01 to 2031-06". */
function rangeText(from: string | undefined, to: string | undefined): string {
  return [from && `from ${from}`, to && `to ${to}`].filter(Boolean).join(' ');
}

/**
 * Throws when every stage came back empty because the range lies outside the figures the
 * store holds for `citizenship`. A range that falls in a gap, or a nationality with no
 * figures at all, is left to the view (each stage then says why it is empty).
 */
export async function refuseRangeOutsideData(conn: DuckDBConnection, citizenship: string, entries: StageEntry[], from?: string, to?: string): Promise<void> {
  if (!from && !to) return;
  const span = await corridorSpan(conn, citizenship, entries);
  if (!span) return;
  const range = rangeText(from, to);
  const fromMonth = from ? normalisePeriod(from, 'month', 'from').slice(0, 7) : undefined;
  const toMonth = to ? normalisePeriod(to, 'month', 'to').slice(0, 7) : undefined;
  if (fromMonth && fromMonth > span.last) {
    throw new UsageError(
      `the range ${range} is after the data: the corridor figures for ${citizenship} end in ${span.last}; start the range at ${span.last} or earlier`,
      `el rango ${range} es posterior a los datos: las cifras del corredor para ${citizenship} terminan en ${span.last}; empiece el rango en ${span.last} o antes`,
    );
  }
  if (toMonth && toMonth < span.first) {
    throw new UsageError(
      `the range ${range} is before the data: the corridor figures for ${citizenship} start in ${span.first}; end the range at ${span.first} or later`,
      `el rango ${range} es anterior a los datos: las cifras del corredor para ${citizenship} empiezan en ${span.first}; termine el rango en ${span.first} o después`,
    );
  }
}
