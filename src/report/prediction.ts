/**
 * The readable report of an interval-length prediction (METHOD §5).
 *
 * @module
 */
import type { IntervalLengthPrediction } from '../theory/predict.js';
import { formatNumber, textTable } from './textTable.js';

/**
 * Formats an {@link IntervalLengthPrediction} as text: the setting, the
 * activation's Hermite coefficients, κ, df/n, the test risk, `√n·se` and the
 * predicted half-length and length of each coefficient's interval.
 *
 * @example
 * console.log(formatPrediction(predictIntervalLength({ activation: 'relu', n: 400, p: 200, d: 300, lambda: 1e-3, noiseVariance: 1, signal: 4 })));
 */
export function formatPrediction(pred: IntervalLengthPrediction, notes: readonly string[] = []): string {
  const f = (x: number) => formatNumber(x, 6);
  const spectrum =
    pred.spectrum === 'given-W' ? 'eigenvalues of the given W Wᵀ' : `Marchenko–Pastur law of ratio d/p = ${formatNumber(pred.d / pred.p)} (W with N(0, 1/p) entries)`;
  const pct = formatNumber(100 * pred.level);
  const rows = [
    ['quantity', 'value', 'formula'],
    ['effective ridge κ', f(pred.kappa), 'λ = κ (1 − (1/n) Σ ω_k/(ω_k + κ))'],
    ['df / n', f(pred.dfOverN), '(1/n) Σ ω_k/(ω_k + κ)'],
    ['test risk R', f(pred.testRisk), 'mean squared prediction error, noise included'],
    ['√n · se', f(pred.sqrtNStdError), '√R'],
    ['half-length', f(pred.halfLength), `q √(R/n), ${pct}% level`],
    ['interval length', f(2 * pred.halfLength), '2 q √(R/n)'],
  ];
  return [
    'Predicted confidence-interval length for every coefficient β*_j (METHOD §5, Gaussian equivalence)',
    `  activation ${pred.activation}: μ0 = ${f(pred.mu0)}, μ1 = ${f(pred.mu1)}, μ* = ${f(pred.muStar)}`,
    `  n = ${pred.n}, p = ${pred.p}, width d = ${pred.d}, lambda = ${formatNumber(pred.lambda)}`,
    `  noise variance σ² = ${formatNumber(pred.noiseVariance)}, signal r² = ‖β‖² = ${formatNumber(pred.signal)}; Σ = I`,
    `  spectrum of W Wᵀ: ${spectrum}`,
    ...notes.map((note) => `  ${note}`),
    '',
    textTable(rows, ['left', 'right', 'left']),
  ].join('\n');
}
