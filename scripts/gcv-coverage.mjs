// Coverage of the intervals when λ is chosen by GCV (the shortest interval), against a
// fixed λ, with the predicted length (METHOD §5) beside the simulated one.
// Usage: npm run build && node scripts/gcv-coverage.mjs [replicates=200] [n=400] [p=200] [d=300] [activation=relu]
import { availableParallelism } from 'node:os';
import { optimalLambdaPrediction, predictIntervalLength, simulateIntervalLength } from '../dist/index.js';

const [R = 200, n = 400, p = 200, d = 300] = process.argv.slice(2, 6).map(Number);
const activation = process.argv[6] ?? 'relu';
const setting = { activation, n, p, d, noiseVariance: 1, signal: 4, level: 0.95, replicates: R, seed: 2020, workers: availableParallelism() };
console.log(`n = ${n}, p = ${p}, d = ${d}, ${activation}, σ² = 1, r² = 4, ${R} replicates, seed 2020`);
const optimum = optimalLambdaPrediction(setting);
console.log(`predicted optimal λ ${optimum.lambda.toPrecision(3)} with √n·se ${optimum.sqrtNStdError.toFixed(4)}`);
for (const lambda of ['gcv', 1e-3]) {
  const t0 = Date.now();
  const sim = await simulateIntervalLength({ ...setting, lambda });
  const pred = predictIntervalLength({ ...setting, lambda: sim.meanLambda });
  console.log(
    `lambda ${lambda === 'gcv' ? `gcv (mean chosen ${sim.meanLambda.toPrecision(3)})` : lambda}: ` +
      `coverage ${sim.coverage.toFixed(4)} ± ${sim.coverageMcse.toFixed(4)}, ` +
      `√n·se ${sim.meanSqrtNStdError.toFixed(4)} ± ${sim.sqrtNStdErrorMcse.toFixed(4)} (predicted at that λ ${pred.sqrtNStdError.toFixed(4)}), ` +
      `half-length ${sim.meanHalfLength.toFixed(4)} [${((Date.now() - t0) / 1000).toFixed(0)} s]`,
  );
}
