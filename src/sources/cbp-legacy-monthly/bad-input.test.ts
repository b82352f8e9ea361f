import { constants, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseWith } from '../../../test/parse-context.js';
import adapter from './index.js';
import { replaceLine } from '../../../test/fixture-copies.js';
import { expectInputError } from '../../../test/input-error.js';
import { gzippedFixture, NAME } from './testing.js';

const parseEdited = async (edit: (lines: string[]) => string[], mangle?: (gz: Buffer) => Buffer) => parseWith(adapter, await gzippedFixture(edit, mangle));

describe('cbp-legacy-monthly rejects bad input', () => {
  it('a renamed header', async () => {
    await expectInputError(parseEdited(replaceLine(1, 'rio_grande_valley', 'rgv')), { file: NAME, row: 1, column: '19' });
  });

  it('a footnote row', async () => {
    await expectInputError(parseEdited((l) => [...l, 'Note: FY2020 includes Title 42 expulsions']), { file: NAME, row: 16, column: 'month' });
  });

  it('text in a number', async () => {
    await expectInputError(parseEdited(replaceLine(2, '|716|', '|7l6|')), { file: NAME, row: 2, column: 'livermore' });
  });

  it('a duplicated month', async () => {
    const e = await expectInputError(parseEdited((l) => [...l, l[3]]), { file: NAME, row: 16, column: 'month' });
    expect(e.message).toContain('row 4');
  });

  it('a calendar year that does not match the fiscal year and month', async () => {
    await expectInputError(parseEdited(replaceLine(2, '|2000|1999', '|2000|2000')), { file: NAME, row: 2, column: 'cy' });
  });

  it('a month out of range', async () => {
    await expectInputError(parseEdited((l) => l.map((x, i) => (i === 2 ? x.replace(/^10\|/, '13|') : x))), { file: NAME, row: 3, column: 'month' });
  });

  it('a truncated gzip', async () => {
    const e = await expectInputError(parseEdited((l) => l, (gz) => gz.subarray(0, Math.floor(gz.length / 2))), { file: NAME });
    expect(e.message).toMatch(/gzip/i);
  });

  it('an empty file', async () => {
    await expectInputError(parseEdited(() => []), { file: NAME, row: 1, column: 'month' });
  });
});

describe('cbp-legacy-monthly and a gzip cut at a line end', () => {
  it('is rejected, although every line before the cut is whole', async () => {
    // A sync-flushed gzip of the first 6 lines with no end marker: DuckDB alone reads 5 rows and says nothing.
    let head = '';
    const mangle = () => gzipSync(head, { finishFlush: constants.Z_SYNC_FLUSH });
    const e = await expectInputError(
      parseEdited((lines) => {
        head = `${lines.slice(0, 6).join('\n')}\n`;
        return lines;
      }, mangle),
      { file: NAME },
    );
    expect(e.message).toMatch(/truncated/);
  });
});
