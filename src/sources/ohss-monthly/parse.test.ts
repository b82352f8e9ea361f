import { beforeAll, describe, expect, it } from 'vitest';
import { validateObservations } from '../../ingest/validate.js';
import { PLACES } from '../../store/dimensions/geography.js';
import { parseWith } from '../../../test/parse-context.js';
import type { Observation } from '../types.js';
import adapter from './index.js';
import { fixtureValue, sheetRow, writeFixture } from './fixtures/workbook.js';
import { stripFootnote } from './layout.js';

const DIMS = ['geography', 'citizenship', 'demographic', 'authority', 'component', 'category'] as const;

let obs: Observation[];
/** The one observation of a dataset, period and dimensions (omitted ones 'ALL'). */
function one(dataset: string, period: string, dims: Partial<Record<(typeof DIMS)[number], string>> = {}): Observation {
  const hits = obs.filter((o) => o.dataset === `ohss-monthly/${dataset}` && o.period === period && DIMS.every((d) => o[d] === (dims[d] ?? 'ALL')));
  expect(hits, `${dataset} ${period} ${JSON.stringify(dims)}`).toHaveLength(1);
  return hits[0];
}

beforeAll(async () => {
  obs = await parseWith(adapter, { workbook: await writeFixture() });
});

describe('ohss-monthly on a fixture in the publisher layout', () => {
  it('passes the ingest checks (declared datasets, known codes, no duplicate or nested cells)', () => {
    validateObservations(adapter, obs, PLACES, adapter.describe.categories!.map((c) => c.id));
    const datasets = new Set(obs.map((o) => o.dataset));
    expect([...datasets].sort()).toEqual(adapter.describe.datasets.map((d) => d.id).sort());
  });

  it('maps months to calendar months and Total rows to fiscal years', () => {
    // Row 19 is March 2024 (FY2024), row 0 the FY2023 total, row 13 the FY2024 year-to-date total.
    expect(one('encounters-type-region', '2024-03-01', { geography: 'US-SWB' }).value).toBe(fixtureValue(19, 1));
    expect(one('encounters-type-region', '2022-10-01', { geography: 'US-AIR', category: 'encounter-type:administrative' }).value).toBe(fixtureValue(1, 14));
    expect(one('encounters-type-national-fy', '2022-10-01', { geography: 'US' }).value).toBe(fixtureValue(0, 0));
    expect(one('encounters-type-national-fy', '2023-10-01', { geography: 'US', category: 'encounter-type:enforcement' }).value).toBe(fixtureValue(13, 5));
    expect(one('encounters-type-national', '2024-08-01', { geography: 'US' }).value).toBe(fixtureValue(24, 0));
    expect(obs.some((o) => o.period === '2024-09-01')).toBe(false);
    expect(one('encounters-type-region', '2024-03-01', { geography: 'US-SWB' }).at).toMatchObject({ sheet: 'CBP Encounter by Type + Region', row: sheetRow(true, 19), column: 'D' });
  });

  it('reads components and citizenships, with the all-other column as OTHER', () => {
    expect(one('swb-encounters-citizenship', '2023-05-01', { geography: 'US-SWB', component: 'USBP', citizenship: 'CHN' }).value).toBe(fixtureValue(8, 8));
    expect(one('swb-encounters-citizenship', '2023-05-01', { geography: 'US-SWB', component: 'OFO', citizenship: 'OTHER' }).value).toBe(fixtureValue(8, 14));
    expect(one('swb-encounters-citizenship', '2023-05-01', { geography: 'US-SWB' }).value).toBe(fixtureValue(8, 0));
    expect(one('usbp-encounters-top100', '2023-05-01', { geography: 'US', component: 'USBP', citizenship: 'CIV' }).value).toBe(fixtureValue(8, 2));
    expect(one('usbp-encounters-top100', '2023-05-01', { geography: 'US', component: 'USBP', citizenship: 'OTHER' }).value).toBe(fixtureValue(8, 4));
    expect(one('swb-usbp-encounters-top100', '2023-05-01', { geography: 'US-SWB', component: 'USBP', citizenship: 'XKX' }).value).toBe(fixtureValue(8, 1));
    expect(one('dhs-enforcement-returns-citizenship', '2023-05-01', { geography: 'US', citizenship: 'KOR', category: 'repatriation:enforcement-return' }).value).toBe(fixtureValue(8, 3));
    expect(one('dhs-administrative-returns-citizenship', '2023-05-01', { geography: 'US', citizenship: 'MMR', category: 'repatriation:administrative-return' }).value).toBe(fixtureValue(8, 2));
    expect(one('ero-arrests-citizenship-fy', '2023-10-01', { geography: 'US', component: 'ICE', citizenship: 'HND' }).value).toBe(fixtureValue(13, 2));
    expect(one('dhs-removals-citizenship', '2023-05-01', { geography: 'US', citizenship: 'GTM' }).value).toBe(fixtureValue(8, 2));
  });

  it('keeps NA as null and drops X (not applicable) cells', () => {
    expect(one('swb-encounters-family', '2022-11-01', { geography: 'US-SWB', demographic: 'AM' }).value).toBeNull();
    expect(one('swb-encounters-family', '2023-11-01', { geography: 'US-SWB', component: 'OFO', demographic: 'AM' }).value).toBe(fixtureValue(15, 13));
    expect(one('swb-encounters-family', '2023-11-01', { geography: 'US-SWB', component: 'USBP', demographic: 'UC' }).value).toBe(fixtureValue(15, 8));
    const t42 = obs.filter((o) => o.dataset.startsWith('ohss-monthly/swb-bookouts-agency') && o.category === 'bookout:t42-expulsion');
    expect(t42.map((o) => o.period).sort().at(-1)).toBe('2023-09-01');
    expect(t42).toHaveLength(3 * 13);
    const cbpOne = obs.filter((o) => o.dataset === 'ohss-monthly/cbp-one-appointments' && o.citizenship === 'ALL').map((o) => o.period);
    expect(cbpOne.sort()[0]).toBe('2023-01-01');
  });

  it('puts sectors and field offices apart from the southwest border totals', () => {
    expect(one('swb-encounters-agency', '2024-01-01', { geography: 'US-SWB' }).value).toBe(fixtureValue(17, 0));
    expect(one('swb-encounters-agency', '2024-01-01', { geography: 'US-SWB', component: 'OFO' }).value).toBe(fixtureValue(17, 11));
    expect(one('swb-encounters-sector', '2024-01-01', { geography: 'USBP-RGV', component: 'USBP' }).value).toBe(fixtureValue(17, 10));
    expect(one('swb-encounters-sector', '2024-01-01', { geography: 'USBP-BBT', component: 'USBP' }).value).toBe(fixtureValue(17, 7));
    expect(one('swb-encounters-sector', '2024-01-01', { geography: 'OFO-SDO', component: 'OFO' }).value).toBe(fixtureValue(17, 12));
    expect(one('swb-encounters-sector', '2024-01-01', { geography: 'OFO-LRD', component: 'OFO' }).value).toBe(fixtureValue(17, 15));
    const places = new Set(obs.filter((o) => o.dataset === 'ohss-monthly/swb-encounters-sector').map((o) => o.geography));
    expect(places.size).toBe(13);
  });

  it('reads book-outs by agency, family status and citizenship as categories', () => {
    expect(one('swb-bookouts-agency', '2023-02-01', { geography: 'US-SWB', category: 'bookout:transfer-hhs' }).value).toBe(fixtureValue(5, 5));
    expect(one('swb-bookouts-agency', '2023-02-01', { geography: 'US-SWB', component: 'OFO', category: 'bookout:ofo-parole' }).value).toBe(fixtureValue(5, 23));
    expect(one('swb-bookouts-agency', '2023-02-01', { geography: 'US-SWB', component: 'USBP' }).value).toBe(fixtureValue(5, 9));
    expect(one('swb-bookouts-family-fy', '2022-10-01', { geography: 'US-SWB', demographic: 'UC', category: 'bookout:transfer-hhs' }).value).toBe(fixtureValue(0, 28));
    expect(one('swb-bookouts-citizenship', '2023-02-01', { geography: 'US-SWB', citizenship: 'MEX', category: 'bookout:other' }).value).toBe(fixtureValue(5, 16));
    expect(one('swb-bookouts-citizenship', '2023-02-01', { geography: 'US-SWB', citizenship: 'OTHER' }).value).toBe(fixtureValue(5, 26));
    expect(obs.some((o) => o.citizenship === 'MEX' && o.category === 'bookout:mpp')).toBe(false);
  });

  it('splits nested repatriation columns into tables that each add up once', () => {
    expect(one('dhs-repatriations', '2023-07-01', { geography: 'US' }).value).toBe(fixtureValue(10, 0));
    expect(one('dhs-repatriations-detail', '2023-07-01', { geography: 'US' }).value).toBe(fixtureValue(10, 0));
    expect(one('dhs-repatriations', '2023-07-01', { geography: 'US', category: 'repatriation:removal' }).value).toBe(fixtureValue(10, 4));
    expect(one('dhs-repatriations-detail', '2023-07-01', { geography: 'US', category: 'repatriation:t42-expulsion' }).value).toBe(fixtureValue(10, 3));
    expect(one('dhs-repatriations-detail', '2023-07-01', { geography: 'US', category: 'repatriation:administrative-withdrawal' }).value).toBe(fixtureValue(10, 14));
    expect(one('dhs-repatriations-detail', '2023-07-01', { geography: 'US', category: 'repatriation:enforcement-withdrawal' }).value).toBe(fixtureValue(10, 9));
    expect(one('dhs-repatriations-title8', '2023-07-01', { geography: 'US', category: 'repatriation:title-8-enforcement' }).value).toBe(fixtureValue(10, 2));
    const typeCategories = new Set(obs.filter((o) => o.dataset === 'ohss-monthly/dhs-repatriations').map((o) => o.category));
    expect([...typeCategories].sort()).toEqual(['ALL', 'repatriation:administrative-return', 'repatriation:enforcement-return', 'repatriation:removal', 'repatriation:t42-expulsion']);
  });

  it('declares every category it uses, with English and Spanish labels', () => {
    const declared = new Map(adapter.describe.categories!.map((c) => [c.id, c]));
    for (const c of new Set(obs.map((o) => o.category))) if (c !== 'ALL') expect(declared.has(c), c).toBe(true);
    for (const c of declared.values()) expect(c.label.en && c.label.es, c.id).toBeTruthy();
  });

  it('strips footnote digits only where they follow a word', () => {
    expect(stripFootnote('T8 repatriations1')).toBe('T8 repatriations');
    expect(stripFootnote('Accompanied Minors (OFO)4')).toBe('Accompanied Minors (OFO)');
    expect(stripFootnote('Withdrawals9')).toBe('Withdrawals');
    expect(stripFootnote('Title 42')).toBe('Title 42');
  });
});
