/**
 * Prints records as an aligned table, CSV or JSON: every command that prints data
 * takes --format so scripts can use it.
 */
import { UsageError } from '../errors.js';
import { csv, table, type Cell } from '../format/records.js';

export type Format = 'table' | 'csv' | 'json';

export function parseFormat(value: string): Format {
  if (value === 'table' || value === 'csv' || value === 'json') return value;
  throw new UsageError(`--format must be table, csv or json, not "${value}"`, `--format debe ser table, csv o json, no "${value}"`);
}

/** Prints `data` in the requested format; JSON gets the whole object, the others the records. */
export function render(format: Format, records: Record<string, Cell>[], json: unknown = records, columns?: string[]): string {
  if (format === 'json') return JSON.stringify(json, null, 2);
  if (format === 'csv') return csv(records, columns);
  return table(records, columns);
}
