import { describe, expect, it } from 'vitest';
import { latestNote } from './source-age';
import type { Table } from './charts/download';

const TODAY = new Date(Date.UTC(2026, 11, 7)); // 7 December 2026
const table = (rows: [string, boolean, number][]): Table => ({ columns: ['period', 'value', 'complete', 'parts'], rows: rows.map(([p, c, n]) => [p, 1, c, n]) });

describe('the note on a chart\'s latest figure', () => {
  it('names a month as the month', () => {
    expect(latestNote(table([['2025-05-01', true, 1]]), 'en', TODAY)).toBe('The latest figure here is for May 2025, 19 months before today.');
    expect(latestNote(table([['2026-10-01', true, 1]]), 'en', TODAY)).toBeNull();
  });

  it('names a fiscal year as the year, aged from its last month (Sep), or the last month it has when incomplete', () => {
    // FY2024 (Oct 2023 - Sep 2024): it read "for Oct 2023, 38 months before today".
    expect(latestNote(table([['2023-10-01', true, 12]]), 'en', TODAY, { grain: 'fy' })).toBe('The latest figure here is for FY2024 (to Sep 2024), 27 months before today.');
    expect(latestNote(table([['2024-10-01', false, 11]]), 'es', TODAY, { grain: 'fy' })).toBe('La cifra más reciente aquí es de año fiscal 2025 (hasta ago 2025), 16 meses antes de hoy.');
  });

  it('ages only what the chart draws when its table holds later rows (a total beside a breakdown)', () => {
    const t = table([['2024-10-01', false, 11], ['2025-10-01', false, 10]]);
    // The bars end in FY2025 (to Aug 2025); FY2026's total, to Jul 2026, is in the table but not drawn: it read "for Oct 2025".
    expect(latestNote(t, 'en', TODAY, { grain: 'fy', drawnTo: '2024-10-01' })).toBe('The latest figure here is for FY2025 (to Aug 2025), 16 months before today.');
  });
});
