/**
 * Example 2 — a Monte Carlo coverage study (METHOD §6) with the library's study
 * engine: simulate data with known β many times, fit, and check how often the 95%
 * intervals cover β*. Replicate i is seeded from (seed, i) alone, so the numbers do
 * not depend on the number of workers or on a split into shards.
 *
 * Run:  npx tsx examples/coverage-study.ts      (RFCI_EXAMPLE_SIZE=small: a few seconds)
 *
 * The same from the command line: `rfci coverage --n 400 --p 200 --d 300 --reps 100`
 * (docs/coverage-studies.md; on a cluster: docs/scaling.md).
 */
import { formatCoverageSummary, predictIntervalLength, runCoverageStudy, studySettings } from 'rfci';

const small = process.env.RFCI_EXAMPLE_SIZE === 'small';
const { n, p, width, reps } = small ? { n: 100, p: 20, width: 60, reps: 4 } : { n: 400, p: 200, width: 300, reps: 100 };

// The study: rows x ~ N(0, Σ) with Σ = AR(0.5), known to the inference; β with a uniform
// direction and ‖β‖ = 1; Gaussian noise with sd 1; relu network, λ = 1e-3.
const settings = studySettings({ n, p, width, activation: 'relu', lambda: 1e-3, design: 'ar1:0.5', seed: 7 });
const run = await runCoverageStudy(settings, { reps, ...(small ? { workers: 0 } : {}) });
console.log(formatCoverageSummary(run.summary!));

// The interval length predicted from the sizes alone (METHOD §5) is for Σ = I; with a
// known Σ each se_j is multiplied by √Ω_jj, which for AR(ρ) is √((1 + ρ²)/(1 − ρ²)) in
// the interior coordinates (√(1/(1 − ρ²)) at the two ends).
const prediction = predictIntervalLength({ activation: 'relu', n, p, d: width, lambda: 1e-3, noiseVariance: 1, signal: 1 });
const rho = 0.5;
const interior = 2 * prediction.halfLength * Math.sqrt((1 + rho * rho) / (1 - rho * rho));
console.log(`\npredicted interval length: ${(2 * prediction.halfLength).toFixed(4)} for Σ = I, ${interior.toFixed(4)} for AR(${rho}) interior coordinates`);
