/**
 * Forecast means and variances of ETS models (Hyndman, Koehler, Ord & Snyder 2008,
 * chapter 6), as forecast::forecast.ets computes them for its prediction intervals:
 *
 * - class 1, linear homoscedastic models (additive errors, trend and seasonality): the
 *   variance is sigma^2 (1 + sum_{j<h} c_j^2) with c_j = w' F^(j-1) g (section 6.1);
 * - class 2, multiplicative errors with additive trend and seasonality: theta recursion of
 *   section 6.2, var = (1 + sigma^2) theta_h - mu_h^2;
 * - class 3, multiplicative errors and multiplicative seasonality with an additive or no
 *   trend: the mean and variance of section 6.3, via the Kronecker-product recursions of
 *   the level/trend block and the seasonal block (the mean differs slightly from the point
 *   forecast for h > 1 because level and seasonal errors are correlated).
 *
 * Intervals are mean ± z sqrt(var). Alternatively (`simulate`) they are quantiles of
 * simulated future sample paths drawn from a seeded random source, which is what R does for
 * the classes without formulas and what respects the skewness of multiplicative models.
 */
import { etsSimulatePath, type EtsForm, type EtsParameters } from './ets-core.js';
import { quantileType8, seededRandom } from './random.js';

export interface MeanVariance {
  mean: number[];
  variance: number[];
}

/** Class 1 (and the mean and c_j that class 2 builds on). `state` is l, b?, s (newest first). */
function class1(h: number, state: ArrayLike<number>, form: EtsForm, m: number, sigma2: number, p: EtsParameters) {
  const trend = form.trend !== 'N';
  const season = form.season !== 'N';
  const ps = state.length;
  // Row vector H (observation), transition F, gain G as in forecast's class1.
  const Hrow = new Float64Array(ps);
  Hrow[0] = 1;
  if (season) Hrow[ps - 1] = 1;
  if (trend) Hrow[1] = form.damped ? p.phi : 1;
  const F: Float64Array[] = Array.from({ length: ps }, () => new Float64Array(ps));
  F[0][0] = 1;
  if (trend) {
    const v = form.damped ? p.phi : 1;
    F[0][1] = v;
    F[1][1] = v;
  }
  if (season) {
    F[ps - m][ps - 1] = 1;
    for (let i = 1; i < m; i++) F[ps - m + i][ps - m + i - 1] = 1;
  }
  const G = new Float64Array(ps);
  G[0] = p.alpha;
  if (trend) G[1] = p.beta;
  if (season) G[trend ? 2 : 1] = p.gamma;
  // HFj = H F^j, advanced by one multiplication per step.
  let HFj = Float64Array.from(Hrow);
  const mu = new Array<number>(h);
  const cj = new Array<number>(Math.max(h - 1, 0));
  const dot = (a: ArrayLike<number>, b: ArrayLike<number>) => {
    let s = 0;
    for (let i = 0; i < ps; i++) s += a[i] * b[i];
    return s;
  };
  for (let i = 0; i < h; i++) {
    mu[i] = dot(HFj, state);
    if (i < h - 1) {
      cj[i] = dot(HFj, G);
      const next = new Float64Array(ps);
      for (let k = 0; k < ps; k++) {
        const hk = HFj[k];
        if (hk === 0) continue;
        const row = F[k];
        for (let j = 0; j < ps; j++) next[j] += hk * row[j];
      }
      HFj = next;
    }
  }
  const variance = new Array<number>(h);
  let cum = 0;
  variance[0] = sigma2;
  for (let i = 1; i < h; i++) {
    cum += cj[i - 1] * cj[i - 1];
    variance[i] = sigma2 * (1 + cum);
  }
  return { mean: mu, variance, cj };
}

function class2(h: number, state: ArrayLike<number>, form: EtsForm, m: number, sigma2: number, p: EtsParameters): MeanVariance {
  const c1 = class1(h, state, form, m, sigma2, p);
  const theta = new Array<number>(h);
  theta[0] = c1.mean[0] * c1.mean[0];
  for (let j = 1; j < h; j++) {
    let s = 0;
    for (let k = 0; k < j; k++) s += c1.cj[k] * c1.cj[k] * theta[j - 1 - k];
    theta[j] = c1.mean[j] * c1.mean[j] + sigma2 * s;
  }
  return { mean: c1.mean, variance: theta.map((t, i) => (1 + sigma2) * t - c1.mean[i] * c1.mean[i]) };
}

/** Dense matrix as an array of rows. */
type Matrix = Float64Array[];

function zeros(r: number, c: number): Matrix {
  return Array.from({ length: r }, () => new Float64Array(c));
}
function mul(A: Matrix, B: Matrix): Matrix {
  const r = A.length;
  const inner = B.length;
  const c = B[0].length;
  const out = zeros(r, c);
  for (let i = 0; i < r; i++) {
    const Ai = A[i];
    const Oi = out[i];
    for (let k = 0; k < inner; k++) {
      const a = Ai[k];
      if (a === 0) continue;
      const Bk = B[k];
      for (let j = 0; j < c; j++) Oi[j] += a * Bk[j];
    }
  }
  return out;
}
function transpose(A: Matrix): Matrix {
  const out = zeros(A[0].length, A.length);
  for (let i = 0; i < A.length; i++) for (let j = 0; j < A[0].length; j++) out[j][i] = A[i][j];
  return out;
}
function add(A: Matrix, B: Matrix, scaleB = 1): Matrix {
  return A.map((row, i) => row.map((v, j) => v + scaleB * B[i][j]));
}
function kron(A: Matrix, B: Matrix): Matrix {
  const ra = A.length;
  const ca = A[0].length;
  const rb = B.length;
  const cb = B[0].length;
  const out = zeros(ra * rb, ca * cb);
  for (let i = 0; i < ra; i++)
    for (let j = 0; j < ca; j++) {
      const a = A[i][j];
      if (a === 0) continue;
      for (let k = 0; k < rb; k++) for (let l = 0; l < cb; l++) out[i * rb + k][j * cb + l] = a * B[k][l];
    }
  return out;
}

function class3(h: number, state: ArrayLike<number>, form: EtsForm, m: number, sigma2: number, p: EtsParameters): MeanVariance {
  const trend = form.trend !== 'N';
  const ps = state.length;
  const nl = trend ? 2 : 1;
  const H1: Matrix = [new Float64Array(nl).fill(1)];
  const H2: Matrix = [new Float64Array(m)];
  H2[0][m - 1] = 1;
  let F1: Matrix;
  let G1: Matrix;
  if (!trend) {
    F1 = [Float64Array.of(1)];
    G1 = [Float64Array.of(p.alpha)];
  } else {
    F1 = [Float64Array.of(1, 1), Float64Array.of(0, form.damped ? p.phi : 1)];
    G1 = [Float64Array.of(p.alpha, p.alpha), Float64Array.of(p.beta, p.beta)];
  }
  const F2 = zeros(m, m);
  F2[0][m - 1] = 1;
  for (let i = 1; i < m; i++) F2[i][i - 1] = 1;
  const G2 = zeros(m, m);
  G2[0][m - 1] = p.gamma;
  // Mh = (level/trend column) x (seasonal row).
  let Mh = zeros(nl, m);
  for (let i = 0; i < nl; i++) for (let j = 0; j < m; j++) Mh[i][j] = state[i] * state[ps - m + j];
  const size = nl * m;
  let Vh = zeros(size, size);
  const H21 = kron(H2, H1);
  const F21 = kron(F2, F1);
  const G21 = kron(G2, G1);
  const K = add(kron(G2, F1), kron(F2, G1));
  const F21t = transpose(F21);
  const G21t = transpose(G21);
  const Kt = transpose(K);
  const F1t = transpose(F1);
  const F2t = transpose(F2);
  const G2t = transpose(G2);
  const mean = new Array<number>(h);
  const variance = new Array<number>(h);
  const H2t = transpose(H2);
  const H21t = transpose(H21);
  for (let i = 0; i < h; i++) {
    mean[i] = mul(mul(H1, Mh), H2t)[0][0];
    variance[i] = (1 + sigma2) * mul(mul(H21, Vh), H21t)[0][0] + sigma2 * mean[i] * mean[i];
    if (i === h - 1) break;
    // vec(Mh), column-major as R's c(Mh).
    const vec = new Float64Array(size);
    for (let j = 0; j < m; j++) for (let k = 0; k < nl; k++) vec[j * nl + k] = Mh[k][j];
    const outer = zeros(size, size);
    for (let a = 0; a < size; a++) for (let b = 0; b < size; b++) outer[a][b] = vec[a] * vec[b];
    const term1 = mul(mul(F21, Vh), F21t);
    const term2 = mul(mul(F21, Vh), G21t);
    const term3 = mul(mul(G21, Vh), F21t);
    const term4 = mul(mul(K, add(Vh, outer)), Kt);
    const inner5 = Vh.map((row, a) => row.map((v, b) => 3 * v + 2 * outer[a][b]));
    const term5 = mul(mul(G21, inner5), G21t);
    Vh = term1.map((row, a) =>
      row.map((v, b) => v + sigma2 * (term2[a][b] + term3[a][b] + term4[a][b] + sigma2 * term5[a][b])),
    );
    const MhNext = add(mul(mul(F1, Mh), F2t), mul(mul(G1, Mh), G2t), sigma2);
    Mh = MhNext;
  }
  void F1t;
  return { mean, variance };
}

/**
 * Analytical forecast mean and variance for h = 1..H from the final state. Every form
 * corridor supports (no multiplicative trend) falls in class 1, 2 or 3.
 */
export function etsForecastMoments(
  h: number,
  state: ArrayLike<number>,
  form: EtsForm,
  m: number,
  sigma2: number,
  p: EtsParameters,
): MeanVariance {
  if (form.error === 'A') {
    if (form.season === 'M') throw new Error('ETS with additive errors and multiplicative seasonality is not supported');
    const c = class1(h, state, form, m, sigma2, p);
    return { mean: c.mean, variance: c.variance };
  }
  if (form.season !== 'M') return class2(h, state, form, m, sigma2, p);
  return class3(h, state, form, m, sigma2, p);
}

export interface SimulationOptions {
  paths: number;
  seed: number;
}

/**
 * Interval limits from simulated sample paths: for each level, the (50 ∓ level/2)%
 * quantiles (type 8) of the simulated values at each horizon.
 */
export function etsSimulatedLimits(
  h: number,
  state: ArrayLike<number>,
  form: EtsForm,
  m: number,
  sigma2: number,
  p: EtsParameters,
  levels: readonly number[],
  sim: SimulationOptions,
): { lower: number[][]; upper: number[][] } {
  const rng = seededRandom(sim.seed);
  const sd = Math.sqrt(sigma2);
  const values: Float64Array[] = Array.from({ length: h }, () => new Float64Array(sim.paths));
  const innovations = new Float64Array(h);
  const path = new Float64Array(h);
  for (let k = 0; k < sim.paths; k++) {
    for (let i = 0; i < h; i++) innovations[i] = sd * rng.normal();
    etsSimulatePath(state, m, form, p, innovations, path);
    for (let i = 0; i < h; i++) values[i][k] = path[i];
  }
  for (const v of values) v.sort();
  return {
    lower: levels.map((level) => values.map((v) => quantileType8(v, 0.5 - level / 200))),
    upper: levels.map((level) => values.map((v) => quantileType8(v, 0.5 + level / 200))),
  };
}
