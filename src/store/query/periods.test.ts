/**
 * A range typed in one grain and asked in another: the whole periods of the grain asked that
 * it touches, and a notice whenever they run past what was typed (never a period cut, nor a
 * silent one). Before, FY2023 at grain cy was calendar 2023 alone (it runs October 2022 to
 * September 2023), CY2023 at grain fy was FY2024 alone, and 2023-05 to 2023-07 at grain fy
 * was all of FY2023, none of it said.
 */
import { describe, expect, it } from 'vitest';
import { normalisePeriod, rangeNotices } from './periods.js';

const range = (from: string, to: string, grain: 'month' | 'fy' | 'cy') => [normalisePeriod(from, grain, 'from'), normalisePeriod(to, grain, 'to')];

describe('normalisePeriod: the periods of the grain that the range touches', () => {
  it('reads FY2023 at grain cy as calendar 2022 and 2023', () => {
    expect(range('FY2023', 'FY2023', 'cy')).toEqual(['2022-01-01', '2023-01-01']);
  });
  it('reads CY2023 at grain fy as FY2023 and FY2024', () => {
    expect(range('CY2023', 'CY2023', 'fy')).toEqual(['2022-10-01', '2023-10-01']);
  });
  it('keeps what already matched: a bare year at grain fy is the fiscal year, months and years at grain month', () => {
    expect(range('2023', '2023', 'fy')).toEqual(['2022-10-01', '2022-10-01']);
    expect(range('FY2023', 'FY2023', 'fy')).toEqual(['2022-10-01', '2022-10-01']);
    expect(range('FY2023', 'FY2023', 'month')).toEqual(['2022-10-01', '2023-09-01']);
    expect(range('2023', '2023', 'month')).toEqual(['2023-01-01', '2023-12-01']);
    expect(range('2023-05', '2023-07', 'fy')).toEqual(['2022-10-01', '2022-10-01']);
    expect(range('2023-05', '2023-07', 'cy')).toEqual(['2023-01-01', '2023-01-01']);
    expect(range('2023-05-17', '2023-05-17', 'month')).toEqual(['2023-05-01', '2023-05-01']);
  });
});

describe('rangeNotices: said whenever the periods shown are more than was typed', () => {
  it('says FY2023 at grain cy touches calendar 2022 and 2023, in English and Spanish', () => {
    expect(rangeNotices('FY2023', 'FY2023', 'cy')).toEqual([
      {
        en: 'FY2023 (October 2022 to September 2023) touches calendar years 2022 and 2023: both are shown whole, January 2022 to December 2023, more than was asked (grain month shows only the months asked)',
        es: 'FY2023 (octubre de 2022 a septiembre de 2023) abarca los años calendario 2022 y 2023: se muestran completos los dos, de enero de 2022 a diciembre de 2023, más de lo pedido (con grain month se ven solo los meses pedidos)',
      },
    ]);
  });
  it('says a month range inside one year is shown as the whole year, at grain fy and cy', () => {
    expect(rangeNotices('2023-05', '2023-07', 'fy')[0].en).toBe(
      '2023-05 to 2023-07 (May 2023 to July 2023) lies within fiscal year FY2023: it is shown whole, October 2022 to September 2023, more than was asked (grain month shows only the months asked)',
    );
    expect(rangeNotices('2023-05', '2023-07', 'cy')[0].es).toBe(
      '2023-05 a 2023-07 (mayo de 2023 a julio de 2023) queda dentro del año calendario 2023: se muestra completo, de enero de 2023 a diciembre de 2023, más de lo pedido (con grain month se ven solo los meses pedidos)',
    );
  });
  it('says CY2023 at grain fy touches FY2023 and FY2024', () => {
    expect(rangeNotices('CY2023', 'CY2023', 'fy')[0].en).toMatch(/^CY2023 \(January 2023 to December 2023\) touches fiscal years FY2023 and FY2024: both are shown whole, October 2022 to September 2024/);
  });
  it('says how a bare year is read at grain fy, and how to ask for the calendar year', () => {
    expect(rangeNotices('2023', '2023', 'fy')).toEqual([
      {
        en: 'at grain fy a year is a fiscal year: 2023 is read as FY2023 (October 2022 to September 2023); for calendar 2023 type CY2023, which touches FY2023 and FY2024',
        es: 'con grain fy un año es un año fiscal: 2023 se lee como FY2023 (octubre de 2022 a septiembre de 2023); para el año calendario 2023 escriba CY2023, que abarca FY2023 y FY2024',
      },
    ]);
    expect(rangeNotices('2020', '2024', 'fy')[0].en).toBe(
      'at grain fy a year is a fiscal year: 2020 is read as FY2020 (October 2019 to September 2020) and 2024 as FY2024 (October 2023 to September 2024); for calendar years type CY2020 and CY2024',
    );
  });
  it('says an open range that starts or ends inside a period, and a day at grain month', () => {
    expect(rangeNotices('2023-05', undefined, 'fy')[0].en).toBe('from 2023-05 (May 2023) starts inside fiscal year FY2023: it is shown whole, from October 2022, more than was asked (grain month shows only the months asked)');
    expect(rangeNotices(undefined, 'FY2023', 'cy')[0].es).toBe('hasta FY2023 (septiembre de 2023) termina dentro del año calendario 2023: se muestra completo, hasta diciembre de 2023, más de lo pedido (con grain month se ven solo los meses pedidos)');
    expect(rangeNotices('2023-05-17', '2023-06-03', 'month')[0].en).toBe('2023-05-17 to 2023-06-03 (17 May 2023 to 3 June 2023) touches months 2023-05 and 2023-06: both are shown whole, May 2023 to June 2023, more than was asked');
  });
  it('says nothing when the periods shown are exactly those typed', () => {
    expect(rangeNotices('FY2023', 'FY2024', 'fy')).toEqual([]);
    expect(rangeNotices('2022-10', '2023-09', 'fy')).toEqual([]);
    expect(rangeNotices('2023', '2023', 'cy')).toEqual([]);
    expect(rangeNotices('FY2023', 'FY2023', 'month')).toEqual([]);
    expect(rangeNotices('2023-05', '2023-07', 'month')).toEqual([]);
    expect(rangeNotices(undefined, undefined, 'cy')).toEqual([]);
  });
});
