/**
 * Normal-theory intervals, statistics and p-values from estimates and standard
 * errors: one tidy row per term (METHOD §1–2).
 *
 * @module
 */
import { normalQuantile, twoSidedPValue } from '../special/normal.js';

/** One row of a coefficient table, in the style of `broom::tidy`. */
export interface CoefficientRow {
  /** Name of the term (column name, or `x1`, `x2`, …). */
  readonly term: string;
  /** Estimate `θ̂_j` of `β*_j`. */
  readonly estimate: number;
  /** Standard error `se_j`. */
  readonly stdError: number;
  /** Statistic `θ̂_j / se_j`, N(0, 1) under `β*_j = 0`. */
  readonly statistic: number;
  /** Two-sided p-value `2(1 − Φ(|θ̂_j|/se_j))`. */
  readonly pValue: number;
  /** Lower bound `θ̂_j − q se_j`. */
  readonly lower: number;
  /** Upper bound `θ̂_j + q se_j`. */
  readonly upper: number;
}

/**
 * The normal quantile `q = Φ⁻¹(1 − a/2)` of a two-sided interval at level `1 − a`.
 *
 * @example
 * intervalQuantile(0.95); // 1.959963984540054
 */
export function intervalQuantile(level: number): number {
  return normalQuantile(1 - (1 - level) / 2);
}

/**
 * One tidy row: estimate, standard error, statistic `θ̂/se`, two-sided p-value
 * and the interval `θ̂ ± q se` with `q = Φ⁻¹(1 − a/2)`.
 *
 * @example
 * coefficientRow('x1', 0.8, 0.2, 0.95); // { statistic: 4, lower: 0.408, … }
 */
export function coefficientRow(term: string, estimate: number, stdError: number, level: number): CoefficientRow {
  return intervalRow(term, estimate, stdError, intervalQuantile(level), twoSidedPValue);
}

/**
 * One tidy row for any reference distribution: statistic `θ̂/se`, p-value
 * `pValue(statistic)` and interval `θ̂ ± q se` (e.g. Student t for least squares).
 *
 * @example
 * intervalRow('x1', 0.8, 0.2, studentTQuantile(0.975, 20), (t) => twoSidedTPValue(t, 20));
 */
export function intervalRow(term: string, estimate: number, stdError: number, quantile: number, pValue: (statistic: number) => number): CoefficientRow {
  const statistic = estimate / stdError;
  return {
    term,
    estimate,
    stdError,
    statistic,
    pValue: pValue(statistic),
    lower: estimate - quantile * stdError,
    upper: estimate + quantile * stdError,
  };
}

/**
 * Default term names `x1, …, xp`.
 *
 * @example
 * defaultTerms(3); // ['x1', 'x2', 'x3']
 */
export function defaultTerms(p: number): string[] {
  return Array.from({ length: p }, (_, j) => `x${j + 1}`);
}
