import { describe, expect, it } from 'vitest';
import { monthLong } from '../format';
import { shippedScenario, withLevers } from '../../../src/analysis/reception/scenario-input.js';
import { allCorrections, correctionText } from '../corrections';
import { originSpecs } from './reception-scenario';
import { scenarios } from './scenarios';
import { formatLevers, leverShown, NO_LEVERS, parseLevers, readLevers, startMonths, type LeverSet } from './scenarios-levers';

describe("a lever's start month", () => {
  it("is named in the page's language, whatever the browser's", () => {
    expect(monthLong('2021-04', 'es')).toBe('abril de 2021');
    expect(monthLong('2022-09', 'es')).toBe('septiembre de 2022');
    expect(monthLong('2021-04', 'en')).toBe('April 2021');
    expect(monthLong('2022-12', 'en')).toBe('December 2022');
  });

  it('is one of the simulated months, or the month a link asked for, in order', () => {
    const simulated = ['2021-04', '2021-05', '2021-06'];
    expect(startMonths(simulated, '2021-05')).toEqual(simulated);
    expect(startMonths(simulated, undefined)).toEqual(simulated);
    // After the simulated months (the API refuses it, the page marks it) or before them (it applies from the first).
    expect(startMonths(simulated, '2030-04')).toEqual([...simulated, '2030-04']);
    expect(startMonths(simulated, '2020-12')).toEqual(['2020-12', ...simulated]);
    expect(startMonths(simulated, 'abril')).toEqual(simulated);
  });

  it('goes into the URL and back', () => {
    const levers = { enforcementSouth: { value: 1.5, from: '2021-06' }, departures: { value: 0.8, from: '2021-06', rampMonths: 12 } };
    expect(formatLevers(levers)).toBe('enforcementSouth:1.5:2021-06,departures:0.8:2021-06::12');
    expect(parseLevers(formatLevers(levers))).toEqual(levers);
  });
});

describe('levers written the way the command line writes them (corridor scenario run --levers)', () => {
  // seed-2021-04's own levers, as /api/scenarios gives them (one with groups, kept when a written lever replaces it).
  const own = {
    enforcementSouth: { value: 1.5, from: '2021-04' },
    familyAcceptance: { value: 2, from: '2021-05', rampMonths: 3, groups: ['families'] },
  };

  it('are accepted by the Scenarios page as the Reception page accepts them', () => {
    for (const v of ['familyAcceptance=3', 'enforcementSouth=1.3,familyAcceptance=1.5:2021-06', 'enforcementSouth=1.3:2021-06:2021-12:6', ' familyAcceptance = 3 ', 'enforcementSouth=2,familyAcceptance:1.5:2021-06']) {
      expect(scenarios.specs.levers.valid!(v), v).toBe(true);
      expect(originSpecs.levers.valid!(v), v).toBe(true);
    }
    // The page's own form, as before.
    expect(scenarios.specs.levers.valid!('enforcementSouth:1.5:2021-06,departures:0.8:2021-06::12')).toBe(true);
  });

  it('that cannot be read are refused, and the page says so (the corrected-link notice) and shows the scenario\'s own', () => {
    for (const v of ['familyAcceptance=abc', 'enforcementSouth=2:2021-13', 'enforcementSouth=2:21-06', 'enforcementSouth=', '=2', 'enforcementSouth=2;familyAcceptance=3']) {
      expect(scenarios.specs.levers.valid!(v), v).toBe(false);
    }
    expect(correctionText(allCorrections([], { levers: 'familyAcceptance=abc' })[0], 'en')).toBe('This link asks for the levers "familyAcceptance=abc", which is not known here: showing the default.');
  });

  it("replace the levers they name and keep the scenario's others, as the API runs them", () => {
    expect(readLevers('familyAcceptance=3', own, '2021-04')).toEqual({ enforcementSouth: own.enforcementSouth, familyAcceptance: { groups: ['families'], value: 3, from: '2021-05', rampMonths: 3 } });
    expect(readLevers('enforcementSouth=1.3:2021-08::6', own, '2021-04')).toEqual({ ...own, enforcementSouth: { value: 1.3, from: '2021-08', rampMonths: 6 } });
    // A lever the scenario does not move starts in the first simulated month.
    expect(readLevers('departures=0.8', own, '2021-04')).toEqual({ ...own, departures: { value: 0.8, from: '2021-04' } });
    // The page's own form is the whole set, as before.
    expect(readLevers('enforcementSouth:2:2021-06', own, '2021-04')).toEqual({ enforcementSouth: { value: 2, from: '2021-06' } });
    expect(readLevers('familyAcceptance=abc', own, '2021-04')).toBeNull();
  });

  it('are read by the one reading the command line and the API use: the same levers for the same text', () => {
    const shipped = shippedScenario('seed-2021-04');
    const mine = shipped.levers as unknown as LeverSet;
    for (const text of ['familyAcceptance=3', 'enforcementSouth=1.3:2021-06:2021-12:6', 'enforcementSouth=2,familyAcceptance=1.5:2021-06', 'departures=0.9']) {
      expect(readLevers(text, mine, '2021-04'), text).toEqual(withLevers(shipped, text, '2021-04').levers);
    }
  });
});

describe("a lever's slider before it is moved", () => {
  const share = { kind: 'share' as const, min: 0 };
  it("stands at the share the US sent back in the window, said beside 'no change', not at 0 (no one sent back)", () => {
    // seed-2021-04: 0.5 of the people in families encountered in January – March 2021 were sent back.
    expect(leverShown(share, undefined, 'en', 0.5)).toEqual({ value: 0.5, text: 'no change (0.5)' });
    expect(leverShown(share, undefined, 'es', 0.5)).toEqual({ value: 0.5, text: 'sin cambio (0.5)' });
  });
  it('stands at 1 for a multiplier, and at the value of a moved lever', () => {
    expect(leverShown({ kind: 'multiplier', min: 0.5 }, undefined, 'en', 1)).toEqual({ value: 1, text: 'no change' });
    expect(leverShown(share, { value: 0.9, from: '2021-04' }, 'en', 0.5)).toEqual({ value: 0.9, text: '0.9' });
    // Without the API's figure (an older server), the share's slider says only "no change".
    expect(leverShown(share, undefined, 'en')).toEqual({ value: 0, text: 'no change' });
  });
});

describe('a link naming a lever twice, or a value not written as a number', () => {
  it('is refused (the corrected-link notice), not run with one of the two', () => {
    for (const v of ['enforcementSouth=2,enforcementSouth=3', 'enforcementSouth:2:2021-04,enforcementSouth:3:2021-04', 'enforcementSouth=0x2', 'enforcementSouth:Infinity:2021-04']) {
      expect(scenarios.specs.levers.valid!(v), v).toBe(false);
    }
    expect(scenarios.specs.levers.valid!('enforcementSouth=2,familyAcceptance=3')).toBe(true);
    expect(scenarios.specs.levers.valid!('')).toBe(true);
  });
});

describe('a scenario with every lever put back to no change', () => {
  it("is written 'none' in the link and runs no lever, not the scenario's own nor a lever at 1", () => {
    expect(scenarios.specs.levers.valid!(NO_LEVERS)).toBe(true);
    expect(readLevers(NO_LEVERS, { enforcementSouth: { value: 1.5, from: '2021-04' } }, '2021-04')).toEqual({});
  });
});
