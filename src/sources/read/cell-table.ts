/**
 * The table an adapter fills with cells it aggregates in DuckDB (see CellTable in
 * src/model/sources.ts): every column of an observation, NOT NULL but the value.
 */
import { CELL_COLUMNS, type CellTable } from '../../model/index.js';
import type { ParseContext } from '../types.js';

const TYPES: Record<(typeof CELL_COLUMNS)[number], string> = {
  dataset: 'VARCHAR NOT NULL', period: 'VARCHAR NOT NULL', geography: 'VARCHAR NOT NULL', citizenship: 'VARCHAR NOT NULL',
  demographic: 'VARCHAR NOT NULL', authority: 'VARCHAR NOT NULL', component: 'VARCHAR NOT NULL', category: 'VARCHAR NOT NULL',
  value: 'DOUBLE', file: 'VARCHAR NOT NULL',
};

/** Creates the table (once per parse; a second call keeps what is there). */
export async function cellTable(ctx: ParseContext, table: string): Promise<CellTable> {
  await ctx.scratch.run(`CREATE TABLE IF NOT EXISTS ${table} (${CELL_COLUMNS.map((c) => `${c} ${TYPES[c]}`).join(', ')})`);
  return { table };
}
