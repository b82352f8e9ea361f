/**
 * Records as an aligned text table or as CSV: the formatting the command line prints and the
 * API's downloads serve, kept below both faces.
 */
export type Cell = string | number | boolean | null | undefined;

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
