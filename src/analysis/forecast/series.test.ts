import { describe, expect, it } from 'vitest';
import type { SeriesRow } from '../../store/query/series.js';
import { groupRows, SWB_HIERARCHY } from './hierarchy.js';
import { seriesFromRows, seriesId } from './series.js';

function row(period: string, value: number | null, extra: Partial<SeriesRow> = {}): SeriesRow {
  return { period: `${period}-01`, grain: 'month', keys: { geography: 'US-SWB' }, value, complete: true, parts: 1, expectedParts: 1, source: 'src', dataset: 'src/t', vintage: 1, rounding: 1, cells: 1, ...extra };
}

describe('monthly series for forecasting', () => {
  it('leaves incomplete and blank months at the end out of training, never as low values', () => {
    const [s] = seriesFromRows('encounters', [row('2024-01', 10), row('2024-02', 12), row('2024-03', 3, { complete: false, parts: 9, expectedParts: 31 }), row('2024-04', null)]);
    expect(s.values).toEqual([10, 12]);
    expect(s.droppedAtEnd).toEqual([
      { period: '2024-03', reason: 'incomplete' },
      { period: '2024-04', reason: 'blank' },
    ]);
  });

  it('starts after the last gap inside the series (blank, incomplete or absent month)', () => {
    const [s] = seriesFromRows('encounters', [row('2024-01', 10), row('2024-02', null), row('2024-03', 11), row('2024-05', 13), row('2024-06', 14)]);
    expect(s.start).toBe('2024-05');
    expect(s.values).toEqual([13, 14]);
    expect(s.startsAfter).toEqual({ period: '2024-04', reason: 'absent' });
  });

  it('names a series by its measure and keys, in a stable order', () => {
    expect(seriesId('encounters', { geography: 'US-SWB', component: 'USBP' })).toBe('encounters component=USBP geography=US-SWB');
    const two = seriesFromRows('encounters', [row('2024-01', 1, { keys: { geography: 'US-SWB', component: 'USBP' } }), row('2024-01', 2, { keys: { geography: 'US-SWB', component: 'OFO' } })]);
    expect(two.map((s) => s.id).sort()).toEqual(['encounters component=OFO geography=US-SWB', 'encounters component=USBP geography=US-SWB']);
  });
});

describe('hierarchy rows', () => {
  it('groups citizenships outside the four named into REST, summed', () => {
    const rows = [
      row('2024-01', 5, { keys: { citizenship: 'MEX' } }),
      row('2024-01', 3, { keys: { citizenship: 'VEN' } }),
      row('2024-01', 4, { keys: { citizenship: 'OTHER' } }),
    ];
    const grouped = groupRows(SWB_HIERARCHY, ['citizenship'], rows);
    expect(grouped.map((r) => [r.keys.citizenship, r.value])).toEqual([
      ['MEX', 5],
      ['REST', 7],
    ]);
  });

  it('fills 0 for a node its table lists in other months, and nothing for a table that never lists it', () => {
    const rows = [
      row('2024-01', 5, { keys: { component: 'USBP' }, dataset: 'a' }),
      row('2024-01', 2, { keys: { component: 'OFO' }, dataset: 'a' }),
      row('2024-02', 6, { keys: { component: 'USBP' }, dataset: 'a' }), // OFO not listed: 0
      row('2023-12', 9, { keys: { component: 'USBP' }, dataset: 'b' }), // table b (Border Patrol only) never lists OFO
    ];
    const grouped = groupRows(SWB_HIERARCHY, ['component'], rows);
    expect(grouped.map((r) => [r.period.slice(0, 7), r.keys.component, r.value])).toEqual([
      ['2023-12', 'USBP', 9],
      ['2024-01', 'USBP', 5],
      ['2024-01', 'OFO', 2],
      ['2024-02', 'USBP', 6],
      ['2024-02', 'OFO', 0],
    ]);
    const series = seriesFromRows('encounters', grouped);
    expect(series.find((s) => s.keys.component === 'OFO')!.start).toBe('2024-01');
  });
});
