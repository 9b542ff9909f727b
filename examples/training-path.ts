/**
 * Example 5 — intervals along a training run (METHOD §4).
 *
 * Gradient flow from α = 0 for a time t is a spectral filter of the features; the
 * same de-biasing gives an estimate, a standard error and an interval at every
 * time, early stopping included. One eigendecomposition serves the whole path.
 * The printout shows, for a few training times, the degrees of freedom of the
 * network, the interval half-length and how many intervals cover the true β;
 * the time with the shortest intervals is marked.
 *
 * Run:  npx tsx examples/training-path.ts      (RFCI_EXAMPLE_SIZE=small: seconds)
 */
import { SpectralFilterRegression, createGenerator, inferencePath, matrix, matvec, pathRules } from 'rfci';

const small = process.env.RFCI_EXAMPLE_SIZE === 'small';
const { n, p, d } = small ? { n: 120, p: 20, d: 80 } : { n: 400, p: 200, d: 300 };
const rng = createGenerator(3, 'training-path-example');
const beta = rng.fillNormal(new Float64Array(p), 1 / Math.sqrt(p)); // ‖β‖ ≈ 1
const X = matrix(n, p);
rng.fillNormal(X.data);
const y = matvec(X, beta).map((v) => v + rng.normal());

// Fit once (ridgeless gradient flow), then evaluate the path at log-spaced times.
const fit = new SpectralFilterRegression({ activation: 'relu', width: d, lambda: 0, seed: 1, training: 'flow:1' }).fit(X, y);
const times = [0.1, 0.3, 1, 3, 10, 30, 100, 300, 1000];
const path = inferencePath(fit, pathRules('flow', times), { level: 0.95 });

console.log(`gradient flow, n = ${n}, p = ${p}, d = ${d}, relu, λ = 0`);
console.log('     time      df   half-length  covered');
path.points.forEach((point, k) => {
  const half = point.coefficients[0]!.upper - point.coefficients[0]!.estimate;
  const covered = point.coefficients.filter((c, j) => c.lower <= beta[j]! && beta[j]! <= c.upper).length;
  const mark = k === path.shortest ? '  ← shortest intervals' : '';
  console.log(`${times[k]!.toString().padStart(9)} ${point.df.toFixed(1).padStart(7)} ${half.toFixed(4).padStart(13)}  ${covered}/${p}${mark}`);
});
