/**
 * Student t and chi-square tails for classical least squares and the normality
 * tests of the design diagnostics (jStat underneath).
 *
 * @module
 */
import { jStat } from '../commonjs.js';
import { InvalidArgumentError } from '../errors.js';

/** Continued fraction of the incomplete beta (modified Lentz), converged to 1e-16. */
function betaContinuedFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  let c = 1, d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 10000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return h;
}

/**
 * Regularized incomplete beta `I_x(a, b)` to near full double precision
 * (continued fraction; jStat's `ibeta` stops at about 1e-8).
 *
 * @example
 * incompleteBeta(0.5, 2, 2); // 0.5
 */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (!(x > 0)) return 0;
  if (!(x < 1)) return 1;
  const front = Math.exp(a * Math.log(x) + b * Math.log1p(-x) - jStat.betaln(a, b));
  return x < (a + 1) / (a + b + 2) ? (front * betaContinuedFraction(x, a, b)) / a : 1 - (front * betaContinuedFraction(1 - x, b, a)) / b;
}

function checkDf(df: number): void {
  if (!(df > 0) || !Number.isFinite(df)) throw new InvalidArgumentError(`degrees of freedom must be positive and finite, got ${df}`);
}

/**
 * Quantile of Student's t with `df` degrees of freedom: `t_{df}^{-1}(prob)`,
 * jStat's value polished by Newton steps on the incomplete-beta cdf (jStat
 * alone is good to about 1e-8).
 *
 * @example
 * studentTQuantile(0.975, 10); // 2.228138851986274
 */
export function studentTQuantile(prob: number, df: number): number {
  checkDf(df);
  if (!(prob > 0 && prob < 1)) throw new InvalidArgumentError(`probability must lie in (0, 1), got ${prob}`);
  let t = jStat.studentt.inv(prob, df);
  for (let step = 0; step < 3; step++) {
    const upper = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5); // P(T > |t|)
    const cdf = t >= 0 ? 1 - upper : upper;
    const density = jStat.studentt.pdf(t, df);
    if (!(density > 0)) break;
    t -= (cdf - prob) / density;
  }
  return t;
}

/**
 * Two-sided p-value of a t statistic, `P(|T_df| ≥ |t|) = I_{df/(df+t²)}(df/2, 1/2)`
 * (the incomplete-beta form keeps full relative precision in the far tail).
 *
 * @example
 * twoSidedTPValue(2.228138851986274, 10); // 0.05
 */
export function twoSidedTPValue(t: number, df: number): number {
  checkDf(df);
  if (!Number.isFinite(t)) return 0;
  return incompleteBeta(df / (df + t * t), df / 2, 0.5);
}

/**
 * Upper tail of the chi-square distribution with k degrees of freedom,
 * `P(χ²_k ≥ x) = 1 − P(k/2, x/2)`.
 *
 * @example
 * chiSquareUpperTail(3.841458820694124, 1); // 0.05
 */
export function chiSquareUpperTail(x: number, k: number): number {
  checkDf(k);
  if (!(x > 0)) return 1;
  return Math.max(0, 1 - jStat.lowRegGamma(k / 2, x / 2));
}
