import { describe, expect, it } from 'vitest';
// the built package: the worker threads run the compiled dist/simulation/worker.js
import { NumericalError, runReplicates, studySettings } from '../../dist/index.js';

describe('runReplicates: an error raised by a replicate', () => {
  // unknown Σ at d = n, λ = 0 interpolates (n − df = 0): every replicate raises a NumericalError
  const settings = studySettings({ n: 10, p: 9, width: 10, lambda: 0, covariance: 'unknown' });

  it.each([0, 1])('stops the run and is rethrown with its rfci class (workers: %i)', async (workers) => {
    const run = runReplicates(settings, [0, 1], { workers });
    await expect(run).rejects.toBeInstanceOf(NumericalError);
    await expect(run).rejects.toMatchObject({ code: 'numerical', message: expect.stringMatching(/n − df = 0\.00/) });
  });
});

describe('runReplicates in the calling thread', () => {
  it('releases the arrays of its last replicate when the run ends', async () => {
    const { allocateMatrixData, withRecycledMatrices } = await import('../../src/linalg/recycling.js');
    const { runReplicates: runHere } = await import('../../src/simulation/engine.js');
    const { studySettings: settingsHere } = await import('../../src/simulation/settings.js');
    // Φ is 120×40: kept for the next scope unless released, and handed out unzeroed with its old values
    await runHere(settingsHere({ n: 120, p: 10, width: 40 }), [0, 1], { workers: 0 });
    const next = withRecycledMatrices(() => allocateMatrixData(120 * 40, false));
    expect(next.every((v) => v === 0)).toBe(true);
  });
});
