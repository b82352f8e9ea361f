import { describe, expect, it } from 'vitest';
import { staleNote } from '../../web/src/source-age';

describe('staleNote', () => {
  const today = new Date(Date.UTC(2026, 11, 5));
  it('says how old a series is when its last month is more than three months before today, in either language', () => {
    expect(staleNote('2021-05', 'en', today)).toBe('The latest figure here is for May 2021, 67 months before today.');
    expect(staleNote('2021-05-01', 'es', today)).toMatch(/^La cifra más reciente aquí es de \S+ 2021, 67 meses antes de hoy\.$/);
  });
  it('says nothing for a recent series', () => {
    expect(staleNote('2026-09', 'en', today)).toBeNull();
    expect(staleNote('2026-08', 'en', today)).toBe('The latest figure here is for Aug 2026, 4 months before today.');
  });
});
