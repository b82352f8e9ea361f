/**
 * The real INM response from the mirror: its yearly totals, set beside the totals of the
 * third-party clean CSV of the UPM bulletin's "Rechazos" tables (MANIFEST section 2),
 * which the INM figures exceed by 0.3-3% (2017-2020) and 35% in 2021 (to 30 September here; the
 * CSV's 2021 cut-off is not stated).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeMirror, mirrorPath } from '../../../test/mirror.js';
import { contextFor } from '../../../test/parse-context.js';
import { localFile } from '../../ingest/local-file.js';
import { validateObservations } from '../../ingest/validate.js';
import { allCategories, allPlaces } from '../../store/dimensions/catalog.js';
import { readCsv } from '../read/csv.js';
import { asParsed, type Observation, type ParseContext } from '../types.js';
import adapter from './index.js';

const DIR = 'mx/upm_fsn_rechazos_aeropuertos';
const sum = (xs: Observation[]) => xs.reduce((s, o) => s + (o.value ?? 0), 0);

describeMirror('upm-rechazos on the mirror workbook', () => {
  let ctx: ParseContext & { close: () => void };
  let obs: Observation[];
  const total = (year: number, keep: (o: Observation) => boolean = () => true) =>
    sum(obs.filter((o) => o.category === 'ALL' && o.period === `${year}-01-01` && keep(o)));

  beforeAll(async () => {
    ctx = await contextFor({ rechazos: mirrorPath(`${DIR}/inm_infomex_rechazos_aeropuerto_edad_sexo_2017_2021.xlsx`) });
    obs = asParsed(await adapter.parse(ctx)).observations;
  });
  afterAll(() => ctx?.close());

  it('has five cells for each of the 1,659 rows, none blank, and passes the ingest checks', () => {
    expect(obs).toHaveLength(1_659 * 5);
    expect(obs.some((o) => o.value === null)).toBe(false);
    validateObservations(adapter, obs, allPlaces([adapter]), allCategories([adapter]).map((c) => c.id));
  });

  it('gives the INM yearly totals (2021 to 30 September)', () => {
    expect([2017, 2018, 2019, 2020, 2021].map((y) => total(y))).toEqual([15_818, 15_105, 31_004, 16_283, 49_071]);
    // The four categories add up to "Total general" (checked row by row in parse).
    expect(sum(obs.filter((o) => o.category !== 'ALL'))).toBe(127_281);
    expect(sum(obs.filter((o) => o.category === 'rejection:man'))).toBe(70_283);
    expect(sum(obs.filter((o) => o.category === 'rejection:girl'))).toBe(7_718);
  });

  it('has Ecuador, Brazil, Venezuela and Colombia first in 2021, and Mexico City and Cancún as the main airports', () => {
    expect(total(2021, (o) => o.citizenship === 'ECU')).toBe(15_528);
    expect(total(2021, (o) => o.citizenship === 'BRA')).toBe(8_913);
    expect(total(2021, (o) => o.citizenship === 'VEN')).toBe(6_960);
    expect(total(2021, (o) => o.citizenship === 'COL')).toBe(6_323);
    expect(sum(obs.filter((o) => o.category === 'ALL' && o.geography === 'MX-AIR-MEX'))).toBe(81_701);
    expect(sum(obs.filter((o) => o.category === 'ALL' && o.geography === 'MX-AIR-CUN'))).toBe(40_060);
  });

  it('differs from the third-party clean CSV of the UPM bulletin tables, whose totals are the MANIFEST figures', async () => {
    const name = 'eventos_rechazo_aeropuertos_2017_2021.csv';
    const header = ['ano', 'aeropuerto', 'pais', 'eventos_de_rechazo', 'ingresos', 'entidad', 'cve_entidad', 'visa'];
    const csv = await readCsv(ctx, await localFile(name, mirrorPath(`${DIR}/${name}`)), { header });
    const byYear = new Map<number, number>();
    for (const r of csv.rows) byYear.set(Number(r[0]), (byYear.get(Number(r[0])) ?? 0) + Number(r[3]));
    const years = [2017, 2018, 2019, 2020, 2021];
    expect(years.map((y) => byYear.get(y))).toEqual([15_636, 14_669, 30_674, 16_240, 36_234]);
    for (const y of years) expect(total(y)).toBeGreaterThan(byYear.get(y)!);
  });
});
