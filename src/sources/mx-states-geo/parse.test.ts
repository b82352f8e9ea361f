import { describe, expect, it } from 'vitest';
import { parseAllWith } from '../../../test/parse-context.js';
import { fixtureFiles } from '../../../test/fixture-copies.js';
import adapter from './index.js';

const { observations, places, shapes = [] } = await parseAllWith(adapter, fixtureFiles(adapter.describe, import.meta.dirname).fixturePaths());

describe('mx-states-geo on the fixture', () => {
  it('gives one shape per state, MX-01 to MX-32, and no figures', () => {
    expect(shapes.map((s) => s.code).sort()).toEqual(Array.from({ length: 32 }, (_, i) => `MX-${String(i + 1).padStart(2, '0')}`));
    expect(observations).toEqual([]);
    expect(places).toBeUndefined();
    expect(adapter.describe.datasets).toEqual([]);
  });

  it('keeps each geometry as published, Polygon or MultiPolygon', () => {
    const shape = (code: string) => shapes.find((s) => s.code === code)?.geometry as { type: string; coordinates: number[][][] };
    expect(shape('MX-09').type).toBe('Polygon');
    expect(shape('MX-09').coordinates[0][0]).toEqual([-99.0905, 19.5093]);
    expect(shape('MX-02').type).toBe('MultiPolygon');
  });
});
