import { describe, expect, it } from 'vitest';
import { predictIntervalLength } from '../../src/theory/predict.js';
import { simulateIntervalLength } from '../../src/theory/simulateLength.js';
import { studySettings } from '../../src/simulation/settings.js';
import { runCoverageStudy } from '../../src/simulation/study.js';

// Prediction (METHOD §5) against simulation: mean √n·se over replicates within 5% of
// the predicted √R, at n = 400, p = 200, d = 100 (d/n = 0.25, away from d ≈ n).
const setting = { n: 400, p: 200, d: 100, lambda: 1e-3, noiseVariance: 1, signal: 4 };
const R = 20;

describe('predicted √n·se matches simulation', () => {
  it.each(['relu', 'tanh', 'erf'])('%s', async (activation) => {
    const sim = await simulateIntervalLength({ ...setting, activation, replicates: R, seed: 11 });
    const pred = predictIntervalLength({ ...setting, activation });
    // the Monte Carlo error is small enough for a 5% check to be able to fail
    expect(3 * sim.sqrtNStdErrorMcse).toBeLessThan(0.05 * pred.sqrtNStdError);
    expect(Math.abs(sim.meanSqrtNStdError / pred.sqrtNStdError - 1)).toBeLessThan(0.05);
    // and the intervals of the simulation cover (R·p = 4000 intervals; se across replicates)
    expect(Math.abs(sim.coverage - 0.95)).toBeLessThan(4 * sim.coverageMcse + 0.01);
  });
  it('is reproducible from the seed and replicate index alone', async () => {
    const a = await simulateIntervalLength({ ...setting, d: 20, activation: 'relu', replicates: 3, seed: 5 });
    const b = await simulateIntervalLength({ ...setting, d: 20, activation: 'relu', replicates: 3, seed: 5 });
    expect(a).toEqual(b);
    expect((await simulateIntervalLength({ ...setting, d: 20, activation: 'relu', replicates: 3, seed: 6 })).meanSqrtNStdError).not.toBe(a.meanSqrtNStdError);
  });
  it('is the coverage study of the same setting: √n·se is √n/(2q) times its mean length', async () => {
    const sim = await simulateIntervalLength({ ...setting, d: 20, activation: 'tanh', replicates: 3, seed: 5 });
    const run = await runCoverageStudy(studySettings({ n: 400, p: 200, width: 20, activation: 'tanh', lambda: 1e-3, noiseSd: 1, signal: 2, seed: 5 }), { reps: 3, workers: 0 });
    expect(sim.meanHalfLength).toBe(run.summary!.meanLength / 2);
    expect(sim.meanSqrtNStdError).toBeCloseTo((Math.sqrt(400) / (2 * 1.959963984540054)) * run.summary!.meanLength, 12);
    expect([sim.coverage, sim.coverageMcse, sim.meanLambda]).toEqual([run.summary!.coverage, run.summary!.coverageStdError, 1e-3]);
  });
});
