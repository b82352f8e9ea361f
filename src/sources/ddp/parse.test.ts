import { describe, expect, it } from 'vitest';
import { contextFor, parseWith } from '../../../test/parse-context.js';
import adapter from './index.js';
import { DS } from './describe.js';
import { APPREHENSIONS_BY_PART, parseByPart, type ByPartTable } from './parse-by-part.js';
import { expectInputError } from '../../../test/input-error.js';
import { corrupted, fixturePaths } from './testing.js';

const obs = await parseWith(adapter, fixturePaths());
const of = (dataset: string) => obs.filter((o) => o.dataset === dataset);
const value = (dataset: string, period: string) => {
  const hits = of(dataset).filter((o) => o.period === period);
  expect(hits).toHaveLength(1);
  return hits[0].value;
};
async function byPart(paths: Record<string, string>, spec: ByPartTable) {
  const ctx = await contextFor(paths);
  try {
    return await parseByPart(ctx, spec);
  } finally {
    ctx.close();
  }
}

describe('ddp on fixtures', () => {
  it("reads CBP's published USBP nationwide figure for every month, to Jul 2026", () => {
    expect(value(DS.cbp, '2021-03-01')).toBe(169442);
    expect(value(DS.cbp, '2025-11-01')).toBe(9294);
    expect(of(DS.cbp)).toHaveLength(10);
    expect(of(DS.cbp).every((o) => o.geography === 'US' && o.component === 'USBP' && o.authority === 'ALL')).toBe(true);
  });

  it('reads the FOIA count, with no observation where the FOIA files end', () => {
    expect(value(DS.foia, '2024-10-01')).toBe(58082);
    expect(value(DS.cbp, '2024-10-01')).toBe(58115);
    expect(of(DS.foia)).toHaveLength(8);
    expect(of(DS.foia).some((o) => o.period >= '2025-10-01')).toBe(false);
  });

  it('reads the encounters by part, one value per month', () => {
    expect(value(DS.byPart, '2020-03-01')).toBe(30767);
    expect(of(DS.byPart)).toHaveLength(4);
    expect(of(DS.byPart)[0].at).toEqual({ file: 'monthly-encounters-by-part.csv', row: 2, column: 'encounter_count' });
  });

  it('keeps one value for a month listed by two parts that agree', async () => {
    const paths = await corrupted('encounters-by-part', (l) => [...l, 'usbp_encounter_subject_details_q2_fy2020.xlsx,2020-03-01,30767']);
    const again = (await parseWith(adapter, paths)).filter((o) => o.dataset === DS.byPart);
    expect(again).toHaveLength(4);
    expect(again.find((o) => o.period === '2020-03-01')?.at?.row).toBe(4);
  });

  it('would store USBP Title 8 apprehensions by part, were the parts consistent', async () => {
    const paths = await corrupted('apprehensions-by-part', (l) => l.slice(0, 4));
    const got = await byPart(paths, APPREHENSIONS_BY_PART);
    expect(got.map((o) => [o.period, o.value, o.component, o.authority])).toEqual([
      ['2025-04-01', 10007, 'USBP', 'T8'],
      ['2025-05-01', 10360, 'USBP', 'T8'],
      ['2025-06-01', 8018, 'USBP', 'T8'],
    ]);
  });

  it('rejects the real apprehension parts, which disagree (naming both rows)', async () => {
    const e = await expectInputError(byPart(fixturePaths(), APPREHENSIONS_BY_PART), { file: 'monthly-apprehensions-by-part.csv', row: 5, column: 'apprehension_count' });
    expect(e.message).toContain('row 4');
    expect(e.message).toContain('usbp_nationwide_apprehensions_june_2025.xlsx');
  });
});
