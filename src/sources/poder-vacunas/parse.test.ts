import { describe, expect, it } from 'vitest';
import { parseWith } from '../../../test/parse-context.js';
import { fixtureFiles } from '../../../test/fixture-copies.js';
import adapter from './index.js';
import { DS } from './describe.js';

const obs = await parseWith(adapter, fixtureFiles(adapter.describe, import.meta.dirname).fixturePaths());
const one = (category: string) => {
  const hits = obs.filter((o) => o.category === category);
  expect(hits).toHaveLength(1);
  return hits[0];
};

describe('poder-vacunas on the fixture', () => {
  it('gives one figure per agreement, for Mexico, on its start date', () => {
    expect(obs).toHaveLength(9);
    expect(obs.every((o) => o.dataset === DS && o.geography === 'MX' && o.citizenship === 'ALL')).toBe(true);
    expect(one('vaccine-supplier:astrazeneca-uk')).toMatchObject({ period: '2020-10-12', value: 77_400_000 });
  });

  it('names the donor of each donation from the agreement\'s title', () => {
    expect(one('vaccine-supplier:astrazeneca-us-government')).toMatchObject({ period: '2022-03-09', value: 9_386_800 });
    expect(one('vaccine-supplier:janssen-us-government')).toMatchObject({ period: '2021-06-15', value: 1_350_000 });
    expect(one('vaccine-supplier:moderna-us-government')).toMatchObject({ period: '2021-09-21', value: 3_500_000 });
    expect(one('vaccine-supplier:pfizer-canada-government')).toMatchObject({ period: '2022-07-27', value: 3_004_000 });
    expect(one('vaccine-supplier:moderna-manufacturer')).toMatchObject({ period: '2022-01-08', value: 2_772_000 });
  });

  it('reads quoted titles with commas and doubled quotes', () => {
    expect(one('vaccine-supplier:serum-institute-of-india').value).toBe(2_030_000);
    expect(one('vaccine-supplier:human-vaccine').value).toBe(24_000_000);
    expect(one('vaccine-supplier:cigb')).toMatchObject({ period: '2022-07-21', value: 9_000_000 });
  });

  it('points each value at its row and column', () => {
    expect(one('vaccine-supplier:cigb').at).toEqual({ file: 'mx_covid_vaccine_contracts_and_donations.csv', row: 5, column: 'CONTRACT_AMOUNT' });
  });

  it('declares every category it uses, with labels in both languages taken from the data', () => {
    const declared = new Map((adapter.describe.categories ?? []).map((c) => [c.id, c]));
    expect(obs.every((o) => declared.has(o.category))).toBe(true);
    expect(declared.get('vaccine-supplier:astrazeneca-us-government')?.label).toEqual({
      en: 'AstraZeneca PLC, donated by the Government of the United States',
      es: 'AstraZeneca PLC, donación del Gobierno de Estados Unidos',
    });
  });
});
