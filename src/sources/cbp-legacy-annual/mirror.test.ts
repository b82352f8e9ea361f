import { beforeAll, expect, it } from 'vitest';
import { describeMirror, mirrorPath } from '../../../test/mirror.js';
import { parseWith } from '../../../test/parse-context.js';
import type { Observation } from '../types.js';
import { fiscalYearOf } from '../read/periods.js';
import adapter from './index.js';
import { DS } from './describe.js';

// CBP's PDFs count Livermore in the coastal border (geography.ts has it under the northern border).
const CBP_REGION: Record<string, string> = { 'USBP-LIV': 'US-CST', 'USBP-MIA': 'US-CST', 'USBP-NOL': 'US-CST', 'USBP-RMY': 'US-CST' };
const regionOf = (sector: string) => CBP_REGION[sector] ?? (['USBP-BLW', 'USBP-BUN', 'USBP-DTM', 'USBP-GFN', 'USBP-HVM', 'USBP-HLT', 'USBP-SPW', 'USBP-SWT'].includes(sector) ? 'US-NLB' : 'US-SWB');

const sumBy = (obs: Observation[], key: (o: Observation) => string) => {
  const m = new Map<string, number>();
  for (const o of obs) m.set(key(o), (m.get(key(o)) ?? 0) + (o.value ?? 0));
  return m;
};
const differences = (parts: Map<string, number>, totals: Map<string, number>) =>
  [...totals].filter(([k, v]) => parts.get(k) !== v).map(([k, v]) => `${k}: total ${v}, parts ${parts.get(k)}`);

describeMirror('cbp-legacy-annual on the mirror', () => {
  let obs: Observation[] = [];
  beforeAll(async () => {
    obs = await parseWith(adapter, Object.fromEntries(adapter.describe.files.map((f) => [f.id, mirrorPath(f.mirrorPath)])));
  });
  const value = (dataset: string, period: string, geography: string, demographic = 'ALL') =>
    obs.find((o) => o.dataset === dataset && o.period === period && o.geography === geography && o.demographic === demographic)?.value;
  const of = (dataset: string, demographic = 'ALL') => obs.filter((o) => o.dataset === dataset && o.demographic === demographic);

  it('has the published long-series figures', () => {
    expect(of(DS.nationwide)).toHaveLength(95);
    expect(value(DS.nationwide, '1924-10-01', 'US')).toBe(22_199);
    expect(value(DS.nationwide, '1953-10-01', 'US')).toBe(1_028_246);
    expect(value(DS.nationwide, '1985-10-01', 'US')).toBe(1_692_544);
    expect(value(DS.nationwide, '1999-10-01', 'US')).toBe(1_676_438);
    expect(value(DS.nationwide, '2018-10-01', 'US')).toBe(859_501);
    expect(value(DS.swTotal, '1959-10-01', 'US-SWB')).toBe(21_022);
    expect(value(DS.swTotal, '1985-10-01', 'US-SWB')).toBe(1_615_844);
    expect(value(DS.swTotal, '2018-10-01', 'US-SWB')).toBe(851_508);
  });

  it('southwest sectors add up exactly to the southwest total, every year (apprehensions and deaths)', () => {
    expect(differences(sumBy(of(DS.swSectors), (o) => o.period), sumBy(of(DS.swTotal), (o) => o.period))).toEqual([]);
    expect(differences(sumBy(of(DS.deathsSectors), (o) => o.period), sumBy(of(DS.deathsTotal), (o) => o.period))).toEqual([]);
  });

  it('monthly totals: FY2019 southwest 851,508, nationwide 859,501; FY2000 nationwide 1,676,438', () => {
    const fy = (dataset: string, geography: string, year: number) =>
      of(dataset).filter((o) => o.geography === geography && fiscalYearOf(o.period) === year).reduce((a, o) => a + o.value!, 0);
    expect(fy(DS.monthlyRegions, 'US-SWB', 2019)).toBe(851_508);
    expect(fy(DS.monthlyNationwide, 'US', 2019)).toBe(859_501);
    expect(fy(DS.monthlyNationwide, 'US', 2000)).toBe(1_676_438);
  });

  it('monthly sectors add up exactly to their regions and to the nationwide total (all apprehensions)', () => {
    const sectors = of(DS.monthlySectors);
    expect(differences(sumBy(sectors, (o) => `${regionOf(o.geography)} ${o.period}`), sumBy(of(DS.monthlyRegions), (o) => `${o.geography} ${o.period}`))).toEqual([]);
    expect(differences(sumBy(sectors, (o) => o.period), sumBy(of(DS.monthlyNationwide), (o) => o.period))).toEqual([]);
  });

  it('family units: the only differences are in the PDF itself (northern border, Oct-Dec 2017)', () => {
    const regions = of(DS.monthlyRegions, 'FMUA');
    const bySector = differences(sumBy(of(DS.monthlySectors, 'FMUA'), (o) => `${regionOf(o.geography)} ${o.period}`), sumBy(regions, (o) => `${o.geography} ${o.period}`));
    expect(bySector).toEqual(['US-NLB 2017-10-01: total 8, parts 13', 'US-NLB 2017-11-01: total 5, parts 2', 'US-NLB 2017-12-01: total 8, parts 11']);
    const byRegion = differences(sumBy(regions, (o) => o.period), sumBy(of(DS.monthlyNationwide, 'FMUA'), (o) => o.period));
    expect(byRegion).toEqual(['2017-10-01: total 4849, parts 4844', '2017-11-01: total 7020, parts 7023', '2017-12-01: total 8131, parts 8128']);
    expect(differences(sumBy(of(DS.monthlySectors, 'UC'), (o) => o.period), sumBy(of(DS.monthlyNationwide, 'UC'), (o) => o.period))).toEqual([]);
  });

  it('unaccompanied children are null before FY2010, families before FY2013, never 0', () => {
    expect(of(DS.monthlyNationwide, 'UC').filter((o) => o.value === null).map((o) => fiscalYearOf(o.period))).toEqual(expect.arrayContaining([2000, 2009]));
    expect(of(DS.monthlyNationwide, 'UC').every((o) => (o.value === null) === (fiscalYearOf(o.period) < 2010))).toBe(true);
    expect(of(DS.monthlyNationwide, 'FMUA').every((o) => (o.value === null) === (fiscalYearOf(o.period) < 2013))).toBe(true);
  });
});
