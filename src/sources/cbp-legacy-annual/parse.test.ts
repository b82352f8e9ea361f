import { describe, expect, it } from 'vitest';
import { parseWith } from '../../../test/parse-context.js';
import adapter from './index.js';
import { DS } from './describe.js';
import { fixtureFiles } from '../../../test/fixture-copies.js';

const obs = await parseWith(adapter, fixtureFiles(adapter.describe, import.meta.dirname).fixturePaths());
const find = (dataset: string, period: string, geography: string, demographic = 'ALL') =>
  obs.filter((o) => o.dataset === dataset && o.period === period && o.geography === geography && o.demographic === demographic);
const one = (...args: Parameters<typeof find>) => {
  const hits = find(...args);
  expect(hits).toHaveLength(1);
  return hits[0];
};

describe('cbp-legacy-annual on fixtures', () => {
  it('reads nationwide fiscal years as USBP encounters in the US', () => {
    const o = one(DS.nationwide, '1924-10-01', 'US');
    expect(o).toMatchObject({ value: 22199, component: 'USBP', authority: 'ALL', citizenship: 'ALL', category: 'ALL' });
    expect(one(DS.nationwide, '2018-10-01', 'US').value).toBe(859501);
    expect(obs.filter((o) => o.dataset === DS.nationwide)).toHaveLength(4);
  });

  it('puts southwest sectors and the southwest total in separate datasets', () => {
    expect(one(DS.swSectors, '2018-10-01', 'USBP-RGV').value).toBe(339135);
    expect(one(DS.swTotal, '2018-10-01', 'US-SWB').value).toBe(851508);
    expect(obs.filter((o) => o.dataset === DS.swSectors)).toHaveLength(9);
    expect(find(DS.swSectors, '2018-10-01', 'US-SWB')).toHaveLength(0);
  });

  it('reads monthly rows with demographics, sector / region / nationwide apart', () => {
    const oct = one(DS.monthlySectors, '2018-10-01', 'USBP-BBT');
    expect(oct).toMatchObject({ value: 555, component: 'USBP', at: { row: 2, column: 'total_apprehensions' } });
    expect(one(DS.monthlySectors, '2018-10-01', 'USBP-BBT', 'UC').value).toBe(37);
    expect(one(DS.monthlySectors, '2018-10-01', 'USBP-BBT', 'FMUA').value).toBe(17);
    expect(one(DS.monthlySectors, '2019-09-01', 'USBP-BBT').value).toBe(791);
    expect(one(DS.monthlyRegions, '2019-05-01', 'US-SWB').value).toBe(132856);
    expect(one(DS.monthlyNationwide, '2019-05-01', 'US').value).toBe(133541);
  });

  it('does not store the yearly-total rows', () => {
    expect(obs.filter((o) => o.dataset === DS.monthlySectors && o.geography === 'USBP-BBT')).toHaveLength(36);
    expect(obs.some((o) => o.dataset.includes('monthly') && o.value === 9637)).toBe(false);
  });

  it('keeps NA as null, never 0 (UC before FY2010, families before FY2013)', () => {
    expect(one(DS.monthlySectors, '2008-10-01', 'USBP-DRT').value).toBe(1321);
    expect(one(DS.monthlySectors, '2008-10-01', 'USBP-DRT', 'UC').value).toBeNull();
    expect(one(DS.monthlySectors, '2008-10-01', 'USBP-DRT', 'FMUA').value).toBeNull();
  });

  it('drops the all-NA rows of the closed Livermore sector', () => {
    expect(one(DS.monthlySectors, '2004-10-01', 'USBP-LIV').value).toBe(51);
    expect(obs.filter((o) => o.geography === 'USBP-LIV' && o.period >= '2005-10-01')).toHaveLength(0);
    expect(one(DS.agentsSectors, '2003-10-01', 'USBP-LIV').value).toBe(5);
  });

  it('reads deaths and staffing', () => {
    expect(one(DS.deathsSectors, '2018-10-01', 'USBP-LRT').value).toBe(78);
    expect(one(DS.deathsTotal, '2018-10-01', 'US-SWB').value).toBe(300);
    expect(one(DS.agentsSectors, '2018-10-01', 'USBP-TCA').value).toBe(3695);
    expect(one(DS.agentsRegions, '2018-10-01', 'US-CST').value).toBe(255);
    expect(one(DS.agentsNationwide, '2018-10-01', 'US').value).toBe(19648);
  });

  it('uses only declared datasets, and geography codes', () => {
    const declared = new Set(adapter.describe.datasets.map((d) => d.id));
    expect(obs.every((o) => declared.has(o.dataset))).toBe(true);
    expect(obs.every((o) => o.geography !== 'ALL')).toBe(true);
  });
});
