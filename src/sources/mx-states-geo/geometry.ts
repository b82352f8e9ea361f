/**
 * A state's GeoJSON geometry: a Polygon or MultiPolygon whose rings are closed lists of
 * [longitude, latitude] positions inside Mexico's box (the copy is CRS84, lon/lat order).
 */
import { InputError } from '../../errors.js';
import { expectedCoordinate, inMexico } from '../inegi-places/coordinates.js';
import { found, isObject } from './json.js';

export interface Geometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: unknown[];
}

type Fail = (path: string, expected: string, value: unknown) => never;

export function checkGeometry(value: unknown, path: string, file: string): Geometry {
  const fail: Fail = (p, expected, v) => {
    throw new InputError({ file, column: p }, expected, found(v), 'bad geometry');
  };
  if (!isObject(value)) fail(path, 'a GeoJSON geometry', value);
  const g = value as Record<string, unknown>;
  const coordinates = g.coordinates;
  if (g.type === 'Polygon') checkPolygon(coordinates, `${path}.coordinates`, fail);
  else if (g.type === 'MultiPolygon') {
    const polygons = list(coordinates, `${path}.coordinates`, 1, 'a list of polygons', fail);
    polygons.forEach((p, i) => checkPolygon(p, `${path}.coordinates[${i}]`, fail));
  } else fail(`${path}.type`, '"Polygon" or "MultiPolygon"', g.type);
  return { type: g.type as Geometry['type'], coordinates: coordinates as unknown[] };
}

function list(value: unknown, path: string, min: number, expected: string, fail: Fail): unknown[] {
  if (!Array.isArray(value) || value.length < min) fail(path, expected, value);
  return value as unknown[];
}

function checkPolygon(value: unknown, path: string, fail: Fail): void {
  const rings = list(value, path, 1, 'a list of linear rings', fail);
  rings.forEach((ring, r) => {
    const positions = list(ring, `${path}[${r}]`, 4, 'a linear ring of 4 positions or more', fail);
    positions.forEach((p, i) => checkPosition(p, `${path}[${r}][${i}]`, fail));
    const [first, last] = [positions[0] as number[], positions.at(-1) as number[]];
    if (first[0] !== last[0] || first[1] !== last[1]) fail(`${path}[${r}][${positions.length - 1}]`, `the ring's first position, [${first.join(', ')}] (a closed ring)`, last);
  });
}

function checkPosition(value: unknown, path: string, fail: Fail): void {
  const p = list(value, path, 2, 'a position [longitude, latitude]', fail);
  if (p.length > 3) fail(path, 'a position [longitude, latitude]', p);
  if (typeof p[0] !== 'number' || !inMexico('lon', p[0])) fail(`${path}[0]`, expectedCoordinate('lon'), p[0]);
  if (typeof p[1] !== 'number' || !inMexico('lat', p[1])) fail(`${path}[1]`, expectedCoordinate('lat'), p[1]);
}
