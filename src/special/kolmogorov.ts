/**
 * The one-sample Kolmogorov–Smirnov test against the standard normal, used to
 * compare Monte Carlo pivots with N(0, 1) (METHOD §6).
 *
 * @module
 */
import { InvalidArgumentError } from '../errors.js';
import { normalCdf } from './normal.js';

/** A Kolmogorov–Smirnov test result. */
export interface KolmogorovSmirnovTest {
  /** `D = sup_t |F_N(t) − Φ(t)|`. */
  readonly statistic: number;
  /** Asymptotic p-value `Q_KS((√N + 0.12 + 0.11/√N) D)` (Stephens' correction). */
  readonly pValue: number;
}

/**
 * The Kolmogorov survival function `Q(λ) = 2 Σ_{k≥1} (−1)^{k−1} e^{−2k²λ²}`
 * (1 for small λ, where the series is replaced by its limit).
 *
 * @example
 * kolmogorovSurvival(1.358); // ≈ 0.05
 */
export function kolmogorovSurvival(lambda: number): number {
  if (lambda < 0.2) return 1;
  let sum = 0;
  for (let k = 1; k <= 100; k++) {
    const term = Math.exp(-2 * k * k * lambda * lambda);
    sum += (k % 2 === 1 ? 2 : -2) * term;
    if (term < 1e-17) break;
  }
  return Math.min(1, Math.max(0, sum));
}

/**
 * Kolmogorov–Smirnov distance of a sample to N(0, 1) and its asymptotic
 * p-value (valid for independent draws; N ≥ 35 or so).
 *
 * @example
 * ksTestNormal([-1.2, 0.3, 0.8, -0.1]); // { statistic, pValue }
 */
export function ksTestNormal(sample: ArrayLike<number>): KolmogorovSmirnovTest {
  const N = sample.length;
  if (N === 0) throw new InvalidArgumentError('Kolmogorov–Smirnov test needs at least one value');
  const x = Float64Array.from(sample).sort();
  let d = 0;
  for (let i = 0; i < N; i++) {
    const F = normalCdf(x[i]!);
    d = Math.max(d, (i + 1) / N - F, F - i / N);
  }
  const sn = Math.sqrt(N);
  return { statistic: d, pValue: kolmogorovSurvival((sn + 0.12 + 0.11 / sn) * d) };
}
