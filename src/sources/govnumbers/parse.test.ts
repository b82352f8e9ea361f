import { describe, expect, it } from 'vitest';
import { parseWith } from '../../../test/parse-context.js';
import adapter from './index.js';
import { ARREST, DS } from './describe.js';
import { fixtureFiles } from '../../../test/fixture-copies.js';

const obs = await parseWith(adapter, fixtureFiles(adapter.describe, import.meta.dirname).fixturePaths());
const of = (dataset: string) => obs.filter((o) => o.dataset === dataset);
const value = (dataset: string, period: string, category = 'ALL') => {
  const hits = of(dataset).filter((o) => o.period === period && o.category === category);
  expect(hits).toHaveLength(1);
  return hits[0].value;
};

describe('govnumbers on fixtures', () => {
  it('takes the OHSS months (rounded to 10) from the backfill, the later CBP months from border_encounters.json', () => {
    expect(of(DS.swOhss).map((o) => o.period)).toEqual(['2013-10-01', '2013-11-01', '2021-03-01', '2022-09-01']);
    expect(of(DS.swCbp).map((o) => o.period)).toEqual(['2022-10-01', '2023-12-01', '2026-07-01']);
    expect(value(DS.swOhss, '2021-03-01')).toBe(173280);
    expect(value(DS.swCbp, '2026-07-01')).toBe(12730);
    expect(of(DS.swOhss)[0].at).toEqual({ file: 'border_ohss_backfill.json', column: 'series[0].value' });
    expect(of(DS.swCbp)[0].at).toEqual({ file: 'border_encounters.json', column: 'series[4].value' });
  });

  it('labels border encounters as all components at the southwest land border', () => {
    expect([...of(DS.swOhss), ...of(DS.swCbp)].every((o) => o.geography === 'US-SWB' && o.component === 'ALL' && o.authority === 'ALL')).toBe(true);
  });

  it('reads ICE removals by fiscal year', () => {
    expect(value(DS.removals, '2011-10-01')).toBe(409849);
    expect(value(DS.removals, '2023-10-01')).toBe(271484);
    expect(of(DS.removals).every((o) => o.geography === 'US' && o.component === 'ICE')).toBe(true);
  });

  it('reads ICE detention ADP with its split by arresting agency', () => {
    expect(value(DS.adp, '2018-10-01')).toBe(50165);
    expect(value(DS.adp, '2018-10-01', ARREST.cbp)).toBe(30050);
    expect(value(DS.adp, '2018-10-01', ARREST.ice)).toBe(20115);
    expect(of(DS.adp)).toHaveLength(18);
  });

  it('declares every category it uses', () => {
    const declared = new Set(['ALL', ...(adapter.describe.categories ?? []).map((c) => c.id)]);
    expect(obs.every((o) => declared.has(o.category))).toBe(true);
  });
});
