/**
 * The real file from the data mirror: published totals, checked against the
 * parsed observations and against a plain DuckDB query on the same file.
 */
import { beforeAll, expect, it } from 'vitest';
import { openScratch } from '../../ingest/scratch.js';
import { fiscalYearOf } from '../read/periods.js';
import { describeMirror, mirrorPath } from '../../../test/mirror.js';
import { parseWith } from '../../../test/parse-context.js';
import type { Observation } from '../types.js';
import adapter from './index.js';

const RELATIVE = 'us/cbp_sw_land_border_encounters/sbo-encounters-fy22-fy25-aug.csv';
const total = (obs: Observation[], keep: (o: Observation) => boolean = () => true) =>
  obs.filter(keep).reduce((s, o) => s + (o.value ?? 0), 0);

describeMirror('cbp-sbo on the mirror file', () => {
  let obs: Observation[];
  beforeAll(async () => {
    obs = await parseWith(adapter, { encounters: mirrorPath(RELATIVE) });
  });

  it('has one observation per row, all on the southwest border, none blank', () => {
    expect(obs).toHaveLength(1_936);
    expect(obs.every((o) => o.geography === 'US-SWB' && o.category === 'ALL' && o.value !== null)).toBe(true);
    const months = [...new Set(obs.map((o) => o.period))].sort();
    expect(months).toHaveLength(47);
    expect([months[0], months.at(-1)]).toEqual(['2021-10-01', '2025-08-01']);
  });

  it('matches the published fiscal-year totals', () => {
    const fy = (n: number) => (o: Observation) => fiscalYearOf(o.period) === n;
    expect(total(obs, fy(2022))).toBe(2_378_944);
    expect(total(obs, fy(2023))).toBe(2_475_669);
    expect(total(obs, fy(2024))).toBe(2_135_005);
    expect(total(obs, fy(2025))).toBe(432_059);
    expect(total(obs, (o) => fy(2025)(o) && o.component === 'USBP')).toBe(229_183);
    expect(total(obs, (o) => fy(2025)(o) && o.component === 'OFO')).toBe(202_876);
    expect(total(obs, (o) => fy(2022)(o) && o.component === 'USBP')).toBe(2_206_436);
  });

  it('Title 8 + Title 42 equals the file total from a plain DuckDB query', async () => {
    const { scratch, close } = await openScratch();
    try {
      const reader = await scratch.runAndReadAll(`SELECT sum("Encounter Count")::INTEGER AS n FROM read_csv('${mirrorPath(RELATIVE)}')`);
      const fileTotal = Number(reader.getRowObjects()[0].n);
      expect(fileTotal).toBe(7_421_677);
      expect(total(obs, (o) => o.authority === 'T8') + total(obs, (o) => o.authority === 'T42')).toBe(fileTotal);
    } finally {
      close();
    }
  });
});
