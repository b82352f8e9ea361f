/**
 * The real file: 32 states, each once, every position inside Mexico, checked against
 * a plain JSON.parse of the same file.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { describeMirror, mirrorPath } from '../../../test/mirror.js';
import { parseAllWith } from '../../../test/parse-context.js';
import type { ParsedSource } from '../types.js';
import adapter from './index.js';

const RELATIVE = adapter.describe.files[0].mirrorPath;
type Feature = { properties: { state_code: number }; geometry: { type: string; coordinates: unknown } };

/** Every [lon, lat] position under a coordinates array. */
const positions = (c: unknown): number[][] => (Array.isArray(c) && typeof c[0] === 'number' ? [c as number[]] : (c as unknown[]).flatMap(positions));

describeMirror('mx-states-geo on the mirror file', () => {
  let parsed: ParsedSource;
  let raw: { features: Feature[] };
  beforeAll(async () => {
    parsed = await parseAllWith(adapter, { states: mirrorPath(RELATIVE) });
    raw = JSON.parse(readFileSync(mirrorPath(RELATIVE), 'utf8'));
  });

  it('gives the 32 states once each, and no figures', () => {
    const codes = (parsed.shapes ?? []).map((s) => s.code);
    expect(new Set(codes).size).toBe(32);
    expect(codes.sort()).toEqual(raw.features.map((f) => `MX-${String(f.properties.state_code).padStart(2, '0')}`).sort());
    expect(parsed.observations).toEqual([]);
  });

  it('keeps all 7,848 positions, every one inside Mexico (118.4-86.7 W, 14.5-32.7 N)', () => {
    const ours = (parsed.shapes ?? []).flatMap((s) => positions((s.geometry as Feature['geometry']).coordinates));
    const theirs = raw.features.flatMap((f) => positions(f.geometry.coordinates));
    expect(ours).toHaveLength(7_848);
    expect(theirs).toHaveLength(7_848);
    const lons = theirs.map((p) => p[0]);
    const lats = theirs.map((p) => p[1]);
    expect(Math.min(...lons)).toBeCloseTo(-118.4, 1);
    expect(Math.max(...lons)).toBeCloseTo(-86.72, 2);
    expect(Math.min(...lats)).toBeCloseTo(14.53, 2);
    expect(Math.max(...lats)).toBeCloseTo(32.72, 2);
  });

  it('Chiapas is one polygon, Baja California several (its islands)', () => {
    const type = (code: string) => (parsed.shapes?.find((s) => s.code === code)?.geometry as Feature['geometry']).type;
    expect(type('MX-07')).toBe('Polygon');
    expect(type('MX-02')).toBe('MultiPolygon');
  });
});
