import { describe, expect, it } from 'vitest';
import { separating } from './reception-map';

describe("the Reception map's circles", () => {
  it('shrink alike until no two overlap (Reynosa and Matamoros, 16 px apart on a phone)', () => {
    const centres = new Map([
      ['reynosa', { x: 100, y: 100 }],
      ['matamoros', { x: 116, y: 100 }],
      ['tijuana', { x: 10, y: 10 }],
    ]);
    const radii = new Map([
      ['reynosa', 14],
      ['matamoros', 12],
      ['tijuana', 14],
    ]);
    const k = separating(centres, radii, 2);
    expect(k).toBeCloseTo(14 / 26, 5);
    expect(k * 14 + k * 12).toBeLessThanOrEqual(16 - 2 + 1e-9);
  });

  it('keep their size when nothing overlaps, and never vanish', () => {
    expect(separating(new Map([['a', { x: 0, y: 0 }], ['b', { x: 100, y: 0 }]]), new Map([['a', 10], ['b', 10]]))).toBe(1);
    expect(separating(new Map([['a', { x: 0, y: 0 }], ['b', { x: 0, y: 0 }]]), new Map([['a', 10], ['b', 10]]))).toBe(0.3);
  });
});
