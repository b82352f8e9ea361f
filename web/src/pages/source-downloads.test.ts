import { describe, expect, it } from 'vitest';
import type { CoverageTable } from '../types';
import { downloadParts, downloadQuery } from './source-downloads';

/** A table as /api/coverage describes it; `dims` gives count and codes (the first 60, sorted). */
function table(id: string, grain: string, first: string, last: string, dims: Record<string, [number, string[], string[]?]>): CoverageTable {
  return {
    id, source: id.split('/')[0], title: { en: id, es: id }, measure: 'm', grain, rounding: 1, first_period: first, last_period: last,
    dimensions: Object.fromEntries(Object.entries(dims).map(([dim, [count, codes, tops]]) => [dim, { count, codes, ...(tops ? { tops } : {}) }])),
  };
}

const ALL1: [number, string[]] = [1, ['ALL']];
// IOM's UPM table: 170 nationalities and their total, at Mexico, monthly 2018-01 to 2025-04.
const byNationality = table('iom/upm-presentados-by-nationality', 'month', '2018-01-01', '2025-04-01', {
  authority: ALL1, category: ALL1, component: ALL1, demographic: ALL1,
  citizenship: [170, ['ABW', 'AFG', 'AGO', 'ALB', 'ALL', 'AND']],
  geography: [1, ['MX'], ['MX']],
});

describe("a table's download", () => {
  it('is broken down by every dimension the table publishes, its total beside it or not (the table "by nationality" by nationality)', () => {
    expect(downloadQuery(byNationality)).toEqual({ measure: 'm', where: { geography: ['MX'] }, by: ['citizenship'], grain: 'month' });
    const returns = table('iom/upm-returns-by-nationality', 'month', '2015-01-01', '2025-04-01', {
      authority: ALL1, component: ALL1, demographic: ALL1, geography: [1, ['MX'], ['MX']],
      category: [3, ['mx-return:assisted-return', 'mx-return:assisted-return-children', 'mx-return:deportation']],
      citizenship: [107, ['AGO', 'ALB', 'ALL', 'AND']],
    });
    expect(downloadQuery(returns)?.by).toEqual(['category', 'citizenship']);
    // Published with a total and two parts (OHSS by component): the parts, not the total alone.
    const agency = table('ohss-monthly/swb-encounters-agency', 'month', '2013-10-01', '2024-08-01', { component: [3, ['ALL', 'OFO', 'USBP']], geography: [1, ['US-SWB'], ['US-SWB']] });
    expect(downloadQuery(agency)?.by).toEqual(['component']);
  });

  it('names the one code of a dimension the table holds only that of, and its top places side by side', () => {
    const sectors = table('ohss-khsm/monthly-sector', 'month', '1999-10-01', '2024-11-01', { component: [1, ['USBP']], authority: ALL1, geography: [3, ['USBP-BBT', 'USBP-ELC', 'USBP-RGV'], ['USBP-BBT', 'USBP-ELC', 'USBP-RGV']] });
    expect(downloadQuery(sectors)).toEqual({ measure: 'm', where: { geography: ['USBP-BBT', 'USBP-ELC', 'USBP-RGV'], component: ['USBP'] }, by: [], grain: 'month' });
    const many = table('inegi-places/population-locality', 'cy', '2020-01-01', '2020-01-01', { geography: [10635, [], Array.from({ length: 51 }, (_, i) => `P${i}`)] });
    expect(downloadQuery(many)).toBeNull();
  });

  it('comes whole when its source holds fewer cells than the export answers with, or its breakdown is that small', () => {
    expect(downloadParts(byNationality, downloadQuery(byNationality)!, 50_886)).toEqual([]);
    expect(downloadParts(byNationality, downloadQuery(byNationality)!, 10_000_000)).toEqual([]); // 88 months x 170 = 14,960 rows at most
  });

  it('comes in ranges of whole years when both bounds pass the limit, each range named by its years', () => {
    // ICE's arrests: 48 months x 43 dispositions x 204 citizenships x 3 x 26 areas, from a source of 212,874 cells.
    const arrests = table('ice-foia/arrests', 'month', '2015-10-01', '2019-09-01', {
      category: [43, ['ice-disposition:admitted']], citizenship: [204, ['AFG']], demographic: [3, ['FEMALE', 'MALE', 'UNKNOWN']], component: [1, ['ICE']],
      geography: [26, [], Array.from({ length: 26 }, (_, i) => `ICE-${i}`)],
    });
    const q = downloadQuery(arrests)!;
    expect(q.by).toEqual(['category', 'citizenship', 'demographic']);
    expect(downloadParts(arrests, q, 212_874)).toEqual([
      { from: '2015', to: '2015', label: '2015' }, { from: '2016', to: '2016', label: '2016' }, { from: '2017', to: '2017', label: '2017' },
      { from: '2018', to: '2018', label: '2018' }, { from: '2019', to: '2019', label: '2019' },
    ]);
    // Fiscal years for a table by fiscal year; fewer ranges than years when fewer are needed.
    // 11 fiscal years x 300 x 40 = 132,000 combinations, a source of 120,000 cells: 3 ranges of 3-4 years.
    const yearly = table('x/fy', 'fy', '2013-10-01', '2023-10-01', { citizenship: [300, ['AFG']], geography: [40, [], Array.from({ length: 40 }, (_, i) => `C${i}`)] });
    expect(downloadParts(yearly, downloadQuery(yearly)!, 120_000)).toEqual([
      { from: 'FY2014', to: 'FY2016', label: 'FY2014–FY2016' },
      { from: 'FY2017', to: 'FY2020', label: 'FY2017–FY2020' },
      { from: 'FY2021', to: 'FY2024', label: 'FY2021–FY2024' },
    ]);
    // The smaller bound decides: 88,000 combinations need only 2 ranges, whatever the source holds.
    const smaller = table('x/fy', 'fy', '2013-10-01', '2023-10-01', { citizenship: [200, ['AFG']], geography: [40, [], Array.from({ length: 40 }, (_, i) => `C${i}`)] });
    expect(downloadParts(smaller, downloadQuery(smaller)!, 10_000_000).map((p) => p.label)).toEqual(['FY2014–FY2018', 'FY2019–FY2024']);
  });
});
