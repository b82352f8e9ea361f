/**
 * A seeded random source for simulated prediction intervals, so a forecast is the same on
 * every run and every machine. The uniform generator is sfc32 (Chris Doty-Humphrey's
 * "small fast counter", from PractRand), seeded by splitmix32; normal deviates come from
 * the Box-Muller transform. Quantiles of simulated paths use Hyndman & Fan (1996) type 8,
 * as R's forecast package does for its simulated intervals.
 */

export interface RandomSource {
  /** Uniform on [0, 1). */
  uniform(): number;
  /** Standard normal. */
  normal(): number;
}

/** A deterministic random source from an integer seed. */
export function seededRandom(seed: number): RandomSource {
  let s = seed >>> 0;
  const splitmix = (): number => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = splitmix();
  const next = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) next();
  let spare: number | undefined;
  const uniform = (): number => (next() + next() / 4294967296) / 4294967296;
  return {
    uniform,
    normal(): number {
      if (spare !== undefined) {
        const v = spare;
        spare = undefined;
        return v;
      }
      let u = 0;
      while (u === 0) u = uniform();
      const v = uniform();
      const r = Math.sqrt(-2 * Math.log(u));
      spare = r * Math.sin(2 * Math.PI * v);
      return r * Math.cos(2 * Math.PI * v);
    },
  };
}

/**
 * Sample quantile of type 8 (median-unbiased; Hyndman & Fan 1996), as R's
 * `quantile(x, p, type = 8)`. `sorted` must be sorted ascending.
 */
export function quantileType8(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n + 1 / 3) * p + 1 / 3; // 1-based position
  if (h <= 1) return sorted[0];
  if (h >= n) return sorted[n - 1];
  const lo = Math.floor(h);
  const frac = h - lo;
  return sorted[lo - 1] + frac * (sorted[lo] - sorted[lo - 1]);
}
