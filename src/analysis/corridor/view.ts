/**
 * A nationality's path along the corridor: every stage measure for one citizenship,
 * by month (or year), each figure with its source. A measure the store does not hold,
 * or cannot break down by that citizenship, is listed with the reason.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { UsageError } from '../../errors.js';
import { querySeries, type SeriesResult, type SeriesRow } from '../../store/query/series.js';
import { normalisePeriod } from '../../store/query/periods.js';
import { refuseRangeOutsideData } from './range.js';
import { STAGE_ENTRIES, STAGES, type StageEntry } from './stages.js';

export interface CorridorEntryResult {
  entry: StageEntry;
  rows: SeriesRow[];
  /** Why there are no figures, when there are none. */
  missing?: string;
  /** The same in Spanish. */
  missingEs?: string;
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
      entries.push({ entry, rows: result.rows, ...(result.rows.length ? {} : whyMissing(result.considered)) });
    } catch (e) {
      if (!(e instanceof UsageError)) throw e;
      entries.push({ entry, rows: [], missing: e.message, ...(e.es ? { missingEs: e.es } : {}) });
    }
  }
  if (entries.every((e) => e.rows.length === 0)) await refuseRangeOutsideData(conn, citizenship, STAGE_ENTRIES, from, to);
  return { citizenship, from, to, stages: STAGES, entries };
}

/** Why a stage has no figures: the tables that could not answer (the first three), or an empty period. */
function whyMissing(considered: SeriesResult['considered']): Pick<CorridorEntryResult, 'missing' | 'missingEs'> {
  const refused = considered.filter((c) => !c.answer);
  if (!refused.length) return { missing: 'no figures in this period', missingEs: 'no hay cifras en este periodo' };
  const more = refused.length > 3 ? '; ...' : '';
  const list = (es: boolean) => refused.slice(0, 3).map((c) => `${c.dataset}: ${es ? c.reason_es ?? `(en inglés) ${c.reason}` : c.reason}`).join('; ');
  return { missing: `no table can answer (${list(false)}${more})`, missingEs: `ninguna tabla puede responder (${list(true)}${more})` };
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
