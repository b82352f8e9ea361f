import { beforeAll, expect, it } from 'vitest';
import { describeMirror, mirrorPath } from '../../../test/mirror.js';
import { parseWith } from '../../../test/parse-context.js';
import type { Observation } from '../types.js';
import { fiscalYearOf } from '../read/periods.js';
import adapter from './index.js';
import { DS } from './describe.js';
import kaplan from '../cbp-legacy-annual/index.js';
import { DS as KAPLAN } from '../cbp-legacy-annual/describe.js';

// CBP's PDF counts Livermore in the coastal border (geography.ts has it under the northern border).
const COASTAL = ['USBP-LIV', 'USBP-MIA', 'USBP-NOL', 'USBP-RMY'];
const NORTHERN = ['USBP-BLW', 'USBP-BUN', 'USBP-DTM', 'USBP-GFN', 'USBP-HVM', 'USBP-HLT', 'USBP-SPW', 'USBP-SWT'];
const regionOf = (s: string) => (COASTAL.includes(s) ? 'US-CST' : NORTHERN.includes(s) ? 'US-NLB' : 'US-SWB');
const sumBy = (obs: Observation[], key: (o: Observation) => string) => {
  const m = new Map<string, number>();
  for (const o of obs) m.set(key(o), (m.get(key(o)) ?? 0) + o.value!);
  return m;
};
const differences = (parts: Map<string, number>, totals: Map<string, number>) =>
  [...totals].filter(([k, v]) => parts.get(k) !== v).map(([k, v]) => `${k}: total ${v}, parts ${parts.get(k)}`);

describeMirror('cbp-legacy-monthly on the mirror', () => {
  let obs: Observation[] = [];
  beforeAll(async () => {
    obs = await parseWith(adapter, { monthly: mirrorPath(adapter.describe.files[0].mirrorPath) });
  });
  const of = (dataset: string) => obs.filter((o) => o.dataset === dataset);
  const fy = (dataset: string, geography: string, year: number) =>
    of(dataset).filter((o) => o.geography === geography && fiscalYearOf(o.period) === year).reduce((a, o) => a + o.value!, 0);

  it('has 252 months, Oct 1999 to Sep 2020, no blanks', () => {
    const months = [...new Set(obs.map((o) => o.period))].sort();
    expect(months).toHaveLength(252);
    expect([months[0], months.at(-1)]).toEqual(['1999-10-01', '2020-09-01']);
    expect(obs).toHaveLength(252 * 25);
    expect(obs.every((o) => o.value !== null)).toBe(true);
  });

  it('FY2019: southwest 851,508, nationwide 859,501; FY2000 nationwide 1,676,438', () => {
    expect(fy(DS.regions, 'US-SWB', 2019)).toBe(851_508);
    expect(fy(DS.nationwide, 'US', 2019)).toBe(859_501);
    expect(fy(DS.nationwide, 'US', 2000)).toBe(1_676_438);
  });

  it('sectors add up exactly to their regions, and regions to the nationwide total, every month', () => {
    expect(differences(sumBy(of(DS.sectors), (o) => `${regionOf(o.geography)} ${o.period}`), sumBy(of(DS.regions), (o) => `${o.geography} ${o.period}`))).toEqual([]);
    expect(differences(sumBy(of(DS.regions), (o) => o.period), sumBy(of(DS.nationwide), (o) => o.period))).toEqual([]);
  });

  it("agrees cell for cell with Kaplan's transcription of the FY2000-FY2019 PDFs", async () => {
    const files = Object.fromEntries(kaplan.describe.files.map((f) => [f.id, mirrorPath(f.mirrorPath)]));
    const all = (await parseWith(kaplan, files)).filter((o) => o.demographic === 'ALL' && ([KAPLAN.monthlySectors, KAPLAN.monthlyRegions, KAPLAN.monthlyNationwide] as string[]).includes(o.dataset));
    const ours = new Map(obs.map((o) => [`${o.geography} ${o.period}`, o.value]));
    const compared = all.filter((o) => o.value !== null);
    expect(compared.length).toBe(240 * 24 + 6 * 12); // 240 months x 24 places, plus Livermore FY2000-FY2005
    expect(compared.filter((o) => ours.get(`${o.geography} ${o.period}`) !== o.value)).toEqual([]);
  });
});
