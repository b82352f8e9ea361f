import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseWith } from '../../../test/parse-context.js';
import { validateObservations } from '../../ingest/validate.js';
import { allCategories, allPlaces } from '../../store/dimensions/catalog.js';
import type { Observation } from '../types.js';
import { removeBooks } from '../upm-boletin/fixtures/workbook.js';
import { writeBooks } from './fixtures/books.js';
import { DATASET } from './files.js';
import adapter from './index.js';

describe('gn-despliegue on fixture workbooks in the compiler layout', () => {
  let obs: Observation[];
  beforeAll(async () => {
    obs = await parseWith(adapter, await writeBooks());
  });
  afterAll(removeBooks);

  it('reads July-December 2019, 2020 and January-July 2021 for all 32 states', () => {
    expect(obs).toHaveLength(32 * (6 + 12 + 7));
    const months = [...new Set(obs.map((o) => o.period))].sort();
    expect([months.length, months[0], months.at(-1)]).toEqual([25, '2019-07-01', '2021-07-01']);
    for (const m of months) expect(new Set(obs.filter((o) => o.period === m).map((o) => o.geography)).size).toBe(32);
  });

  it('puts July 2019 in the first month column and reads "Estado de México"', () => {
    const chiapas = obs.find((o) => o.period === '2019-07-01' && o.geography === 'MX-07')!;
    expect(chiapas).toMatchObject({ dataset: DATASET, value: 501, at: { file: 'guardia_nacional_despliegue_por_entidad_2019.xlsx', sheet: 'Hoja1', row: 6, column: 'jul' } });
    expect(obs.find((o) => o.period === '2020-01-01' && o.geography === 'MX-15')?.value).toBe(1501);
  });

  it('passes the ingest checks and is marked third-party', () => {
    validateObservations(adapter, obs, allPlaces([adapter]), allCategories([adapter]).map((c) => c.id));
    expect(adapter.describe.thirdParty).toBe(true);
    expect(adapter.describe.measures?.map((m) => [m.id, m.unit])).toEqual([['gn-deployed', 'personnel']]);
    for (const f of adapter.describe.files) expect(f.url).toMatch(/\/fe94c09c7b18d902164b61eaa14409912c3b398b\/data\/raw\/guardia_20(19|20|21)\.xlsx$/);
  });
});
