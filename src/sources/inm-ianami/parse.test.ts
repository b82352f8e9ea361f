import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureFiles } from '../../../test/fixture-copies.js';
import { parseWith } from '../../../test/parse-context.js';
import { validateObservations } from '../../ingest/validate.js';
import { allCategories, allPlaces } from '../../store/dimensions/catalog.js';
import type { Observation } from '../types.js';
import { DATASET } from './datasets.js';
import adapter from './index.js';
import { CATEGORY } from './measures.js';

const { fixturePaths } = fixtureFiles(adapter.describe, import.meta.dirname);
const total = (obs: Observation[]) => obs.reduce((s, o) => s + (o.value ?? 0), 0);

describe('inm-ianami on fixtures in the publisher format (BOM, CRLF, DD/MM/YYYY, accents)', () => {
  let obs: Observation[];
  const of = (dataset: string, keep: (o: Observation) => boolean = () => true) => obs.filter((o) => o.dataset === dataset && keep(o));
  const cell = (dataset: string, dims: Partial<Observation>) =>
    of(dataset, (o) => Object.entries(dims).every(([k, v]) => o[k as keyof Observation] === v) && ['demographic', 'category', 'citizenship', 'component'].every((d) => d in dims || o[d as keyof Observation] === 'ALL'));

  beforeAll(async () => {
    obs = await parseWith(adapter, fixturePaths());
  });

  it('passes the ingest checks (declared datasets, known codes, no cell twice, no nested places)', () => {
    expect(() => validateObservations(adapter, obs, allPlaces([adapter]), allCategories([adapter]).map((c) => c.id))).not.toThrow();
  });

  it('Presentados: stations summed into their state, nationality and state resolved', () => {
    const presented = of(DATASET.presented);
    expect(presented).toHaveLength(4);
    // Three stations of Chiapas (Palenque 2, Tapachula 12, Tuxtla Gutiérrez 2) on rows 5-7.
    expect(presented.find((o) => o.geography === 'MX-07')).toEqual({
      dataset: DATASET.presented, period: '2024-10-01', geography: 'MX-07', citizenship: 'GTM',
      demographic: 'ALL', authority: 'ALL', component: 'ALL', category: 'ALL', value: 16,
      at: { file: 'Presentados.csv', row: 5, column: 'PRESENTADOS' },
    });
    expect(presented.filter((o) => o.geography === 'MX-04').map((o) => [o.citizenship, o.value])).toEqual([['BRA', 3], ['SLV', 1], ['HND', 2]]);
  });

  it('Rescatados: the counts row and the repeats-only row of one cell are added; label casings fold', () => {
    const bolivia = { geography: 'MX-07', citizenship: 'BOL' };
    expect(cell(DATASET.rescued, bolivia)[0].value).toBe(2);
    expect(cell(DATASET.rescued, { ...bolivia, category: CATEGORY.firstTime })[0].value).toBe(2);
    expect(cell(DATASET.rescued, { ...bolivia, category: CATEGORY.repeat })[0].value).toBe(2);
    const guatemala = { geography: 'MX-07', citizenship: 'GTM' };
    expect(cell(DATASET.rescued, { ...guatemala, category: CATEGORY.repeat })[0].value).toBe(204);
    expect(cell(DATASET.rescued, guatemala)[0].value).toBe(225);
    // CONDUCCIÓN DE NORTE A SUR is blank: NULL, never 0.
    expect(of(DATASET.rescued, (o) => o.category === CATEGORY.northSouth).map((o) => o.value)).toEqual([null, null, null]);
    const outcome = of(DATASET.rescuedOutcome);
    expect(outcome).toHaveLength(6);
    expect(total(outcome)).toBe(2 + 225 + 1718);
    expect(cell(DATASET.rescuedOutcome, { ...guatemala, category: CATEGORY.presentedEm })[0].value).toBe(166);
  });

  it('Canalizados: facilities summed, a line break inside a quoted facility name, rows numbered as an editor shows them', () => {
    const hnd = cell(DATASET.difReferrals, { citizenship: 'HND' })[0];
    expect(hnd.value).toBe(7);
    // The file's row 12 comes after a record spanning lines 10-11.
    expect(hnd.at).toEqual({ file: 'Canalizados.csv', row: 12, column: 'TOTAL DE CANALIZADOS' });
    expect(cell(DATASET.difReferrals, { citizenship: 'GTM' })[0].value).toBe(7 + 2 + 2 + 2);
    expect(cell(DATASET.difReferrals, { citizenship: 'GTM', demographic: 'ADULTS' })[0].value).toBe(7 + 2 + 0 + 2);
    expect(cell(DATASET.difReferrals, { citizenship: 'COL', demographic: 'MINORS' })[0].value).toBe(2 + 8 + 1 + 5 + 3);
  });

  it('Retornados: deportations and assisted returns beside the total', () => {
    const returns = of(DATASET.returns);
    expect(returns).toHaveLength(21);
    expect(total(returns.filter((o) => o.category === 'ALL'))).toBe(33);
    expect(total(returns.filter((o) => o.category === CATEGORY.deportation))).toBe(2);
    expect(total(returns.filter((o) => o.category === CATEGORY.assisted))).toBe(31);
    expect(new Set(returns.map((o) => o.citizenship))).toEqual(new Set(['USA', 'GTM', 'SLV', 'ECU', 'HND']));
  });

  it('Mexicanos_Recibidos: demographics, land or PRIM flight, minors by company; six blank trailing columns; a blank cell is NULL', () => {
    const received = of(DATASET.mexicansReceived);
    expect(received).toHaveLength(36);
    expect(received.every((o) => o.citizenship === 'MEX')).toBe(true);
    const sum = (dims: Partial<Observation>) => total(cell(DATASET.mexicansReceived, { citizenship: 'MEX', ...dims }));
    expect(sum({})).toBe(92 + 61 + 22 + 220 + 123 + 52);
    expect(sum({ demographic: 'ADULTS' }) + sum({ demographic: 'MINORS' })).toBe(sum({}));
    expect(sum({ category: CATEGORY.land }) + sum({ category: CATEGORY.prim })).toBe(sum({}));
    const uc = cell(DATASET.mexicansReceived, { citizenship: 'MEX', demographic: 'UC', period: '2026-04-02' });
    expect(uc.map((o) => o.value)).toEqual([null]);
    const minors = of(DATASET.mexicanMinors);
    expect(minors).toHaveLength(12);
    expect(minors.every((o) => o.demographic === 'MINORS')).toBe(true);
    expect(total(minors.filter((o) => o.category === CATEGORY.accompanied))).toBe(8 + 12 + 0 + 32 + 2 + 0);
  });

  it('Extranjeros_recibidos and Inadmisiones', () => {
    expect(total(of(DATASET.foreignersReceived, (o) => o.demographic === 'ALL'))).toBe(34);
    expect(cell(DATASET.foreignersReceived, { geography: 'MX-05', citizenship: 'VEN', demographic: 'MINORS' })[0].value).toBe(6);
    const inadmissions = of(DATASET.inadmissions);
    expect(inadmissions).toHaveLength(11);
    expect(cell(DATASET.inadmissions, { geography: 'MX-14', citizenship: 'TWN' })[0].value).toBe(1);
    expect(cell(DATASET.inadmissions, { geography: 'MX-09', citizenship: 'RUS' })[0].value).toBe(5);
  });

  it('Encuentros: Border Patrol by sector, OFO and CBP One by field office, citizenship by column', () => {
    const enc = of(DATASET.usEncounters);
    expect(enc).toHaveLength(17 * 90);
    const totals = enc.filter((o) => o.citizenship === 'ALL');
    expect(total(totals.filter((o) => o.component === 'USBP'))).toBe(1_930);
    expect(new Set(totals.filter((o) => o.component === 'USBP').map((o) => o.geography))).toEqual(
      new Set(['USBP-BBT', 'USBP-DRT', 'USBP-ELC', 'USBP-EPT', 'USBP-LRT', 'USBP-RGV', 'USBP-SDC', 'USBP-TCA', 'USBP-YUM']),
    );
    expect(cell(DATASET.usEncounters, { geography: 'OFO-ELP', component: 'OFO', category: CATEGORY.ofo })[0].value).toBe(31);
    expect(cell(DATASET.usEncounters, { geography: 'OFO-LRD', component: 'OFO', category: CATEGORY.cbpOne })[0].value).toBe(665);
    expect(cell(DATASET.usEncounters, { geography: 'USBP-RGV', component: 'USBP', category: CATEGORY.usbp, citizenship: 'MEX' })[0].value).toBe(44);
    // Every row: the citizenships (Mexico, the nationalities, Otros) add up to TOTAL.
    for (const t of totals) {
      const parts = enc.filter((o) => o.geography === t.geography && o.category === t.category && o.citizenship !== 'ALL');
      expect(total(parts)).toBe(t.value);
    }
    expect(enc.some((o) => o.citizenship === 'NFK')).toBe(true);
    expect(enc.some((o) => o.citizenship === 'OTHER')).toBe(true);
  });

  it('Traslados: six states, TOTAL checked and not stored', () => {
    const transfers = of(DATASET.transfers);
    expect(transfers).toHaveLength(18);
    expect(total(transfers)).toBe(719 + 256 + 404);
    expect(cell(DATASET.transfers, { geography: 'MX-19', period: '2023-12-16' })[0].value).toBe(0);
    expect(new Set(transfers.map((o) => o.geography))).toEqual(new Set(['MX-02', 'MX-26', 'MX-08', 'MX-05', 'MX-19', 'MX-28']));
  });

  it('Caravans: approximate sizes ("12,800") by day and state of departure; the list counted by day', () => {
    const caravans = of(DATASET.caravans);
    // 18/10/2018: the file gives 760 as "Personas Rescatadas" and no size.
    expect(caravans.map((o) => [o.period, o.value])).toEqual([
      ['2018-10-18', null], ['2019-01-15', 12_800], ['2019-04-22', 300], ['2020-01-18', 1_500], ['2021-12-17', null], ['2024-01-24', 912], ['2024-01-25', 250],
    ]);
    expect(caravans.every((o) => o.geography === 'MX-07')).toBe(true);
    // Row 10: after three records with line breaks inside quotes.
    expect(caravans[4].at).toEqual({ file: 'Caravanas_2019_2026.csv', row: 10, column: 'Personas que Aproximadamente Incian la movilización' });
    expect(of(DATASET.caravanList).map((o) => [o.period, o.geography, o.value])).toEqual([
      ['2024-10-05', 'MX-07', 1], ['2024-10-13', 'MX-07', 1], ['2024-10-20', 'MX-07', 1],
    ]);
  });

  it('every value is a count or NULL, never negative', () => {
    expect(obs.every((o) => o.value === null || (Number.isInteger(o.value) && o.value >= 0))).toBe(true);
    expect(obs.every((o) => /^\d{4}-\d{2}-\d{2}$/.test(o.period))).toBe(true);
  });
});
