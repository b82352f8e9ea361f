/**
 * The real fy25m11 workbook from the mirror: row counts (MANIFEST section 1), every
 * value against the DERIVED sheets_csv exports (read with DuckDB, not exceljs),
 * published figures, and the region ⊃ sector hierarchy within rounding.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeMirror, mirrorPath } from '../../../test/mirror.js';
import { contextFor } from '../../../test/parse-context.js';
import { localFile } from '../../ingest/local-file.js';
import { placeByCode } from '../../store/dimensions/geography.js';
import { readCsv } from '../read/csv.js';
import type { Observation, ParseContext } from '../types.js';
import adapter from './index.js';
import { headersOf, SHEETS } from './sheets.js';

const DIR = 'us/ohss_cbp_encounters_usbp';

// MANIFEST.md section 1, "Sheets (data rows)".
const MANIFEST_ROWS: Record<string, number> = {
  'Annual Count': 26, 'Monthly Count': 302, 'Annual Citizenship': 2524, 'Monthly Citizenship': 10821,
  'Annual Region': 78, 'Monthly Region': 906, 'Annual Family Status': 58, 'Monthly Family Status': 666,
  'Annual Sector': 526, 'Monthly Sector': 5830, 'Annual Rgn and Citp': 4004, 'Monthly Rgn and Citp': 14889,
  'Annual Rgn and Fam Status': 174, 'Monthly Rgn and Fam Status': 1655, 'Annual Rgn and Sector': 526, 'Monthly Rgn and Sector': 5830,
};

const CALENDAR_MONTH: Record<string, number> = {
  October: 10, November: 11, December: 12, January: 1, February: 2, March: 3,
  April: 4, May: 5, June: 6, July: 7, August: 8, September: 9,
};

/** The period the CSV row means, computed here independently of the adapter. */
function expectedPeriod(fy: string, month: string | undefined): string {
  if (month === undefined) return `${Number(fy) - 1}-10-01`;
  const m = CALENDAR_MONTH[month.slice(3)];
  return `${m >= 10 ? Number(fy) - 1 : Number(fy)}-${String(m).padStart(2, '0')}-01`;
}

const table = (dataset: string) => dataset.replace('ohss-khsm/', '');
const sum = (xs: Observation[]) => xs.reduce((s, o) => s + (o.value ?? 0), 0);

describeMirror('ohss-khsm on the mirror workbook', () => {
  let obs: Observation[];
  let seconds: number;
  let ctx: ParseContext & { close: () => void };
  const byDataset = new Map<string, Observation[]>();
  const of = (table: string) => byDataset.get(`ohss-khsm/${table}`) ?? [];
  const one = (table: string, period: string, geography: string) => {
    const hits = of(table).filter((o) => o.period === period && o.geography === geography);
    expect(hits).toHaveLength(1);
    return hits[0].value;
  };

  beforeAll(async () => {
    ctx = await contextFor({ workbook: mirrorPath(`${DIR}/khsm_encounters_usbp_fy25m11.xlsx`) });
    const t0 = performance.now();
    obs = await adapter.parse(ctx);
    seconds = (performance.now() - t0) / 1000;
    for (const o of obs) {
      if (!byDataset.has(o.dataset)) byDataset.set(o.dataset, []);
      byDataset.get(o.dataset)!.push(o);
    }
  });
  afterAll(() => ctx?.close());

  it('parses the whole workbook', () => {
    console.info(`ohss-khsm: ${obs.length} observations in ${seconds.toFixed(1)} s`);
  });

  it('has the MANIFEST row count on every sheet', () => {
    for (const s of SHEETS) expect([s.sheet, of(table(s.dataset)).length]).toEqual([s.sheet, MANIFEST_ROWS[s.sheet]]);
    expect(obs).toHaveLength(Object.values(MANIFEST_ROWS).reduce((a, b) => a + b, 0));
  });

  it('equals the DERIVED sheets_csv export cell by cell', async () => {
    for (const s of SHEETS) {
      const name = `${s.sheet.toLowerCase().replace(/ /g, '_')}.csv`;
      const csv = await readCsv(ctx, await localFile(name, mirrorPath(`${DIR}/sheets_csv/${name}`)), { header: headersOf(s) });
      const rows = of(table(s.dataset));
      expect([s.sheet, csv.rows.length]).toEqual([s.sheet, rows.length]);
      const q = csv.column('Quantity');
      const labelToCode = s.dims.map(() => new Map<string, string>());
      for (const o of rows) {
        const r = csv.rows[o.at!.row! - 2];
        const month = s.grain === 'month' ? r[1]! : undefined;
        expect([s.sheet, o.at!.row, o.value, o.period]).toEqual([s.sheet, o.at!.row, Number(r[q]), expectedPeriod(r[0]!, month)]);
        // A label always gives the same code (and codes stay distinct: see the duplicate check in parse).
        s.dims.forEach((d, i) => {
          const place = placeByCode(o.geography)!;
          const region = place.level === 'sector' ? place.parents[0] : o.geography; // Rgn and Sector keeps the sector
          const code = { Citizenship: o.citizenship, 'Family Status': o.demographic, Sector: o.geography, Region: region }[d];
          const label = r[csv.column(d)]!;
          expect([label, labelToCode[i].get(label) ?? code]).toEqual([label, code]);
          labelToCode[i].set(label, code);
        });
      }
    }
  });

  it('gives the published USBP southwest border figures', () => {
    expect(one('annual-region', '2020-10-01', 'US-SWB')).toBe(1_659_210); // FY2021
    expect(one('monthly-region', '2021-03-01', 'US-SWB')).toBe(169_220); // March 2021
    expect(one('annual-region', '2021-10-01', 'US-SWB')).toBe(2_206_440); // FY2022
    const fy2021 = of('monthly-region').filter((o) => o.geography === 'US-SWB' && o.period >= '2020-10-01' && o.period < '2021-10-01');
    expect(fy2021).toHaveLength(12);
    expect(Math.abs(sum(fy2021) - 1_659_210)).toBeLessThanOrEqual(10 * 12);
  });

  it('adds sectors up to their region within rounding', () => {
    for (const grain of ['annual', 'monthly']) {
      const regions = of(`${grain}-region`);
      let worst = 0;
      for (const r of regions) {
        const sectors = of(`${grain}-sector`).filter((o) => o.period === r.period && placeByCode(o.geography)!.parents[0] === r.geography);
        const diff = Math.abs(sum(sectors) - r.value!);
        expect([r.period, r.geography, diff <= 10 * sectors.length]).toEqual([r.period, r.geography, true]);
        worst = Math.max(worst, diff);
      }
      console.info(`ohss-khsm ${grain}: worst |sectors - region| = ${worst}`);
    }
  });

  it('adds regions, family statuses and citizenships up to the nationwide count within rounding', () => {
    for (const grain of ['annual', 'monthly']) {
      for (const part of ['region', 'family-status', 'citizenship']) {
        for (const total of of(`${grain}-count`)) {
          const cells = of(`${grain}-${part}`).filter((o) => o.period === total.period);
          expect([grain, part, total.period, Math.abs(sum(cells) - total.value!) <= 10 * cells.length]).toEqual([grain, part, total.period, true]);
        }
      }
    }
  });

  // Cells that round to 0 are not listed (Nov 2020 Northern: 2 citizenships listed, 60,
  // against a region total of 90), so the bound counts every citizenship the region ever
  // lists: each cell, listed or not, is off by at most 5, and so is the total.
  it('adds citizenships and family statuses of a region up to the region within rounding', () => {
    for (const grain of ['annual', 'monthly']) {
      for (const [part, dim] of [['region-citizenship', 'citizenship'], ['region-family-status', 'demographic']] as const) {
        const groups = new Map<string, Observation[]>();
        const universe = new Map<string, Set<string>>();
        for (const o of of(`${grain}-${part}`)) {
          const k = `${o.period} ${o.geography}`;
          if (!groups.has(k)) groups.set(k, []);
          groups.get(k)!.push(o);
          if (!universe.has(o.geography)) universe.set(o.geography, new Set());
          universe.get(o.geography)!.add(o[dim]);
        }
        for (const r of of(`${grain}-region`)) {
          const cells = groups.get(`${r.period} ${r.geography}`) ?? [];
          const bound = 5 * (universe.get(r.geography)?.size ?? 0) + 5;
          expect([part, r.period, r.geography, Math.abs(sum(cells) - r.value!) <= bound]).toEqual([part, r.period, r.geography, true]);
        }
      }
    }
  });

  it('repeats the sector sheet in the region-and-sector sheet', () => {
    const key = (o: Observation) => `${o.period} ${o.geography} ${o.value}`;
    for (const grain of ['annual', 'monthly']) {
      expect(of(`${grain}-region-sector`).map(key).sort()).toEqual(of(`${grain}-sector`).map(key).sort());
    }
  });

  it('has FY2025 as October and November 2024 only (the annual row is partial)', () => {
    const months = of('monthly-count').filter((o) => o.period >= '2024-10-01').map((o) => o.period);
    expect(months).toEqual(['2024-10-01', '2024-11-01']);
    const fy2025 = one('annual-count', '2024-10-01', 'US')!;
    expect(Math.abs(fy2025 - sum(of('monthly-count').filter((o) => o.period >= '2024-10-01')))).toBeLessThanOrEqual(20);
  });
});
