/**
 * The real workbooks from the mirror: the totals in MANIFEST-mx-cam-vaccines.md section 1,
 * and every Cuadro 3.1 value against the DERIVED long CSV (read with DuckDB, not exceljs).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeMirror, mirrorPath } from '../../../test/mirror.js';
import { contextFor } from '../../../test/parse-context.js';
import { localFile } from '../../ingest/local-file.js';
import { validateObservations } from '../../ingest/validate.js';
import { allCategories, allPlaces } from '../../store/dimensions/catalog.js';
import { mexicanState } from '../../store/dimensions/mexico.js';
import { readCsv } from '../read/csv.js';
import { monthStart } from '../read/periods.js';
import type { Observation, ParseContext } from '../types.js';
import { DATASET, FILES } from './files.js';
import adapter from './index.js';

const DIR = 'mx/upm_fsn_guardia_nacional';
const sum = (xs: Observation[]) => xs.reduce((s, o) => s + (o.value ?? 0), 0);

describeMirror('upm-boletin on the mirror workbooks', () => {
  let ctx: ParseContext & { close: () => void };
  let obs: Observation[];
  const pick = (dataset: string, year: number, geography?: string) =>
    obs.filter((o) => o.dataset === dataset && o.period.startsWith(`${year}-`) && (geography === undefined || o.geography === geography));

  beforeAll(async () => {
    ctx = await contextFor(Object.fromEntries(FILES.map((f) => [f.id, mirrorPath(f.mirrorPath)])));
    obs = await adapter.parse(ctx);
  });
  afterAll(() => ctx?.close());

  it('has every state and month of Cuadro 3.1, none blank, none after July 2021', () => {
    const p = obs.filter((o) => o.dataset === DATASET.presentados);
    expect(p).toHaveLength(992);
    expect(p.every((o) => o.value !== null)).toBe(true);
    expect(p.map((o) => o.period).sort().at(-1)).toBe('2021-07-01');
    validateObservations(adapter, obs, allPlaces([adapter]), allCategories([adapter]).map((c) => c.id));
  });

  it('gives the UPM yearly totals of foreigners presented', () => {
    expect(sum(pick(DATASET.presentados, 2019))).toBe(182_940);
    expect(sum(pick(DATASET.presentados, 2020))).toBe(82_379);
    expect(sum(pick(DATASET.presentados, 2021))).toBe(117_052); // January-July
  });

  it('ranks Chiapas, Veracruz and Tabasco first in 2019', () => {
    expect(sum(pick(DATASET.presentados, 2019, 'MX-07'))).toBe(79_838);
    expect(sum(pick(DATASET.presentados, 2019, 'MX-30'))).toBe(22_630);
    expect(sum(pick(DATASET.presentados, 2019, 'MX-27'))).toBe(16_817);
  });

  it('equals the DERIVED long CSV cell by cell', async () => {
    const name = 'upm_presentados_por_entidad_mes_2019_2021.csv';
    const csv = await readCsv(ctx, await localFile(name, mirrorPath(`${DIR}/${name}`)), { header: ['year', 'month', 'entidad', 'eventos_presentados'] });
    expect(csv.rows).toHaveLength(992);
    const mine = new Map(obs.filter((o) => o.dataset === DATASET.presentados).map((o) => [`${o.period} ${o.geography}`, o.value]));
    for (const [year, month, entidad, value] of csv.rows) {
      const key = `${monthStart(Number(year), Number(month))} ${mexicanState(entidad!)}`;
      expect([key, mine.get(key)]).toEqual([key, Number(value)]);
      mine.delete(key);
    }
    expect(mine.size).toBe(0);
  });

  it('has Cuadro 1.2 without the states marked "-" (no port), none blank', () => {
    const states = (year: number) => new Set(pick(DATASET.entries, year).map((o) => o.geography));
    const absent = (year: number) => Array.from({ length: 32 }, (_, i) => `MX-${String(i + 1).padStart(2, '0')}`).filter((c) => !states(year).has(c));
    expect(absent(2019)).toEqual(['MX-13', 'MX-20', 'MX-29']); // Hidalgo, Oaxaca, Tlaxcala
    expect(absent(2020)).toEqual(['MX-13', 'MX-29']);
    expect(absent(2021)).toEqual(['MX-13', 'MX-29']);
    expect(obs.filter((o) => o.dataset === DATASET.entries)).toHaveLength(29 * 12 + 30 * 12 + 30 * 7);
    expect(obs.some((o) => o.value === null)).toBe(false);
  });

  it('gives the regular entries measured from Cuadro 1.2', () => {
    expect(sum(pick(DATASET.entries, 2019))).toBe(40_402_966);
    expect(sum(pick(DATASET.entries, 2020))).toBe(16_293_957);
    expect(sum(pick(DATASET.entries, 2021))).toBe(12_229_045); // January-July
    expect(sum(pick(DATASET.entries, 2019, 'MX-23'))).toBe(15_999_462); // Quintana Roo (Cancún) first
    expect(pick(DATASET.entries, 2020, 'MX-23').find((o) => o.period === '2020-04-01')?.value).toBe(2_546); // COVID-19 closure
  });
});
