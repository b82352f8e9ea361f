import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cholesky, choleskySolve, reconcile, RECONCILIATION_METHODS, shrinkCovariance, type Structure } from './reconcile.js';

/**
 * A small grouped hierarchy like the southwest border's: total; two components; three
 * groups; component × group at the bottom (6 cells). Rows: total, A, B, g1, g2, g3, then
 * the bottom cells A1 A2 A3 B1 B2 B3.
 */
function grouped(): Structure {
  const cells = [['A', 1], ['A', 2], ['A', 3], ['B', 1], ['B', 2], ['B', 3]] as const;
  const rows = [
    () => true,
    (c: (typeof cells)[number]) => c[0] === 'A',
    (c: (typeof cells)[number]) => c[0] === 'B',
    (c: (typeof cells)[number]) => c[1] === 1,
    (c: (typeof cells)[number]) => c[1] === 2,
    (c: (typeof cells)[number]) => c[1] === 3,
    ...cells.map((cell) => (c: (typeof cells)[number]) => c === cell),
  ];
  return { S: rows.map((r) => cells.map((c) => (r(c) ? 1 : 0))), bottom: [6, 7, 8, 9, 10, 11] };
}

const H = 3;
const positive = fc.double({ min: 0, max: 1e5, noNaN: true });
const baseForecasts = fc.array(fc.array(positive, { minLength: H, maxLength: H }), { minLength: 12, maxLength: 12 });
const residuals = fc.array(fc.array(fc.double({ min: -500, max: 500, noNaN: true }), { minLength: 12, maxLength: 12 }), { minLength: 8, maxLength: 30 });

function addsUp(structure: Structure, f: number[][]): void {
  structure.S.forEach((row, i) => {
    for (let h = 0; h < H; h++) {
      const sum = row.reduce((s, w, j) => s + w * f[structure.bottom[j]][h], 0);
      expect(Math.abs(f[i][h] - sum)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(sum)));
    }
  });
}

describe('reconciliation', () => {
  const s = grouped();

  it('gives forecasts that add up exactly, children to parents, whatever the base forecasts (property)', () => {
    fc.assert(
      fc.property(baseForecasts, residuals, (base, res) => {
        for (const method of RECONCILIATION_METHODS.filter((m) => m !== 'base')) {
          const { forecasts } = reconcile(s, base, method, res);
          addsUp(s, forecasts);
          expect(forecasts.flat().every((v) => v >= 0 && Number.isFinite(v))).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('leaves coherent base forecasts unchanged (it is a projection)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(positive, { minLength: H, maxLength: H }), { minLength: 6, maxLength: 6 }), residuals, (bottom, res) => {
        const coherent = s.S.map((row) => Array.from({ length: H }, (_, h) => row.reduce((acc, w, j) => acc + w * bottom[j][h], 0)));
        // to rounding, relative to the size of the hierarchy (a node whose residuals are all
        // 0 gets a near-zero variance floor, which makes W ill-conditioned on purpose)
        const scale = Math.max(1, ...coherent.flat());
        for (const method of ['ols', 'mint-shrink'] as const) {
          const { forecasts } = reconcile(s, coherent, method, res);
          forecasts.forEach((r, i) => r.forEach((v, h) => expect(Math.abs(v - coherent[i][h])).toBeLessThanOrEqual(1e-6 * scale)));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('bottom-up sums the bottom forecasts', () => {
    const base = Array.from({ length: 12 }, (_, i) => [i, 2 * i, 3 * i]);
    const { forecasts } = reconcile(s, base, 'bottom-up');
    expect(forecasts[0]).toEqual([6 + 7 + 8 + 9 + 10 + 11, 2 * 51, 3 * 51]);
    expect(forecasts[1]).toEqual([6 + 7 + 8, 42, 63]);
  });

  it('scales with the series: reconciling scaled forecasts and residuals scales the result', () => {
    fc.assert(
      fc.property(baseForecasts, residuals, fc.double({ min: 0.01, max: 100, noNaN: true }), (base, res, k) => {
        const a = reconcile(s, base, 'mint-shrink', res).forecasts;
        const b = reconcile(s, base.map((r) => r.map((v) => v * k)), 'mint-shrink', res.map((r) => r.map((v) => v * k))).forecasts;
        // to rounding relative to the size of the hierarchy's forecasts
        const scale = Math.max(1, ...b.flat().map(Math.abs));
        a.forEach((r, i) => r.forEach((v, h) => expect(Math.abs(b[i][h] - k * v)).toBeLessThanOrEqual(1e-9 * scale)));
      }),
      { numRuns: 40 },
    );
  });
});

describe('MinT shrinkage', () => {
  it('estimates the Schäfer-Strimmer intensity within [0, 1], keeps variances, shrinks covariances', () => {
    const res = [
      [1, 2, 0.5],
      [-1, -1.5, 0.2],
      [0.5, 1.2, -0.4],
      [2, 2.5, 0.1],
      [-0.3, 0.1, 0.3],
    ];
    const { W, lambda } = shrinkCovariance(res);
    expect(lambda).toBeGreaterThanOrEqual(0);
    expect(lambda).toBeLessThanOrEqual(1);
    const cov01 = res.reduce((s, e) => s + e[0] * e[1], 0) / res.length;
    const var0 = res.reduce((s, e) => s + e[0] * e[0], 0) / res.length;
    expect(W[0][0]).toBeCloseTo(var0, 12);
    expect(W[0][1]).toBeCloseTo((1 - lambda) * cov01, 12);
    // the intensity, computed here from its definition on standardised residuals
    const sd = [0, 1, 2].map((i) => Math.sqrt(res.reduce((s, e) => s + e[i] * e[i], 0) / res.length));
    let num = 0;
    let den = 0;
    const T = res.length;
    for (let i = 0; i < 3; i++)
      for (let j = 0; j < 3; j++) {
        if (i === j) continue;
        const w = res.map((e) => (e[i] / sd[i]) * (e[j] / sd[j]));
        const mean = w.reduce((a, b) => a + b, 0) / T;
        num += (T / (T - 1)) * (w.reduce((a, b) => a + (b - mean) ** 2, 0) / T) / T;
        den += mean ** 2;
      }
    expect(lambda).toBeCloseTo(Math.min(1, num / den), 10);
  });

  it('solves symmetric positive definite systems by Cholesky', () => {
    const A = [
      [4, 2, 0.4],
      [2, 5, 1],
      [0.4, 1, 3],
    ];
    const x = choleskySolve(cholesky(A), [[1], [2], [3]]);
    A.forEach((row, i) => expect(row.reduce((s, a, j) => s + a * x[j][0], 0)).toBeCloseTo([1, 2, 3][i], 12));
  });
});
