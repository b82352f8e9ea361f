/**
 * The numerical building blocks against R (values computed with R 4.2.2 and written here):
 * optim's Nelder-Mead and BFGS on Rosenbrock's function, optimHess, polyroot, qnorm,
 * quantile(type = 8), decompose; and the Schur-Cohn root test against explicit roots.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadReferences } from '../../test/fixtures/reference.js';
import { bfgs, numericHessian } from './bfgs.js';
import { decompose } from './decompose.js';
import { admissible, characteristicPolynomial, rootsInsideUnitCircle } from './ets-admissible.js';
import { leastSquares, solve } from './linear.js';
import { nelderMead } from './nelder-mead.js';
import { polyroot } from './polyroot.js';
import { quantileType8, seededRandom } from './random.js';
import { qnorm } from './validate.js';

const rosenbrock = (x: ArrayLike<number>) => 100 * (x[1] - x[0] * x[0]) ** 2 + (1 - x[0]) ** 2;

describe('optimizers reproduce R optim', () => {
  it('Nelder-Mead: optim(c(-1.2, 1), fr) step for step', () => {
    const r = nelderMead(rosenbrock, [-1.2, 1], { maxit: 500 });
    // Same algorithm and arithmetic: same number of evaluations and the same point to 1e-12.
    expect(r.evaluations).toBe(195);
    expect(r.par[0]).toBeCloseTo(1.0002601387256695, 12);
    expect(r.par[1]).toBeCloseTo(1.000505999303765, 12);
    expect(r.value).toBeCloseTo(8.8252410967227472e-8, 18);
  });

  it('BFGS with finite-difference gradients: optim(c(-1.2, 1), fr, method = "BFGS")', () => {
    const r = bfgs((x) => rosenbrock(x), [-1.2, 1]);
    expect(r.evaluations).toBe(118);
    expect(r.gradients).toBe(38);
    expect(r.convergence).toBe(0);
    expect(r.par[0]).toBeCloseTo(0.99980443323139745, 12);
    expect(r.par[1]).toBeCloseTo(0.99960838062348123, 12);
  });

  it('optimHess', () => {
    const H = numericHessian((x) => rosenbrock(x), [0.5, 0.7]);
    expect(H[0][0]).toBeCloseTo(22.000799998700415, 8);
    expect(H[0][1]).toBeCloseTo(-200.00000000042206, 8);
    expect(H[1][1]).toBeCloseTo(199.99999999953388, 8);
  });
});

describe('polynomial roots', () => {
  it('matches R polyroot', () => {
    const roots = polyroot([6, -5, 1]).map((r) => r.re).sort();
    expect(roots[0]).toBeCloseTo(2, 12);
    expect(roots[1]).toBeCloseTo(3, 12);
    // 1 - 0.9 z^12: twelve roots of modulus 0.9^(-1/12) = 1.0088187006045...
    const moduli = polyroot([1, ...new Array(11).fill(0), -0.9]).map((r) => Math.hypot(r.re, r.im));
    expect(moduli).toHaveLength(12);
    for (const m of moduli) expect(m).toBeCloseTo(1.0088187006045071, 12);
  });

  it('roots of random polynomials satisfy p(z) = 0', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: 2, maxLength: 14 }), (tail) => {
        const c = [1, ...tail.map((v) => (Math.abs(v) < 1e-3 ? 0.5 : v))];
        for (const z of polyroot(c)) {
          let re = 0;
          let im = 0;
          let scale = 0;
          for (let k = c.length - 1; k >= 0; k--) {
            const nr = re * z.re - im * z.im + c[k];
            im = re * z.im + im * z.re;
            re = nr;
            scale = scale * Math.hypot(z.re, z.im) + Math.abs(c[k]);
          }
          // Backward error relative to the size of the terms: 1e-9.
          expect(Math.hypot(re, im) / scale).toBeLessThan(1e-9);
        }
      }),
      { numRuns: 200, seed: 5 },
    );
  });
});

describe('ETS admissibility by the Schur-Cohn test', () => {
  it('agrees with explicit roots on random parameters', () => {
    const rng = seededRandom(9);
    let inside = 0;
    for (let k = 0; k < 3000; k++) {
      const alpha = rng.uniform();
      const beta = rng.uniform() * alpha * (rng.uniform() < 0.3 ? 0 : 1);
      const gamma = rng.uniform() * (1 - alpha) * 1.2;
      const phi = rng.uniform() < 0.5 ? 1 : 0.8 + 0.2 * rng.uniform();
      const m = rng.uniform() < 0.5 ? 12 : 4;
      const c = characteristicPolynomial(alpha, beta, gamma, phi, m);
      const maxModulus = Math.max(...polyroot(Array.from(c)).map((r) => Math.hypot(r.re, r.im)));
      // Decisions within 1e-7 of the boundary are left to rounding in both methods.
      if (Math.abs(maxModulus - (1 + 1e-10)) < 1e-7) continue;
      const expected = maxModulus <= 1 + 1e-10;
      if (expected) inside++;
      expect(rootsInsideUnitCircle(c, 1 + 1e-10, phi === 1 && beta === 0)).toBe(expected);
    }
    expect(inside).toBeGreaterThan(300);
  });

  it('keeps the exact unit root of undamped seasonal models without a trend inside', () => {
    expect(admissible(0.3, 0, 0.1, 1, { trend: false, season: true, damped: false }, 12)).toBe(true);
    expect(admissible(0.3, 0, 1.8, 1, { trend: false, season: true, damped: false }, 12)).toBe(false);
  });
});

describe('small statistics against R', () => {
  it('qnorm (AS 241)', () => {
    expect(qnorm(0.9)).toBeCloseTo(1.2815515655446008, 15);
    expect(qnorm(0.975)).toBeCloseTo(1.9599639845400536, 15);
    expect(qnorm(0.995)).toBeCloseTo(2.5758293035488999, 14);
    expect(qnorm(1e-10)).toBeCloseTo(-6.3613409024040557, 13);
    expect(qnorm(0.3)).toBeCloseTo(-0.52440051270804067, 15);
  });

  it('quantile(type = 8)', () => {
    const x = [3, 1, 4, 1, 5, 9, 2, 6].sort((a, b) => a - b);
    expect(quantileType8(x, 0.1)).toBeCloseTo(1, 14);
    expect(quantileType8(x, 0.5)).toBeCloseTo(3.5, 14);
    expect(quantileType8(x, 0.975)).toBeCloseTo(9, 14);
  });

  it('decompose(type = "multiplicative")$figure', () => {
    for (const ref of loadReferences()) {
      const figure = decompose(ref.series.values, 12, 'multiplicative').figure;
      // Moving averages and means: rounding only.
      figure.forEach((f, i) => expect(f).toBeCloseTo(ref.diagnostics.decompose_multiplicative_figure[i], 12));
    }
  });

  it('least squares and solve', () => {
    const fit = leastSquares([[1, 1, 1, 1], [1, 2, 3, 4]], [2, 4.1, 5.9, 8.2]);
    expect(fit.coefficients[0]).toBeCloseTo(-0.05, 12);
    expect(fit.coefficients[1]).toBeCloseTo(2.04, 12);
    expect(solve([[2, 1], [1, 3]], [3, 5])).toEqual([0.8, 1.4]);
    expect(solve([[1, 2], [2, 4]], [1, 2])).toBeUndefined();
  });
});
