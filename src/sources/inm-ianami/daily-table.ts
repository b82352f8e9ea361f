/**
 * The family of daily tables by INM office: DIA, ESTADO / O.R., NACIONALIDAD (except
 * for Mexicans received), maybe a station, then counts. Each count column becomes cells
 * of one or more datasets; rows of one cell (several stations of a state) are summed.
 */
import { parseCount } from '../read/cells.js';
import { Seen } from '../read/seen.js';
import { observation, type Dimension, type Observation, type ParseContext } from '../types.js';
import { Cells } from './cells.js';
import { parseDay } from './days.js';
import type { FileId } from './describe.js';
import { nationalityCode, stateCode } from './labels.js';
import { readTable } from './read-table.js';
import { KNOWN_REPEATS } from './repeats.js';

export const [DAY, STATE, NATIONALITY] = [0, 1, 2];

export interface CountCell {
  dataset: string;
  column: number;
  dims?: Partial<Record<Dimension, string>>;
}

export interface DailyTable {
  fileId: FileId;
  header: readonly string[];
  blankColumns?: number;
  /** False when every row is about Mexicans (no nationality column). */
  nationality: boolean;
  /** The columns holding counts: each must be a count or blank. */
  counts: readonly number[];
  cells: CountCell[];
  /** What makes a row unique, for the duplicated-row error: 'day, state office and nationality'. */
  unique: string;
  /**
   * What else (besides day, state and nationality) tells two rows apart, e.g. the station;
   * undefined when the row may repeat another and is simply added to it.
   */
  rowKey?: (row: (string | null)[], count: (column: number) => number | null) => string | undefined;
  /** Columns whose text names the row in that error (and in KNOWN_REPEATS). */
  keyColumns: readonly number[];
}

export async function parseDailyTable(ctx: ParseContext, spec: DailyTable): Promise<Observation[]> {
  const t = await readTable(ctx, spec);
  const rows = new Seen(spec.unique);
  const cells = new Cells();
  const allowed = new Set(KNOWN_REPEATS[spec.fileId] ?? []);
  t.rows.forEach((row, i) => {
    const period = parseDay(row[DAY], t.at(i, DAY));
    const geography = stateCode(row[STATE], t.at(i, STATE));
    const citizenship = spec.nationality ? nationalityCode(row[NATIONALITY], t.at(i, NATIONALITY)) : 'MEX';
    const values = new Map(spec.counts.map((c) => [c, parseCount(row[c], t.at(i, c), { blank: 'null' })]));
    const count = (c: number) => values.get(c) ?? null;
    const extra = spec.rowKey ? spec.rowKey(row, count) : '';
    const text = spec.keyColumns.map((c) => (row[c] ?? '').trim());
    if (extra !== undefined && !allowed.has(text.join('|'))) {
      rows.claim([period, geography, citizenship, extra].join('|'), () => text.join(', '), t.at(i, DAY));
    }
    for (const cell of spec.cells) {
      cells.add(observation(cell.dataset, period, count(cell.column), { geography, citizenship, ...cell.dims }, t.at(i, cell.column)));
    }
  });
  return cells.observations();
}
