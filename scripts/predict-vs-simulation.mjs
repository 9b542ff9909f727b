// Predicted √n·se (METHOD §5) against the mean over simulated replicates, across widths
// on both sides of the interpolation threshold.
// Usage: npm run build && node scripts/predict-vs-simulation.mjs [replicates=20] [activations=relu,tanh,erf] [widths=100,300,600,1200]
import { availableParallelism } from 'node:os';
import { predictIntervalLength, simulateIntervalLength } from '../dist/index.js';

const R = Number(process.argv[2] ?? 20);
const activations = (process.argv[3] ?? 'relu,tanh,erf').split(',');
const widths = (process.argv[4] ?? '100,300,600,1200').split(',').map(Number);
const setting = { n: 400, p: 200, lambda: 1e-3, noiseVariance: 1, signal: 4 };
console.log(`n = 400, p = 200, λ = 1e-3, σ² = 1, r² = 4, ${R} replicates per point, seed 7`);
console.log('activation | d | predicted √n·se | simulated √n·se ± MC s.e. | ratio | coverage');
for (const activation of activations) {
  for (const d of widths) {
    const pred = predictIntervalLength({ ...setting, activation, p: 200, d });
    const sim = await simulateIntervalLength({ ...setting, activation, p: 200, d, replicates: R, seed: 7, workers: availableParallelism() });
    console.log(
      `${activation} | ${d} | ${pred.sqrtNStdError.toFixed(3)} | ${sim.meanSqrtNStdError.toFixed(3)} ± ${sim.sqrtNStdErrorMcse.toFixed(3)} | ` +
        `${(sim.meanSqrtNStdError / pred.sqrtNStdError).toFixed(3)} | ${sim.coverage.toFixed(3)}`,
    );
  }
}
