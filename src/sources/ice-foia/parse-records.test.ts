import { beforeAll, describe, expect, it } from 'vitest';
import { contextFor } from '../../../test/parse-context.js';
import { cellObservations } from '../../ingest/cell-table.js';
import type { Observation, ParseContext } from '../types.js';
import { DATASET, RECORD_FILES } from './describe.js';
import { dataLines, fixtureText, gzFixture, tempDir, writeGz } from './fixture-files.js';
import { parseRecordFile } from './parse-records.js';

const spec = (id: string) => RECORD_FILES.find((f) => f.id === id)!;

/** Observations as compact 'period geography citizenship demographic category' → value. */
const cells = (obs: Observation[]) =>
  Object.fromEntries(obs.map((o) => [`${o.period} ${o.geography} ${o.citizenship} ${o.demographic} ${o.category.replace('ice-disposition:', '')}`, o.value]));

async function parseFixture(plain: string, id: string) {
  const ctx: ParseContext & { close: () => void } = await contextFor({ [id]: gzFixture(tempDir(), plain) });
  try {
    const result = await parseRecordFile(ctx, ctx.files[id], spec(id));
    return { ...result, observations: await cellObservations(ctx.scratch, result.cells) };
  } finally {
    ctx.close();
  }
}

describe('ICE removals file (fixture in the publisher format)', () => {
  let result: Awaited<ReturnType<typeof parseFixture>>;
  beforeAll(async () => {
    result = await parseFixture('ICERemovals_FY2016.csv', 'removals-fy2016');
  });

  it('counts records per month of Removal Date, AOR, citizenship, sex and disposition code', () => {
    expect(cells(result.observations)).toEqual({
      '2015-10-01 ICE-SNA MEX MALE reinst': 3,
      '2015-10-01 ICE-SNA MEX MALE er': 1,
      '2015-10-01 ICE-ELP GTM FEMALE er-cf': 2,
      // KOREA and SOUTH KOREA are one code, so one cell; the June 2015 Departed Date is ignored.
      '2015-11-01 ICE-SEA KOR MALE wa-nta': 2,
      '2016-02-01 ICE-HQS HND SEX-UNKNOWN t': 1,
      '2016-01-01 ICE-MIA CUB MALE not-recorded': 1,
      '2016-09-01 ICE-HOU SLV FEMALE v': 2,
    });
  });

  it('keeps the total: observations add up to the records of the file', () => {
    const records = dataLines(fixtureText('ICERemovals_FY2016.csv')).length;
    expect(result.records).toBe(records);
    expect(result.observations.reduce((s, o) => s + (o.value ?? 0), 0)).toBe(records);
  });

  it('sets every promised dimension on every observation', () => {
    for (const o of result.observations) {
      expect(o).toMatchObject({ dataset: DATASET.removals, component: 'ICE', authority: 'ALL', at: { file: 'ICERemovals_FY2016.csv.gz' } });
      for (const dim of ['geography', 'citizenship', 'demographic', 'category'] as const) expect(o[dim]).not.toBe('ALL');
    }
  });
});

describe('ERO arrests file (fixture in the publisher format)', () => {
  let result: Awaited<ReturnType<typeof parseFixture>>;
  beforeAll(async () => {
    result = await parseFixture('EROArrests_FY2016.csv', 'arrests-fy2016');
  });

  it('counts records per month of Apprehension Date, with a blank AOR as "not recorded"', () => {
    expect(cells(result.observations)).toEqual({
      '2015-10-01 ICE-CHI MEX MALE reinstatement-of-deport-order-i-871': 2,
      '2015-10-01 ICE-CHI GTM FEMALE warrant-of-arrest-notice-to-appear': 1,
      '2015-11-01 ICE-UNK HND MALE other': 1,
      '2015-12-01 ICE-ATL SLV MALE bag-and-baggage': 1,
      '2015-12-01 ICE-ATL SLV SEX-UNKNOWN turned-over-to': 1,
      '2015-12-01 ICE-ATL SLV MALE not-recorded': 1,
      '2016-09-01 ICE-NYC DOM FEMALE warrant-of-arrest-notice-to-appear': 1,
    });
    expect(result.observations.every((o) => o.dataset === DATASET.arrests && o.component === 'ICE')).toBe(true);
  });

  it('keeps the total', () => {
    const records = dataLines(fixtureText('EROArrests_FY2016.csv')).length;
    expect(result.records).toBe(records);
    expect(result.observations.reduce((s, o) => s + (o.value ?? 0), 0)).toBe(records);
  });
});

describe('a partial-year title', () => {
  it('accepts "(10/1/2018 - 8/31/2019)" after the fiscal year', async () => {
    const dir = tempDir();
    const text = fixtureText('EROArrests_FY2016.csv')
      .replace('for FY2016', 'for FY2019 (10/1/2018 - 8/31/2019)')
      .replace(/\/(2015|2016)\|/g, (_, y: string) => `/${Number(y) + 3}|`);
    const ctx = await contextFor({ 'arrests-fy2019': writeGz(dir, 'EROArrests_FY2019.csv.gz', text) });
    try {
      const { records } = await parseRecordFile(ctx, ctx.files['arrests-fy2019'], spec('arrests-fy2019'));
      expect(records).toBe(8);
    } finally {
      ctx.close();
    }
  });
});
