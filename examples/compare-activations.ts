/**
 * Example 3 — comparing activations by the length of their intervals on the
 * same data (METHOD §5: the half-length is q‖ψ‖√Ω_jj/(n − df); a shorter valid
 * interval is a more efficient estimator). All activations see the same X, y
 * and the same first layer W; beside each measured √n·se is its prediction from
 * the sizes and this W alone (Gaussian equivalence, no data). `rfci compare`
 * draws the predictions against d/n (docs/predictions.md).
 *
 * Run:  npx tsx examples/compare-activations.ts      (RFCI_EXAMPLE_SIZE=small: seconds)
 */
import { activationNames, createGenerator, drawFirstLayer, dot, matrix, matvec, predictIntervalLength, randomFeaturesInference } from 'rfci';

const small = process.env.RFCI_EXAMPLE_SIZE === 'small';
const { n, p, d } = small ? { n: 120, p: 20, d: 80 } : { n: 400, p: 200, d: 300 };
const rng = createGenerator(11, 'compare-activations');
const beta = rng.fillNormal(new Float64Array(p), 1 / Math.sqrt(p)); // ‖β‖ ≈ 1
const X = matrix(n, p);
rng.fillNormal(X.data);
const y = matvec(X, beta).map((v) => v + rng.normal());
const W = drawFirstLayer({ width: d, inputDimension: p, seed: 3 });

const rows = activationNames
  .filter((name) => name !== 'linear' || d <= p) // a linear network has rank ≤ p: its df saturates
  .map((activation) => {
    const r = randomFeaturesInference(X, y, { activation, weights: W, lambda: 1e-3 });
    const halfLength = r.coefficients[0]!.upper - r.coefficients[0]!.estimate;
    const covered = r.coefficients.filter((c, j) => c.lower <= beta[j]! && beta[j]! <= c.upper).length;
    const predicted = predictIntervalLength({ activation, n, weights: W, lambda: 1e-3, noiseVariance: 1, signal: dot(beta, beta) });
    return { activation, df: r.df, sqrtNse: Math.sqrt(n) * r.coefficients[0]!.stdError, predicted: predicted.sqrtNStdError, halfLength, covered };
  })
  .sort((a, b) => a.halfLength - b.halfLength);

console.log(`n = ${n}, p = ${p}, d = ${d}, λ = 1e-3; shortest intervals first`);
console.log('activation    df      √n·se  predicted   half-length  covered');
for (const r of rows) {
  console.log(
    `${r.activation.padEnd(12)} ${r.df.toFixed(1).padStart(6)} ${r.sqrtNse.toFixed(3).padStart(9)} ${r.predicted.toFixed(3).padStart(10)} ${r.halfLength.toFixed(4).padStart(13)}  ${r.covered}/${p}`,
  );
}
