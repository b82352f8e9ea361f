/**
 * The fixtures (real rows cut from each of gdidata's CSV conversions) → observations,
 * checked cell by cell against the rows, and through the ingest's own validation.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { validateObservations } from '../../ingest/validate.js';
import { allCategories, allPlaces } from '../../store/dimensions/catalog.js';
import { fixtureFiles } from '../../../test/fixture-copies.js';
import { parseWith } from '../../../test/parse-context.js';
import type { Observation } from '../types.js';
import { DATASET } from './datasets.js';
import adapter from './index.js';

const { fixturePaths } = fixtureFiles(adapter.describe, import.meta.dirname);
const cell = (o: Observation) => [o.dataset, o.period, o.geography, o.citizenship, o.demographic, o.authority, o.component, o.category, o.value];

describe('iom parses its fixtures', () => {
  let obs: Observation[];
  const of = (dataset: string) => obs.filter((o) => o.dataset === dataset);
  beforeAll(async () => {
    obs = await parseWith(adapter, fixturePaths());
  });

  it('passes the ingest validation (declared tables, known codes, no duplicate, no nesting)', () => {
    validateObservations(adapter, obs, allPlaces([adapter]), allCategories([adapter]).map((c) => c.id));
    expect(obs).toHaveLength(8 + 8 + 9 + 10 + 6 + 20);
  });

  it('UPM presentados by nationality: Mexico as a whole, codes resolved (STL stateless, OOO other)', () => {
    expect(of(DATASET.presentadosByNationality).map(cell)).toEqual([
      [DATASET.presentadosByNationality, '2019-08-01', 'MX', 'GTM', 'ALL', 'ALL', 'ALL', 'ALL', 4449],
      [DATASET.presentadosByNationality, '2019-08-01', 'MX', 'HND', 'ALL', 'ALL', 'ALL', 'ALL', 6812],
      [DATASET.presentadosByNationality, '2019-08-01', 'MX', 'STATELESS', 'ALL', 'ALL', 'ALL', 'ALL', 2],
      [DATASET.presentadosByNationality, '2019-08-01', 'MX', 'VEN', 'ALL', 'ALL', 'ALL', 'ALL', 32],
      [DATASET.presentadosByNationality, '2025-04-01', 'MX', 'GTM', 'ALL', 'ALL', 'ALL', 'ALL', 613],
      [DATASET.presentadosByNationality, '2025-04-01', 'MX', 'HND', 'ALL', 'ALL', 'ALL', 'ALL', 851],
      [DATASET.presentadosByNationality, '2025-04-01', 'MX', 'VEN', 'ALL', 'ALL', 'ALL', 'ALL', 1205],
      [DATASET.presentadosByNationality, '2025-01-01', 'MX', 'OTHER', 'ALL', 'ALL', 'ALL', 'ALL', 1],
    ]);
    expect(of(DATASET.presentadosByNationality)[0].at).toEqual({ file: 'irreg_mexico_nat__derived.csv', row: 2, column: 'n' });
  });

  it('UPM presentados by sex and age: eight demographic members that add up to the month (May 2024: 125,499)', () => {
    const rows = of(DATASET.presentadosBySexAge);
    expect(rows.map((o) => o.demographic)).toEqual([
      'MALE-ADULT', 'FEMALE-ADULT', 'MALE-12-17', 'FEMALE-12-17', 'MALE-U12-ACC', 'FEMALE-U12-ACC', 'MALE-U12-UNACC', 'FEMALE-U12-UNACC',
    ]);
    expect(rows.reduce((s, o) => s + o.value!, 0)).toBe(78_929 + 32_304 + 2_083 + 1_690 + 5_328 + 5_133 + 20 + 12);
    expect(rows.every((o) => o.geography === 'MX' && o.period === '2024-05-01' && o.citizenship === 'ALL')).toBe(true);
  });

  it('UPM returns: the kind of return is the category', () => {
    const gtm = of(DATASET.returns).filter((o) => o.citizenship === 'GTM').map((o) => [o.category, o.value]);
    expect(gtm).toEqual([['mx-return:assisted-return', 4812], ['mx-return:assisted-return-children', 3002], ['mx-return:deportation', 8]]);
  });

  it('Darién: 2016 and 2019 rows are calendar years (never January); months from 2020, missing months absent', () => {
    expect(of(DATASET.darienYearly).map((o) => [o.period, o.citizenship, o.value])).toEqual([
      ['2016-01-01', 'CUB', 7383], ['2016-01-01', 'HTI', 16742], ['2016-01-01', 'OTHER', 4], ['2019-01-01', 'CUB', 2691], ['2019-01-01', 'HTI', 10490],
    ]);
    const monthly = of(DATASET.darien);
    expect(monthly.map((o) => [o.period, o.citizenship, o.value])).toEqual([
      ['2020-03-01', 'HTI', 777], ['2020-03-01', 'VEN', 3], ['2020-06-01', 'HTI', 111], ['2020-06-01', 'VEN', 2], ['2021-01-01', 'OTHER', 22],
    ]);
    expect(monthly.some((o) => o.period === '2020-04-01' || o.period === '2020-05-01' || o.value === 0)).toBe(false);
    expect(obs.filter((o) => o.dataset.startsWith('iom/darien')).every((o) => o.geography === 'PA-DARIEN')).toBe(true);
    expect(adapter.describe.places?.find((p) => p.code === 'PA-DARIEN')?.parents).toEqual(['PAN']);
  });

  it('Darién by sex and age: men and women are all males and females to 2022, adults from 2023 beside boys and girls', () => {
    expect(of(DATASET.darienBySexAge).map((o) => [o.period, o.demographic, o.value])).toEqual([
      ['2022-12-01', 'MALE', 13574], ['2022-12-01', 'FEMALE', 6723],
      ['2023-01-01', 'MALE-ADULT', 13570], ['2023-01-01', 'FEMALE-ADULT', 6047], ['2023-01-01', 'MALE-MINOR', 2623], ['2023-01-01', 'FEMALE-MINOR', 2394],
    ]);
  });

  it('CBP: FY2019 rows on the southwest border as a whole, later rows on their sector or field office, by nationality', () => {
    const national = of(DATASET.cbpNational);
    expect(national).toHaveLength(6);
    expect(national.every((o) => o.geography === 'US-SWB' && o.citizenship === 'ALL' && o.authority === 'T8' && o.period === '2019-09-01')).toBe(true);
    expect(national.filter((o) => o.component === 'USBP').map((o) => [o.demographic, o.value])).toEqual([['UC', 3165], ['FMUA', 15824], ['SA', 21518]]);
    const byArea = of(DATASET.cbpByArea);
    expect(byArea.find((o) => o.geography === 'USBP-RGV' && o.authority === 'T42')).toMatchObject({ period: '2021-03-01', component: 'USBP', demographic: 'FMUA', citizenship: 'HND', value: 7804 });
    expect(byArea.find((o) => o.geography === 'OFO-SDO' && o.authority === 'T42' && o.demographic === 'AM')).toMatchObject({ component: 'OFO', citizenship: 'MEX', value: 22 });
    // A published zero stays a zero; "UAC" (from 2021) is the same member as "UC / Single Minors".
    expect(byArea.find((o) => o.geography === 'OFO-ELP')).toMatchObject({ period: '2020-04-01', citizenship: 'BRA', value: 0 });
    expect(byArea.find((o) => o.geography === 'USBP-DRT')).toMatchObject({ period: '2021-10-01', demographic: 'UC', citizenship: 'VEN', value: 46 });
  });
});
