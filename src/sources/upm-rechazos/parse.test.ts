import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllWith } from '../../../test/parse-context.js';
import { validateObservations, validatePlaces } from '../../ingest/validate.js';
import { allCategories, allPlaces } from '../../store/dimensions/catalog.js';
import { PLACES } from '../../store/dimensions/geography.js';
import type { Observation } from '../types.js';
import { removeBooks } from '../upm-boletin/fixtures/workbook.js';
import { AIRPORT_PLACES } from './airports.js';
import { writeFixture } from './fixtures/book.js';
import adapter from './index.js';

const CATS = ['rejection:girl', 'rejection:boy', 'rejection:woman', 'rejection:man'];

describe('upm-rechazos on a fixture in the INM layout', () => {
  let obs: Observation[];
  beforeAll(async () => {
    obs = (await parseAllWith(adapter, await writeFixture())).observations;
  });
  afterAll(removeBooks);

  it('gives five cells per row: four sex-and-age categories and the total (category ALL)', () => {
    expect(obs).toHaveLength(8 * 5);
    const row3 = obs.filter((o) => o.at?.row === 3);
    expect(row3.map((o) => [o.category, o.value])).toEqual([...CATS.map((c, i) => [c, [1, 2, 38, 68][i]]), ['ALL', 109]]);
    expect(row3[4]).toEqual({
      dataset: 'upm-rechazos/airport-rejections',
      period: '2017-01-01',
      geography: 'MX-AIR-CUN',
      citizenship: 'ARG',
      demographic: 'ALL',
      authority: 'ALL',
      component: 'ALL',
      category: 'ALL',
      value: 109,
      at: { file: 'inm_infomex_rechazos_aeropuerto_edad_sexo_2017_2021.xlsx', sheet: '01012017-30092021', row: 3, column: 'Total general' },
    });
  });

  it('resolves the Spanish long names of nationalities and the airports', () => {
    const codes = (row: number) => obs.find((o) => o.at?.row === row)!;
    expect([codes(2).citizenship, codes(2).geography]).toEqual(['USA', 'MX-AIR-AGU']);
    expect([codes(5).citizenship, codes(5).geography, codes(5).period]).toEqual(['VEN', 'MX-AIR-MEX', '2019-01-01']);
    expect([codes(8).citizenship, codes(8).geography]).toEqual(['STATELESS', 'MX-AIR-NTR']);
    expect([codes(9).citizenship, codes(9).geography]).toEqual(['TWN', 'MX-AIR-SJD']);
  });

  it('keeps blank cells as NULL, never 0', () => {
    const blank = obs.filter((o) => o.value === null);
    expect(blank.map((o) => [o.at?.row, o.category])).toEqual([[9, 'rejection:boy'], [9, 'ALL']]);
    expect(obs.filter((o) => o.value === 0).length).toBeGreaterThan(0);
  });

  it('declares airports under their states and passes the ingest checks', () => {
    validatePlaces(adapter, [], [...PLACES, ...AIRPORT_PLACES]);
    validateObservations(adapter, obs, allPlaces([adapter]), allCategories([adapter]).map((c) => c.id));
    expect(AIRPORT_PLACES).toHaveLength(35);
    for (const p of AIRPORT_PLACES) expect(p.code).toMatch(/^MX-AIR-[A-Z]{3}$/);
    expect(new Set(AIRPORT_PLACES.map((p) => p.code)).size).toBe(35);
    expect(AIRPORT_PLACES.find((p) => p.code === 'MX-AIR-SJD')?.parents).toEqual(['MX-03']); // Los Cabos, Baja California Sur
    expect(AIRPORT_PLACES.find((p) => p.code === 'MX-AIR-TLC')?.parents).toEqual(['MX-15']);
    expect(adapter.describe.datasets[0]).toMatchObject({ grain: 'cy', partialPeriods: ['2021-01-01'] });
  });
});
