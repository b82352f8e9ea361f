/**
 * zeroWhereNotListed: a node that stops before the rest of its level is 0 afterwards only
 * where the nodes listed add up exactly to the total.
 */
import { describe, expect, it } from 'vitest';
import { zeroWhereNotListed } from './hierarchy.js';
import type { MonthlySeries } from './series.js';

const series = (id: string, start: string, values: number[], source = 'a'): MonthlySeries => ({
  id, measure: 'encounters', keys: {}, start, values, sources: values.map(() => source), droppedAtEnd: [],
});

describe('zeroWhereNotListed', () => {
  const total = series('total', '2021-08', [10, 12, 7, 9], 'new');

  it('fills with 0 a node the newer table never lists, when the others add up to the total', () => {
    const level = [series('x', '2021-08', [6, 7, 7, 9], 'old'), series('y', '2021-08', [4, 5], 'old')];
    const [x, y] = zeroWhereNotListed(level, total);
    expect(x).toBe(level[0]);
    expect(y.values).toEqual([4, 5, 0, 0]);
    expect(y.sources).toEqual(['old', 'old', 'old', 'old']);
    expect(y.start).toBe('2021-08');
  });

  it('leaves it as it is when one month does not add up (the newer table is not a complete breakdown)', () => {
    const level = [series('x', '2021-08', [6, 7, 7, 8]), series('y', '2021-08', [4, 5])];
    expect(zeroWhereNotListed(level, total)[1].values).toEqual([4, 5]);
  });

  it('leaves it as it is when the total does not reach those months', () => {
    const level = [series('x', '2021-08', [6, 7, 7, 9, 3]), series('y', '2021-08', [4, 5])];
    expect(zeroWhereNotListed(level, total)[1].values).toEqual([4, 5]);
  });

  it('takes the source of the month from a node listed then', () => {
    const level = [{ ...series('x', '2021-08', [6, 7, 7, 9]), sources: ['old', 'old', 'new', 'new'] }, series('y', '2021-08', [4, 5], 'old')];
    expect(zeroWhereNotListed(level, total)[1].sources).toEqual(['old', 'old', 'new', 'new']);
  });
});
