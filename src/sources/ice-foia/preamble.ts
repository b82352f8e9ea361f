/**
 * Checks the five lines before the header and the header itself, so a file that is
 * not the expected ERO-LESA table fails at the first cell that differs.
 */
import type { LocalFile, ParseContext } from '../types.js';
import { InputError, shown } from '../../errors.js';
import { HEADER_LINE, PREAMBLE, TITLE_SUFFIX, type RecordLayout } from './layouts.js';
import { cell, csvSource, query } from './sql.js';

export async function checkPreamble(ctx: ParseContext, file: LocalFile, layout: RecordLayout, fy: number): Promise<void> {
  // One cell more than the header, to catch an extra column.
  const width = layout.header.length + 1;
  const cells = Array.from({ length: width }, (_, i) => cell(i)).join(', ');
  // LIMIT without ORDER BY keeps file order and stops reading early (no full scan for a sort);
  // a small buffer stops the inflating early too (DuckDB's default is 32 MiB: 8x the CPU time).
  const rows = await query(ctx, file, `SELECT ${cells} FROM ${csvSource(file, { width, skip: 0, ragged: true, head: true })} LIMIT ${HEADER_LINE}`);
  const text = (row: number, col: number) => String(rows[row - 1]?.[col] ?? '').trim();
  const fail = (row: number, col: number, expected: string): never => {
    if (rows.length < row) throw new InputError({ file: file.name, row }, expected, `the file ends after ${rows.length} lines`, rows.length === 0 ? 'empty file' : 'truncated preamble');
    const column = row === HEADER_LINE ? (layout.header[col] ?? `${col + 1}`) : `${col + 1}`;
    throw new InputError({ file: file.name, row, column }, expected, shown(text(row, col)), row < HEADER_LINE ? 'unexpected preamble' : 'unexpected header');
  };
  PREAMBLE.forEach((line, i) => {
    if (text(i + 1, 0) !== line) fail(i + 1, 0, line === '' ? 'a blank line' : `the preamble line "${line}"`);
  });
  const title = `${layout.titlePrefix}FY${fy}`;
  const found = text(HEADER_LINE - 1, 0);
  if (!found.startsWith(title) || !TITLE_SUFFIX.test(found.slice(title.length))) fail(HEADER_LINE - 1, 0, `the title "${title}"`);
  // Preamble lines have only their first cell filled.
  for (let r = 1; r < HEADER_LINE; r++) {
    for (let c = 1; c < width; c++) if (text(r, c) !== '') fail(r, c, 'an empty cell');
  }
  layout.header.forEach((name, c) => {
    if (text(HEADER_LINE, c).replace(/^\uFEFF/, '') !== name) fail(HEADER_LINE, c, `header "${name}"`);
  });
  if (text(HEADER_LINE, width - 1) !== '') fail(HEADER_LINE, width - 1, `no header beyond "${layout.header.at(-1)}"`);
}
