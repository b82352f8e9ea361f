/**
 * Levers set back to a scenario's own values are its own levers: the plan's `scenario`
 * assumption says "changed by the user" (and records `leversChanged`) only when the levers
 * that run differ from the scenario's (QA, 7 December 2026).
 */
import { describe, expect, it } from 'vitest';
import { sameLevers, shippedScenario, withLevers } from './scenario-input.js';

describe("levers equal to the scenario's own", () => {
  const seed = shippedScenario('seed-2021-04');
  const roots = shippedScenario('root-causes-2021-06');

  it('are the same levers, however they are written (id=value, the page form, JSON in another key order)', () => {
    expect(sameLevers(withLevers(seed, 'familyAcceptance=2', '2022-04').levers, seed.levers)).toBe(true);
    expect(sameLevers(withLevers(seed, 'familyAcceptance:2:2021-04,enforcementSouth:1.3333:2021-04', '2022-04').levers, seed.levers)).toBe(true);
    expect(sameLevers(withLevers(seed, '{"familyAcceptance":{"from":"2021-04","value":2},"enforcementSouth":{"value":1.3333,"from":"2021-04"}}', '2022-04').levers, seed.levers)).toBe(true);
    expect(sameLevers(withLevers(roots, 'departures=0.8', '2022-06').levers, roots.levers)).toBe(true);
  });

  it('differ when a value, a month, a ramp or a lever differs', () => {
    expect(sameLevers(withLevers(seed, 'familyAcceptance=4', '2022-04').levers, seed.levers)).toBe(false);
    expect(sameLevers(withLevers(seed, 'familyAcceptance=2:2021-05', '2022-04').levers, seed.levers)).toBe(false);
    expect(sameLevers(withLevers(seed, '{"familyAcceptance":{"value":2,"from":"2021-04"}}', '2022-04').levers, seed.levers)).toBe(false);
    expect(sameLevers(withLevers(roots, 'departures=0.8:2021-06', '2022-06').levers, roots.levers)).toBe(false);
    expect(sameLevers(withLevers(seed, 'capacity=1', '2022-04').levers, seed.levers)).toBe(false);
  });
});
