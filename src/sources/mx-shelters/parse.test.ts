import { describe, expect, it } from 'vitest';
import { parseAllWith } from '../../../test/parse-context.js';
import { fixtureFiles } from '../../../test/fixture-copies.js';
import adapter from './index.js';
import { DS } from './describe.js';
import { SNAPSHOT } from './snapshot.js';

const { observations: obs, places = [] } = await parseAllWith(adapter, fixtureFiles(adapter.describe, import.meta.dirname).fixturePaths());
const place = (id: number) => places.find((p) => p.code === `MX-SHELTER-${id}`);
const value = (dataset: string, id: number) => obs.find((o) => o.dataset === dataset && o.geography === `MX-SHELTER-${id}`)?.value;

describe('mx-shelters on the fixtures', () => {
  it('defines each shelter as a place under its INEGI municipality, with coordinates', () => {
    expect(places).toHaveLength(9);
    expect(place(12)).toEqual({ code: 'MX-SHELTER-12', level: 'shelter', label: { en: 'MONUMENTO AL PAPA "EL PUNTO"', es: 'MONUMENTO AL PAPA "EL PUNTO"' }, parents: ['MX-08037'], lat: 31.7491, lon: -106.4711 });
    expect(place(1)?.parents).toEqual(['MX-02004']);
    expect(place(18)?.parents).toEqual(['MX-05032']);
    expect(place(19)?.parents).toEqual(['MX-05003']); // Allende, Coahuila (not Allende, N.L. or Chihuahua)
    expect(place(20)?.parents).toEqual(['MX-19010']);
    expect(place(23)?.parents).toEqual(['MX-28022']);
  });

  it('gives capacity and places available in the snapshot', () => {
    expect(value(DS.capacity, 12)).toBe(2500);
    expect(value(DS.available, 12)).toBe(1930);
    expect(value(DS.capacity, 18)).toBe(2000);
    expect(obs).toHaveLength(18);
    expect(obs.every((o) => o.period === SNAPSHOT.period)).toBe(true);
    expect(adapter.describe.datasets.every((d) => d.grain === SNAPSHOT.grain)).toBe(true);
  });

  it('says prominently that the figures are unverified and the capacities look nominal', () => {
    for (const d of adapter.describe.datasets) {
      expect(d.notes?.en).toMatch(/^UNVERIFIED/);
      expect(d.notes?.en).toContain('nominal');
      expect(d.notes?.es).toMatch(/^DATOS NO VERIFICADOS/);
    }
    expect(adapter.describe.provisional).toBe(true);
  });

  it('points each value at its row and column', () => {
    expect(obs.find((o) => o.dataset === DS.available && o.geography === 'MX-SHELTER-12')?.at).toEqual({ file: 'mx_te_abraza_shelters_border.csv', row: 4, column: 'disponibles' });
  });
});
