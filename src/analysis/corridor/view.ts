/**
 * A nationality's path along the corridor: every stage measure for one citizenship,
 * by month (or year), each figure with its source. A measure the store does not hold,
 * or cannot break down by that citizenship, is listed with the reason.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { UsageError } from '../../errors.js';
import { querySeries, type SeriesRow } from '../../store/query/series.js';
import { normalisePeriod } from '../../store/query/periods.js';
import { refuseRangeOutsideData } from './range.js';
import { STAGE_ENTRIES, STAGES, type StageEntry } from './stages.js';

export interface CorridorEntryResult {
  entry: StageEntry;
  rows: SeriesRow[];
  /** Why there are no figures, when there are none. */
  missing?: string;
}

export interface CorridorView {
  citizenship: string;
  from?: string;
  to?: string;
  stages: typeof STAGES;
  entries: CorridorEntryResult[];
}

export async function corridorView(conn: DuckDBConnection, citizenship: string, from?: string, to?: string): Promise<CorridorView> {
  if (!/^[A-Z]{3}$|^OTHER$/.test(citizenship)) throw new UsageError(
    `the corridor view needs one citizenship code (e.g. HND), not "${citizenship}"`,
    `la vista del corredor necesita un código de nacionalidad (p. ej. HND), no "${citizenship}"`,
  );
  // Checked once, at month grain, before each stage's grain could turn a reversed range into empty stages.
  if (from && to && normalisePeriod(from, 'month', 'from') > normalisePeriod(to, 'month', 'to')) throw new UsageError(
    `the range is reversed: from ${from} comes after to ${to}`,
    `el rango está invertido: from ${from} viene después de to ${to}`,
  );
  const entries: CorridorEntryResult[] = [];
  for (const entry of STAGE_ENTRIES) {
    const req = {
      measure: entry.measure,
      where: { ...entry.where, citizenship: [citizenship] },
      grain: entry.grain,
      from: from ? normalisePeriod(from, entry.grain, 'from') : undefined,
      to: to ? normalisePeriod(to, entry.grain, 'to') : undefined,
    };
    try {
      const result = await querySeries(conn, req);
      const reasons = result.considered.filter((c) => !c.answer).map((c) => `${c.dataset}: ${c.reason}`);
      entries.push({ entry, rows: result.rows, missing: result.rows.length ? undefined : reasons.length ? `no table can answer (${reasons.slice(0, 3).join('; ')}${reasons.length > 3 ? '; ...' : ''})` : 'no figures in this period' });
    } catch (e) {
      if (!(e instanceof UsageError)) throw e;
      entries.push({ entry, rows: [], missing: e.message });
    }
  }
  if (entries.every((e) => e.rows.length === 0)) await refuseRangeOutsideData(conn, citizenship, STAGE_ENTRIES, from, to);
  return { citizenship, from, to, stages: STAGES, entries };
}

/** Month-by-month (or year-by-year) table: one row per period, one column per entry that has figures. */
export function corridorTable(view: CorridorView, grain: 'month' | 'cy', lang: 'en' | 'es' = 'en') {
  const withData = view.entries.filter((e) => e.entry.grain === grain && e.rows.length > 0);
  const periods = [...new Set(withData.flatMap((e) => e.rows.map((r) => r.period)))].sort();
  return {
    columns: withData.map((e) => ({ id: e.entry.id, label: e.entry.label[lang], stage: e.entry.stage, sources: [...new Set(e.rows.map((r) => r.source))] })),
    rows: periods.map((period) => ({
      period,
      values: Object.fromEntries(withData.map((e) => {
        const r = e.rows.find((x) => x.period === period);
        return [e.entry.id, r ? { value: r.value, source: r.source, complete: r.complete } : null];
      })),
    })),
  };
}
