/** A row's completeness in words: a flow's partial sum, a stock's level on its day; a day or month written out. */
import { describe, expect, it } from 'vitest';
import { dayText, partialText } from './format';

describe('partialText', () => {
  const flow = { complete: false, parts: 20, expected_parts: 31, grain: 'month' };
  it('a flow short of its period: how many of its days or months', () => {
    expect(partialText(flow, 'en', true)).toBe('partial: 20 of 31 days');
    expect(partialText({ ...flow, complete: true }, 'es', true)).toBe('');
  });
  it('a stock short of its period: the level of the day or month it is from, not a partial sum', () => {
    const doses = { complete: false, parts: 1, expected_parts: 365, grain: 'cy', as_of: '2021-08-03' };
    expect(partialText(doses, 'en', true)).toBe('level on 3 August 2021');
    expect(partialText(doses, 'es', true)).toBe('nivel al 3 de agosto de 2021');
    const guard = { complete: false, parts: 7, expected_parts: 12, grain: 'cy', as_of: '2021-07-01' };
    expect(partialText(guard, 'en', false)).toBe('level of July 2021');
    expect(partialText(guard, 'es', false)).toBe('nivel de julio de 2021');
  });
  it('a period published whole but marked partial (a fiscal year to date): no count of months', () => {
    // Before: "partial: 1 of 1 months" for OHSS's FY2024 year to date.
    const ytd = { complete: false, parts: 0, expected_parts: 1, grain: 'fy' };
    expect(partialText(ytd, 'en', false)).toBe('partial (marked so by its publisher)');
    expect(partialText(ytd, 'es', false)).toBe('incompleto (el publicador lo marca parcial)');
  });
});

describe('dayText', () => {
  it("writes a day or a month in the page's language, never as an ISO date", () => {
    expect(dayText('2021-03-18', 'es')).toBe('18 mar 2021');
    expect(dayText('2021-03-18', 'en')).toBe('18 Mar 2021');
    expect(dayText('2024-01-01', 'es', 'month')).toBe('ene 2024');
    expect(dayText('2021-08', 'es')).toBe('ago 2021');
    expect(dayText('2019-01-08', 'es')).toBe('8 ene 2019');
  });
});
