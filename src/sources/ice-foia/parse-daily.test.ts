import { statSync, truncateSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inputErrorOf } from '../../../test/input-error.js';
import { contextFor } from '../../../test/parse-context.js';
import type { InputError } from '../../errors.js';
import { DAILY_FILE, DATASET } from './describe.js';
import { gzFixture, replaceLine, tempDir } from './fixture-files.js';
import { parseDaily } from './parse-daily.js';

const PLAIN = 'enforcement_daily_by_aor_fy2016_2019.csv';

async function parse(edit?: (text: string) => string) {
  const ctx = await contextFor({ [DAILY_FILE.id]: gzFixture(tempDir(), PLAIN, edit) });
  try {
    return await parseDaily(ctx, ctx.files[DAILY_FILE.id]);
  } finally {
    ctx.close();
  }
}

const failure = (edit: (text: string) => string): Promise<InputError> => inputErrorOf(parse(edit));

describe('UWCHR daily aggregate', () => {
  it('keeps only encounters, per day and area of responsibility', async () => {
    const obs = await parse();
    expect(obs.map((o) => [o.period, o.geography, o.value])).toEqual([
      ['2015-10-01', 'ICE-ATL', 146],
      ['2015-10-01', 'ICE-SNA', 12],
      ['2016-01-04', 'ICE-MIA', 0],
      ['2016-09-30', 'ICE-SEA', 7],
      ['2019-09-01', 'ICE-HOU', 3],
    ]);
    expect(obs.every((o) => o.dataset === DATASET.encounters && o.component === 'ICE' && o.citizenship === 'ALL')).toBe(true);
  });

  it('rejects a day that is not a date', async () => {
    const e = await failure((t) => replaceLine(t, 3, '2015-10-32|SNA|12|3|250|2016.1|2016'));
    expect(e.at).toEqual({ file: `${PLAIN}.gz`, row: 3, column: 'date' });
  });

  it('rejects an unknown area of responsibility', async () => {
    const e = await failure((t) => replaceLine(t, 4, '2016-01-04|XYZ|0|2|9|2016.2|2016'));
    expect(e.at).toMatchObject({ row: 4, column: 'aor' });
  });

  it('rejects a fiscal year or quarter that does not match the day', async () => {
    expect((await failure((t) => replaceLine(t, 5, '2016-09-30|SEA|7|1|0|2016.4|2017'))).at).toMatchObject({ row: 5, column: 'fy' });
    expect((await failure((t) => replaceLine(t, 5, '2016-09-30|SEA|7|1|0|2016.3|2016'))).at).toMatchObject({ row: 5, column: 'quarter' });
  });

  it('rejects a count that is not a count, and a repeated day', async () => {
    expect((await failure((t) => replaceLine(t, 2, '2015-10-01|ATL|many|40|17|2016.1|2016'))).at).toMatchObject({ row: 2, column: 'n_encounters' });
    expect((await failure((t) => replaceLine(t, 3, '2015-10-01|ATL|1|1|1|2016.1|2016'))).message).toMatch(/duplicated row/);
  });

  it('rejects a truncated gzip file', async () => {
    const path = gzFixture(tempDir(), PLAIN);
    truncateSync(path, statSync(path).size - 9);
    const ctx = await contextFor({ [DAILY_FILE.id]: path });
    try {
      await expect(parseDaily(ctx, ctx.files[DAILY_FILE.id])).rejects.toThrow(/truncated or corrupt gzip/);
    } finally {
      ctx.close();
    }
  });

  it('rejects a renamed header', async () => {
    const e = await failure((t) => t.replace('n_encounters', 'encounters'));
    expect(e.at).toMatchObject({ row: 1, column: '3' });
  });
});
