import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** A reference fit vector from METHOD §8 (copied into test/fixtures). */
export interface FitVector {
  name: string;
  n: number;
  p: number;
  d: number;
  activation: string;
  level: number;
  lambda: number;
  covariance: 'identity' | 'known' | 'unknown';
  X: number[][];
  y: number[];
  W: number[][];
  beta: number[];
  precision?: number[][];
  contrast?: { a: number[]; estimate: number; stdError: number; lower: number; upper: number };
  expected: {
    estimate: number[];
    stdError: number[];
    lower: number[];
    upper: number[];
    statistic?: number[];
    pValue: number[];
    df: number;
    residualNorm: number;
    alpha?: number[];
    scaledResidualNorm?: number;
    parts?: { xtpsi: number[]; weightedGradient: number[]; correction: number[] };
  };
}

/** Path of a fixture file. */
export function fixturePath(name: string): string {
  return FIXTURES + name;
}

/** Reads a JSON fixture. */
export function loadFixture<T>(name: string): T {
  return JSON.parse(readFileSync(fixturePath(name), 'utf8')) as T;
}

/** The fit vectors with known (or identity) covariance. */
export const KNOWN_FIT_VECTORS = ['fit-primal-relu.json', 'fit-dual-tanh.json', 'fit-ridgeless-erf.json', 'fit-known-cov-gelu.json'];

/**
 * Asserts `|a − b| ≤ rel · max(|b|, floor)` entrywise. `floor` guards exact
 * zeros (a reference value of 0 is matched to an absolute `rel · floor`).
 */
export function expectClose(actual: ArrayLike<number> | number, expected: ArrayLike<number> | number, rel = 1e-8, floor = 1e-12): void {
  const a = typeof actual === 'number' ? [actual] : Array.from(actual);
  const b = typeof expected === 'number' ? [expected] : Array.from(expected);
  expect(a.length).toBe(b.length);
  for (let i = 0; i < a.length; i++) {
    const tol = rel * Math.max(Math.abs(b[i]!), floor);
    if (!(Math.abs(a[i]! - b[i]!) <= tol)) {
      throw new Error(`entry ${i}: ${a[i]} differs from ${b[i]} by ${Math.abs(a[i]! - b[i]!)} > ${tol}`);
    }
  }
}

/** The coefficient columns that every fit vector gives. */
const COEFFICIENT_COLUMNS = ['estimate', 'stdError', 'lower', 'upper', 'pValue'] as const;

/**
 * Asserts that the estimate, standard error, interval ends and p-value of each
 * coefficient row match a fit vector's `expected` columns (relative `rel`, as
 * {@link expectClose}); a failure names the column.
 */
export function expectCoefficients(rows: ReadonlyArray<Record<(typeof COEFFICIENT_COLUMNS)[number], number>>, expected: FitVector['expected'], rel = 1e-8): void {
  for (const k of COEFFICIENT_COLUMNS) {
    try {
      expectClose(rows.map((r) => r[k]), expected[k], rel);
    } catch (e) {
      if (e instanceof Error) e.message = `${k}: ${e.message}`;
      throw e;
    }
  }
}

/** A reference prediction from METHOD §8 (`predict.json`, one entry per case). */
export interface PredictVector {
  activation: string;
  n: number;
  p: number;
  d: number;
  lambda: number;
  noiseVariance: number;
  signalStrength: number;
  level: number;
  spectrum: 'marchenko-pastur' | 'given-W';
  W?: number[][];
  expected: Record<(typeof PREDICTION_KEYS)[number], number>;
}

/** The predicted quantities of `predict.json`. */
export const PREDICTION_KEYS = ['mu0', 'mu1', 'muStar', 'kappa', 'dfOverN', 'testRisk', 'halfLength', 'sqrtNStdError'] as const;
