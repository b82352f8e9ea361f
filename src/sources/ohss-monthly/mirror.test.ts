/**
 * The real August 2024 workbook from the mirror: published figures, the sums the
 * datasets declare complete, and a cell-by-cell cross-check against the DERIVED long CSV
 * and the OHSS website's flat CSV (both independent reshapes of the same workbook).
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import { validateObservations } from '../../ingest/validate.js';
import { PLACES } from '../../store/dimensions/geography.js';
import { contextFor, parseWith } from '../../../test/parse-context.js';
import { describeMirror, mirrorPath } from '../../../test/mirror.js';
import { readCsv } from '../read/csv.js';
import { fiscalYearOf } from '../read/periods.js';
import { DIMENSIONS, type Dimension, type Observation } from '../types.js';
import adapter from './index.js';

const DIR = 'us/ohss_monthly_tables';
const WORKBOOK = `${DIR}/2024_1206_ohss_immigration-enforcement-and-legal-processes-tables-august-2024.xlsx`;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

let obs: Observation[];
let seconds: number;

function value(dataset: string, period: string, dims: Partial<Record<Dimension, string>> = {}): number | null {
  const hits = obs.filter((o) => o.dataset === `ohss-monthly/${dataset}` && o.period === period && DIMENSIONS.every((d) => o[d] === (dims[d] ?? 'ALL')));
  expect(hits, `${dataset} ${period} ${JSON.stringify(dims)}`).toHaveLength(1);
  return hits[0].value;
}

const inDataset = (dataset: string) => obs.filter((o) => o.dataset === `ohss-monthly/${dataset}`);
const keyWithout = (o: Observation, skip: Dimension[]) => [o.period, ...DIMENSIONS.filter((d) => !skip.includes(d)).map((d) => o[d])].join('|');

/** Largest |total - sum of parts| over groups, and the tolerance it must stay within (10 per summed cell). */
function gaps(parts: Observation[], totals: Observation[], key: (o: Observation) => string, allowed = (_total: Observation, cells: number) => 10 * cells): { worst: number; groups: number } {
  const sums = new Map<string, { sum: number; n: number }>();
  for (const o of parts) {
    const s = sums.get(key(o)) ?? { sum: 0, n: 0 };
    s.sum += o.value ?? 0;
    s.n++;
    sums.set(key(o), s);
  }
  let worst = 0;
  let groups = 0;
  for (const t of totals) {
    const s = sums.get(key(t));
    if (!s || t.value === null) continue;
    const gap = Math.abs(t.value - s.sum);
    expect(gap, `${t.dataset} ${key(t)}: total ${t.value}, parts ${s.sum} (${s.n} cells)`).toBeLessThanOrEqual(allowed(t, s.n));
    worst = Math.max(worst, gap);
    groups++;
  }
  return { worst, groups };
}

/** A header cell's text without its superscript footnote runs (independent of the parser's stripping). */
function withoutSuperscripts(v: ExcelJS.CellValue): string {
  if (v && typeof v === 'object' && 'richText' in v) return v.richText.filter((t) => t.font?.vertAlign !== 'superscript').map((t) => t.text).join('').trim();
  return v === null || v === undefined ? '' : String(v).trim();
}

describeMirror('ohss-monthly on the mirror (August 2024 edition)', () => {
  beforeAll(async () => {
    const start = performance.now();
    obs = await parseWith(adapter, { workbook: mirrorPath(WORKBOOK) });
    seconds = (performance.now() - start) / 1000;
    console.info(`ohss-monthly: ${obs.length} observations in ${seconds.toFixed(1)} s`);
  });

  it('parses and passes the ingest checks', () => {
    validateObservations(adapter, obs, PLACES, adapter.describe.categories!.map((c) => c.id));
    expect(new Set(obs.map((o) => o.dataset)).size).toBe(adapter.describe.datasets.length);
  });

  it('gives the published southwest border figures', () => {
    expect(value('swb-encounters-agency-fy', '2020-10-01', { geography: 'US-SWB' })).toBe(1_734_680);
    expect(value('encounters-type-region-fy', '2020-10-01', { geography: 'US-SWB' })).toBe(1_734_680);
    expect(value('swb-encounters-citizenship-fy', '2020-10-01', { geography: 'US-SWB' })).toBe(1_734_680);
    expect(value('swb-encounters-agency', '2021-03-01', { geography: 'US-SWB' })).toBe(173_280);
    expect(value('swb-encounters-agency-fy', '2021-10-01', { geography: 'US-SWB' })).toBe(2_378_940);
    expect(value('swb-bookouts-agency-fy', '2020-10-01', { geography: 'US-SWB', category: 'bookout:t42-expulsion' })).toBe(1_063_520);
    expect(value('swb-encounters-family-fy', '2020-10-01', { geography: 'US-SWB', demographic: 'UC' })).toBe(146_930);
    expect(value('dhs-removals-citizenship-fy', '2023-10-01', { geography: 'US' })).toBe(315_480);
    expect(value('dhs-repatriations-fy', '2023-10-01', { geography: 'US', category: 'repatriation:removal' })).toBe(315_480);
  });

  it('has Title 42 expulsions only from March 2020 (X before: no observation)', () => {
    const t42 = inDataset('swb-bookouts-agency').filter((o) => o.category === 'bookout:t42-expulsion');
    expect(t42.every((o) => o.value !== null)).toBe(true);
    expect(t42.map((o) => o.period).sort()[0]).toBe('2020-03-01');
    expect(value('swb-bookouts-agency-fy', '2019-10-01', { geography: 'US-SWB', category: 'bookout:t42-expulsion' })).toBeGreaterThan(0);
  });

  it('USBP + OFO = Total CBP each month, within rounding', () => {
    const all = inDataset('swb-encounters-agency');
    const { worst, groups } = gaps(all.filter((o) => o.component !== 'ALL'), all.filter((o) => o.component === 'ALL'), (o) => o.period);
    expect(groups).toBe(131);
    // Two rounded parts against one rounded total: at most 15 apart.
    expect(worst).toBeLessThanOrEqual(15);
    console.info(`USBP + OFO vs Total CBP: worst gap ${worst} over ${groups} months`);
  });

  it('sectors + field offices = the southwest border total, within 10 per cell', () => {
    const parts = inDataset('swb-encounters-sector');
    const { worst, groups } = gaps(parts, inDataset('swb-encounters-agency').filter((o) => o.component === 'ALL'), (o) => o.period);
    const byComponent = gaps(parts, inDataset('swb-encounters-agency').filter((o) => o.component !== 'ALL'), (o) => `${o.period}|${o.component}`);
    expect(groups).toBe(131);
    console.info(`sectors + field offices vs SWB: worst gap ${worst} (13 cells); per component worst ${byComponent.worst}`);
  });

  it('regions add up to the national figure, within 10 per cell', () => {
    const { groups } = gaps(inDataset('encounters-type-region'), inDataset('encounters-type-national'), (o) => `${o.period}|${o.category}`);
    expect(groups).toBe(131 * 3);
  });

  it('every dimension declared complete adds up to its total row, within 10 per cell', () => {
    const report: string[] = [];
    for (const d of adapter.describe.datasets) {
      const rows = obs.filter((o) => o.dataset === d.id);
      for (const dim of d.complete) {
        const totals = rows.filter((o) => o[dim] === 'ALL');
        if (totals.length === 0) continue; // no total row in this table (checked across tables above)
        const { worst, groups } = gaps(rows.filter((o) => o[dim] !== 'ALL'), totals, (o) => keyWithout(o, [dim]), (t, cells) =>
          // The one known gap (noted in the datasets): February 2019 book-outs fall up to 140 short of encounters at ports.
          t.dataset.startsWith('ohss-monthly/swb-bookouts') && t.period === '2019-02-01' ? 150 : 10 * cells,
        );
        expect(groups, `${d.id} ${dim}`).toBeGreaterThan(0);
        report.push(`${d.id} ${dim}: worst ${worst}`);
      }
    }
    console.info(report.join('\n'));
  });

  it('every parsed value equals the long CSV value for the same sheet, month, group and category', async () => {
    const ctx = await contextFor({ long: mirrorPath(`${DIR}/ohss_monthly_tables_aug2024_long.csv`) });
    let csv;
    try {
      csv = await readCsv(ctx, ctx.files.long, { header: ['sheet', 'fiscal_year', 'month', 'calendar_year', 'calendar_month', 'group', 'category', 'value', 'value_flag'] });
    } finally {
      ctx.close();
    }
    const published = new Map<string, { value: string | null; flag: string | null }>();
    for (const [sheet, fy, month, , , group, category, v, flag] of csv.rows) {
      published.set([sheet, fy, month, group ?? '', category].join('|'), { value: v, flag });
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(mirrorPath(WORKBOOK));
    const cells = new Set<string>();
    for (const o of obs) {
      const ws = wb.getWorksheet(o.at!.sheet!)!;
      const headerRow = ws.getCell('A4').value === 'Fiscal Year' ? 4 : 3;
      const column = ws.getColumn(o.at!.column!).number;
      const group = headerRow === 4 ? withoutSuperscripts(ws.getCell(3, column).value) : '';
      const category = withoutSuperscripts(ws.getCell(headerRow, column).value);
      const fy = o.dataset.endsWith('-fy') ? Number(o.period.slice(0, 4)) + 1 : fiscalYearOf(o.period);
      const month = o.dataset.endsWith('-fy') ? 'Total' : MONTHS[Number(o.period.slice(5, 7)) - 1];
      const key = [ws.name, fy, month, group, category].join('|');
      const p = published.get(key);
      expect(p, key).toBeDefined();
      expect(p!.flag, key).not.toBe('X');
      expect(o.value, key).toBe(p!.value === null ? null : Number(p!.value));
      cells.add(`${ws.name}|${o.at!.row}|${o.at!.column}`);
    }
    // And nothing published in these sheets was left out.
    const sheets = new Set(obs.map((o) => o.at!.sheet!));
    const expected = csv.rows.filter((r) => sheets.has(r[0]!) && r[8] !== 'X').length;
    expect(cells.size).toBe(expected);
    console.info(`long CSV: ${obs.length} observations from ${cells.size} cells of ${sheets.size} sheets all match`);
  });

  it('matches the flat CSV OHSS prepared for its book-out and repatriation charts', async () => {
    const ctx = await contextFor({ ielp: mirrorPath(`${DIR}/ielp-table-202408.csv`) });
    let csv;
    try {
      const header = readFileSync(ctx.files.ielp.path, 'utf8').split(/\r?\n/)[0].replace(/^\uFEFF/, '').split(',');
      csv = await readCsv(ctx, ctx.files.ielp, { header });
    } finally {
      ctx.close();
    }
    const repatriation: Record<string, string> = {
      'Title 42 Expulsions': 'repatriation:t42-expulsion',
      'Administrative Returns': 'repatriation:administrative-return',
      'Enforcement Returns': 'repatriation:enforcement-return',
      Removals: 'repatriation:removal',
      Total: 'ALL',
    };
    const outcome: Record<string, string> = {
      'Other outcomes': 'bookout:other', 'OFO Paroles': 'bookout:ofo-parole', 'USBP Releases': 'bookout:usbp-release',
      'Transfers to HHS': 'bookout:transfer-hhs', 'Transfers to ICE': 'bookout:transfer-ice', 'Migrant Protection Protocols': 'bookout:mpp',
      'T42 expulsions': 'bookout:t42-expulsion', 'T8 repatriations': 'bookout:t8-repatriation', Total: 'ALL',
    };
    const cellKey = (dataset: string, period: string, dims: Partial<Record<Dimension, string>>) => [dataset, period, ...DIMENSIONS.map((d) => dims[d] ?? 'ALL')].join('|');
    const index = new Map<string, Observation[]>();
    for (const o of obs) {
      const k = cellKey(o.dataset, o.period, o);
      index.set(k, [...(index.get(k) ?? []), o]);
    }
    let checked = 0;
    for (const row of csv.rows) {
      const fy = Number(row[1]);
      const month = Number(row[2]);
      const fyRow = month === 0;
      const period = fyRow ? `${fy - 1}-10-01` : `${month >= 10 ? fy - 1 : fy}-${String(month).padStart(2, '0')}-01`;
      csv.header.slice(3).forEach((h, i) => {
        const cell = row[i + 3];
        const [what, name] = h.split(':');
        let dataset: string;
        let dims: Partial<Record<Dimension, string>>;
        if (what === 'Repatriations') {
          dataset = 'dhs-repatriations';
          dims = { geography: 'US', category: repatriation[name] };
        } else {
          const component = what.split('/')[1];
          dataset = 'swb-bookouts-agency';
          dims = { geography: 'US-SWB', component: component === 'CBP' ? 'ALL' : component, category: outcome[name] };
        }
        expect(dims.category, h).toBeDefined();
        const hits = index.get(cellKey(`ohss-monthly/${dataset}${fyRow ? '-fy' : ''}`, period, dims)) ?? [];
        if (cell === 'X') expect(hits, `${h} ${period}`).toHaveLength(0);
        else {
          expect(hits.map((o) => o.value), `${h} ${period}`).toEqual([Number(cell)]);
          checked++;
        }
      });
    }
    console.info(`OHSS flat CSV: ${checked} values match`);
  });
});
