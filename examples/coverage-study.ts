/**
 * Example 2 — a small Monte Carlo coverage study (METHOD §6) written with the
 * library's public functions: simulate data with known β, fit, and count how
 * often the 95% intervals cover β. Each replicate is seeded from (seed, index)
 * alone, so any subset of replicates can be computed anywhere.
 *
 * Run:  npx tsx examples/coverage-study.ts      (RFCI_EXAMPLE_SIZE=small: a few seconds)
 *
 * For full studies (sharding, summaries, plots) use `rfci coverage` (see
 * docs/reproducing.md and docs/scaling.md).
 */
import { createGenerator, matrix, matvec, randomFeaturesInference } from 'rfci';

const small = process.env.RFCI_EXAMPLE_SIZE === 'small';
const setting = small ? { n: 100, p: 20, d: 60, replicates: 4 } : { n: 400, p: 200, d: 300, replicates: 40 };
const { n, p, d, replicates } = setting;
const seed = 7;
const level = 0.95;

let covered = 0;
const perReplicate: number[] = [];
const pivots: number[] = [];
for (let r = 0; r < replicates; r++) {
  const rng = createGenerator(seed, 'replicate', r);
  // β: direction uniform on the sphere, ‖β‖ = 1; rows x ~ N(0, I_p); y = xᵀβ + N(0, 1)
  const beta = rng.fillNormal(new Float64Array(p));
  const norm = Math.hypot(...beta);
  beta.forEach((b, j) => (beta[j] = b / norm));
  const X = matrix(n, p);
  rng.fillNormal(X.data);
  const y = matvec(X, beta).map((v) => v + rng.normal());
  const result = randomFeaturesInference(X, y, { activation: 'relu', width: d, lambda: 1e-3, seed: `${seed}/${r}`, level });
  let c = 0;
  result.coefficients.forEach((row, j) => {
    if (row.lower <= beta[j]! && beta[j]! <= row.upper) c++;
    pivots.push((row.estimate - beta[j]!) / row.stdError);
  });
  covered += c;
  perReplicate.push(c / p);
}

// Coverage and its Monte Carlo standard error, computed across replicates
// (the coordinates of one replicate share the residuals, so they are not independent).
const coverage = covered / (replicates * p);
const sd = Math.sqrt(perReplicate.reduce((s, v) => s + (v - coverage) ** 2, 0) / Math.max(1, replicates - 1));
const pivotMean = pivots.reduce((s, v) => s + v, 0) / pivots.length;
const pivotSd = Math.sqrt(pivots.reduce((s, v) => s + (v - pivotMean) ** 2, 0) / (pivots.length - 1));
console.log(`n = ${n}, p = ${p}, d = ${d}, relu, λ = 1e-3, ${replicates} replicates`);
console.log(`coverage ${coverage.toFixed(3)} (MC s.e. ${(sd / Math.sqrt(replicates)).toFixed(3)}), nominal ${level}`);
console.log(`pivot (θ̂ − β)/se: mean ${pivotMean.toFixed(3)}, sd ${pivotSd.toFixed(3)} (N(0,1): 0 and 1)`);
