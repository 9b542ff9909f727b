/**
 * Spectra of `W Wᵀ` for the deterministic equivalents of METHOD §5: the
 * eigenvalues of a given first layer, or a quadrature of the Marchenko–Pastur
 * law for the default Gaussian draw.
 *
 * @module
 */
import { InvalidArgumentError } from '../errors.js';
import { type Matrix, gram, outerGram, symmetricEigenvalues } from '../linalg/index.js';
import { type MatrixInput, asMatrix } from '../validate/inputs.js';

/**
 * A spectrum of `W Wᵀ` (d eigenvalues) as a weighted set of points, so that
 * `Σ_k h(s_k) ≈ Σ_j weights_j h(nodes_j) + zeroMass · h(0)`.
 *
 * `zeroMass` counts exact zero eigenvalues (d − p of them when d > p): when
 * `μ* = 0` their features vanish and they carry no degrees of freedom.
 * `nodes` may contain 0 as the limit of the continuous part (a quadrature
 * correction); there a function takes its limit from s > 0.
 */
export interface Spectrum {
  /** `"given-W"` or `"marchenko-pastur"`. */
  readonly kind: 'given-W' | 'marchenko-pastur';
  /** Width d: total mass `Σ weights + zeroMass`. */
  readonly width: number;
  /** Input dimension p (columns of W). */
  readonly inputDimension: number;
  /** Eigenvalues (or quadrature nodes) of the non-null part. */
  readonly nodes: Float64Array;
  /** Their weights (eigenvalue multiplicities, or quadrature weights × d). */
  readonly weights: Float64Array;
  /** Number (or mass) of exact zero eigenvalues. */
  readonly zeroMass: number;
}

/**
 * The spectrum of `W Wᵀ` for a given first layer W (d×p): the eigenvalues of
 * the smaller of `W Wᵀ` (d×d) and `Wᵀ W` (p×p), with d − p exact zeros
 * added when d > p. Eigenvalues below `1e-12 · max` count as zeros.
 *
 * @example
 * const spec = spectrumOfWeights(drawFirstLayer({ width: 300, inputDimension: 200, seed: 1 }));
 */
export function spectrumOfWeights(W: MatrixInput): Spectrum {
  const A: Matrix = asMatrix(W, 'W');
  const d = A.rows, p = A.cols;
  if (d < 1 || p < 1) throw new InvalidArgumentError(`W must have at least one row and one column, got ${d}×${p}`);
  const values = symmetricEigenvalues(d <= p ? outerGram(A) : gram(A));
  const max = values[values.length - 1]!;
  const positive = Array.from(values).filter((s) => s > 1e-12 * max);
  return {
    kind: 'given-W',
    width: d,
    inputDimension: p,
    nodes: Float64Array.from(positive),
    weights: new Float64Array(positive.length).fill(1),
    zeroMass: d - positive.length,
  };
}

/**
 * The Marchenko–Pastur law of ratio `γ = d/p` as a {@link Spectrum} of mass d:
 * the limit of the eigenvalues of `W Wᵀ` for W with i.i.d. N(0, 1/p) entries.
 * Density `√((b − s)(s − a)) / (2πγ s)` on `[a, b] = [(1 − √γ)², (1 + √γ)²]`
 * plus an atom `1 − 1/γ` at 0 when γ > 1 (METHOD §5).
 *
 * Quadrature: with `s = 1 + γ + 2√γ cos θ` the continuous part is
 * `∫_0^π h(s) (2(1+γ) − s − (1−γ)²/s) dθ / (2πγ)`, a smooth periodic integrand
 * apart from the `1/s` term. That term is integrated as
 * `h(0) π/|1−γ| + ∫ (h(s) − h(0))/s dθ` (exact for the pole), and the rest by
 * the trapezoid rule with `intervals + 1` points, which converges geometrically
 * for h analytic near `[a, b]`. The correction appears as a node at 0 (the limit
 * of the continuous part); the total mass is exact.
 *
 * @example
 * const spec = marchenkoPasturSpectrum(300, 200, 128);
 */
export function marchenkoPasturSpectrum(width: number, inputDimension: number, intervals = 128): Spectrum {
  if (!(width > 0) || !(inputDimension > 0)) {
    throw new InvalidArgumentError(`width d and input dimension p must be positive, got d = ${width}, p = ${inputDimension}`);
  }
  if (!Number.isInteger(intervals) || intervals < 2) throw new InvalidArgumentError(`intervals must be an integer ≥ 2, got ${intervals}`);
  const g = width / inputDimension;
  const m = intervals;
  const nodes = new Float64Array(m + 2), weights = new Float64Array(m + 2);
  const pole = (1 - g) * (1 - g);
  let trapezoidOfPole = 0;
  for (let j = 0; j <= m; j++) {
    const theta = (Math.PI * j) / m;
    const s = 1 + g + 2 * Math.sqrt(g) * Math.cos(theta);
    const wt = ((j === 0 || j === m ? 0.5 : 1) * Math.PI) / m;
    nodes[j] = s;
    weights[j] = (width * wt * (2 * (1 + g) - s - (pole > 0 ? pole / s : 0))) / (2 * Math.PI * g);
    if (pole > 0) trapezoidOfPole += wt / s;
  }
  // node at 0: the exact integral of the pole term minus its trapezoid value
  nodes[m + 1] = 0;
  weights[m + 1] = pole > 0 ? (width * (-Math.abs(1 - g) / (2 * g) + (pole * trapezoidOfPole) / (2 * Math.PI * g))) : 0;
  return { kind: 'marchenko-pastur', width, inputDimension, nodes, weights, zeroMass: g > 1 ? width * (1 - 1 / g) : 0 };
}
