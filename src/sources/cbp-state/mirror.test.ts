/**
 * The real file from the data mirror: published totals, a plain DuckDB query on the
 * same file, and a month-by-month cross-check against the cbp-sbo release.
 */
import { beforeAll, expect, it } from 'vitest';
import { openScratch } from '../../ingest/scratch.js';
import { fiscalYearOf } from '../read/periods.js';
import { describeMirror, mirrorPath } from '../../../test/mirror.js';
import { parseWith } from '../../../test/parse-context.js';
import type { Observation } from '../types.js';
import sbo from '../cbp-sbo/index.js';
import adapter from './index.js';

const RELATIVE = 'us/cbp_nationwide_encounters_state/nationwide-encounters-fy20-fy23-state.csv';
const SBO = 'us/cbp_sw_land_border_encounters/sbo-encounters-fy22-fy25-aug.csv';
const total = (obs: Observation[], keep: (o: Observation) => boolean = () => true) =>
  obs.filter(keep).reduce((s, o) => s + (o.value ?? 0), 0);
const southwest = (o: Observation) => o.geography.startsWith('US-SWB/');
const inFy = (fy: number) => (o: Observation) => fiscalYearOf(o.period) === fy;

describeMirror('cbp-state on the mirror file', () => {
  let obs: Observation[];
  let seconds: number;
  beforeAll(async () => {
    const start = performance.now();
    obs = await parseWith(adapter, { encounters: mirrorPath(RELATIVE) });
    seconds = (performance.now() - start) / 1000;
  });

  it('parses all 42,532 rows', () => {
    expect(obs).toHaveLength(42_532);
    const months = [...new Set(obs.map((o) => o.period))].sort();
    expect([months.length, months[0], months.at(-1)]).toEqual([48, '2019-10-01', '2023-09-01']);
    expect(new Set(obs.filter(southwest).map((o) => o.geography))).toEqual(new Set(['US-SWB/AZ', 'US-SWB/CA', 'US-SWB/NM', 'US-SWB/TX']));
    expect(obs.every((o) => o.component === 'ALL' && o.value !== null)).toBe(true);
  });

  it('matches the published southwest border totals', () => {
    expect(total(obs, (o) => southwest(o) && inFy(2020)(o))).toBe(458_088);
    expect(total(obs, (o) => southwest(o) && inFy(2021)(o))).toBe(1_734_686);
    expect(total(obs, (o) => southwest(o) && inFy(2022)(o))).toBe(2_378_944);
    expect(total(obs, (o) => southwest(o) && inFy(2023)(o))).toBe(2_475_669);
    expect(total(obs, (o) => southwest(o) && o.period === '2021-03-01')).toBe(173_277);
  });

  it('matches the published southwest border Title 42 totals', () => {
    const t42 = (fy: number) => total(obs, (o) => southwest(o) && inFy(fy)(o) && o.authority === 'T42');
    expect([2020, 2021, 2022, 2023].map(t42)).toEqual([204_787, 1_063_526, 1_079_507, 564_380]);
  });

  it('Title 8 + Title 42 equals the file total from a plain DuckDB query', async () => {
    const { scratch, close } = await openScratch();
    try {
      const reader = await scratch.runAndReadAll(`SELECT sum("Encounter Count")::INTEGER AS n FROM read_csv('${mirrorPath(RELATIVE)}')`);
      const fileTotal = Number(reader.getRowObjects()[0].n);
      expect(fileTotal).toBe(8_571_067);
      expect(total(obs, (o) => o.authority === 'T8') + total(obs, (o) => o.authority === 'T42')).toBe(fileTotal);
    } finally {
      close();
    }
  });

  it('agrees with the cbp-sbo release month by month on the southwest border, FY2022-FY2023', async () => {
    const other = await parseWith(sbo, { encounters: mirrorPath(SBO) });
    const byMonth = (list: Observation[]) => {
      const m = new Map<string, number>();
      for (const o of list) if (inFy(2022)(o) || inFy(2023)(o)) m.set(o.period, (m.get(o.period) ?? 0) + (o.value ?? 0));
      return m;
    };
    const mine = byMonth(obs.filter(southwest));
    const theirs = byMonth(other);
    expect(mine.size).toBe(24);
    const differences = [...mine].filter(([month, n]) => theirs.get(month) !== n).map(([month, n]) => `${month}: ${n} vs ${theirs.get(month)}`);
    expect(differences).toEqual([]);
  });
});
