/**
 * Multiple testing: adjusted p-values (Bonferroni, Holm, Benjamini–Hochberg, as
 * R's `p.adjust`) and the level of Bonferroni-simultaneous intervals.
 *
 * @module
 */
import { InvalidArgumentError } from '../errors.js';

/** Methods of {@link adjustPValues}. */
export const adjustMethods = ['bonferroni', 'holm', 'bh'] as const;

/** A p-value adjustment: `bonferroni`, `holm` (step-down FWER) or `bh` (Benjamini–Hochberg FDR). */
export type AdjustMethod = (typeof adjustMethods)[number];

/**
 * Adjusted p-values, identical to R's `p.adjust`:
 * Bonferroni `min(1, m p_i)`; Holm `max_{k ≤ r(i)} min(1, (m − k + 1) p_(k))`;
 * Benjamini–Hochberg `min_{k ≥ r(i)} min(1, m p_(k) / k)`, with `r(i)` the rank of
 * `p_i` among the m p-values.
 *
 * @example
 * adjustPValues([0.01, 0.04, 0.03], 'holm'); // [0.03, 0.06, 0.06]
 */
export function adjustPValues(pValues: readonly number[], method: AdjustMethod): number[] {
  const m = pValues.length;
  for (const p of pValues) {
    if (!(p >= 0 && p <= 1)) throw new InvalidArgumentError(`p-values must lie in [0, 1], got ${p}`);
  }
  if (method === 'bonferroni') return pValues.map((p) => Math.min(1, m * p));
  const order = pValues.map((_, i) => i).sort((a, b) => pValues[a]! - pValues[b]!);
  const out = new Array<number>(m);
  if (method === 'holm') {
    let running = 0;
    order.forEach((i, k) => {
      running = Math.max(running, Math.min(1, (m - k) * pValues[i]!));
      out[i] = running;
    });
    return out;
  }
  if (method === 'bh') {
    let running = 1;
    for (let k = m - 1; k >= 0; k--) {
      const i = order[k]!;
      running = Math.min(running, Math.min(1, (m * pValues[i]!) / (k + 1)));
      out[i] = running;
    }
    return out;
  }
  throw new InvalidArgumentError(`p-value adjustment must be one of ${adjustMethods.join(', ')}, got "${String(method)}"`);
}

/**
 * Level of each interval so that m intervals hold simultaneously with
 * probability at least `level` (Bonferroni): `1 − (1 − level)/m`.
 *
 * @example
 * simultaneousLevel(0.95, 5); // 0.99
 */
export function simultaneousLevel(level: number, m: number): number {
  if (!Number.isInteger(m) || m < 1) throw new InvalidArgumentError(`number of intervals must be a positive integer, got ${m}`);
  return 1 - (1 - level) / m;
}
