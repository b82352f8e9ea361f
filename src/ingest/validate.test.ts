/**
 * The observation checks: whatever the list, validateObservations throws exactly when an
 * observation is at fault, at the first one in the adapter's order, whichever pass finds
 * it first (the numbered scan of observation-scan.ts, then the full pass).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import { observation, type Dimension, type Observation, type SourceAdapter } from '../sources/types.js';
import type { Place } from '../model/index.js';
import { validateObservations } from './validate.js';

const adapter = {
  describe: {
    id: 'v',
    files: [{ id: 'f', mirrorPath: 'us/v/f.csv', url: 'http://127.0.0.1/f.csv' }],
    datasets: [
      { id: 'v/monthly', grain: 'month', measure: 'encounters' },
      { id: 'v/daily', grain: 'day', measure: 'encounters' },
    ],
  },
} as unknown as SourceAdapter;

const places: Place[] = [
  { code: 'US', level: 'country', label: { en: 'US', es: 'EE. UU.' }, parents: [] },
  { code: 'US-SWB', level: 'region', label: { en: 'SW', es: 'SO' }, parents: ['US'] },
  { code: 'US-NLB', level: 'region', label: { en: 'N', es: 'N' }, parents: ['US'] },
] as Place[];
const categories = ['c1', 'c2'];

const check = (obs: Observation[]) => validateObservations(adapter, obs, places, categories);
const at = (row: number) => ({ file: 'f.csv', row });

/** An independent statement of the rules: the index of the first observation at fault, or -1. */
function firstFaultIndex(obs: Observation[]): number {
  const seen = new Set<string>();
  const codes: Record<string, string[]> = {
    geography: ['US', 'US-SWB', 'US-NLB'], citizenship: ['ALL', 'MEX', 'GTM'], demographic: ['ALL'], authority: ['ALL'], component: ['ALL'], category: ['ALL', ...categories],
  };
  for (const [i, o] of obs.entries()) {
    const grain = o.dataset === 'v/monthly' ? 'month' : o.dataset === 'v/daily' ? 'day' : undefined;
    if (!grain) return i;
    const d = new Date(`${o.period}T00:00:00Z`);
    if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== o.period || (grain === 'month' && !o.period.endsWith('-01'))) return i;
    if (Object.entries(codes).some(([dim, known]) => !known.includes(o[dim as Dimension]))) return i;
    if (o.value !== null && !Number.isFinite(o.value)) return i;
    const key = JSON.stringify([o.dataset, o.period, o.geography, o.citizenship, o.demographic, o.authority, o.component, o.category]);
    if (seen.has(key)) return i;
    seen.add(key);
  }
  return -1;
}

const anObservation = (row: number) =>
  fc
    .record({
      dataset: fc.constantFrom('v/monthly', 'v/daily', 'v/weekly'),
      period: fc.constantFrom('2021-01-01', '2021-02-01', '2021-02-14', '2021-02-30', '2021-1-01'),
      geography: fc.constantFrom('US-SWB', 'US-SWB', 'US-NLB', 'ALL', 'MARS'),
      citizenship: fc.constantFrom('MEX', 'GTM', 'ATLANTIS'),
      category: fc.constantFrom('c1', 'c2', 'c3'),
      value: fc.oneof(fc.integer({ min: 0, max: 5 }), fc.constant(null), fc.constant(Number.NaN)),
    })
    .map((r) => observation(r.dataset, r.period, r.value, { geography: r.geography, citizenship: r.citizenship, category: r.category }, at(row)));

describe('validateObservations', () => {
  it('throws exactly when an observation is at fault, at the first one in order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => anObservation(i + 1)))), (obs) => {
        const first = firstFaultIndex(obs);
        let thrown: unknown;
        try {
          check(obs);
        } catch (e) {
          thrown = e;
        }
        if (first < 0) expect(thrown).toBeUndefined();
        else {
          expect(thrown).toBeInstanceOf(InputError);
          expect((thrown as InputError).at).toEqual(at(first + 1));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('a cell given twice is named at its second row, with the first', () => {
    const obs = [observation('v/monthly', '2021-01-01', 1, { geography: 'US-SWB' }, at(2)), observation('v/monthly', '2021-02-01', 1, { geography: 'US-SWB' }, at(3)), observation('v/monthly', '2021-01-01', 2, { geography: 'US-SWB' }, at(4))];
    expect(() => check(obs)).toThrow(/duplicated cell in f\.csv, row 4.*first seen at row 2/);
  });

  it('many clean observations pass, and a region with its own country in one table does not', () => {
    const obs: Observation[] = [];
    for (let d = 1; d <= 28; d++) for (const c of ['MEX', 'GTM']) for (const g of ['US-SWB', 'US-NLB']) obs.push(observation('v/daily', `2021-02-${String(d).padStart(2, '0')}`, d, { geography: g, citizenship: c }, at(obs.length + 2)));
    expect(() => check(obs)).not.toThrow();
    obs.push(observation('v/daily', '2021-03-01', 1, { geography: 'US' }, at(obs.length + 2)));
    expect(() => check(obs)).toThrow(/nested geography/);
  });
});
