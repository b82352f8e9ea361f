import { describe, expect, it } from 'vitest';
import { CsvLineScanner, MAX_LINE_BYTES, scanCsvLines } from './csv-lines.js';

/** The scanner fed the bytes cut at every position given. */
function inPieces(bytes: Buffer, cuts: number[], skip = 0, head = 0) {
  const scanner = new CsvLineScanner('f.csv', skip, head);
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    scanner.push(bytes.subarray(from, cut));
    from = cut;
  }
  return scanner.end();
}

const outcome = (run: () => unknown) => {
  try {
    return { ok: run() };
  } catch (e) {
    return { error: (e as Error).message };
  }
};

/** Every way of cutting the bytes once, and in single bytes, gives what the whole gives. */
function expectSameInPieces(text: string | Buffer, skip = 0, head = 0) {
  const bytes = Buffer.isBuffer(text) ? text : Buffer.from(text);
  const whole = outcome(() => inPieces(bytes, [], skip, head));
  if (head === 0) expect(outcome(() => scanCsvLines(bytes, 'f.csv', skip))).toEqual(whole);
  for (let cut = 0; cut <= bytes.length; cut++) expect(outcome(() => inPieces(bytes, [cut], skip, head)), `cut at ${cut}`).toEqual(whole);
  expect(outcome(() => inPieces(bytes, Array.from({ length: bytes.length }, (_, i) => i), skip, head))).toEqual(whole);
  return whole;
}

const BOM = '\uFEFF';

describe('the line checks, on a file given in pieces', () => {
  it('counts the non-blank lines after the skipped ones', () => {
    expect(expectSameInPieces('h\na\n\nb\r\n', 1)).toEqual({ error: expect.stringContaining('mixed line endings in f.csv, row 4') });
    expect(expectSameInPieces('pre\nh\na\n\nb\nc', 1)).toEqual({ ok: { rows: 4, lineOfRow: [2, 3, 5, 6], head: [] } });
    expect(expectSameInPieces('h\r\na\r\n\r\nb\r\n')).toEqual({ ok: { rows: 3, lineOfRow: [1, 2, 4], head: [] } });
  });

  it('keeps the text of the first lines asked for, without line ends, however the bytes are cut', () => {
    expect(expectSameInPieces('pré|"x"\r\n\r\nh|é\r\na\r\n', 1, 3)).toEqual({ ok: { rows: 2, lineOfRow: [3, 4], head: ['pré|"x"', '', 'h|é'] } });
    expect(expectSameInPieces('one\ntwo', 0, 5)).toEqual({ ok: { rows: 2, lineOfRow: [1, 2], head: ['one', 'two'] } });
  });

  it('a byte-order mark at the start is allowed; inside, even cut between pieces, it is refused at its line', () => {
    expect(expectSameInPieces(`${BOM}h\na\n`)).toEqual({ ok: { rows: 2, lineOfRow: [1, 2], head: [] } });
    expect(expectSameInPieces(`h\na\n${BOM}b\n`)).toEqual({ error: expect.stringContaining('misplaced byte-order mark in f.csv, row 3') });
  });

  it('a byte-order mark is reported before an earlier line fault, as on the whole file', () => {
    expect(expectSameInPieces(`h\r\na\nb${BOM}\n`)).toEqual({ error: expect.stringContaining('misplaced byte-order mark in f.csv, row 3') });
  });

  it('a line longer than DuckDB reads is refused at its line', () => {
    const long = Buffer.from(`h\n${'x'.repeat(MAX_LINE_BYTES + 1)}\nb\n`);
    const scanner = new CsvLineScanner('f.csv');
    for (let i = 0; i < long.length; i += 65_536) scanner.push(long.subarray(i, i + 65_536));
    expect(() => scanner.end()).toThrow(/line too long in f\.csv, row 2/);
    expect(() => scanCsvLines(long, 'f.csv')).toThrow(/line too long in f\.csv, row 2/);
  });
});
