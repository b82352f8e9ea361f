import { describe, expect, it } from 'vitest';
import { monthLong } from '../format';
import { formatLevers, parseLevers, startMonths } from './scenarios-levers';

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
