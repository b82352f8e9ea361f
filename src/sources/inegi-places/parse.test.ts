import { describe, expect, it } from 'vitest';
import { parseAllWith } from '../../../test/parse-context.js';
import { fixtureFiles } from '../../../test/fixture-copies.js';
import adapter from './index.js';
import { DS } from './describe.js';

const { observations: obs, places = [], shapes } = await parseAllWith(adapter, fixtureFiles(adapter.describe, import.meta.dirname).fixturePaths());
const place = (code: string) => places.find((p) => p.code === code);
const value = (geography: string, demographic = 'ALL') => {
  const hits = obs.filter((o) => o.geography === geography && o.demographic === demographic);
  expect(hits).toHaveLength(1);
  return hits[0].value;
};

describe('inegi-places on the fixtures', () => {
  it('defines each municipality under its state, labelled with its name in both languages', () => {
    expect(places.filter((p) => p.level === 'municipality')).toHaveLength(21);
    expect(place('MX-08037')).toMatchObject({ level: 'municipality', label: { en: 'Juárez', es: 'Juárez' }, parents: ['MX-08'] });
    expect(place('MX-20549')?.label.es).toBe('Heroica Villa Tezoatlán de Segura y Luna, Cuna de la Independencia de Oaxaca');
    expect(shapes).toBeUndefined();
  });

  it('gives a municipality the coordinates of its seat when the seat is a listed locality', () => {
    expect(place('MX-02004')).toMatchObject({ lat: 32.53246, lon: -117.018913 });
    expect(place('MX-05032')?.lat).toBeUndefined(); // seat Nueva Rosita is not in the localities fixture
    expect(place('MX-09002')?.lat).toBeUndefined(); // Mexico City's alcaldías have no seat
  });

  it('defines each locality under its municipality, with coordinates', () => {
    expect(places.filter((p) => p.level === 'locality')).toHaveLength(10);
    expect(place('MX-020040001')).toMatchObject({ level: 'locality', label: { en: 'Tijuana', es: 'Tijuana' }, parents: ['MX-02004'], lat: 32.53246, lon: -117.018913 });
  });

  it('gives municipal population by sex, in calendar year 2020', () => {
    expect(value('MX-08037')).toBe(1_512_450);
    expect(value('MX-08037', 'MALE')).toBe(756_977);
    expect(value('MX-08037', 'FEMALE')).toBe(755_473);
    expect(obs.every((o) => o.period === '2020-01-01')).toBe(true);
    expect(obs.filter((o) => o.dataset === DS.municipalities)).toHaveLength(60); // 21 municipalities but San Felipe, by sex
  });

  it('gives locality population in its own dataset', () => {
    const tijuana = obs.filter((o) => o.geography === 'MX-020040001');
    expect(tijuana.every((o) => o.dataset === DS.localities)).toBe(true);
    expect(value('MX-020040001')).toBe(1_810_645);
    expect(value('MX-280320001')).toBe(691_557);
  });

  it('keeps a municipality created after the census as a place, with no figure (not 0, not null)', () => {
    expect(place('MX-02007')).toMatchObject({ level: 'municipality', parents: ['MX-02'] });
    expect(obs.filter((o) => o.geography === 'MX-02007')).toEqual([]);
    expect(value('MX-020070001')).toBe(17_143); // its seat was counted (in Mexicali's 2020 total)
  });

  it('stores null, not 0, for a sex breakdown INEGI did not publish (a prison of 1,103 with 2 dwellings)', () => {
    expect(value('MX-010012263')).toBe(1_103);
    expect(value('MX-010012263', 'MALE')).toBeNull();
    expect(value('MX-010012263', 'FEMALE')).toBeNull();
  });

  it('points each value at its row and column', () => {
    expect(obs.find((o) => o.geography === 'MX-02004' && o.demographic === 'FEMALE')?.at).toEqual({ file: 'inegi_municipios_censo2020.csv', row: 4, column: 'poblacion_femenina' });
  });
});
