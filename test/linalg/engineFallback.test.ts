import { describe, expect, it, vi } from 'vitest';
import { linalgThreads, matmul, setLinalgThreads } from '../../src/index.js';
import { randomMatrix } from '../helpers/reference.js';

// Its own file: the engine is process-wide, and its threads must not have started before.
describe('engine threads that do not start in time', () => {
  it('leave the kernels on the calling thread, with a warning and the same product; they can be started again', () => {
    // 160×160×160 is above the threading threshold
    const A = randomMatrix(160, 160, 1), B = randomMatrix(160, 160, 2);
    setLinalgThreads(2);
    // every reading of the clock is 61 s later: the first check after starting the worker is past the 60 s deadline
    let clock = 0;
    const now = vi.spyOn(Date, 'now').mockImplementation(() => (clock += 61_000));
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    let fallback, warnings: unknown[][];
    try {
      fallback = matmul(A, B); // the first product: no earlier result lies in the engine's memory
    } finally {
      warnings = [...warn.mock.calls];
      now.mockRestore();
      warn.mockRestore();
    }
    expect(warnings.length).toBe(1);
    expect(String(warnings[0]![0])).toMatch(/did not start within 60 s; computing on the calling thread only/);
    expect(linalgThreads()).toBe(1);
    // asking for two threads again starts a new worker (another product, so that A B left in memory cannot pass for it)
    setLinalgThreads(2);
    const restarted = matmul(B, A);
    expect(linalgThreads()).toBe(2);
    setLinalgThreads(1);
    expect(Array.from(fallback.data)).toEqual(Array.from(matmul(A, B).data));
    expect(Array.from(restarted.data)).toEqual(Array.from(matmul(B, A).data));
  });
});
