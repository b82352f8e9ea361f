/**
 * Parameter restrictions of ETS models, as forecast::ets applies them with its default
 * `bounds = "both"`:
 *
 * - the "usual" region, smoothing parameters in [1e-4, 0.9999] with beta <= alpha and
 *   gamma <= 1 - alpha, and phi in [0.8, 0.98];
 * - the "admissible" (forecastable) region of Hyndman, Akram & Archibald (2008), "The
 *   admissible parameter space for exponential smoothing models", Annals of the Institute
 *   of Statistical Mathematics 60, 407-426: inequalities on alpha, beta, gamma, phi and, for
 *   seasonal models, all roots of the characteristic polynomial
 *     z^(m+1) + (alpha + beta - phi) z^m + (alpha + beta - alpha phi) (z^(m-1) + ... + z^2)
 *       + (alpha + beta - alpha phi + gamma - 1) z + phi (1 - alpha - gamma)
 *   inside the unit circle (modulus at most 1 + 1e-10).
 *
 * R finds the roots with a general polynomial root finder at every likelihood evaluation.
 * Here the root condition is decided with the Schur-Cohn test (Henrici 1974, "Applied and
 * Computational Complex Analysis", vol. 1, section 6.8), which needs no roots and costs
 * O(m^2): apply it to p(r z) with r = 1 + 1e-10. When phi = 1 and beta = 0 (seasonal models
 * without a trend) z = 1 is an exact root; it is divided out first, so rounding cannot
 * decide on which side of the circle it falls.
 */

export interface Bounds {
  lower: [number, number, number, number];
  upper: [number, number, number, number];
}

export const DEFAULT_BOUNDS: Bounds = {
  lower: [1e-4, 1e-4, 1e-4, 0.8],
  upper: [0.9999, 0.9999, 0.9999, 0.98],
};

export interface ParameterFlags {
  trend: boolean;
  season: boolean;
  damped: boolean;
}

/**
 * True when the parameters are in both the usual and the admissible region (parameters a
 * model does not have are ignored: beta = 0, gamma = 0, phi = 1).
 */
export function parametersAllowed(
  alpha: number,
  beta: number,
  gamma: number,
  phi: number,
  flags: ParameterFlags,
  m: number,
  bounds: Bounds = DEFAULT_BOUNDS,
): boolean {
  const { lower, upper } = bounds;
  if (alpha < lower[0] || alpha > upper[0]) return false;
  if (flags.trend && (beta < lower[1] || beta > alpha || beta > upper[1])) return false;
  if (flags.damped && (phi < lower[3] || phi > upper[3])) return false;
  if (flags.season && (gamma < lower[2] || gamma > 1 - alpha || gamma > upper[2])) return false;
  return admissible(alpha, flags.trend ? beta : 0, gamma, flags.damped ? phi : 1, flags, m);
}

/** The admissible region alone (forecast's `admissible`, as its C++ target function applies it). */
export function admissible(alpha: number, beta: number, gamma: number, phi: number, flags: ParameterFlags, m: number): boolean {
  if (phi < 0 || phi > 1 + 1e-8) return false;
  if (!flags.season) {
    if (alpha < 1 - 1 / phi || alpha > 1 + 1 / phi) return false;
    if (flags.trend && (beta < alpha * (phi - 1) || beta > (1 + phi) * (2 - alpha))) return false;
    return true;
  }
  if (m <= 1) return true;
  const d = 1 - 1 / phi - alpha;
  if (gamma < (d > 0 ? d : 0) || gamma > 1 + 1 / phi - alpha) return false;
  if (alpha < 1 - 1 / phi - (gamma * (1 - m + phi + phi * m)) / (2 * phi * m)) return false;
  if (beta < -(1 - phi) * (gamma / m + alpha)) return false;
  if (polynomial.length !== m + 2) polynomial = new Float64Array(m + 2);
  return rootsInsideUnitCircle(characteristicPolynomial(alpha, beta, gamma, phi, m, polynomial), 1 + 1e-10, phi === 1 && beta === 0);
}

/** Reused between calls: the check runs at every likelihood evaluation. */
let polynomial = new Float64Array(14);

/** Coefficients c[0..m+1] of the characteristic polynomial, c[k] multiplying z^k. */
export function characteristicPolynomial(
  alpha: number,
  beta: number,
  gamma: number,
  phi: number,
  m: number,
  out: Float64Array = new Float64Array(m + 2),
): Float64Array {
  const c = out;
  c[0] = phi * (1 - alpha - gamma);
  c[1] = alpha + beta - alpha * phi + gamma - 1;
  for (let k = 2; k < m; k++) c[k] = alpha + beta - alpha * phi;
  c[m] = alpha + beta - phi;
  c[m + 1] = 1;
  return c;
}

const scratch = { a: new Float64Array(64), b: new Float64Array(64) };

/**
 * True when every root of the polynomial with coefficients c (c[k] for z^k) has modulus at
 * most `radius`. With `unitRoot`, the polynomial is known to vanish at z = 1 and that root
 * is divided out (it is inside any radius >= 1).
 */
export function rootsInsideUnitCircle(c: ArrayLike<number>, radius: number, unitRoot = false): boolean {
  let degree = c.length - 1;
  while (degree > 0 && c[degree] === 0) degree--;
  if (scratch.a.length < degree + 2) {
    scratch.a = new Float64Array(2 * degree + 2);
    scratch.b = new Float64Array(2 * degree + 2);
  }
  let a = scratch.a;
  let b = scratch.b;
  for (let k = 0; k <= degree; k++) a[k] = c[k];
  if (unitRoot && degree >= 1) {
    // Synthetic division by (z - 1): q[k-1] = c[k] + q[k] from the top.
    let carry = 0;
    for (let k = degree; k >= 1; k--) {
      carry = a[k] + carry;
      b[k - 1] = carry;
    }
    degree -= 1;
    for (let k = 0; k <= degree; k++) a[k] = b[k];
  }
  // Scale: roots of p(r z) are the roots of p divided by r.
  let rk = 1;
  for (let k = 0; k <= degree; k++) {
    a[k] *= rk;
    rk *= radius;
  }
  // Schur-Cohn: p has all roots strictly inside the unit disc iff |a0| < |ad| and the
  // polynomial (ad p(z) - a0 p*(z)) / z, of degree d - 1, has all roots inside as well.
  while (degree > 0) {
    const a0 = a[0];
    const ad = a[degree];
    if (!(Math.abs(a0) < Math.abs(ad))) return false;
    for (let j = 0; j < degree; j++) b[j] = ad * a[j + 1] - a0 * a[degree - 1 - j];
    degree -= 1;
    const lead = b[degree];
    for (let j = 0; j <= degree; j++) b[j] /= lead;
    const t = a;
    a = b;
    b = t;
  }
  return true;
}
