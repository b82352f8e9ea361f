import { beforeAll, expect, it } from 'vitest';
import { describeMirror, mirrorPath } from '../../../test/mirror.js';
import { contextFor, parseWith } from '../../../test/parse-context.js';
import { InputError } from '../../errors.js';
import type { Observation } from '../types.js';
import adapter from './index.js';
import { DS } from './describe.js';
import { APPREHENSIONS_BY_PART, INADMISSIBLES_BY_PART, parseByPart, type ByPartTable } from './parse-by-part.js';
import { ALL_FILES } from './testing.js';

describeMirror('ddp on the mirror', () => {
  let paths: Record<string, string> = {};
  let obs: Observation[] = [];
  beforeAll(async () => {
    paths = Object.fromEntries(ALL_FILES.map((f) => [f.id, mirrorPath(f.mirrorPath)]));
    obs = await parseWith(adapter, paths);
  });
  const of = (dataset: string) => obs.filter((o) => o.dataset === dataset);
  const months = (dataset: string) => of(dataset).map((o) => o.period);

  it("CBP's USBP nationwide figure: 82 months Oct 2019 - Jul 2026; March 2021 = 169,442", () => {
    expect(months(DS.cbp)).toHaveLength(82);
    expect([months(DS.cbp)[0], months(DS.cbp).at(-1)]).toEqual(['2019-10-01', '2026-07-01']);
    expect(of(DS.cbp).find((o) => o.period === '2021-03-01')?.value).toBe(169_442);
    expect(of(DS.cbp).every((o) => o.value !== null)).toBe(true);
  });

  it('the FOIA count ends in Sep 2025 (72 months) and differs from CBP in eight FY2025 months', () => {
    expect(months(DS.foia)).toHaveLength(72);
    expect(months(DS.foia).at(-1)).toBe('2025-09-01');
    const cbp = new Map(of(DS.cbp).map((o) => [o.period, o.value]));
    const differ = of(DS.foia).filter((o) => cbp.get(o.period) !== o.value).map((o) => `${o.period.slice(0, 7)} ${o.value! - cbp.get(o.period)!}`);
    expect(differ).toEqual(['2024-10 -33', '2024-11 -10', '2024-12 -5', '2025-04 -1', '2025-05 -1', '2025-07 -1', '2025-08 -7', '2025-09 -11']);
  });

  it('the encounters by part (69 months, Jan 2020 - Sep 2025) equal the FOIA count month for month', () => {
    expect(months(DS.byPart)).toHaveLength(69);
    const foia = new Map(of(DS.foia).map((o) => [o.period, o.value]));
    expect(of(DS.byPart).filter((o) => foia.get(o.period) !== o.value)).toEqual([]);
  });

  const rejection = async (spec: ByPartTable) => {
    const ctx = await contextFor(paths);
    try {
      await parseByPart(ctx, spec);
      return undefined;
    } catch (e) {
      return e as InputError;
    } finally {
      ctx.close();
    }
  };

  it('the apprehension and inadmissible parts disagree, so they are not ingested', async () => {
    const a = await rejection(APPREHENSIONS_BY_PART);
    expect(a).toBeInstanceOf(InputError);
    expect(a!.message).toMatch(/file parts disagree/);
    const i = await rejection(INADMISSIBLES_BY_PART);
    expect(i).toBeInstanceOf(InputError);
    expect(i!.message).toMatch(/file parts disagree/);
    console.info(`not ingested:\n  ${a!.message}\n  ${i!.message}`);
  });
});
