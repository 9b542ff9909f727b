/**
 * Spectral filters of the training rules and their divided differences,
 * computed to full double precision also for close or equal eigenvalues
 * (METHOD §4). With `u = s + λ`:
 *
 * | rule | `g(s)` | `1 − s g(s)` |
 * | --- | --- | --- |
 * | ridge | `1/u` | `λ g` |
 * | flow for time t | `(1 − e^{−tu})/u` | `e^{−tu} + λ g` |
 * | T steps of size η | `(1 − (1 − ηu)^T)/u` | `(1 − ηu)^T + λ g` |
 *
 * and `Γ(s, s') = (g(s) − g(s'))/(s − s')`, `g'(s)` when `s = s'`.
 *
 * @module
 */
import { InvalidArgumentError } from '../errors.js';
import type { TrainingRule } from './rules.js';

/** The spectral filter g of a training rule with ridge penalty λ. */
export interface SpectralFilter {
  /** The training rule. */
  readonly rule: TrainingRule;
  /** Ridge penalty λ ≥ 0. */
  readonly lambda: number;
  /** `g(s)` at an eigenvalue s ≥ 0 of `S = ΦᵀΦ/n`. */
  value(s: number): number;
  /** `1 − s g(s)`, the share of the direction s left in the residual, computed without cancellation. */
  residualFactor(s: number): number;
  /** The divided difference `Γ(s, s') = (g(s) − g(s'))/(s − s')`, `g'(s)` when equal. */
  divided(s: number, sp: number): number;
}

const TINY = 1e-17;

/** `φ₁(z) = (e^z − 1)/z`, 1 at z = 0. */
function phi1(z: number): number {
  return z === 0 ? 1 : Math.expm1(z) / z;
}

/**
 * Second divided difference of the exponential at the nodes 0, a, b:
 * `exp[0, a, b] = (φ₁(a) − φ₁(b))/(a − b)`, stable for all a, b ≤ 0. A power
 * series `Σ_m h_m(a, b)/(m + 2)!` (h_m the complete homogeneous polynomial)
 * when |a|, |b| ≤ 1; the difference quotient when a and b are far apart;
 * otherwise `(e^b φ₁(a − b) − φ₁(b))/a` with |a| ≥ |b|, whose terms do not
 * cancel.
 * E.g. `expDivided2(−3, −3) = φ₁'(−3)`.
 */
function expDivided2(a0: number, b0: number): number {
  const [a, b] = Math.abs(a0) >= Math.abs(b0) ? [a0, b0] : [b0, a0];
  if (Math.abs(a) <= 1) {
    let sum = 0, h = 1, bPow = 1, factorial = 2;
    for (let m = 0; m < 40; m++) {
      const term = h / factorial;
      sum += term;
      if (Math.abs(term) <= TINY * Math.abs(sum)) break;
      bPow *= b;
      h = a * h + bPow;
      factorial *= m + 3;
    }
    return sum;
  }
  if (Math.abs(a - b) >= 0.5 * Math.abs(a)) return (phi1(a) - phi1(b)) / (a - b);
  return (Math.exp(b) * phi1(a - b) - phi1(b)) / a;
}

/**
 * The geometric sum `Σ_{j<T} (1 − A)^j = (1 − (1 − A)^T)/A` (T at A = 0),
 * through expm1/log1p when 0 < A < 1 so that small A loses nothing.
 * E.g. `geometricSum(0.1, 3) = 1 + 0.9 + 0.81`.
 */
function geometricSum(A: number, T: number): number {
  if (A === 0) return T;
  if (A < 1) return -Math.expm1(T * Math.log1p(-A)) / A;
  return (1 - Math.pow(1 - A, T)) / A;
}

/** `(1 − A)^T`, through log1p when A < 1. */
function residualPower(A: number, T: number): number {
  return A < 1 ? Math.exp(T * Math.log1p(-A)) : Math.pow(1 - A, T);
}

/**
 * First divided difference of `x^T` at x and y, `(x^T − y^T)/(x − y)`, given
 * `diff = x − y` computed accurately by the caller; `T x^{T−1}` when equal.
 * For x, y of one sign it is `y^{T−1} expm1(T log1p(q))/q` with `q = diff/y`
 * and |y| ≥ |x|, which does not cancel when x ≈ y.
 * E.g. `powerDivided(0.5, 0.4, 0.1, 3) = 0.5² + 0.5·0.4 + 0.4²`.
 */
function powerDivided(x0: number, y0: number, diff0: number, T: number): number {
  if (diff0 === 0) return T === 0 ? 0 : T * Math.pow(x0, T - 1);
  const swap = Math.abs(x0) > Math.abs(y0);
  const y = swap ? x0 : y0;
  const x = swap ? y0 : x0;
  const diff = swap ? -diff0 : diff0;
  if (x * y > 0) {
    const q = diff / y;
    return Math.pow(y, T - 1) * (Math.expm1(T * Math.log1p(q)) / q);
  }
  return (Math.pow(x, T) - Math.pow(y, T)) / diff;
}

/**
 * Second divided difference of `x^T` at the nodes 1, 1 − A, 1 − B (A, B ≥ 0
 * are η·u): `Σ_{k=2}^{T} C(T, k)(−1)^k h_{k−2}(A, B)` when `T·max(A, B) ≤ 1`;
 * the difference quotient of geometric sums when A and B are far apart;
 * otherwise `(G(B) − P[1 − B, 1 − A])/A` with A ≥ B, which does not cancel.
 * E.g. `powerDivided2(0, 0, 5) = C(5, 2) = 10`.
 */
function powerDivided2(A0: number, B0: number, T: number): number {
  const [A, B] = A0 >= B0 ? [A0, B0] : [B0, A0];
  if (T * Math.abs(A) <= 1 && T * Math.abs(B) <= 1) {
    let sum = 0, binom = (T * (T - 1)) / 2, h = 1, bPow = 1, sign = 1;
    for (let k = 2; k <= T && k < 60; k++) {
      const term = sign * binom * h;
      sum += term;
      if (Math.abs(term) <= TINY * Math.abs(sum)) break;
      binom *= (T - k) / (k + 1);
      bPow *= B;
      h = A * h + bPow;
      sign = -sign;
    }
    return sum;
  }
  if (A - B >= 0.5 * Math.abs(A)) return (geometricSum(A, T) - geometricSum(B, T)) / (B - A);
  return (geometricSum(B, T) - powerDivided(1 - B, 1 - A, A - B, T)) / A;
}

/**
 * The spectral filter of a training rule with ridge penalty λ (METHOD §4).
 * Eigenvalues are clamped at 0 (S is positive semi-definite).
 *
 * @example
 * const f = spectralFilter({ kind: 'flow', time: 10 }, 0);
 * f.value(0.5); // (1 − e^{−5})/0.5
 * f.divided(0.5, 0.5); // g'(0.5)
 */
export function spectralFilter(rule: TrainingRule, lambda: number): SpectralFilter {
  const u = (s: number): number => Math.max(s, 0) + lambda;
  const lambdaPart = (gv: number): number => (lambda === 0 ? 0 : lambda * gv);
  switch (rule.kind) {
    case 'ridge':
      return {
        rule,
        lambda,
        value: (s) => 1 / u(s),
        residualFactor: (s) => lambda / u(s),
        divided: (s, sp) => -1 / (u(s) * u(sp)),
      };
    case 'flow': {
      const t = rule.time;
      const value = (s: number): number => t * phi1(-t * u(s));
      return {
        rule,
        lambda,
        value,
        residualFactor: (s) => Math.exp(-t * u(s)) + lambdaPart(value(s)),
        divided: (s, sp) => -t * t * expDivided2(-t * u(s), -t * u(sp)),
      };
    }
    case 'gd': {
      const { steps: T, stepSize: eta } = rule;
      const value = (s: number): number => eta * geometricSum(eta * u(s), T);
      return {
        rule,
        lambda,
        value,
        residualFactor: (s) => residualPower(eta * u(s), T) + lambdaPart(value(s)),
        divided: (s, sp) => -eta * eta * powerDivided2(eta * u(s), eta * u(sp), T),
      };
    }
    default:
      throw new InvalidArgumentError(`unknown training rule ${JSON.stringify(rule)}`);
  }
}

/**
 * Checks that gradient descent is stable on this spectrum: `η(s_max + λ) < 2`
 * (otherwise the iterates diverge along the top eigenvector). The error says
 * which step sizes work.
 *
 * @example
 * checkStepSize({ kind: 'gd', steps: 100, stepSize: 0.5 }, 1e-3, 3.2); // passes: 0.5·3.201 < 2
 * checkStepSize({ kind: 'gd', steps: 100, stepSize: 0.7 }, 1e-3, 3.2); // throws: 0.7·3.201 ≥ 2
 */
export function checkStepSize(rule: TrainingRule, lambda: number, sMax: number): void {
  if (rule.kind !== 'gd') return;
  const top = Math.max(sMax, 0) + lambda;
  if (!(rule.stepSize * top < 2)) {
    const bound = 2 / top;
    throw new InvalidArgumentError(
      `gradient descent with step size η = ${rule.stepSize} diverges: η·(s_max + λ) = ${(rule.stepSize * top).toPrecision(4)} ≥ 2, ` +
        `where s_max = ${sMax.toPrecision(6)} is the largest eigenvalue of ΦᵀΦ/n; ` +
        `use --training gd:${rule.steps}:ETA with ETA < 2/(s_max+λ) = ${bound.toPrecision(6)} (e.g. ETA = ${(1 / top).toPrecision(3)})`,
    );
  }
}
