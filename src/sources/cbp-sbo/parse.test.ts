import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWith } from '../../../test/parse-context.js';
import type { Observation } from '../types.js';
import adapter from './index.js';

const fixture = (name: string) => join(import.meta.dirname, 'fixtures', name);
const parseFile = (path: string) => parseWith(adapter, { encounters: path });
const total = (obs: Observation[], keep: (o: Observation) => boolean = () => true) =>
  obs.filter(keep).reduce((s, o) => s + (o.value ?? 0), 0);

describe('cbp-sbo on fixtures in the publisher format', () => {
  it('reads FY2022 August (FYTD) and September (Remaining) with Title 42 expulsions', async () => {
    const obs = await parseFile(fixture('sbo-encounters-fy22-aug-sep-mexico.csv'));
    expect(obs).toHaveLength(23);
    expect(total(obs)).toBe(124_203);
    expect(total(obs, (o) => o.period === '2022-08-01')).toBe(60_772);
    expect(total(obs, (o) => o.period === '2022-09-01')).toBe(63_431);
    expect(total(obs, (o) => o.authority === 'T42')).toBe(98_263);
    expect(total(obs, (o) => o.authority === 'T8')).toBe(25_940);
    // "2022,FYTD,AUG,U.S. Border Patrol,Single Adults,Mexico,Title 42,Expulsions,44479" on row 10
    expect(obs.find((o) => o.period === '2022-08-01' && o.component === 'USBP' && o.demographic === 'SA' && o.authority === 'T42')).toEqual({
      dataset: 'cbp-sbo/sw-monthly',
      period: '2022-08-01',
      geography: 'US-SWB',
      citizenship: 'MEX',
      demographic: 'SA',
      authority: 'T42',
      component: 'USBP',
      category: 'ALL',
      value: 44_479,
      // Cells made in DuckDB name their file; a faulty row is named by row and column (bad-input.test.ts).
      at: { file: 'sbo-encounters-fy22-aug-sep-mexico.csv' },
    });
    expect(new Set(obs.map((o) => o.demographic))).toEqual(new Set(['AM', 'FMUA', 'SA', 'UC']));
    expect(new Set(obs.map((o) => o.component))).toEqual(new Set(['OFO', 'USBP']));
  });

  it('reads "2025 (FYTD)" as fiscal year 2025 (October 2024 on)', async () => {
    const obs = await parseFile(fixture('sbo-encounters-fy25-oct-nov.csv'));
    expect(obs).toHaveLength(27);
    expect(total(obs, (o) => o.period === '2024-10-01')).toBe(59_477);
    expect(total(obs, (o) => o.period === '2024-11-01')).toBe(52_438);
    expect(new Set(obs.map((o) => o.citizenship))).toEqual(new Set(['GTM', 'OTHER']));
    expect(obs.every((o) => o.authority === 'T8' && o.geography === 'US-SWB')).toBe(true);
  });

  it('keeps a blank count as null, never 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cbp-sbo-'));
    const path = join(dir, 'sbo-encounters-fy22-fy25-aug.csv');
    const text = readFileSync(fixture('sbo-encounters-fy22-aug-sep-mexico.csv'), 'utf8');
    writeFileSync(path, text.replace('Title 8,Inadmissibles,67\r\n', 'Title 8,Inadmissibles,\r\n'));
    const obs = await parseFile(path);
    expect(obs[1].value).toBeNull();
    expect(obs.filter((o) => o.value === 0)).toHaveLength(0);
  });
});
