/**
 * Checks the five lines before the header and the header itself, so a file that is
 * not the expected ERO-LESA table fails at the first cell that differs. The lines are
 * those the line scan kept (read/csv-lines.ts), read as DuckDB reads the rows after them.
 */
import type { LocalFile } from '../types.js';
import { InputError, shown } from '../../errors.js';
import { splitDelimitedLine } from '../read/delimited-line.js';
import { HEADER_LINE, PREAMBLE, TITLE_SUFFIX, type RecordLayout } from './layouts.js';

/** `head`: the file's first HEADER_LINE lines (fewer when it has fewer). */
export function checkPreamble(file: LocalFile, layout: RecordLayout, fy: number, head: string[]): void {
  const rows = head.slice(0, HEADER_LINE).map((line) => splitDelimitedLine(line, '|'));
  const text = (row: number, col: number) => String(rows[row - 1]?.[col] ?? '').trim();
  const fail = (row: number, col: number, expected: string): never => {
    if (rows.length < row) throw new InputError({ file: file.name, row }, expected, `the file ends after ${rows.length} lines`, rows.length === 0 ? 'empty file' : 'truncated preamble');
    const column = row === HEADER_LINE ? (layout.header[col] ?? `${col + 1}`) : `${col + 1}`;
    throw new InputError({ file: file.name, row, column }, expected, shown(text(row, col)), row < HEADER_LINE ? 'unexpected preamble' : 'unexpected header');
  };
  // A byte-order mark may open the file.
  PREAMBLE.forEach((line, i) => {
    if (text(i + 1, 0).replace(/^\uFEFF/, '') !== line) fail(i + 1, 0, line === '' ? 'a blank line' : `the preamble line "${line}"`);
  });
  const title = `${layout.titlePrefix}FY${fy}`;
  const found = text(HEADER_LINE - 1, 0);
  if (!found.startsWith(title) || !TITLE_SUFFIX.test(found.slice(title.length))) fail(HEADER_LINE - 1, 0, `the title "${title}"`);
  // Preamble lines have only their first cell filled.
  for (let r = 1; r < HEADER_LINE; r++) {
    const cells = rows[r - 1]?.length ?? 0;
    for (let c = 1; c < cells; c++) if (text(r, c) !== '') fail(r, c, 'an empty cell');
  }
  layout.header.forEach((name, c) => {
    if (text(HEADER_LINE, c).replace(/^\uFEFF/, '') !== name) fail(HEADER_LINE, c, `header "${name}"`);
  });
  const width = rows[HEADER_LINE - 1]?.length ?? 0;
  for (let c = layout.header.length; c < width; c++) if (text(HEADER_LINE, c) !== '') fail(HEADER_LINE, c, `no header beyond "${layout.header.at(-1)}"`);
}
