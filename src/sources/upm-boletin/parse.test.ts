import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseWith } from '../../../test/parse-context.js';
import { validateObservations } from '../../ingest/validate.js';
import { allCategories, allPlaces } from '../../store/dimensions/catalog.js';
import { SHARED_MEASURES } from '../../store/dimensions/measures.js';
import type { Observation } from '../types.js';
import { writeBooks } from './fixtures/books.js';
import { removeBooks } from './fixtures/workbook.js';
import { DATASET } from './files.js';
import adapter from './index.js';

const of = (obs: Observation[], dataset: string) => obs.filter((o) => o.dataset === dataset);
const one = (obs: Observation[], dataset: string, period: string, geography: string) => {
  const hits = obs.filter((o) => o.dataset === dataset && o.period === period && o.geography === geography);
  expect(hits).toHaveLength(1);
  return hits[0];
};

describe('upm-boletin on fixture workbooks in the publisher layout', () => {
  let obs: Observation[];
  beforeAll(async () => {
    obs = await parseWith(adapter, await writeBooks());
  });
  afterAll(removeBooks);

  it('reads every state and month of Cuadro 3.1: 2019, 2020 and January-July 2021', () => {
    const p = of(obs, DATASET.presentados);
    expect(p).toHaveLength(32 * (12 + 12 + 7));
    expect(p.every((o) => o.value !== null && /^MX-\d\d$/.test(o.geography))).toBe(true);
    const months = [...new Set(p.map((o) => o.period))].sort();
    expect(months).toHaveLength(31);
    expect([months[0], months.at(-1)]).toEqual(['2019-01-01', '2021-07-01']);
    for (const m of months) expect(p.filter((o) => o.period === m)).toHaveLength(32);
  });

  it('gives each cell its state, month and place in the sheet', () => {
    // Chiapas is the 5th state (row 6): January holds 501, December 512.
    expect(one(obs, DATASET.presentados, '2019-01-01', 'MX-07')).toEqual({
      dataset: DATASET.presentados,
      period: '2019-01-01',
      geography: 'MX-07',
      citizenship: 'ALL',
      demographic: 'ALL',
      authority: 'ALL',
      component: 'ALL',
      category: 'ALL',
      value: 501,
      at: { file: 'upm_cuadro3_1_presentados_por_entidad_2019.xlsx', sheet: 'Cuadro 3.1', row: 6, column: 'ene' },
    });
    expect(one(obs, DATASET.presentados, '2020-12-01', 'MX-07').value).toBe(512);
    expect(one(obs, DATASET.presentados, '2021-07-01', 'MX-07').value).toBe(507);
  });

  it('reads "México" as Estado de México and "Ciudad de México" as Mexico City', () => {
    expect(one(obs, DATASET.presentados, '2019-03-01', 'MX-15').value).toBe(1103); // 11th row
    expect(one(obs, DATASET.presentados, '2019-03-01', 'MX-09').value).toBe(903); // 9th row
  });

  it('gives no observation for "-" (no port in the state) and NULL for a blank cell in Cuadro 1.2', () => {
    const e = of(obs, DATASET.entries);
    expect(e).toHaveLength(30 * (12 + 12 + 7));
    expect(e.some((o) => o.geography === 'MX-13' || o.geography === 'MX-29')).toBe(false);
    const blank = e.filter((o) => o.value === null);
    expect(blank).toHaveLength(1);
    expect(blank[0]).toMatchObject({ period: '2020-02-01', geography: 'MX-06', at: { row: 9, column: 'feb' } });
    expect(one(obs, DATASET.entries, '2021-01-01', 'MX-07').value).toBe(5001);
  });

  it('passes the ingest checks: declared datasets and measures, known codes, no nesting', () => {
    validateObservations(adapter, obs, allPlaces([adapter]), allCategories([adapter]).map((c) => c.id));
    const measures = new Set([...SHARED_MEASURES, ...(adapter.describe.measures ?? [])].map((m) => m.id));
    for (const d of adapter.describe.datasets) expect(measures.has(d.measure)).toBe(true);
    expect(adapter.describe.files).toHaveLength(6);
    for (const f of adapter.describe.files) expect(f.url).toMatch(/^https:\/\/raw\.githubusercontent\.com\/FelipeSaNa\/despliegue-guardia-nacional\/fe94c09c7b18d902164b61eaa14409912c3b398b\/data\/raw\/(extranjeros_estacion|entradas_regulares)_20(19|20|21)\.xlsx$/);
  });
});
