/**
 * The fixtures: a few rows of each package file in its own format (some real, some
 * made up to reach a case), parsed cell by cell.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureFiles } from '../../../test/fixture-copies.js';
import { parseWith } from '../../../test/parse-context.js';
import type { Observation } from '../types.js';
import adapter from './index.js';

const { fixturePaths } = fixtureFiles(adapter.describe, import.meta.dirname);

let obs: Observation[];
beforeAll(async () => {
  obs = await parseWith(adapter, fixturePaths());
});

const of = (dataset: string) => obs.filter((o) => o.dataset === dataset);
const cells = (dataset: string) => of(dataset).map((o) => [o.period.slice(0, 4), o.geography, o.citizenship, o.category, o.value]);

describe('unhcr on the fixtures', () => {
  it('keeps the rows with an origin or asylum in the Americas, every figure once', () => {
    expect(obs).toHaveLength(58);
    expect(obs.some((o) => o.citizenship === 'AFG' && o.geography === 'ESP')).toBe(false);
    expect(obs.every((o) => o.demographic === 'ALL' && o.authority === 'ALL' && o.component === 'ALL')).toBe(true);
    expect(obs.every((o) => /^\d{4}-01-01$/.test(o.period) && o.value !== 0)).toBe(true);
  });

  it('population: one measure per column, countries of asylum in the Americas with every origin', () => {
    expect(cells('unhcr/refugees')).toEqual([
      ['2021', 'MX', 'AFG', 'ALL', 5], ['2021', 'MX', 'CUB', 'ALL', 3722], ['2021', 'MX', 'HTI', 'ALL', 3294],
      ['2021', 'MX', 'HND', 'ALL', 30787], ['2021', 'MX', 'VEN', 'ALL', 16585],
      ['2021', 'MX', 'UNKNOWN', 'ALL', null], // NA is a missing figure: NULL, never 0
      ['2021', 'US', 'OTHER', 'ALL', 5], // Tibetan
      ['2021', 'US', 'COG', 'ALL', 20], // "Congo, Republic of": a quoted name
    ]);
    expect(cells('unhcr/other-in-need')).toEqual([['2021', 'MX', 'VEN', 'ALL', 63179]]);
    expect(cells('unhcr/stateless')).toEqual([['2021', 'MX', 'STATELESS', 'ALL', 13]]);
    expect(cells('unhcr/idps')).toEqual([['2021', 'COL', 'COL', 'ALL', 6_800_000]]);
    expect(of('unhcr/others-of-concern')).toHaveLength(3);
    expect(of('unhcr/asylum-seekers').find((o) => o.citizenship === 'UNKNOWN')?.at).toEqual({ file: 'population.csv', row: 9, column: 'asylum_seekers' });
  });

  it('population: people from the Americas elsewhere, and an unknown country of asylum', () => {
    expect(cells('unhcr/refugees-from-americas')).toEqual([['2021', 'ESP', 'HND', 'ALL', 2345]]);
    expect(cells('unhcr/asylum-seekers-from-americas')).toEqual([['2021', 'ESP', 'HND', 'ALL', 5678]]);
    expect(cells('unhcr/returned-refugees-from-americas')).toEqual([['1983', 'UNHCR-UNK', 'ARG', 'ALL', 150]]);
  });

  it('applications: persons and cases apart, the three codes in the category', () => {
    expect(cells('unhcr/asylum-applications')).toEqual([
      ['2021', 'MX', 'CUB', 'unhcr-application:g-n-fi', 8319], ['2021', 'MX', 'HTI', 'unhcr-application:g-n-fi', 51827],
      ['2021', 'MX', 'HND', 'unhcr-application:g-n-fi', 36361], ['2021', 'MX', 'UNKNOWN', 'unhcr-application:u-n-fi', 5],
      ['2021', 'US', 'HND', 'unhcr-application:g-n-eo', 1000], ['2021', 'US', 'HND', 'unhcr-application:g-a-ar', 50],
    ]);
    expect(cells('unhcr/asylum-applications-cases')).toEqual([['2021', 'US', 'HND', 'unhcr-application:g-n-in', 400]]);
    expect(cells('unhcr/asylum-applications-from-americas')).toEqual([['2021', 'ESP', 'HND', 'unhcr-application:g-n-unstated', 700]]);
  });

  it('decisions: summed over procedure and level, outcomes by category, dec_total as ALL', () => {
    const d = 'unhcr-decision:';
    expect(cells('unhcr/asylum-decisions')).toEqual([
      ['2021', 'MX', 'HTI', `${d}recognized`, 505], ['2021', 'MX', 'HTI', `${d}complementary`, 10],
      ['2021', 'MX', 'HTI', `${d}rejected`, 1020], ['2021', 'MX', 'HTI', `${d}otherwise-closed`, 300], ['2021', 'MX', 'HTI', 'ALL', 1835],
      // dec_total as published, though the outcomes add up to 2,600
      ['2021', 'MX', 'HND', `${d}recognized`, 2000], ['2021', 'MX', 'HND', `${d}rejected`, 500],
      ['2021', 'MX', 'HND', `${d}otherwise-closed`, 100], ['2021', 'MX', 'HND', 'ALL', 2610],
    ]);
    expect(cells('unhcr/asylum-decisions-cases')).toEqual([
      ['2021', 'US', 'HND', `${d}recognized`, 100], ['2021', 'US', 'HND', `${d}otherwise-closed`, 200], ['2021', 'US', 'HND', 'ALL', 300],
    ]);
    expect(cells('unhcr/asylum-decisions-from-americas')).toEqual([
      ['2021', 'ESP', 'HND', `${d}complementary`, 150], ['2021', 'ESP', 'HND', `${d}rejected`, 300],
      ['2021', 'ESP', 'HND', `${d}otherwise-closed`, null], ['2021', 'ESP', 'HND', 'ALL', 450],
    ]);
    expect(of('unhcr/asylum-decisions')[0].at).toEqual({ file: 'asylum_decisions.csv', row: 2, column: 'dec_recognized' });
  });

  it('flows: NA is "no such flow" and is not stored; UNHCR codes become groups', () => {
    expect(cells('unhcr/new-asylum-applications')).toEqual([
      ['2021', 'MX', 'HTI', 'ALL', 51827], ['2021', 'COL', 'VEN', 'ALL', 5000], ['2021', 'MX', 'STATELESS', 'ALL', 10],
      ['2021', 'US', 'UNKNOWN', 'ALL', 2000], ['2021', 'US', 'OTHER', 'ALL', 5],
    ]);
    expect(cells('unhcr/new-other-in-need')).toEqual([['2021', 'COL', 'VEN', 'ALL', 400000]]);
    expect(cells('unhcr/new-asylum-applications-from-americas')).toEqual([['2021', 'ESP', 'HND', 'ALL', 3000]]);
    expect(of('unhcr/new-refugees')).toHaveLength(0);
  });

  it('solutions: resettlement and naturalisation only (returns are in population.csv)', () => {
    expect(cells('unhcr/resettlement')).toEqual([['2021', 'US', 'HND', 'ALL', 120], ['2021', 'US', 'AFG', 'ALL', 9000]]);
    expect(cells('unhcr/naturalisation-from-americas')).toEqual([['2021', 'ESP', 'VEN', 'ALL', 800]]);
    expect(obs.filter((o) => o.at?.file === 'solutions.csv')).toHaveLength(3);
  });
});
