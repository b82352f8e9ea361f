import { describe, expect, it } from 'vitest';
import { countryCode } from '../../store/dimensions/countries.js';
import { SHARED_MEASURES } from '../../store/dimensions/measures.js';
import { APPLICATION_CATEGORIES, applicationCategory } from './categories.js';
import { APPLICATION_COMBINATIONS } from './codes.js';
import { describe as source } from './describe.js';

describe('unhcr description', () => {
  it('names each file\'s .rda in the package at the pinned commit, and its CSV conversion in the mirror', () => {
    expect(source.files.map((f) => f.id)).toEqual(['population', 'asylum-applications', 'asylum-decisions', 'flows', 'solutions', 'countries']);
    for (const f of source.files) {
      const object = f.mirrorPath.match(/^unhcr\/unhcr_refugees_rpkg\/(\w+)\.csv$/)?.[1];
      expect(f.url).toBe(`https://raw.githubusercontent.com/PopulationStatistics/refugees/0c16a6d0c2f37d8578f9b9e3d1e4459efe850398/data/${object}.rda`);
    }
  });

  it('declares two tables per measure, yearly, with measures of its own in both languages', () => {
    const ids = source.datasets.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(2 * source.measures!.length);
    const mine = new Map(source.measures!.map((m) => [m.id, m]));
    for (const d of source.datasets) {
      expect(mine.has(d.measure), d.measure).toBe(true);
      expect(d.grain).toBe('cy');
      expect(d.complete.includes('citizenship')).toBe(!d.id.endsWith('-from-americas'));
      expect(d.title.en && d.title.es && d.notes?.en && d.notes?.es).toBeTruthy();
    }
    const shared = new Set(SHARED_MEASURES.map((m) => m.id));
    for (const m of source.measures!) {
      expect(shared.has(m.id), m.id).toBe(false);
      expect(m.label.en && m.label.es && m.definition.en && m.definition.es).toBeTruthy();
    }
    const stocks = source.measures!.filter((m) => m.stock).map((m) => m.id);
    expect(stocks).toEqual(['unhcr-refugees', 'unhcr-asylum-seekers', 'unhcr-idps', 'unhcr-stateless', 'unhcr-ooc', 'unhcr-oip', 'unhcr-hst']);
    expect(mine.get('asylum-applications')?.unit).toBe('people');
    expect(mine.get('asylum-applications-cases')?.unit).toBe('events');
  });

  it('declares one category per application combination and four decision outcomes', () => {
    const ids = source.categories!.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(APPLICATION_CATEGORIES).toHaveLength(APPLICATION_COMBINATIONS.length);
    expect(ids.filter((id) => id.startsWith('unhcr-decision:'))).toHaveLength(4);
    for (const c of source.categories!) {
      expect(c.id).toMatch(/^unhcr-(application|decision):[a-z0-9-]+$/);
      expect(c.label.en && c.label.es).toBeTruthy();
    }
    expect(applicationCategory('G', 'N', '')).toBe('unhcr-application:g-n-unstated');
    expect(APPLICATION_CATEGORIES.find((c) => c.id === 'unhcr-application:g-n-fi')?.label.en).toBe('government procedure, new application, first instance');
  });

  it("teaches UNHCR's own origin codes as groups, never as countries", () => {
    expect(['UNK', 'UKN', 'XXA', 'STA', 'TIB'].map((c) => countryCode(c))).toEqual(['UNKNOWN', 'UNKNOWN', 'STATELESS', 'STATELESS', 'OTHER']);
    expect(countryCode('HTI')).toBe('HTI');
    expect(source.places).toEqual([expect.objectContaining({ code: 'UNHCR-UNK', level: 'country', parents: [] })]);
  });
});
