/**
 * A small seeded random source (mulberry32): the same seed gives the same draws, so a
 * scenario's bands are reproducible and tests can be exact.
 */
export type Random = () => number;

export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number from 0 to n − 1. */
export const pick = (random: Random, n: number) => Math.min(n - 1, Math.floor(random() * n));
