import { describe, expect, it } from 'vitest';
import { parseWith } from '../../../test/parse-context.js';
import adapter from './index.js';
import { DS } from './describe.js';
import { gzippedFixture, NAME } from './testing.js';

const obs = await parseWith(adapter, await gzippedFixture());
const value = (dataset: string, period: string, geography: string) => {
  const hits = obs.filter((o) => o.dataset === dataset && o.period === period && o.geography === geography);
  expect(hits).toHaveLength(1);
  return hits[0].value;
};

describe('cbp-legacy-monthly on a gzipped, pipe-delimited fixture', () => {
  it('reads every sector, region and the nationwide total of each month', () => {
    expect(obs).toHaveLength(14 * 25);
    expect(value(DS.sectors, '1999-10-01', 'USBP-LIV')).toBe(716);
    expect(value(DS.sectors, '1999-10-01', 'USBP-RGV')).toBe(8416);
    expect(value(DS.regions, '1999-10-01', 'US-CST')).toBe(1897);
    expect(value(DS.regions, '1999-10-01', 'US-SWB')).toBe(91410);
    expect(value(DS.nationwide, '1999-10-01', 'US')).toBe(94391);
    expect(value(DS.nationwide, '2020-09-01', 'US')).toBe(55012);
  });

  it('puts fiscal-year months in the right calendar year', () => {
    expect(value(DS.regions, '2018-10-01', 'US-SWB')).toBe(51005);
    expect(value(DS.regions, '2019-09-01', 'US-SWB')).toBe(40507);
  });

  it('labels every observation as USBP encounters with a known geography and its source cell', () => {
    expect(obs.every((o) => o.component === 'USBP' && o.authority === 'ALL' && o.demographic === 'ALL')).toBe(true);
    expect(new Set(obs.filter((o) => o.dataset === DS.sectors).map((o) => o.geography)).size).toBe(21);
    const o = obs.find((x) => x.period === '1999-10-01' && x.geography === 'US')!;
    expect(o.at).toEqual({ file: NAME, row: 2, column: 'monthly_total' });
  });
});
