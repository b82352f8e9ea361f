/**
 * The real workbooks from the mirror: every state and month present, and figures
 * measured on them (the compilation has no published total to check against).
 */
import { beforeAll, expect, it } from 'vitest';
import { describeMirror, mirrorPath } from '../../../test/mirror.js';
import { parseWith } from '../../../test/parse-context.js';
import { validateObservations } from '../../ingest/validate.js';
import { allCategories, allPlaces } from '../../store/dimensions/catalog.js';
import type { Observation } from '../types.js';
import { FILES } from './files.js';
import adapter from './index.js';

describeMirror('gn-despliegue on the mirror workbooks', () => {
  let obs: Observation[];
  const at = (period: string, geography: string) => obs.find((o) => o.period === period && o.geography === geography)?.value;
  const month = (period: string) => obs.filter((o) => o.period === period).reduce((s, o) => s + (o.value ?? 0), 0);

  beforeAll(async () => {
    obs = await parseWith(adapter, Object.fromEntries(FILES.map((f) => [f.id, mirrorPath(f.mirrorPath)])));
  });

  it('has all 32 states for July 2019 to July 2021, none blank', () => {
    expect(obs).toHaveLength(32 * 25);
    expect(obs.every((o) => o.value !== null)).toBe(true);
    validateObservations(adapter, obs, allPlaces([adapter]), allCategories([adapter]).map((c) => c.id));
  });

  it('gives the deployment measured on the files', () => {
    expect(month('2019-07-01')).toBe(56_191);
    expect(month('2019-12-01')).toBe(74_437);
    expect(month('2020-12-01')).toBe(98_282);
    expect(month('2021-07-01')).toBe(99_946);
    expect(at('2019-07-01', 'MX-15')).toBe(9_141); // "Estado de México"
    expect(at('2021-07-01', 'MX-09')).toBe(12_369);
    expect(at('2020-12-01', 'MX-07')).toBe(3_454);
  });

  it('repeats November 2020 state by state in February 2021 (see the dataset notes)', () => {
    const states = obs.filter((o) => o.period === '2020-11-01').map((o) => o.geography);
    expect(states.map((g) => at('2021-02-01', g))).toEqual(states.map((g) => at('2020-11-01', g)));
  });

  it('keeps the rotated March 2021 cells as published (see the dataset notes)', () => {
    expect([at('2021-03-01', 'MX-05'), at('2021-03-01', 'MX-06'), at('2021-03-01', 'MX-09')]).toEqual([12_224, 2_173, 979]);
    expect([at('2021-04-01', 'MX-05'), at('2021-04-01', 'MX-06'), at('2021-04-01', 'MX-09')]).toEqual([2_173, 979, 12_224]);
  });
});
