/**
 * --add-beds naming a site as a coordinator writes it (audit of 7 December 2026): by its name
 * without the registry's quotes or with another case, or mistyped. Before, "monumento al papa
 * el punto" (the registry's MONUMENTO AL PAPA "EL PUNTO") was refused, and a typo ("campo-creo")
 * was answered with the whole list of 25 ids and no hint.
 */
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../errors.js';
import type { City, PlanInput, Site } from './types.js';
import { applyWhatIf } from './whatif.js';

const juarez: City = { code: 'MX-08037', name: 'Juárez', state: 'MX-08', lat: 31.72, lon: -106.46 };
const site = (id: string, name: string, beds: number): Site => ({ id, name, city: juarez.code, lat: juarez.lat, lon: juarez.lon, beds, bedsByKind: {}, takes: { men: true, women: true, families: true, minors: false }, dif: false });
const input: PlanInput = {
  weeks: ['2026-06-01'],
  cities: [juarez],
  sites: [site('monumento-al-papa-el-punto', 'MONUMENTO AL PAPA "EL PUNTO"', 2500), site('campo-crea', 'Campo Crea', 2500), site('tecate-supremo-2024', 'TECATE SUPREMO 2024', 2500)],
  demand: [],
  stayDays: { men: 7, women: 7, families: 14, minors: 30 },
  maxKm: 300,
};
const refusal = (site: string) => {
  try {
    applyWhatIf(input, { addBeds: [{ site, beds: 300 }] }, input.cities);
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return e as UsageError;
  }
  throw new Error('no error');
};

describe('--add-beds naming a site', () => {
  it('finds a site by its name written without its quotes, or its id, case and accents aside', () => {
    for (const name of ['monumento al papa el punto', 'Monumento al Papa "El Punto"', 'monumento-al-papa-el-punto']) {
      const changed = applyWhatIf(input, { addBeds: [{ site: name, beds: 300 }] }, input.cities);
      expect(changed.sites.find((s) => s.id === 'monumento-al-papa-el-punto')!.beds).toBe(2800);
    }
  });

  it('answers a mistyped site with the nearest ids, in English and Spanish', () => {
    const e = refusal('campo-creo');
    expect(e.message).toBe('--add-beds names "campo-creo", which is not a site of the registry (did you mean campo-crea? ids: monumento-al-papa-el-punto, campo-crea, tecate-supremo-2024)');
    expect(e.es).toBe('--add-beds nombra "campo-creo", que no es un sitio del registro (¿quiso decir campo-crea? ids: monumento-al-papa-el-punto, campo-crea, tecate-supremo-2024)');
    expect(refusal('Atlantis').message).toBe('--add-beds names "Atlantis", which is not a site of the registry (ids: monumento-al-papa-el-punto, campo-crea, tecate-supremo-2024)');
  });
});
