/**
 * Prints records as an aligned table, CSV or JSON: every command that prints data
 * takes --format so scripts can use it.
 */
export type Format = 'table' | 'csv' | 'json';

export function parseFormat(value: string): Format {
  if (value === 'table' || value === 'csv' || value === 'json') return value;
  throw new Error(`--format must be table, csv or json, not "${value}"`);
}

type Cell = string | number | boolean | null | undefined;

function text(v: Cell): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isInteger(v) ? v.toLocaleString('en-US') : v.toLocaleString('en-US', { maximumFractionDigits: 2 });
  return String(v);
}

export function table(records: Record<string, Cell>[], columns = Object.keys(records[0] ?? {})): string {
  if (records.length === 0) return '(no rows)';
  const cells = records.map((r) => columns.map((c) => text(r[c])));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((row) => row[i].length)));
  const numeric = columns.map((c) => records.every((r) => r[c] === null || r[c] === undefined || typeof r[c] === 'number'));
  const line = (row: string[]) => row.map((v, i) => (numeric[i] ? v.padStart(widths[i]) : v.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(columns), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

function csvCell(v: Cell): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csv(records: Record<string, Cell>[], columns = Object.keys(records[0] ?? {})): string {
  return [columns.join(','), ...records.map((r) => columns.map((c) => csvCell(r[c])).join(','))].join('\n');
}

/** Prints `data` in the requested format; JSON gets the whole object, the others the records. */
export function render(format: Format, records: Record<string, Cell>[], json: unknown = records, columns?: string[]): string {
  if (format === 'json') return JSON.stringify(json, null, 2);
  if (format === 'csv') return csv(records, columns);
  return table(records, columns);
}
