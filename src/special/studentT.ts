/**
 * Student t and chi-square tails for classical least squares and the normality
 * tests of the design diagnostics (jStat underneath).
 *
 * @module
 */
import jstat from 'jstat';
import { InvalidArgumentError } from '../errors.js';

const { jStat } = jstat;

function checkDf(df: number): void {
  if (!(df > 0) || !Number.isFinite(df)) throw new InvalidArgumentError(`degrees of freedom must be positive and finite, got ${df}`);
}

/**
 * Quantile of Student's t with `df` degrees of freedom: `t_{df}^{-1}(prob)`.
 *
 * @example
 * studentTQuantile(0.975, 10); // 2.228138851986274
 */
export function studentTQuantile(prob: number, df: number): number {
  checkDf(df);
  return jStat.studentt.inv(prob, df);
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
  return jStat.ibeta(df / (df + t * t), df / 2, 0.5);
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
