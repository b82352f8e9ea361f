import { describe, expect, it } from 'vitest';
import { SHARED_MEASURES } from '../../store/dimensions/measures.js';
import { ICE_AORS, aorCode } from './aors.js';
import { DATASET, RECORD_FILES, describe as source } from './describe.js';
import { DISPOSITION_CATEGORIES, dispositionCategory } from './dispositions.js';

describe('ice-foia description', () => {
  it('declares eight record files and the daily aggregate, each with a pinned URL', () => {
    expect(source.files).toHaveLength(9);
    for (const f of source.files) expect(f.url).toContain('/36132af285ce3a943dbd5605e186a3a3737ca34d/us/');
    expect(RECORD_FILES.map((f) => f.name)).toContain('ICERemovals_FY2019.csv.gz');
  });

  it('uses measures that exist (shared or its own)', () => {
    const known = new Set([...SHARED_MEASURES, ...(source.measures ?? [])].map((m) => m.id));
    for (const d of source.datasets) expect(known.has(d.measure), d.measure).toBe(true);
    expect(source.datasets.map((d) => d.id)).toEqual(Object.values(DATASET));
  });

  it('declares AORs as places under US with distinct ICE-XXX codes and both languages', () => {
    const codes = ICE_AORS.map((p) => p.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const p of ICE_AORS) {
      expect(p.code).toMatch(/^ICE-[A-Z]{3}$/);
      expect(p).toMatchObject({ level: 'aor', parents: ['US'] });
      expect(p.label.en && p.label.es).toBeTruthy();
    }
    expect(aorCode('Atlanta Area of Responsibility')).toBe('ICE-ATL');
    expect(aorCode('St. Paul Area of Responsibility')).toBe('ICE-SPM');
    expect(aorCode(null)).toBe('ICE-UNK');
    expect(aorCode('Harlingen Area of Responsibility')).toBeUndefined();
  });

  it('declares each disposition category once, with English and Spanish labels', () => {
    const ids = DISPOSITION_CATEGORIES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of DISPOSITION_CATEGORIES) {
      expect(c.id).toMatch(/^ice-disposition:[a-z0-9-]+$/);
      expect(c.label.en && c.label.es).toBeTruthy();
    }
    expect(dispositionCategory('removals', 'WA/NTA')).toBe('ice-disposition:wa-nta');
    expect(dispositionCategory('arrests', 'Warrant of Arrest/Notice to Appear')).toBe('ice-disposition:warrant-of-arrest-notice-to-appear');
    expect(dispositionCategory('removals', null)).toBe('ice-disposition:not-recorded');
    // A code is not an arrests label, nor the reverse.
    expect(dispositionCategory('arrests', 'WA/NTA')).toBeUndefined();
  });

  it('labels a code whose meaning ICE did not publish with the code itself', () => {
    const t = DISPOSITION_CATEGORIES.find((c) => c.id === 'ice-disposition:t')!;
    expect(t.label).toEqual({ en: 'T', es: 'T' });
  });
});
