/**
 * From a checked table and what each column means to observations: month rows go to
 * `ohss-monthly/<table>`, fiscal-year "Total" rows to `ohss-monthly/<table>-fy`.
 */
import { InputError, shown, type Location } from '../../errors.js';
import { columnLetter } from '../read/xlsx.js';
import { observation, type Dimension, type Observation } from '../types.js';
import { cellValue, type Column, type Table } from './layout.js';

export const SOURCE_ID = 'ohss-monthly';

/** Where one column's cells go: a table (dataset id without source and grain) and dimensions. */
export interface Target {
  table: string;
  dims: Partial<Record<Dimension, string>>;
}

export const datasetId = (table: string, grain: 'month' | 'fy') => `${SOURCE_ID}/${table}${grain === 'fy' ? '-fy' : ''}`;

export function headerAt(table: Table, column: Column, group = false): Location {
  return { file: table.sheet.file, sheet: table.sheet.name, row: table.headerRow - (group ? 1 : 0), column: column.letter };
}

/**
 * Observations for the columns that have targets (a column may feed several tables).
 * "X" (not applicable) cells give no observation; "NA" and blank give null.
 */
export function emit(table: Table, targets: Map<Column, Target[]>): Observation[] {
  const seen = new Map<string, Column>();
  for (const [column, list] of targets) {
    for (const t of list) {
      const key = `${t.table}|${JSON.stringify(Object.entries(t.dims).sort())}`;
      const prior = seen.get(key);
      if (prior) {
        throw new InputError(headerAt(table, column), `one column per cell of ${datasetId(t.table, 'month')}`, `a second column for the cell of column ${prior.letter} (${shown(column.header)})`, 'duplicated column');
      }
      seen.set(key, column);
    }
  }
  const out: Observation[] = [];
  for (const row of table.rows) {
    const grain = row.month === null ? 'fy' : 'month';
    for (const [column, list] of targets) {
      const value = cellValue(table, row, column);
      if (value === 'X') continue;
      const at = { file: table.sheet.file, sheet: table.sheet.name, row: row.row, column: column.letter };
      for (const t of list) out.push(observation(datasetId(t.table, grain), row.period, value, t.dims, at));
    }
  }
  return out;
}

/**
 * Checks that the columns are exactly `expected` (group and header, footnotes stripped)
 * and gives each its targets.
 */
export function bindColumns(table: Table, expected: { group: string; header: string; targets: Target[] }[]): Map<Column, Target[]> {
  const out = new Map<Column, Target[]>();
  expected.forEach((e, i) => {
    const column = table.columns[i];
    if (!column) {
      const at = { file: table.sheet.file, sheet: table.sheet.name, row: table.headerRow, column: columnLetter(i + 3) };
      throw new InputError(at, `header "${e.header}"`, 'an empty cell', 'missing column');
    }
    if (column.group !== e.group) throw new InputError(headerAt(table, column, true), e.group ? `group header "${e.group}"` : 'no group header', shown(column.group), 'unexpected header');
    if (column.header !== e.header) throw new InputError(headerAt(table, column), `header "${e.header}"`, shown(column.header), 'unexpected header');
    out.set(column, e.targets);
  });
  const extra = table.columns[expected.length];
  if (extra) throw new InputError(headerAt(table, extra), `no column after "${expected.at(-1)?.header}"`, shown(extra.header), 'unexpected column');
  return out;
}
