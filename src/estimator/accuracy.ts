/**
 * How much accuracy rfci demands of its linear solves, and what it does when
 * a system is too ill-conditioned: refuse below {@link MIN_DIGITS}, warn below
 * {@link WARN_DIGITS} (see docs/edge-cases.md).
 *
 * @module
 */
import { NumericalError } from '../errors.js';
import { accurateDigits } from '../linalg/index.js';

/** Below this many guaranteed significant digits a result is refused (it would be noise). */
export const MIN_DIGITS = 2;
/** Below this many guaranteed significant digits a result carries a warning. */
export const WARN_DIGITS = 6;

/**
 * Throws a {@link NumericalError} when a solve with reciprocal condition
 * `rcond` (e.g. `CholeskyFactor.rcond`) keeps fewer than {@link MIN_DIGITS} digits. `what` names the matrix, `fix` says what to do.
 *
 * @example
 * requireAccuracy(cholesky(M).rcond, 'ΦᵀΦ + nλI', 'increase --lambda');
 */
export function requireAccuracy(rcond: number, what: string, fix: string): void {
  const digits = accurateDigits(rcond);
  if (digits < MIN_DIGITS) {
    throw new NumericalError(
      `${what} is too ill-conditioned (condition number ≈ ${(1 / rcond).toExponential(1)}): ` +
        `the results would keep fewer than ${MIN_DIGITS} correct digits; ${fix}`,
    );
  }
}

/**
 * A warning for a solve with reciprocal condition `rcond` that keeps fewer than
 * {@link WARN_DIGITS} digits, or `undefined`.
 *
 * @example
 * accuracyWarning(fitted.factor.rcond, 'the ridge system ΦᵀΦ + nλI', 'a larger --lambda helps');
 */
export function accuracyWarning(rcond: number, what: string, fix: string): string | undefined {
  const digits = accurateDigits(rcond);
  if (digits >= WARN_DIGITS) return undefined;
  return (
    `${what} has condition number ≈ ${(1 / rcond).toExponential(1)}: only about ${Math.floor(digits)} ` +
    `significant digits of the estimates and standard errors can be trusted; ${fix}`
  );
}
