import { describe, expect, it } from 'vitest';
import { flatten, type LabelledSeriesRow } from './series-table.js';

const row: LabelledSeriesRow = {
  period: '2025-01-01',
  period_label: '2025-01',
  grain: 'month',
  keys: { category: { code: 'land', label: 'Land' } },
  value: 10,
  complete: true,
  parts: 1,
  expected_parts: 1,
  source: 's',
  dataset: 's/t',
  vintage: 1,
  rounding: 1,
};

describe('flatten', () => {
  it('has the columns of the breakdown asked for even without a row, so a file\'s columns do not depend on its rows', () => {
    // Before: an empty download "by category and demographic" had neither column (INM's Mexicans received, whose two breakdowns never cross).
    const names = (rows: LabelledSeriesRow[]) => flatten(rows, ['category', 'demographic']).columns.map((c) => c.name);
    expect(names([])).toEqual(expect.arrayContaining(['demographic', 'demographic_label', 'category', 'category_label']));
    expect(names([])).toEqual(names([row]));
    expect(flatten([row], ['category', 'demographic']).records[0]).toMatchObject({ category: 'land', demographic: null });
  });

  it('without a breakdown asked for, has the dimensions the rows carry', () => {
    expect(flatten([row]).columns.map((c) => c.name)).toContain('category_label');
    expect(flatten([]).columns.map((c) => c.name)).not.toContain('category');
  });
});
