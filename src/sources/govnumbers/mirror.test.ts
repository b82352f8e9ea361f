import { beforeAll, expect, it } from 'vitest';
import { describeMirror, mirrorPath } from '../../../test/mirror.js';
import { parseWith } from '../../../test/parse-context.js';
import { fiscalYearOf } from '../read/periods.js';
import type { Observation } from '../types.js';
import adapter from './index.js';
import { DS } from './describe.js';

describeMirror('govnumbers on the mirror', () => {
  let obs: Observation[] = [];
  beforeAll(async () => {
    obs = await parseWith(adapter, Object.fromEntries(adapter.describe.files.map((f) => [f.id, mirrorPath(f.mirrorPath)])));
  });
  const sw = () => obs.filter((o) => o.dataset === DS.swOhss || o.dataset === DS.swCbp);
  const fy = (year: number) => sw().filter((o) => fiscalYearOf(o.period) === year).reduce((a, o) => a + o.value!, 0);

  it('has 154 southwest months, Oct 2013 - Jul 2026, every one once: 108 OHSS, 46 CBP', () => {
    const months = sw().map((o) => o.period).sort();
    expect(months).toHaveLength(154);
    expect(new Set(months).size).toBe(154);
    expect([months[0], months.at(-1)]).toEqual(['2013-10-01', '2026-07-01']);
    expect(obs.filter((o) => o.dataset === DS.swOhss)).toHaveLength(108);
    expect(obs.filter((o) => o.dataset === DS.swCbp).map((o) => o.period)[0]).toBe('2022-10-01');
  });

  it('FY2021 = 1,734,680; FY2025 = 443,671; FY2026 Oct-Jul = 115,762', () => {
    expect(fy(2021)).toBe(1_734_680);
    expect(fy(2025)).toBe(443_671);
    expect(fy(2026)).toBe(115_762);
    expect(sw().filter((o) => fiscalYearOf(o.period) === 2026)).toHaveLength(10);
  });

  it('ICE removals FY2012-FY2024 and detention ADP FY2019-FY2024', () => {
    const removals = obs.filter((o) => o.dataset === DS.removals);
    expect(removals).toHaveLength(13);
    expect(removals.find((o) => o.period === '2015-10-01')?.value).toBe(240_255);
    expect(obs.filter((o) => o.dataset === DS.adp && o.category === 'ALL')).toHaveLength(6);
  });
});
