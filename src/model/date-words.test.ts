import { describe, expect, it } from 'vitest';
import { dayWords, monthWords } from './date-words.js';

describe('dates in words', () => {
  it('names months and days as each language writes them', () => {
    expect(monthWords('2024-10')).toEqual({ en: 'October 2024', es: 'octubre de 2024' });
    expect(monthWords('2021-03-18')).toEqual({ en: 'March 2021', es: 'marzo de 2021' });
    expect(dayWords('2021-08-03')).toEqual({ en: '3 August 2021', es: '3 de agosto de 2021' });
    expect(dayWords('2026-05-25')).toEqual({ en: '25 May 2026', es: '25 de mayo de 2026' });
    // A month-precision date is its month.
    expect(dayWords('2019-06')).toEqual({ en: 'June 2019', es: 'junio de 2019' });
  });
});
