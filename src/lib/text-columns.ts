/**
 * Texts made in JavaScript → DuckDB rows in one statement: each column goes as one text
 * (values joined by the unit separator) bound as a parameter, and DuckDB splits and
 * unnests it. Against a value at a time through the appender (INM's 1.2 million cells:
 * 3.0 s → 1.2 s) or a VALUES list, which DuckDB took longer to parse than to join
 * (cbp-state's maps and their join: 0.17 s as VALUES, 0.05 s this way).
 * A value holding the separator (U+001F) would be split: the rows a statement makes are
 * then more than the values given, which the callers check.
 */
import type { DuckDBConnection } from '@duckdb/node-api';

const SEP = '\u001f';

/**
 * A SELECT of the columns (named as given, in order, every value text) and its parameters;
 * `from` numbers the first parameter. The columns must be of one length, at least 1.
 */
export function unnestedTexts(columns: Record<string, string[]>, from = 1): { select: string; params: string[] } {
  const entries = Object.entries(columns);
  const rows = entries[0]?.[1].length ?? 0;
  if (rows === 0) throw new Error('unnestedTexts: no rows (string_split of an empty text is one empty value)');
  for (const [name, values] of entries) {
    if (values.length !== rows) throw new Error(`unnestedTexts: column ${name} has ${values.length} values, not ${rows}`);
  }
  return {
    select: `SELECT ${entries.map(([name], i) => `unnest(string_split($${from + i}, chr(31))) AS "${name}"`).join(', ')}`,
    params: entries.map(([, values]) => values.join(SEP)),
  };
}

/** Makes (or replaces) the temporary `table` of the given text columns, all of one length. */
export async function textTable(conn: DuckDBConnection, table: string, columns: Record<string, string[]>): Promise<void> {
  const entries = Object.entries(columns);
  const rows = entries[0]?.[1].length ?? 0;
  if (rows === 0) {
    await conn.run(`CREATE OR REPLACE TEMP TABLE ${table} AS SELECT ${entries.map(([name]) => `NULL::VARCHAR AS "${name}"`).join(', ')} WHERE false`);
    return;
  }
  const { select, params } = unnestedTexts(columns);
  const reader = await conn.runAndReadAll(`CREATE OR REPLACE TEMP TABLE ${table} AS ${select}`, params);
  const made = Number(reader.getRows()[0][0]);
  if (made !== rows) throw new Error(`textTable ${table}: ${rows} rows given, ${made} made (a value holds the unit separator?)`);
}
