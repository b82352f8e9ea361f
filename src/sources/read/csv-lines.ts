/**
 * A first look at a CSV's lines, before DuckDB reads it, for the faults DuckDB lets through
 * or reports in its own words: a line longer than its reader takes (the last such line is
 * dropped without a word), a byte-order mark inside the file (two files joined), line ends
 * that change from CRLF to LF. It also counts the data lines, so that the rows DuckDB returns
 * can be checked against them: nothing may be dropped silently.
 * Quoted cells with line breaks are not counted specially: the reader refuses them anyway.
 */
import { InputError } from '../../errors.js';
import type { LocalFile } from '../types.js';
import { forEachPiece } from './gzip.js';

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
  /** The text of the first lines when asked for (`headLines`), without their line ends; fewer when the file has fewer. */
  head: string[];
}

/** The longest start of a line kept in `head`: a line kept for a check of its text need not be held whole. */
const HEAD_LINE_BYTES = 65_536;

const mib = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MiB`;

/** The checks of scanCsvLines on a file read (and inflated) piece by piece. */
export async function scanFileLines(file: LocalFile, skipLines = 0, headLines = 0): Promise<CsvLines> {
  const scanner = new CsvLineScanner(file.name, skipLines, headLines);
  await forEachPiece(file, (piece) => scanner.push(piece));
  return scanner.end();
}

/** Throws an InputError naming the line of the first fault; returns the rows DuckDB must read. */
export function scanCsvLines(bytes: Buffer, fileName: string, skipLines = 0): CsvLines {
  const scanner = new CsvLineScanner(fileName, skipLines);
  scanner.push(bytes);
  return scanner.end();
}

/**
 * The same checks on a file given in pieces (a gzip stream as it inflates), so a large file
 * is never held whole. Faults are reported as scanCsvLines reports them: a byte-order mark
 * anywhere first, else the first line at fault.
 */
export class CsvLineScanner {
  private readonly lineOfRow: number[] = [];
  /** Lines begun so far; the current one is number `line`. */
  private line = 1;
  /** Bytes of the current line so far, and whether the last of them is a CR. */
  private length = 0;
  private lastIsCr = false;
  private crlf: boolean | undefined;
  /** The last bytes of the previous piece, for a byte-order mark cut between two pieces. */
  private tail = Buffer.alloc(0);
  private offset = 0;
  private bomLine: number | undefined;
  private fault: InputError | undefined;
  private readonly head: string[] = [];
  /** Bytes of the current line while it is one of the head lines. */
  private headParts: Buffer[] = [];
  private headBytes = 0;

  constructor(
    private readonly fileName: string,
    private readonly skipLines = 0,
    private readonly headLines = 0,
  ) {}

  push(piece: Buffer): void {
    if (this.bomLine === undefined) this.findBom(piece);
    for (let start = 0; start < piece.length; ) {
      const lf = piece.indexOf(LF, start);
      const end = lf < 0 ? piece.length : lf;
      if (end > start) {
        this.length += end - start;
        this.lastIsCr = piece[end - 1] === CR;
        if (this.line <= this.headLines && this.headBytes < HEAD_LINE_BYTES) {
          const part = piece.subarray(start, Math.min(end, start + HEAD_LINE_BYTES - this.headBytes));
          this.headParts.push(Buffer.from(part));
          this.headBytes += part.length;
        }
      }
      if (lf < 0) break;
      this.endLine(true);
      start = lf + 1;
    }
    this.offset += piece.length;
  }

  end(): CsvLines {
    if (this.length > 0) this.endLine(false);
    if (this.bomLine !== undefined) {
      throw new InputError(
        { file: this.fileName, row: this.bomLine },
        'a byte-order mark only at the very start of the file, if at all',
        'a byte-order mark (U+FEFF) inside the file: two files joined into one?',
        'misplaced byte-order mark',
      );
    }
    if (this.fault) throw this.fault;
    return { rows: this.lineOfRow.length, lineOfRow: this.lineOfRow, head: this.head };
  }

  private endLine(byLf: boolean): void {
    const endsInCr = this.length > 0 && this.lastIsCr;
    const length = this.length - (endsInCr ? 1 : 0);
    if (!this.fault && length > MAX_LINE_BYTES) {
      this.fault = new InputError({ file: this.fileName, row: this.line }, `lines of at most ${mib(MAX_LINE_BYTES)}`, `a line of ${mib(length)}`, 'line too long');
    }
    if (byLf) {
      if (this.crlf === undefined) this.crlf = endsInCr;
      else if (!this.fault && this.crlf !== endsInCr) {
        this.fault = new InputError(
          { file: this.fileName, row: this.line },
          `every line ending as the first one does (${this.crlf ? 'CRLF' : 'LF'})`,
          `a line ending in ${endsInCr ? 'CRLF' : 'LF'}: line ends are mixed`,
          'mixed line endings',
        );
      }
    }
    if (this.line > this.skipLines && length > 0) this.lineOfRow.push(this.line);
    if (this.line <= this.headLines) {
      this.head.push(Buffer.concat(this.headParts).toString('utf8').replace(/\r$/, ''));
      this.headParts = [];
      this.headBytes = 0;
    }
    this.line++;
    this.length = 0;
    this.lastIsCr = false;
  }

  /** Notes the line of the first byte-order mark past the file's first byte. */
  private findBom(piece: Buffer): void {
    // The stream's last bytes before this piece, so a mark cut between pieces is found.
    const joined = this.tail.length ? Buffer.concat([this.tail, piece.subarray(0, BOM.length - 1)]) : undefined;
    const j = joined ? joined.indexOf(BOM) : -1;
    if (j >= 0 && this.offset - this.tail.length + j > 0) {
      // Cut between the pieces: it is on the current line (a BOM holds no line end).
      this.bomLine = this.line;
    } else {
      const at = piece.indexOf(BOM, this.offset === 0 ? 1 : 0);
      if (at >= 0) this.bomLine = this.line + lineAt(piece, at) - 1;
    }
    const keep = BOM.length - 1;
    const last = piece.length >= keep ? piece.subarray(piece.length - keep) : Buffer.concat([this.tail, piece]);
    this.tail = Buffer.from(last.subarray(Math.max(0, last.length - keep)));
  }
}

function lineAt(bytes: Buffer, offset: number): number {
  let n = 1;
  for (let i = bytes.indexOf(LF); i >= 0 && i < offset; i = bytes.indexOf(LF, i + 1)) n++;
  return n;
}
