/**
 * Levers given on the command line or in the API's query replace a shipped scenario's own,
 * keep what the user did not say (its timing, its groups or states), and are refused with
 * what is allowed; only shipped names are taken; the quantile is interpolated as the bands are.
 */
import { describe, expect, it } from 'vitest';
import type { UsageError } from '../../errors.js';
import { band } from '../scenario/outputs.js';
import { checkQuantile, leverWords, quantileSorted, shippedScenario, withLevers } from './scenario-input.js';

describe('levers for a reception plan from a scenario', () => {
  const seed = shippedScenario('seed-2021-04');
  const roots = shippedScenario('root-causes-2021-06');

  it('id=value keeps the scenario\'s start month; a new lever starts with the first simulated month', () => {
    const s = withLevers(seed, 'familyAcceptance=3,capacity=2', '2021-04');
    expect(s.levers.familyAcceptance).toEqual({ value: 3, from: '2021-04' });
    expect(s.levers.capacity).toEqual({ value: 2, from: '2021-04' });
    expect(s.levers.enforcementSouth).toEqual(seed.levers.enforcementSouth);
  });

  it('id=value:from:to:ramp (or the page\'s id:value:from) sets the timing; groups stay', () => {
    expect(withLevers(seed, 'familyAcceptance=3:2021-06:2021-12:2', '2021-04').levers.familyAcceptance).toEqual({ value: 3, from: '2021-06', to: '2021-12', rampMonths: 2 });
    expect(withLevers(seed, 'enforcementSouth:1.5:2021-05', '2021-04').levers.enforcementSouth).toEqual({ value: 1.5, from: '2021-05' });
    expect(withLevers(roots, 'departures=0.6', '2021-04').levers.departures).toEqual({ value: 0.6, from: '2021-06', rampMonths: 12, groups: ['GTM', 'HND', 'SLV'] });
  });

  it('takes the levers as JSON too, replacing them all as /api/scenario does (the Scenarios page sends its levers so)', () => {
    const s = withLevers(seed, '{"expelUC":{"value":0.1,"from":"2021-04"}}', '2021-04');
    expect(s.levers).toEqual({ expelUC: { value: 0.1, from: '2021-04' } });
    // A lever the page put back to no change is not the scenario's again: the same JSON runs the same scenario on both endpoints.
    expect(withLevers(seed, '{}', '2021-04').levers).toEqual({});
  });

  it('refuses an unknown lever, a value out of range, a malformed item, saying what is allowed', () => {
    expect(() => withLevers(seed, 'walls=2', '2021-04')).toThrow(/no lever named "walls": the levers are enforcementSouth \(0.5 to 3\), .*capacity \(0.25 to 3\)/);
    expect(() => withLevers(seed, 'expelSA=1.5', '2021-04')).toThrow(/the lever expelSA.value: expected a number from 0 to 1, found 1.5/);
    expect(() => withLevers(seed, 'familyAcceptance=2:April', '2021-04')).toThrow(/id=value or id=value:from\[:to\[:rampMonths\]\]/);
    // As the scenario engine's faces say it (checkLeverList, the one check of a written list).
    expect(() => withLevers(seed, 'familyAcceptance=lots', '2021-04')).toThrow(/takes a number written with digits and a decimal point \(e\.g\. 1\.5\), not "lots"/);
    expect(() => withLevers(seed, '{"walls":{}}', '2021-04')).toThrow(/no lever named "walls"/);
  });

  it('says the levers in words in each language, not as JSON, and no lever as "ninguna" in Spanish', () => {
    expect(leverWords(seed.levers, 'en')).toBe("Mexico's enforcement, southern border states ×1.3333 from April 2021 [enforcementSouth]; Expelled non-Mexican families Mexico accepts ×2 from April 2021 [familyAcceptance]");
    expect(leverWords(roots.levers, 'es')).toMatch(/^Salidas hacia EE\. UU\. .*×0\.8 desde junio de 2021, alcanzada en 12 meses \(GTM, HND, SLV\) \[departures\]$/);
    expect(leverWords(shippedScenario('status-quo').levers, 'es')).toBe('ninguna');
  });

  it('says a lever out of its range in Spanish too', () => {
    const es = (text: string) => {
      try {
        withLevers(seed, text, '2021-04');
      } catch (e) {
        return (e as UsageError).es;
      }
      throw new Error('accepted');
    };
    expect(es('expelSA=1.5')).toMatch(/^la palanca expelSA\.value: se esperaba un número de 0 a 1, se encontró 1\.5 \(las palancas son enforcementSouth \(0\.5 a 3\), /);
    expect(es('{"capacity":{"value":1,"from":"2021-04","to":"2021-01"}}')).toMatch(/^la palanca capacity\.to: se esperaba un mes no anterior a "from", se encontró "2021-01" \(/);
    expect(es('expelSA=1.5')).not.toMatch(/inglés/);
  });

  it('takes only shipped names, never a path', () => {
    expect(() => shippedScenario('scenarios/seed-2021-04.json')).toThrow(/no shipped scenario named .*: the scenarios are .*seed-2021-04/);
    expect(() => shippedScenario('package.json')).toThrow(/no shipped scenario/);
  });

  it('interpolates quantiles as the engine\'s bands, and allows 0.01 to 0.99', () => {
    const values = Float64Array.from([5, 1, 9, 3, 7, 2, 8, 4, 6, 10]).sort();
    const b = band(values);
    expect(quantileSorted(values, 0.5)).toBe(b.median);
    expect(quantileSorted(values, 0.9)).toBe(b.upper80);
    expect(quantileSorted(values, 0.025)).toBe(b.lower95);
    expect(checkQuantile(undefined)).toBe(0.5);
    expect(() => checkQuantile(1)).toThrow(/from 0.01 to 0.99/);
    expect(() => checkQuantile(Number.NaN)).toThrow(/from 0.01 to 0.99/);
  });
});
