/**
 * Property-based tests of the inference (fast-check, bounded runs, fixed seed;
 * set FC_SEED to explore other cases and FC_RUNS_FACTOR to run more). Each property states an identity that
 * must hold exactly in exact arithmetic, derived in docs/edge-cases.md.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CoefficientInference,
  type InferenceOptions,
  type RandomFeaturesOptions,
  RandomFeaturesRegression,
  RfciError,
  activationNames,
  choleskyInverse,
  cholesky,
  drawFirstLayer,
  fromRows,
  inferCoefficients,
  matTvec,
  matmulTransB,
  matrix,
  randomFeaturesInference,
  createGenerator,
  addToDiagonal,
  type Matrix,
} from '../../src/index.js';
import { expectNear, permuteRows, randomProblem, stackRows } from '../helpers/problems.js';

const SEED = Number(process.env.FC_SEED ?? 20201207);
const FACTOR = Number(process.env.FC_RUNS_FACTOR ?? 1);
const RUNS = { numRuns: 60 * FACTOR, seed: SEED };

/** A random well-posed problem: shapes, penalty, activation, data seed. */
const shapes = fc.record({
  n: fc.integer({ min: 4, max: 24 }),
  p: fc.integer({ min: 1, max: 5 }),
  d: fc.integer({ min: 1, max: 30 }),
  logLambda: fc.double({ min: -4, max: 1, noNaN: true }),
  activation: fc.constantFrom(...activationNames),
  seed: fc.integer({ min: 0, max: 1e6 }),
});
type Shape = { n: number; p: number; d: number; logLambda: number; activation: string; seed: number };

function setup(s: Shape): { X: Matrix; y: Float64Array; options: RandomFeaturesOptions } {
  const { X, y } = randomProblem(s.seed, s.n, s.p);
  const weights = drawFirstLayer({ width: s.d, inputDimension: s.p, seed: s.seed });
  return { X, y, options: { activation: s.activation, lambda: 10 ** s.logLambda, weights } };
}

const col = (r: CoefficientInference, k: 'estimate' | 'stdError' | 'statistic' | 'pValue' | 'lower' | 'upper'): number[] =>
  r.coefficients.map((c) => c[k]);

/** b equals a: estimates to `tol` of the largest standard error, standard errors to `tol`, df to `tol/10` of n. */
function expectSameInference(b: CoefficientInference, a: CoefficientInference, tol: number, n: number): void {
  expectNear(col(b, 'estimate'), col(a, 'estimate'), tol, Math.max(...col(a, 'stdError')));
  expectNear(col(b, 'stdError'), col(a, 'stdError'), tol);
  expectNear([b.df], [a.df], tol / 10, n);
}

/**
 * The numbers of a result are valid: finite, se > 0, ordered interval, p-value
 * in [0, 1], 0 ≤ df ≤ min(n, d) to the accuracy the result promises (6 digits,
 * or 2 when it carries a condition-number warning).
 */
function expectValid(r: CoefficientInference): void {
  const tol = r.warnings.some((w) => /condition number/.test(w)) ? 1e-2 : 1e-6;
  for (const c of [...r.coefficients, ...(r.contrasts ?? [])]) {
    for (const v of [c.estimate, c.stdError, c.statistic, c.pValue, c.lower, c.upper]) expect(Number.isFinite(v)).toBe(true);
    expect(c.stdError).toBeGreaterThan(0);
    expect(c.lower).toBeLessThanOrEqual(c.estimate);
    expect(c.estimate).toBeLessThanOrEqual(c.upper);
    expect(c.pValue).toBeGreaterThanOrEqual(0);
    expect(c.pValue).toBeLessThanOrEqual(1);
  }
  expect(r.df).toBeGreaterThanOrEqual(-tol * r.n);
  expect(r.df).toBeLessThanOrEqual(Math.min(r.n, r.d) * (1 + tol));
  expect(r.residualDf).toBeGreaterThanOrEqual(0);
  expect(Array.isArray(r.warnings)).toBe(true);
}

describe('every input gives a valid result or a typed error', () => {
  it('over random shapes, penalties (0 … 1e12), activations and scales (1e-150 … 1e150)', () => {
    const scales = [1e-150, 1e-8, 1, 1e8, 1e150];
    fc.assert(
      fc.property(
        shapes,
        fc.constantFrom(0, 1e-12, 1e-6, 1e-3, 1, 1e12),
        fc.constantFrom(...scales),
        fc.constantFrom(...scales),
        fc.integer({ min: 2, max: 24 }),
        (s, lambda, xScale, yScale, n) => {
          const { X, y } = randomProblem(s.seed, n, s.p);
          X.data.forEach((v, k) => (X.data[k] = v * xScale));
          y.forEach((v, k) => (y[k] = v * yScale));
          let result: CoefficientInference;
          try {
            result = randomFeaturesInference(X, y, { activation: s.activation, lambda, width: s.d, seed: s.seed, contrasts: [new Float64Array(s.p).fill(1)] });
          } catch (e) {
            expect(e).toBeInstanceOf(RfciError);
            expect((e as Error).message.length).toBeGreaterThan(20);
            return;
          }
          expectValid(result);
        },
      ),
      { ...RUNS, numRuns: 200 * FACTOR },
    );
  });
});

describe('invariances of the estimator (METHOD §2)', () => {
  it('primal and dual forms agree', () => {
    fc.assert(
      fc.property(shapes, (s) => {
        const { X, y, options } = setup(s);
        const primal = inferCoefficients(new RandomFeaturesRegression({ ...options, form: 'primal' }).fit(X, y));
        const dual = inferCoefficients(new RandomFeaturesRegression({ ...options, form: 'dual' }).fit(X, y));
        expectSameInference(dual, primal, 1e-7, s.n);
      }),
      RUNS,
    );
  });

  it('permuting the rows changes nothing', () => {
    fc.assert(
      fc.property(
        shapes.chain((s) => fc.tuple(fc.constant(s), fc.shuffledSubarray([...Array(s.n).keys()], { minLength: s.n, maxLength: s.n }))),
        ([s, perm]) => {
          const { X, y, options } = setup(s);
          const model = new RandomFeaturesRegression(options);
          const a = inferCoefficients(model.fit(X, y));
          const q = permuteRows(X, y, perm);
          const b = inferCoefficients(model.fit(q.X, q.y));
          expectSameInference(b, a, 1e-9, s.n);
        },
      ),
      RUNS,
    );
  });

  it('scaling y by c scales estimates and intervals by c and standard errors by |c|; p-values unchanged', () => {
    fc.assert(
      fc.property(shapes, fc.constantFrom(-1e3, -2.5, -1, 1e-3, 0.5, 7, 1e6), (s, c) => {
        const { X, y, options } = setup(s);
        const model = new RandomFeaturesRegression(options);
        const a = inferCoefficients(model.fit(X, y));
        const b = inferCoefficients(model.fit(X, y.map((v) => c * v)));
        const scale = Math.abs(c) * Math.max(...col(a, 'stdError'));
        expectNear(col(b, 'estimate'), col(a, 'estimate').map((v) => c * v), 1e-9, scale);
        expectNear(col(b, 'stdError'), col(a, 'stdError').map((v) => Math.abs(c) * v), 1e-9);
        expectNear(col(b, 'statistic'), col(a, 'statistic').map((v) => Math.sign(c) * v), 1e-9, 1);
        expectNear(col(b, 'pValue'), col(a, 'pValue'), 1e-8, 1);
        const lo = c > 0 ? col(a, 'lower') : col(a, 'upper');
        expectNear(col(b, 'lower'), lo.map((v) => c * v), 1e-9, scale);
        expect(b.df).toBeCloseTo(a.df, 9);
      }),
      RUNS,
    );
  });

  it('contrasts are linear: θ̂(sa + tb) = sθ̂(a) + tθ̂(b), se(sa) = |s| se(a), and eⱼ gives coefficient j', () => {
    fc.assert(
      fc.property(shapes, fc.integer({ min: -50, max: 50 }), fc.integer({ min: -50, max: 50 }), (s, s10, t10) => {
        const [sc, tc] = [s10 / 10, t10 / 10];
        const { X, y, options } = setup(s);
        const rng = createGenerator(s.seed, 'contrast');
        const a = Float64Array.from({ length: s.p }, () => rng.normal());
        const b = Float64Array.from({ length: s.p }, () => rng.normal());
        const combo = a.map((v, j) => sc * v + tc * b[j]!);
        if (sc === 0 || combo.every((v) => v === 0)) return; // zero contrasts are refused (tested elsewhere)
        const e1 = new Float64Array(s.p);
        e1[0] = 1;
        const r = inferCoefficients(new RandomFeaturesRegression(options).fit(X, y), {
          contrasts: [a, b, combo, a.map((v) => sc * v), e1],
        });
        const [ca, cb, cc, cs, ce] = r.contrasts!;
        const scale = Math.max(ca!.stdError, cb!.stdError) * (Math.abs(sc) + Math.abs(tc) + 1);
        expectNear([cc!.estimate], [sc * ca!.estimate + tc * cb!.estimate], 1e-9, scale);
        expectNear([cs!.stdError], [Math.abs(sc) * ca!.stdError], 1e-9, 1e-300);
        expectNear([ce!.estimate, ce!.stdError], [r.coefficients[0]!.estimate, r.coefficients[0]!.stdError], 1e-12, ce!.stdError);
      }),
      RUNS,
    );
  });

  it('a covariance given as the precision Ω or as the matrix Σ = Ω⁻¹ gives the same result', () => {
    fc.assert(
      fc.property(shapes, (s) => {
        const { X, y, options } = setup(s);
        const rng = createGenerator(s.seed, 'sigma');
        const A = matrix(s.p, s.p);
        rng.fillNormal(A.data);
        const sigma = addToDiagonal(matmulTransB(A, A), 0.5); // AAᵀ + I/2, SPD
        const omega = choleskyInverse(cholesky(sigma).L);
        const fitted = new RandomFeaturesRegression(options).fit(X, y);
        const contrasts = [new Float64Array(s.p).fill(1)];
        const viaSigma = inferCoefficients(fitted, { covariance: { covariance: sigma }, contrasts });
        const viaOmega = inferCoefficients(fitted, { covariance: { precision: omega }, contrasts });
        const scale = Math.max(...col(viaSigma, 'stdError'));
        expectNear(col(viaOmega, 'estimate'), col(viaSigma, 'estimate'), 1e-8, scale);
        expectNear(col(viaOmega, 'stdError'), col(viaSigma, 'stdError'), 1e-8);
        expectNear([viaOmega.contrasts![0]!.stdError], [viaSigma.contrasts![0]!.stdError], 1e-8);
      }),
      RUNS,
    );
  });

  it('stacking m copies of the data: same α̂ and df, and (mn − df)θ̂ₘ − (n − df)θ̂ = (m − 1)(ΩXᵀψ + Σᵢ∇f̂(xᵢ))', () => {
    fc.assert(
      fc.property(shapes, fc.constantFrom(2, 3), (s, m) => {
        const { X, y, options } = setup(s);
        const model = new RandomFeaturesRegression(options);
        const fit1 = model.fit(X, y);
        const stacked = stackRows(X, y, m);
        const fitM = model.fit(stacked.X, stacked.y);
        const opts: InferenceOptions = {};
        const r1 = inferCoefficients(fit1, opts), rM = inferCoefficients(fitM, opts);
        expectNear(fitM.alpha, fit1.alpha, 1e-8);
        expectNear([fitM.df], [fit1.df], 1e-9, s.n);
        expectNear([rM.residualNorm], [Math.sqrt(m) * r1.residualNorm], 1e-8);
        // u = ΩXᵀψ + Σᵢ ∇f̂(xᵢ), computed row by row through the fitted network's gradient
        const u = matTvec(X, fit1.residuals);
        for (let i = 0; i < s.n; i++) {
          const g = fit1.gradient(X.data.subarray(i * s.p, (i + 1) * s.p));
          g.forEach((v, j) => (u[j] += v));
        }
        const n = s.n, df = fit1.df;
        const lhs = col(rM, 'estimate').map((v, j) => (m * n - df) * v - (n - df) * col(r1, 'estimate')[j]!);
        const scale = (m * n) * Math.max(...col(r1, 'stdError'), ...col(r1, 'estimate').map(Math.abs));
        expectNear(lhs, Array.from(u, (v) => (m - 1) * v), 1e-8, scale);
        const ratio = (Math.sqrt(m) * (n - df)) / (m * n - df);
        expectNear(col(rM, 'stdError'), col(r1, 'stdError').map((v) => ratio * v), 1e-8);
      }),
      RUNS,
    );
  });
});

describe('fromRows and Matrix inputs agree', () => {
  it('arrays of rows and Matrix give identical results', () => {
    fc.assert(
      fc.property(shapes, (s) => {
        const { X, y, options } = setup(s);
        const rows = Array.from({ length: s.n }, (_, i) => Array.from(X.data.subarray(i * s.p, (i + 1) * s.p)));
        const a = randomFeaturesInference(X, y, options);
        const b = randomFeaturesInference(fromRows(rows), Array.from(y), options);
        expect(col(b, 'estimate')).toEqual(col(a, 'estimate'));
      }),
      { ...RUNS, numRuns: 20 * FACTOR },
    );
  });
});
