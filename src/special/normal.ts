/**
 * The standard normal distribution: density, distribution function (with full
 * relative precision in both tails), quantile and two-sided p-values.
 *
 * @module
 */
import { jStat } from '../commonjs.js';
import { erfc } from './erf.js';

/**
 * Standard normal density $\phi(x) = e^{-x^2/2}/\sqrt{2\pi}$.
 *
 * @example
 * normalDensity(0); // 0.3989422804014327
 */
export function normalDensity(x: number): number {
  return Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
}

/**
 * Standard normal distribution function $\Phi(x) = \tfrac12\operatorname{erfc}(-x/\sqrt2)$,
 * with full relative precision in both tails.
 *
 * @example
 * normalCdf(1.959963984540054); // 0.975
 */
export function normalCdf(x: number): number {
  return 0.5 * erfc(-x * Math.SQRT1_2);
}

/**
 * Standard normal quantile $\Phi^{-1}(u)$ for $u \in (0, 1)$: jStat's value
 * refined by one Newton step on the accurate $\Phi$.
 *
 * @example
 * normalQuantile(0.975); // 1.959963984540054
 */
export function normalQuantile(u: number): number {
  if (!(u > 0 && u < 1)) return u === 0 ? -Infinity : u === 1 ? Infinity : NaN;
  const x = jStat.normal.inv(u, 0, 1);
  const dens = normalDensity(x);
  return dens > 0 ? x - (normalCdf(x) - u) / dens : x;
}

/**
 * Two-sided p-value of a standard normal statistic $z$:
 * $2(1 - \Phi(|z|)) = \operatorname{erfc}(|z|/\sqrt2)$.
 *
 * @example
 * twoSidedPValue(1.959963984540054); // 0.05
 */
export function twoSidedPValue(z: number): number {
  return erfc(Math.abs(z) * Math.SQRT1_2);
}
