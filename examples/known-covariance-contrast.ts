/**
 * Example 4 — correlated predictors with a known covariance Σ, and a contrast.
 *
 * Rows x ~ N(0, Σ) with Σ_kl = ρ^|k−l| (AR(1)). The target β* = Σ⁻¹E[xy] is
 * still the true β of y = xᵀβ + ε; the estimate uses Ω = Σ⁻¹ (METHOD §2) and
 * se_j = ‖ψ̃‖√Ω_jj. The contrast a = e₁ − e₂ tests β*₁ = β*₂ with
 * se_a = ‖ψ̃‖√(aᵀΩa).
 *
 * Run:  npx tsx examples/known-covariance-contrast.ts      (RFCI_EXAMPLE_SIZE=small: seconds)
 */
import { cholesky, createGenerator, formatSummary, matmulTransB, matrix, matvec, randomFeaturesInference } from 'rfci';

const small = process.env.RFCI_EXAMPLE_SIZE === 'small';
const { n, p, d } = small ? { n: 150, p: 8, d: 100 } : { n: 800, p: 40, d: 600 };
const rho = 0.5;

// Σ_kl = ρ^|k−l| and its Cholesky factor L (Σ = LLᵀ): rows x = L z with z ~ N(0, I).
const Sigma = matrix(p, p);
for (let k = 0; k < p; k++) for (let l = 0; l < p; l++) Sigma.data[k * p + l] = rho ** Math.abs(k - l);
const { L } = cholesky(Sigma, 'Σ');
const rng = createGenerator(5, 'ar1-example');
const Z = matrix(n, p);
rng.fillNormal(Z.data);
const X = matmulTransB(Z, L); // row i is (L z_i)ᵀ

const beta = new Float64Array(p);
beta[0] = 1;
beta[1] = 1; // β₁ = β₂: the contrast's null hypothesis holds
beta[2] = -0.5;
const y = matvec(X, beta).map((v) => v + rng.normal());

const contrast = new Float64Array(p);
contrast[0] = 1;
contrast[1] = -1;
const result = randomFeaturesInference(X, y, {
  activation: 'tanh',
  width: d,
  lambda: 1e-3,
  covariance: { covariance: Sigma }, // or { precision: Ω }
  contrasts: [contrast],
});
console.log(formatSummary(result, { truth: beta, notes: [`rows x ~ N(0, Σ), Σ_kl = ${rho}^|k−l| (AR(1), known)`] }));
const c = result.contrasts![0]!;
console.log(`\nContrast β*₁ − β*₂: estimate ${c.estimate.toFixed(3)}, se ${c.stdError.toFixed(3)}, 95% interval [${c.lower.toFixed(3)}, ${c.upper.toFixed(3)}], p = ${c.pValue.toPrecision(3)}`);
