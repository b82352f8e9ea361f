/**
 * Coordinates in Mexico (WGS84 decimal degrees). The box holds the whole country with
 * its islands, from Isla Guadalupe (118.4° W) to Isla Mujeres (86.7° W) and from the
 * Suchiate river (14.5° N) to Baja California's border (32.7° N): a point outside it is
 * a swapped, mistyped or misplaced coordinate.
 */
import { InputError, shown, type Location } from '../../errors.js';

export const MEXICO_BOX = { lat: [14.4, 32.8], lon: [-118.5, -86.6] } as const;

export type Axis = 'lat' | 'lon';

const NAMES: Record<Axis, string> = { lat: 'latitude', lon: 'longitude' };

/** True when `value` lies within Mexico's box on `axis`. */
export function inMexico(axis: Axis, value: number): boolean {
  const [min, max] = MEXICO_BOX[axis];
  return value >= min && value <= max;
}

/** What a coordinate must be, for error messages. */
export function expectedCoordinate(axis: Axis): string {
  const [min, max] = MEXICO_BOX[axis];
  return `a ${NAMES[axis]} in Mexico, in decimal degrees between ${min} and ${max}`;
}

/** A latitude or longitude cell, as decimal degrees within Mexico's box. */
export function parseCoordinate(text: string | null, axis: Axis, at: Location): number {
  const t = (text ?? '').trim();
  const value = Number(t);
  if (!/^-?\d{1,3}(\.\d+)?$/.test(t) || !inMexico(axis, value)) {
    throw new InputError(at, expectedCoordinate(axis), shown(text), 'bad coordinate');
  }
  return value;
}
