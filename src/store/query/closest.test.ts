import { describe, expect, it } from 'vitest';
import { closest, editDistance } from './closest.js';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps', () => {
    expect(editDistance('encounters', 'encounters')).toBe(0);
    expect(editDistance('encounterz', 'encounters')).toBe(1);
    expect(editDistance('geogrphy', 'geography')).toBe(1);
    expect(editDistance('enocunters', 'encounters')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
  it('gives up past its limit', () => {
    expect(editDistance('aaaaaaaa', 'bbbbbbbb', 2)).toBe(3);
  });
});

describe('closest', () => {
  const known = ['encounters', 'encounters-daily', 'removals', 'repatriations', 'ice-arrests'];
  it('finds the nearest ids, nearest first, case ignored', () => {
    expect(closest('encounterz', known)).toEqual(['encounters']);
    expect(closest('Removal', known)).toEqual(['removals']);
    expect(closest('encounters-dialy', known)).toEqual(['encounters-daily', 'encounters']);
  });
  it('finds nothing for a name far from every id', () => {
    expect(closest('qqqqqqqqqq', known)).toEqual([]);
    expect(closest('', known)).toEqual([]);
  });
});
