/**
 * Corrupted copies of the fixtures, made in a temp folder: each must fail with one
 * InputError that names the file and, where there is one, the row and column.
 */
import { statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputErrorOf } from '../../../test/input-error.js';
import { contextFor } from '../../../test/parse-context.js';
import type { InputError } from '../../errors.js';
import { RECORD_FILES } from './describe.js';
import { dataLines, fixtureText, gzFixture, replaceLine, tempDir, writeGz } from './fixture-files.js';
import { parseRecordFile, parseRecordFiles } from './parse-records.js';

const REMOVALS = 'ICERemovals_FY2016.csv';
const ARRESTS = 'EROArrests_FY2016.csv';

async function failure(path: string, id = 'removals-fy2016'): Promise<InputError> {
  const ctx = await contextFor({ [id]: path });
  try {
    return await inputErrorOf(parseRecordFile(ctx, ctx.files[id], RECORD_FILES.find((f) => f.id === id)!));
  } finally {
    ctx.close();
  }
}

/** The removals fixture with line `n` edited. */
const editLine = (n: number, edit: (line: string) => string) => (text: string) => replaceLine(text, n, edit(text.split('\n')[n - 1]));
const removals = (edit: (text: string) => string) => gzFixture(tempDir(), REMOVALS, edit);

describe('bad ERO-LESA files', () => {
  it('a renamed header', async () => {
    const e = await failure(removals((t) => t.replace('"Removal Date"', '"Removal Day"')));
    expect(e.at).toEqual({ file: 'ICERemovals_FY2016.csv.gz', row: 6, column: 'Removal Date' });
    expect(e.expected).toBe('header "Removal Date"');
    expect(e.found).toBe('"Removal Day"');
  });

  it('an extra header column', async () => {
    const e = await failure(removals(editLine(6, (l) => `${l}|"Notes"`)));
    expect(e.at).toMatchObject({ row: 6, column: '11' });
  });

  it('a missing preamble', async () => {
    const e = await failure(removals((t) => t.split('\n').slice(5).join('\n')));
    expect(e.at).toEqual({ file: 'ICERemovals_FY2016.csv.gz', row: 1, column: '1' });
    expect(e.expected).toBe('the preamble line "ERO-LESA Statistical Tracking Unit"');
    expect(e.found).toBe('"Area of Responsibility"');
  });

  it('a missing title line', async () => {
    const e = await failure(removals((t) => replaceLine(t, 5, '|||||||||')));
    expect(e.at).toMatchObject({ row: 5 });
    expect(e.expected).toBe('the title "ICE Removals for FY2016"');
    expect(e.found).toBe('an empty cell');
  });

  it('the file of another fiscal year', async () => {
    const e = await failure(removals((t) => t), 'removals-fy2017');
    expect(e.at).toMatchObject({ row: 5 });
    expect(e.found).toBe('"ICE Removals for FY2016"');
  });

  it('a date that is not a date (30 February), at its row and column', async () => {
    const e = await failure(removals(editLine(11, (l) => l.replace(/10\/5\/2015$/, '2/30/2016'))));
    expect(e.at).toEqual({ file: 'ICERemovals_FY2016.csv.gz', row: 11, column: 'Removal Date' });
    expect(e.found).toBe('"2/30/2016"');
  });

  it('text where a date is expected: the first offending row is named', async () => {
    const edit = (t: string) => [14, 9].reduce((text, n) => editLine(n, (l) => l.replace(/\|[^|]*$/, '|"PENDING"'))(text), t);
    const e = await failure(removals(edit));
    expect(e.at).toEqual({ file: 'ICERemovals_FY2016.csv.gz', row: 9, column: 'Removal Date' });
    expect(e.expected).toBe('a date written M/D/YYYY');
    expect(e.found).toBe('"PENDING"');
  });

  it('a blank date', async () => {
    const e = await failure(removals(editLine(16, (l) => l.replace(/\|[^|]*$/, '|'))));
    expect(e.at).toMatchObject({ row: 16, column: 'Removal Date' });
    expect(e.found).toBe('an empty cell');
  });

  it('a date outside the fiscal year of the file', async () => {
    const e = await failure(removals(editLine(18, (l) => l.replace(/9\/30\/2016$/, '10/1/2016'))));
    expect(e.at).toMatchObject({ row: 18, column: 'Removal Date' });
    expect(e.message).toMatch(/date outside the fiscal year/);
  });

  it('a truncated gzip file', async () => {
    const path = removals((t) => t);
    truncateSync(path, Math.floor(statSync(path).size / 2));
    const e = await failure(path);
    expect(e.at).toEqual({ file: 'ICERemovals_FY2016.csv.gz' });
    expect(e.message).toMatch(/truncated or corrupt gzip/);
  });

  it('an empty file', async () => {
    const path = join(tempDir(), 'ICERemovals_FY2016.csv.gz');
    writeFileSync(path, '');
    const e = await failure(path);
    expect(e.at).toEqual({ file: 'ICERemovals_FY2016.csv.gz' });
    expect(e.message).toMatch(/^empty file/);
  });

  it('a gzip file with nothing in it', async () => {
    const e = await failure(writeGz(tempDir(), 'ICERemovals_FY2016.csv.gz', ''));
    expect(e.at).toMatchObject({ file: 'ICERemovals_FY2016.csv.gz', row: 1 });
    expect(e.message).toMatch(/^empty file/);
  });

  it('a header and no records', async () => {
    const e = await failure(removals((t) => t.split('\n').slice(0, 6).join('\n')));
    expect(e.at).toMatchObject({ row: 7 });
    expect(e.message).toMatch(/^no records/);
  });

  it('an unknown citizenship, at its first row', async () => {
    const e = await failure(removals(editLine(16, (l) => l.replace('"CUBA"', '"ATLANTIS"'))));
    expect(e.at).toEqual({ file: 'ICERemovals_FY2016.csv.gz', row: 16, column: 'Citizenship' });
    expect(e.found).toBe('"ATLANTIS"');
  });

  it('several unknown citizenships: the first row holding one is named', async () => {
    const edit = (t: string) => editLine(11, (l) => l.replace('"GUATEMALA"', '"ATLANTIS"'))(editLine(17, (l) => l.replace('"EL SALVADOR"', '"ELDORADO"'))(t));
    const e = await failure(removals(edit));
    expect(e.at).toMatchObject({ row: 11, column: 'Citizenship' });
    expect(e.found).toBe('"ATLANTIS"');
  });

  it('a blank citizenship', async () => {
    const e = await failure(removals(editLine(16, (l) => l.replace('"CUBA"', ''))));
    expect(e.at).toMatchObject({ row: 16, column: 'Citizenship' });
    expect(e.found).toBe('an empty cell');
  });

  it('an unknown area of responsibility', async () => {
    const e = await failure(removals(editLine(13, (l) => l.replace('Seattle Area', 'Gotham Area'))));
    expect(e.at).toEqual({ file: 'ICERemovals_FY2016.csv.gz', row: 13, column: 'Area of Responsibility' });
  });

  it('an unknown gender', async () => {
    const e = await failure(removals(editLine(10, (l) => l.replace('"Male"', '"M"'))));
    expect(e.at).toMatchObject({ row: 10, column: 'Gender' });
  });

  it('an unknown removal disposition code', async () => {
    const e = await failure(removals(editLine(17, (l) => l.replace('"V"', '"ZZ9"'))));
    expect(e.at).toMatchObject({ row: 17, column: 'Processing Disposition Code' });
  });

  it('an unknown arrest disposition', async () => {
    const path = gzFixture(tempDir(), ARRESTS, editLine(12, (l) => l.replace('"TURNED OVER TO"', '"Teleported"')));
    const e = await failure(path, 'arrests-fy2016');
    expect(e.at).toEqual({ file: 'EROArrests_FY2016.csv.gz', row: 12, column: 'Processing Disposition' });
  });

  it('a record with a cell too many, without repeating the record in the message', async () => {
    const e = await failure(removals(editLine(12, (l) => `${l}|"extra"`)));
    expect(e.at).toEqual({ file: 'ICERemovals_FY2016.csv.gz', row: 12 });
    expect(e.message).toMatch(/Expected Number of Columns: 10 Found: 11/);
    expect(e.message).not.toMatch(/GUATEMALA|B\)\(6/);
  });

  it('the fixtures themselves are clean (sanity check for the edits above)', () => {
    expect(fixtureText(REMOVALS).split('\n')[10]).toMatch(/10\/5\/2015$/);
    expect(fixtureText(REMOVALS).split('\n')[15]).toMatch(/"CUBA"/);
  });
});

describe('bad files in a batch (read by one statement)', () => {
  /** The removals fixture moved to FY2017: its title and dates one year later. */
  const nextYear = (t: string) => t.replace('for FY2016', 'for FY2017').replace(/\/(2015|2016)(\||$)/gm, (_, y: string, end: string) => `/${Number(y) + 1}${end}`);
  const REMOVALS_2017 = (edit: (t: string) => string = (t) => t) => writeGz(tempDir(), 'ICERemovals_FY2017.csv.gz', edit(nextYear(fixtureText(REMOVALS))));

  async function batchFailure(paths: Record<string, string>): Promise<InputError> {
    const ctx = await contextFor(paths);
    try {
      const inputs = Object.keys(paths).map((id) => ({ file: ctx.files[id], spec: RECORD_FILES.find((f) => f.id === id)! }));
      return await inputErrorOf(parseRecordFiles(ctx, inputs));
    } finally {
      ctx.close();
    }
  }

  it('clean files of one layout and of two give each file its own records', async () => {
    const paths = { 'removals-fy2016': removals((t) => t), 'removals-fy2017': REMOVALS_2017(), 'arrests-fy2016': gzFixture(tempDir(), ARRESTS) };
    const ctx = await contextFor(paths);
    try {
      const inputs = Object.keys(paths).map((id) => ({ file: ctx.files[id], spec: RECORD_FILES.find((f) => f.id === id)! }));
      const results = await parseRecordFiles(ctx, inputs);
      const data = (name: string) => dataLines(fixtureText(name)).length;
      expect(results.map((r) => r.records)).toEqual([data(REMOVALS), data(REMOVALS), data(ARRESTS)]);
    } finally {
      ctx.close();
    }
  });

  it('a row DuckDB cannot read in the second file of one read is named in that file, at its line', async () => {
    const e = await batchFailure({ 'removals-fy2016': removals((t) => t), 'removals-fy2017': REMOVALS_2017(editLine(12, (l) => `${l}|"extra"`)) });
    expect(e.at).toEqual({ file: 'ICERemovals_FY2017.csv.gz', row: 12 });
  });

  it('an unknown value only the later file holds is reported in that file', async () => {
    const e = await batchFailure({
      'removals-fy2016': removals((t) => t),
      'arrests-fy2016': gzFixture(tempDir(), ARRESTS, editLine(9, (l) => l.replace('"GUATEMALA"', '"ATLANTIS"'))),
    });
    expect(e.at).toEqual({ file: 'EROArrests_FY2016.csv.gz', row: 9, column: 'Citizenship' });
  });

  it('a date outside its own file\'s fiscal year, where the other file\'s year holds it', async () => {
    // 10/5/2016 is in FY2017: right for the second file, wrong for the first.
    const e = await batchFailure({ 'removals-fy2016': removals(editLine(11, (l) => l.replace(/10\/5\/2015$/, '10/5/2016'))), 'removals-fy2017': REMOVALS_2017() });
    expect(e.at).toEqual({ file: 'ICERemovals_FY2016.csv.gz', row: 11, column: 'Removal Date' });
  });
});
