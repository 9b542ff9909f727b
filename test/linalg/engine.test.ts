import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dense, gemmView, getEngine, put, scratch, sub, symmetrizeLower, take, tr } from '../../src/linalg/engine.js';
import { matrix, transpose } from '../../src/index.js';
import { expectNormClose, randomMatrix, refProduct } from '../helpers/reference.js';

describe('engine views and products', () => {
  const A = randomMatrix(37, 29, 1), B = randomMatrix(29, 41, 2);
  const C = refProduct(A, B);
  it('writes a transposed (column-major) output through Cᵀ = BᵀAᵀ', () => {
    const out = getEngine().scoped(() => {
      const Ct = scratch(41, 37);
      gemmView(tr(Ct), put(A.data, 37, 29), put(B.data, 29, 41), { overwrite: true });
      return matrix(41, 37, take(Ct));
    });
    expectNormClose(transpose(out), C, 1e-14);
  });
  it('accumulates and subtracts into a strided sub-block', () => {
    const out = getEngine().scoped(() => {
      const big = put(new Float64Array(50 * 60).fill(1), 50, 60);
      const block = sub(big, 3, 5, 37, 41);
      const Av = put(A.data, 37, 29), Bv = put(B.data, 29, 41);
      gemmView(block, Av, Bv);
      gemmView(block, Av, Bv, { negate: true });
      gemmView(block, Av, Bv);
      return matrix(50, 60, take(big));
    });
    for (let i = 0; i < 50; i++) {
      for (let j = 0; j < 60; j++) {
        const inside = i >= 3 && i < 40 && j >= 5 && j < 46;
        const want = inside ? 1 + C.data[(i - 3) * 41 + (j - 5)]! : 1;
        expect(Math.abs(out.data[i * 60 + j]! - want)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(want)));
      }
    }
  });
  it('lower-only update with any output strides goes through a dense copy', () => {
    const G = getEngine().scoped(() => {
      const V = put(A.data, 37, 29);
      const full = scratch(29, 29);
      const strided = { ...tr(dense(full.off, 29, 29)) };
      gemmView(strided, tr(V), V, { overwrite: true, lower: true });
      symmetrizeLower(strided);
      return matrix(29, 29, take(full));
    });
    const ref = refProduct(A, A, true, false);
    expectNormClose(G, ref, 1e-14);
  });
});

describe('engine threads', () => {
  it('start under `node --input-type=module -e` (the parent flags do not reach the worker)', () => {
    // a 160×160 product is above the threading threshold: RFCI_THREADS=2 starts a worker
    const index = fileURLToPath(new URL('../../dist/index.js', import.meta.url));
    const script = `import { matmul, matrix } from '${index}';
      const A = matrix(160, 160, new Float64Array(160 * 160).fill(0.5));
      console.log(matmul(A, A).data[0]);`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, RFCI_THREADS: '2' }, timeout: 60_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(Number(r.stdout)).toBe(160 * 0.25);
  });
});
