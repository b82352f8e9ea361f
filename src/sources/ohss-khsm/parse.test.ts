import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { parseWith } from '../../../test/parse-context.js';
import type { Observation } from '../types.js';
import adapter from './index.js';
import { fixtureBook, removeBooks, writeBook } from './fixtures/workbook.js';

const find = (obs: Observation[], dataset: string, dims: Partial<Observation>) =>
  obs.filter((o) => o.dataset === `ohss-khsm/${dataset}` && Object.entries(dims).every(([k, v]) => o[k as keyof Observation] === v));

describe('ohss-khsm on a fixture workbook', () => {
  let obs: Observation[];
  beforeAll(async () => {
    obs = await parseWith(adapter, { workbook: await writeBook(fixtureBook()) });
  });
  afterAll(removeBooks);

  it('reads every data row of every sheet, one dataset per sheet', () => {
    const book = fixtureBook();
    expect(obs).toHaveLength(Object.values(book).reduce((n, rows) => n + rows.length - 1, 0));
    const declared = new Map(adapter.describe.datasets.map((d) => [d.id, d]));
    expect(declared.size).toBe(16);
    for (const o of obs) expect(declared.has(o.dataset)).toBe(true);
    expect(new Set(obs.map((o) => o.dataset)).size).toBe(16);
  });

  it('marks every row USBP, all authorities, with the sheet row it came from', () => {
    for (const o of obs) {
      expect(o.component).toBe('USBP');
      expect(o.authority).toBe('ALL');
      expect(o.category).toBe('ALL');
      expect(o.at?.row).toBeGreaterThan(1);
      expect(o.at?.column).toBe('Quantity');
    }
  });

  it('turns fiscal years and fiscal months into period starts', () => {
    expect(find(obs, 'annual-count', {}).map((o) => [o.period, o.geography, o.value])).toEqual([
      ['2020-10-01', 'US', 1662170],
      ['2024-10-01', 'US', 105660],
    ]);
    // "01 October" of FY2021 is October 2020; "06 March" of FY2021 is March 2021.
    expect(find(obs, 'monthly-count', {}).map((o) => o.period)).toEqual(['2020-10-01', '2021-03-01', '2024-11-01']);
  });

  it('codes regions, sectors, family status and citizenship', () => {
    expect(find(obs, 'monthly-region', { period: '2021-03-01', geography: 'US-SWB' })[0].value).toBe(169220);
    expect(find(obs, 'annual-region', {}).map((o) => o.geography)).toEqual(['US-CST', 'US-NLB', 'US-SWB']);
    expect(find(obs, 'monthly-sector', {}).map((o) => o.geography)).toEqual(['USBP-RGV', 'USBP-TCA', 'USBP-RMY']);
    expect(find(obs, 'annual-family-status', { period: '2020-10-01' }).map((o) => [o.demographic, o.geography])).toEqual([
      ['FMUA', 'US'], ['SA', 'US'], ['UC', 'US'],
    ]);
    expect(find(obs, 'annual-citizenship', {}).map((o) => o.citizenship)).toEqual(['MEX', 'CHN', 'FSM', 'UNKNOWN']);
    const citp = find(obs, 'monthly-region-citizenship', {});
    expect(citp.map((o) => [o.geography, o.citizenship, o.value])).toEqual([['US-SWB', 'MEX', 57500], ['US-NLB', 'MEX', 80]]);
    expect(find(obs, 'monthly-region-family-status', {})[0]).toMatchObject({ geography: 'US-SWB', demographic: 'FMUA', citizenship: 'ALL', value: 52980 });
  });

  it('stores only the sector in the region-and-sector tables, same as the sector sheet', () => {
    const rs = find(obs, 'monthly-region-sector', {}).map((o) => [o.period, o.geography, o.value]);
    expect(rs).toEqual(find(obs, 'monthly-sector', { period: '2021-03-01' }).map((o) => [o.period, o.geography, o.value]));
  });

  it('declares measure, grain, rounding and complete dimensions', () => {
    const d = Object.fromEntries(adapter.describe.datasets.map((x) => [x.id.replace('ohss-khsm/', ''), x]));
    expect(d['monthly-sector']).toMatchObject({ measure: 'encounters', grain: 'month', rounding: 10, complete: ['geography'] });
    expect(d['annual-sector']).toMatchObject({ grain: 'fy', complete: ['geography'] });
    expect(d['annual-count'].complete).toEqual([]);
    expect(d['monthly-region-citizenship'].complete).toEqual(['geography', 'citizenship']);
    expect(d['annual-family-status'].notes?.en).toMatch(/FY2008.*FY2012/);
    expect(d['annual-count'].notes?.en).toMatch(/FY2025.*partial/);
    expect(d['monthly-count'].notes?.en).not.toMatch(/partial/);
  });
});

describe('ohss-khsm blanks and layout tolerance', () => {
  afterAll(removeBooks);

  it('reads a blank or "NA" Quantity as null, never 0', async () => {
    const book = fixtureBook();
    book['Monthly Sector'][1][3] = null;
    book['Monthly Sector'][2][3] = 'NA';
    const obs = await parseWith(adapter, { workbook: await writeBook(book) });
    const sectors = obs.filter((o) => o.dataset === 'ohss-khsm/monthly-sector');
    expect(sectors.map((o) => o.value)).toEqual([null, null, 30]);
  });

  it('ignores formatted but empty rows below the table', async () => {
    const path = await writeBook(fixtureBook());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    wb.getWorksheet('Annual Count')!.getCell('B40').numFmt = '#,##0';
    await wb.xlsx.writeFile(path);
    const obs = await parseWith(adapter, { workbook: path });
    expect(obs.filter((o) => o.dataset === 'ohss-khsm/annual-count')).toHaveLength(2);
  });
});
