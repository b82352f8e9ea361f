import { describe, expect, it } from 'vitest';
import { BORDER_CITIES, borderLinks, FACING_STATES } from '../../src/store/dimensions/border.js';
import { PLACES } from '../../src/store/dimensions/geography.js';

describe('the border', () => {
  const codes = new Set(PLACES.map((p) => p.code));
  it('links every southwest border sector and field office to the Mexican states facing it', () => {
    const swb = PLACES.filter((p) => p.parents.includes('US-SWB') && p.level !== 'region-state').map((p) => p.code).sort();
    expect(Object.keys(FACING_STATES).sort()).toEqual(swb);
    for (const link of borderLinks().filter((l) => l.relation === 'faces')) {
      expect(codes.has(link.code), link.code).toBe(true);
      expect(codes.has(link.linked), link.linked).toBe(true);
    }
  });
  it('places every border city in the state of its INEGI locality key', () => {
    for (const c of BORDER_CITIES) expect(c.inegi.slice(0, 2)).toBe(c.state);
  });
});
