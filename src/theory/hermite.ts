/**
 * Hermite coefficients of an activation: the constants of the Gaussian
 * equivalence `φ(wᵀx) ≈ μ0 + μ1 wᵀx + μ* z` (METHOD §5).
 *
 * @module
 */
import type { Activation } from '../activations/activation.js';
import { getActivation } from '../activations/registry.js';
import { NumericalError } from '../errors.js';
import { normalDensity } from '../special/normal.js';
import { type QuadratureOptions, integrateHalfLine } from './quadrature.js';

/** The Hermite coefficients `μ0, μ1, μ*` of an activation. */
export interface HermiteCoefficients {
  /** Activation name. */
  readonly activation: string;
  /** `μ0 = E φ(G)`, G ~ N(0, 1). */
  readonly mu0: number;
  /** `μ1 = E[G φ(G)]`. */
  readonly mu1: number;
  /** `μ* = √(E φ(G)² − μ0² − μ1²)`, the size of the nonlinear part. */
  readonly muStar: number;
}

const QUADRATURE: QuadratureOptions = { absTol: 1e-15, relTol: 1e-14 };

/** `E[h(G)]` for G ~ N(0, 1), integrating each side of 0 separately (kinks sit there). */
function gaussianMean(h: (t: number) => number): number {
  const right = integrateHalfLine(h, normalDensity, QUADRATURE).value;
  const left = integrateHalfLine((t) => h(-t), normalDensity, QUADRATURE).value;
  return right + left;
}

/**
 * The Hermite coefficients of φ (built-in name or user-defined `{ name, f, df }`):
 * `μ0 = E φ(G)`, `μ1 = E[G φ(G)]`, `μ*² = E[(φ(G) − μ0 − μ1 G)²]` (which equals
 * `E φ(G)² − μ0² − μ1²` without its cancellation), G ~ N(0, 1), METHOD §5.
 * Each Gaussian integral is split at 0 and computed by adaptive Gauss–Kronrod
 * quadrature on each half line, to about 1e-14 relative; an odd φ gets μ0 = 0
 * exactly, and an affine φ μ* = 0 exactly (μ*² below 1e-20 (μ0² + μ1²) is
 * rounding). Throws a {@link NumericalError} when `E φ(G)²` is not finite.
 *
 * @example
 * hermiteCoefficients('relu'); // { mu0: 0.3989…, mu1: 0.5, muStar: 0.3014… }
 * hermiteCoefficients({ name: 'cube', f: (t) => t ** 3, df: (t) => 3 * t * t }).mu1; // 3
 */
export function hermiteCoefficients(activation: string | Activation): HermiteCoefficients {
  const act = getActivation(activation);
  const f = act.f;
  try {
    const mu0 = gaussianMean(f);
    const mu1 = gaussianMean((t) => t * f(t));
    const muStarSquared = gaussianMean((t) => (f(t) - mu0 - mu1 * t) ** 2);
    // an affine φ leaves only rounding (μ*² ~ 1e-32): that is μ* = 0
    const muStar = muStarSquared <= 1e-20 * (mu0 * mu0 + mu1 * mu1) ? 0 : Math.sqrt(muStarSquared);
    if (![mu0, mu1, muStar].every(Number.isFinite)) throw new NumericalError('not finite');
    return { activation: act.name, mu0, mu1, muStar };
  } catch (e) {
    if (e instanceof NumericalError) {
      throw new NumericalError(
        `the Hermite coefficients of activation "${act.name}" could not be computed (${e.message}); φ(G)² must be integrable for G ~ N(0, 1)`,
      );
    }
    throw e;
  }
}
