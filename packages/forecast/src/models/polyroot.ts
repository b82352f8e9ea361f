/**
 * Complex roots of a real polynomial by the Aberth-Ehrlich simultaneous iteration (Aberth
 * 1973, "Iteration methods for finding all zeros of a polynomial simultaneously",
 * Mathematics of Computation 27, 339-344; Bini 1996, "Numerical computation of polynomial
 * zeros by means of Aberth's method", Numerical Algorithms 13, 179-200). ARIMA uses it to
 * check stationarity and invertibility (are all roots of 1 - phi_1 z - ... outside the unit
 * circle?) and to flip non-invertible moving-average roots, as R's `polyroot` is used in
 * stats::arima and forecast::auto.arima. Accuracy near 1e-12 relative is ample for those
 * decisions, which compare moduli with 1 or 1.01.
 */

export interface Complex {
  re: number;
  im: number;
}

/**
 * All roots of sum_k c[k] z^k (c[0] the constant term). Trailing zero coefficients (of the
 * highest powers) are ignored; leading zero coefficients give roots at 0.
 */
export function polyroot(c: readonly number[]): Complex[] {
  let degree = c.length - 1;
  while (degree > 0 && c[degree] === 0) degree--;
  const roots: Complex[] = [];
  let low = 0;
  while (low < degree && c[low] === 0) {
    roots.push({ re: 0, im: 0 });
    low++;
  }
  const a = c.slice(low, degree + 1);
  const d = a.length - 1;
  if (d <= 0) return roots;
  if (d === 1) {
    roots.push({ re: -a[0] / a[1], im: 0 });
    return roots;
  }
  // Initial points on a circle whose radius is the geometric mean of the root moduli.
  const radius = Math.pow(Math.abs(a[0] / a[d]), 1 / d) || 1;
  const zr = new Float64Array(d);
  const zi = new Float64Array(d);
  for (let k = 0; k < d; k++) {
    const angle = (2 * Math.PI * k) / d + 0.4;
    zr[k] = radius * Math.cos(angle);
    zi[k] = radius * Math.sin(angle);
  }
  const converged = new Uint8Array(d);
  for (let iter = 0; iter < 500; iter++) {
    let allDone = true;
    for (let k = 0; k < d; k++) {
      if (converged[k]) continue;
      // p(z) and p'(z) by Horner's rule in complex arithmetic.
      let pr = a[d];
      let pi = 0;
      let dr = 0;
      let di = 0;
      const xr = zr[k];
      const xi = zi[k];
      for (let j = d - 1; j >= 0; j--) {
        const ndr = dr * xr - di * xi + pr;
        const ndi = dr * xi + di * xr + pi;
        dr = ndr;
        di = ndi;
        const npr = pr * xr - pi * xi + a[j];
        const npi = pr * xi + pi * xr;
        pr = npr;
        pi = npi;
      }
      if (pr === 0 && pi === 0) {
        converged[k] = 1;
        continue;
      }
      // ratio = p / p'
      const dd = dr * dr + di * di;
      let rr: number;
      let ri: number;
      if (dd === 0) {
        rr = 1e-8;
        ri = 1e-8;
      } else {
        rr = (pr * dr + pi * di) / dd;
        ri = (pi * dr - pr * di) / dd;
      }
      // s = sum_{j != k} 1 / (z_k - z_j)
      let sr = 0;
      let si = 0;
      for (let j = 0; j < d; j++) {
        if (j === k) continue;
        const ur = xr - zr[j];
        const ui = xi - zi[j];
        const uu = ur * ur + ui * ui;
        if (uu === 0) continue;
        sr += ur / uu;
        si += -ui / uu;
      }
      // w = ratio / (1 - ratio * s)
      const denr = 1 - (rr * sr - ri * si);
      const deni = -(rr * si + ri * sr);
      const den = denr * denr + deni * deni;
      const wr = (rr * denr + ri * deni) / den;
      const wi = (ri * denr - rr * deni) / den;
      zr[k] = xr - wr;
      zi[k] = xi - wi;
      const size = Math.hypot(zr[k], zi[k]);
      if (Math.hypot(wr, wi) <= 1e-15 * Math.max(size, 1e-300)) converged[k] = 1;
      else allDone = false;
    }
    if (allDone) break;
  }
  for (let k = 0; k < d; k++) roots.push({ re: zr[k], im: zi[k] });
  return roots;
}

/** Smallest modulus among the roots (Infinity for a constant polynomial). */
export function minRootModulus(c: readonly number[]): number {
  let min = Infinity;
  for (const r of polyroot(c)) min = Math.min(min, Math.hypot(r.re, r.im));
  return min;
}
