/**
 * The last steps before a band is shown: bands nested and bounded by what the data make
 * possible (README.md, "Intervals"). shownIntervals (backtest.ts) nests, makes the bands never
 * narrower further ahead, then bounds.
 *
 * 1. Nested: a wider level's bound must lie strictly outside a narrower level's. Conformal
 *    quantiles from few errors cannot always tell them apart (with 10 errors the 80% and
 *    95% upper bounds are both the largest error), and adaptive levels can cross. Where a
 *    wider band's bound is not outside, it is moved out from the narrower band's bound by
 *    half that band's width times (r − 1), r = z(95%)/z(80%) = 1.53 the width ratio a normal
 *    error would give; a lower bound at 0 stays at 0 (counts are never negative).
 * 2. Bounded: no upper bound above CEILING_FACTOR times the highest month known at the
 *    origin (C). Each level has its own ceiling, C for the widest and less for narrower ones
 *    (boundBands). Up to halfway between the point forecast and its ceiling a bound is left
 *    as it is; beyond, it approaches the ceiling smoothly (u' = k + (C − k)(1 − e^(−(u − k)/(C − k))),
 *    k the halfway point), so bands stay nested and a wider band stays wider. A point
 *    forecast above the ceiling is left alone (the band then is not bounded).
 * The effect on coverage is measured by the back-tests (bench/forecast-intervals.ts), which
 * score the bands after these steps.
 */

/** Upper bounds stay below this multiple of the highest month known at the origin (an assumption, stated in the model card). */
export const CEILING_FACTOR = 3;

export interface Band {
  level: number;
  lower: number[];
  upper: number[];
}

/** The ceiling of upper bounds for a series whose data up to the origin are `y`. */
export function bandCeiling(y: readonly number[]): number {
  let max = 0;
  for (const v of y) if (v > max) max = v;
  return max > 0 ? CEILING_FACTOR * max : Infinity;
}

/** Standard normal quantile (Acklam's rational approximation, relative error below 1.2e-9). */
export function normalQuantile(p: number): number {
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  if (p > 1 - low) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

const zOf = (level: number) => normalQuantile(0.5 + level / 200);

/** A few units in the last place of `v`: the least step that keeps two bounds apart. */
const ulps = (v: number) => 4 * Number.EPSILON * Math.max(Math.abs(v), Number.MIN_VALUE);

/** Makes every wider band strictly contain the narrower ones (in place), month by month. */
export function nestBands(mean: readonly number[], bands: Band[]): void {
  const sorted = [...bands].sort((x, y) => x.level - y.level);
  for (let k = 1; k < sorted.length; k++) {
    const inner = sorted[k - 1];
    const outer = sorted[k];
    const ratio = zOf(outer.level) / zOf(inner.level);
    mean.forEach((_, i) => {
      // At least a few units in the last place, so a band narrower than the float spacing still nests strictly.
      const spacing = ulps(Math.max(Math.abs(inner.upper[i]), Math.abs(inner.lower[i])));
      const extra = Math.max(((inner.upper[i] - inner.lower[i]) / 2) * (ratio - 1), spacing);
      if (!(outer.upper[i] > inner.upper[i])) outer.upper[i] = inner.upper[i] + extra;
      if (!(outer.lower[i] < inner.lower[i])) outer.lower[i] = Math.max(0, inner.lower[i] - extra);
    });
  }
}

/**
 * Keeps bands that were nested strictly apart after a step that moves each on its own (in
 * place): where rounding left a wider band's bound on the narrower one's (two log ratios a few
 * units in the last place apart map to the same count), it is moved out by a few units in the
 * last place. A lower bound at 0 stays at 0.
 */
export function keepApart(bands: Band[]): void {
  const sorted = [...bands].sort((x, y) => x.level - y.level);
  for (let k = 1; k < sorted.length; k++) {
    const inner = sorted[k - 1];
    const outer = sorted[k];
    inner.upper.forEach((u, i) => {
      if (!(outer.upper[i] > u)) outer.upper[i] = u + ulps(u);
      const l = inner.lower[i];
      if (l > 0 && !(outer.lower[i] < l)) outer.lower[i] = Math.max(0, l - ulps(l));
    });
  }
}

/**
 * Bounds upper bounds smoothly below `ceiling` (in place); see the file comment. The widest
 * level is bounded by the ceiling itself, a narrower one by the point forecast plus the
 * z-ratio share of the room (the 80% band by m + (C − m)/1.53), so that bands pressed
 * against the ceiling still differ.
 */
export function boundBands(mean: readonly number[], bands: Band[], ceiling: number): void {
  if (!Number.isFinite(ceiling) || bands.length === 0) return;
  const zTop = Math.max(...bands.map((b) => zOf(b.level)));
  mean.forEach((m, i) => {
    if (!(m < ceiling)) return;
    for (const b of bands) {
      const own = m + ((ceiling - m) * zOf(b.level)) / zTop;
      const knee = (m + own) / 2;
      const room = own - knee;
      const u = b.upper[i];
      if (u > knee) b.upper[i] = knee + room * (1 - Math.exp(-(u - knee) / room));
    }
  });
}

