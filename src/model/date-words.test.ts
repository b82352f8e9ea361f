import { describe, expect, it } from 'vitest';
import { dayRangeWords, dayWords, monthRangeWords, monthWords, weeksWords, weekWords } from './date-words.js';

describe('dates in words', () => {
  it('names months and days as each language writes them', () => {
    expect(monthWords('2024-10')).toEqual({ en: 'October 2024', es: 'octubre de 2024' });
    expect(monthWords('2021-03-18')).toEqual({ en: 'March 2021', es: 'marzo de 2021' });
    expect(dayWords('2021-08-03')).toEqual({ en: '3 August 2021', es: '3 de agosto de 2021' });
    expect(dayWords('2026-05-25')).toEqual({ en: '25 May 2026', es: '25 de mayo de 2026' });
    // A month-precision date is its month.
    expect(dayWords('2019-06')).toEqual({ en: 'June 2019', es: 'junio de 2019' });
  });

  it('names weeks and spans, the year said once where both ends share it', () => {
    expect(weekWords('2026-05-25')).toEqual({ en: 'the week of 25 May 2026', es: 'la semana del 25 de mayo de 2026' });
    expect(weeksWords('2026-05-25', '2026-06-15')).toEqual({ en: 'the weeks of 25 May to 15 June 2026', es: 'las semanas del 25 de mayo al 15 de junio de 2026' });
    expect(weeksWords('2026-06-01', '2026-06-01')).toEqual(weekWords('2026-06-01'));
    expect(dayRangeWords('2024-10-07', '2026-05-18')).toEqual({ en: '7 October 2024 to 18 May 2026', es: 'del 7 de octubre de 2024 al 18 de mayo de 2026' });
    expect(dayRangeWords('2026-05-04', '2026-05-25')).toEqual({ en: '4 to 25 May 2026', es: 'del 4 al 25 de mayo de 2026' });
    expect(dayRangeWords('2026-05-25', '2026-05-25')).toEqual({ en: '25 May 2026', es: 'del 25 de mayo de 2026' });
    expect(monthRangeWords('2021-04', '2021-09')).toEqual({ en: 'April to September 2021', es: 'de abril a septiembre de 2021' });
    expect(monthRangeWords('2024-10', '2026-05')).toEqual({ en: 'October 2024 to May 2026', es: 'de octubre de 2024 a mayo de 2026' });
    expect(monthRangeWords('2021-04', '2021-04')).toEqual({ en: 'April 2021', es: 'de abril de 2021' });
  });
});
