import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWith } from '../../../test/parse-context.js';
import type { Observation } from '../types.js';
import adapter from './index.js';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'nationwide-encounters-fy20-fy21-sep-oct-sample.csv');
const parseFile = (path: string) => parseWith(adapter, { encounters: path });
const total = (obs: Observation[], keep: (o: Observation) => boolean = () => true) =>
  obs.filter(keep).reduce((s, o) => s + (o.value ?? 0), 0);

describe('cbp-state on a fixture in the publisher format', () => {
  it('reads September 2020 (FY2020) and October 2020 (FY2021) for three regions', async () => {
    const obs = await parseFile(FIXTURE);
    expect(obs).toHaveLength(46);
    expect(total(obs)).toBe(45_147);
    expect(total(obs, (o) => o.period === '2020-09-01')).toBe(20_230);
    expect(total(obs, (o) => o.period === '2020-10-01')).toBe(24_917);
    expect(total(obs, (o) => o.geography.startsWith('US-SWB/'))).toBe(42_166);
    expect(total(obs, (o) => o.geography.startsWith('US-NLB/'))).toBe(811);
    expect(total(obs, (o) => o.geography.startsWith('US-OTH/'))).toBe(2_170);
    expect(total(obs, (o) => o.authority === 'T42')).toBe(38_724);
    expect(total(obs, (o) => o.authority === 'T8')).toBe(6_423);
    expect(new Set(obs.map((o) => o.geography))).toEqual(new Set(['US-NLB/ME', 'US-OTH/FL', 'US-OTH/TX', 'US-SWB/TX']));
    expect(new Set(obs.map((o) => o.demographic))).toEqual(new Set(['SA', 'FMUA', 'UC', 'AM']));
    expect(obs.every((o) => o.component === 'ALL' && o.category === 'ALL')).toBe(true);
  });

  it('reads a quoted label with a comma ("CHINA, PEOPLES REPUBLIC OF")', async () => {
    const obs = await parseFile(FIXTURE);
    expect(total(obs, (o) => o.citizenship === 'CHN')).toBe(916);
    expect(obs.find((o) => o.period === '2020-09-01' && o.geography === 'US-OTH/TX' && o.citizenship === 'CHN' && o.demographic === 'SA' && o.authority === 'T8')).toEqual({
      dataset: 'cbp-state/monthly-region-state',
      period: '2020-09-01',
      geography: 'US-OTH/TX',
      citizenship: 'CHN',
      demographic: 'SA',
      authority: 'T8',
      component: 'ALL',
      category: 'ALL',
      value: 400,
      // Cells made in DuckDB name their file; a faulty row is named by row and column (bad-input.test.ts).
      at: { file: 'nationwide-encounters-fy20-fy21-sep-oct-sample.csv' },
    });
  });

  it('keeps a blank count as null, never 0', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'cbp-state-')), 'nationwide-encounters-fy20-fy23-state.csv');
    writeFileSync(path, readFileSync(FIXTURE, 'utf8').replace('CANADA,Title 8,74\r\n', 'CANADA,Title 8,\r\n'));
    const obs = await parseFile(path);
    expect(obs[2].value).toBeNull();
    expect(obs.filter((o) => o.value === 0)).toHaveLength(0);
  });
});
