import { describe, expect, it } from 'vitest';
import { eventLabel } from './policy-impact';

const M = { left: 64, right: 16 };

describe("the impact chart's event label", () => {
  it('goes after the rule while it fits, before it when only that side has room', () => {
    expect(eventLabel('Title 42 expulsions end', 100, 1200, M)).toEqual({ anchor: 'start' });
    // A phone: the rule 261 px into a 330 px chart (the label ran to 389 px and was cut).
    expect(eventLabel('Title 42 expulsions end', 261, 330, M)).toEqual({ anchor: 'end' });
  });

  it('wraps on the side with more room when neither side holds the whole title', () => {
    // 42 characters need about 277 px; 197 px of plot before the rule (the y axis's labels take 64), 53 after.
    const l = eventLabel('Terminan las expulsiones bajo el Título 42', 261, 330, M);
    expect(l.anchor).toBe('end');
    expect(l.lineWidth! * 11).toBeLessThanOrEqual(261 - 64);
    expect(eventLabel('Terminan las expulsiones bajo el Título 42', 100, 330, M)).toMatchObject({ anchor: 'start' });
  });
});
