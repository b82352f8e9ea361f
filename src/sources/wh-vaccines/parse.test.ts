import { describe, expect, it } from 'vitest';
import { parseWith } from '../../../test/parse-context.js';
import { fixtureFiles } from '../../../test/fixture-copies.js';
import adapter from './index.js';
import { DONOR_USA, DS } from './describe.js';

const obs = await parseWith(adapter, fixtureFiles(adapter.describe, import.meta.dirname).fixturePaths());
const doses = (geography: string) => {
  const hits = obs.filter((o) => o.geography === geography);
  expect(hits).toHaveLength(1);
  return hits[0].value;
};

describe('wh-vaccines on the fixture', () => {
  it('gives one figure per recipient, on the day of the fact sheet, donated by the US', () => {
    expect(obs).toHaveLength(9);
    expect(obs.every((o) => o.dataset === DS && o.period === '2021-08-03' && o.category === DONOR_USA && o.citizenship === 'ALL')).toBe(true);
  });

  it('places Mexico under its own code and other recipients under their ISO codes', () => {
    expect(doses('MX')).toBe(4_049_000);
    expect(doses('GTM')).toBe(4_500_000);
    expect(doses('HND')).toBe(3_000_000);
    expect(doses('SLV')).toBe(3_000_000);
  });

  it('reads the fact sheet\'s abbreviations: CAR, ROK, PNG', () => {
    expect(doses('CAF')).toBe(302_000);
    expect(doses('KOR')).toBe(1_012_000);
    expect(doses('PNG')).toBe(302_000);
  });

  it('points each value at its row and column', () => {
    expect(obs[0].at).toEqual({ file: 'us_covid19_vaccine_donations_by_recipient_2021-08-03.csv', row: 2, column: 'doses_donated_and_shipped' });
  });

  it('declares every category it uses', () => {
    const declared = new Set((adapter.describe.categories ?? []).map((c) => c.id));
    expect(obs.every((o) => declared.has(o.category))).toBe(true);
  });
});
