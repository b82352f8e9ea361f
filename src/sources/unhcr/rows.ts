/**
 * What every parse of a UNHCR data file shares: load and check the table, select
 * the rows in scope (origin or asylum in the Americas), turn codes into store codes,
 * and refuse two values for one cell once codes are mapped (UNK and UKN are both
 * "unknown", for instance).
 */
import { Seen } from '../read/seen.js';
import { DIMENSIONS, type Observation, type ParseContext } from '../types.js';
import { checkCells, checkKey } from './checks.js';
import { asylumPlaceOf, citizenshipOf } from './countries.js';
import type { FileSpec } from './files.js';
import { asylumInAmericasSql, inScopeSql } from './region.js';
import { loadTable, select, type Table } from './table.js';

export type Cell = string | number | boolean | null;

/** One selected row: where it is, its year, origin and asylum as store codes, and its other selected cells. */
export interface PairRow {
  line: number;
  period: string;
  citizenship: string;
  geography: string;
  asylumInAmericas: boolean;
  cells: Cell[];
}

/**
 * Loads and checks `spec`'s file, then selects `columns` (SQL expressions over the
 * table) for the rows in scope, grouped by `groupBy` when given (the first line of a
 * group stands for it). The table is dropped afterwards.
 */
export async function selectPairs(ctx: ParseContext, spec: FileSpec, columns: (t: Table) => string[], groupBy?: (t: Table) => string[]): Promise<{ table: Table; rows: PairRow[] }> {
  const t = await loadTable(ctx, spec);
  try {
    await checkCells(ctx, t);
    await checkKey(ctx, t);
    const [year, coo, coa] = ['year', 'coo_iso', 'coa_iso'].map((c) => t.col(c));
    const pair = [year, coo, coa];
    const extra = groupBy ? groupBy(t) : [];
    const sql = `SELECT ${groupBy ? 'min(line)' : 'line'}, ${pair.join(', ')}, ${asylumInAmericasSql(coa)}, ${columns(t).join(', ')}
      FROM ${t.sql} WHERE ${inScopeSql(coo, coa)}
      ${groupBy ? `GROUP BY ${[...pair, ...extra].join(', ')}` : ''} ORDER BY 1`;
    const rows = (await select(ctx, sql)).map(([line, y, o, a, inAmericas, ...cells]) => {
      const n = Number(line);
      return {
        line: n,
        period: `${y}-01-01`,
        citizenship: citizenshipOf(String(o), t.at(n, 'coo_iso')),
        geography: asylumPlaceOf(String(a), t.at(n, 'coa_iso')),
        asylumInAmericas: inAmericas === true,
        cells,
      };
    });
    return { table: t, rows };
  } finally {
    await ctx.scratch.run(`DROP TABLE IF EXISTS ${t.sql}`);
  }
}

/** A count cell as stored: undefined when it says "nothing" (not stored), null when missing. */
export function countValue(cell: Cell, nothing: 'zero' | 'zero-or-na'): number | null | undefined {
  if (cell === null) return nothing === 'zero-or-na' ? undefined : null;
  const n = Number(cell);
  return n === 0 ? undefined : n;
}

/** Throws when two observations of one file land on the same cell after codes are mapped. */
export function checkCellsOnce(observations: Observation[]): void {
  const seen = new Seen('cell of year, origin, country of asylum and category');
  for (const o of observations) {
    const key = [o.dataset, o.period, ...DIMENSIONS.map((d) => o[d])].join('|');
    seen.claim(key, () => `${o.period.slice(0, 4)}, ${o.citizenship}, ${o.geography}, ${o.category} in ${o.dataset}`, o.at ?? { file: o.dataset });
  }
}
