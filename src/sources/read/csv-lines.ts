/**
 * A first look at a CSV's lines, before DuckDB reads it, for the faults DuckDB lets through
 * or reports in its own words: a line longer than its reader takes (the last such line is
 * dropped without a word), a byte-order mark inside the file (two files joined), line ends
 * that change from CRLF to LF. It also counts the data lines, so that the rows DuckDB returns
 * can be checked against them: nothing may be dropped silently.
 * Quoted cells with line breaks are not counted specially: the reader refuses them anyway.
 */
import { InputError } from '../../errors.js';

/** DuckDB's CSV reader's default `max_line_size`: longer lines are refused, or dropped at the end. */
export const MAX_LINE_BYTES = 2_097_152;

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const LF = 0x0a;
const CR = 0x0d;

export interface CsvLines {
  /** Non-blank lines after the skipped ones: the header and the data rows. */
  rows: number;
  /** 1-based line number of each of those rows, in order. */
  lineOfRow: number[];
}

const mib = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MiB`;

/** Throws an InputError naming the line of the first fault; returns the rows DuckDB must read. */
export function scanCsvLines(bytes: Buffer, fileName: string, skipLines = 0): CsvLines {
  const bomAt = bytes.indexOf(BOM, 1);
  if (bomAt > 0) {
    throw new InputError(
      { file: fileName, row: lineAt(bytes, bomAt) },
      'a byte-order mark only at the very start of the file, if at all',
      'a byte-order mark (U+FEFF) inside the file: two files joined into one?',
      'misplaced byte-order mark',
    );
  }
  const lineOfRow: number[] = [];
  let crlf: boolean | undefined;
  let line = 0;
  for (let start = 0; start < bytes.length; ) {
    line++;
    const lf = bytes.indexOf(LF, start);
    const end = lf < 0 ? bytes.length : lf;
    const endsInCr = end > start && bytes[end - 1] === CR;
    const length = end - start - (endsInCr ? 1 : 0);
    if (length > MAX_LINE_BYTES) {
      throw new InputError({ file: fileName, row: line }, `lines of at most ${mib(MAX_LINE_BYTES)}`, `a line of ${mib(length)}`, 'line too long');
    }
    if (lf >= 0) {
      if (crlf === undefined) crlf = endsInCr;
      else if (crlf !== endsInCr) {
        throw new InputError(
          { file: fileName, row: line },
          `every line ending as the first one does (${crlf ? 'CRLF' : 'LF'})`,
          `a line ending in ${endsInCr ? 'CRLF' : 'LF'}: line ends are mixed`,
          'mixed line endings',
        );
      }
    }
    if (line > skipLines && length > 0) lineOfRow.push(line);
    start = end + 1;
  }
  return { rows: lineOfRow.length, lineOfRow };
}

function lineAt(bytes: Buffer, offset: number): number {
  let n = 1;
  for (let i = bytes.indexOf(LF); i >= 0 && i < offset; i = bytes.indexOf(LF, i + 1)) n++;
  return n;
}
