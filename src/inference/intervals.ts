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
  /** Estimate $\hat\theta_j$ of $\beta^*_j$. */
  readonly estimate: number;
  /** Standard error $\mathrm{se}_j$. */
  readonly stdError: number;
  /** Statistic $z_j = \hat\theta_j / \mathrm{se}_j$, approximately $N(0, 1)$ under $\beta^*_j = 0$. */
  readonly statistic: number;
  /** Two-sided p-value $2(1 - \Phi(|\hat\theta_j|/\mathrm{se}_j))$. */
  readonly pValue: number;
  /** Lower bound $\hat\theta_j - q\,\mathrm{se}_j$, $q = \Phi^{-1}(1 - a/2)$. */
  readonly lower: number;
  /** Upper bound $\hat\theta_j + q\,\mathrm{se}_j$. */
  readonly upper: number;
}

/**
 * The normal quantile $q = \Phi^{-1}(1 - a/2)$ of a two-sided interval at
 * level $1 - a$ (METHOD §1).
 *
 * @example
 * intervalQuantile(0.95); // 1.959963984540054
 */
export function intervalQuantile(level: number): number {
  return normalQuantile(1 - (1 - level) / 2);
}

/**
 * One tidy row (METHOD §2): estimate $\hat\theta$, standard error
 * $\mathrm{se}$, statistic $z = \hat\theta/\mathrm{se}$, two-sided p-value
 * $2(1 - \Phi(|z|))$ and the interval $\hat\theta \pm q\,\mathrm{se}$ with
 * $q = \Phi^{-1}(1 - a/2)$ at level $1 - a$.
 *
 * @example
 * coefficientRow('x1', 0.8, 0.2, 0.95).statistic; // 4
 * coefficientRow('x1', 0.8, 0.2, 0.95).lower; // 0.4080072030919892
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
