/**
 * Reuse of the large matrices of a computation that keeps none of them: the
 * `Float64Array`s behind Φ, Φ', `ΦᵀΦ`, its Cholesky factor, `B = ΦM⁻¹`, X and
 * W of one coverage replicate (METHOD §6) are handed to the next replicate
 * instead of being left to the garbage collector.
 *
 * A replicate at n = 400, p = 200, d = 300 allocates about 5 MB of such
 * arrays; V8 frees an array only at its next collection, which a program that
 * allocates few JavaScript objects reaches rarely, so 10–20 MB of finished
 * replicates used to sit in memory at any time (docs/performance.md).
 * Successive replicates of a study allocate the same shapes, so each one
 * reuses the arrays of the one before and the garbage is gone.
 *
 * Two costs to know: inside a scope every large array stays alive until the
 * scope ends, short-lived temporaries included (fine for a replicate, whose
 * allocations are bounded; an iterative method run inside one would keep all
 * its iterations), and the arrays of the last scope are held until
 * {@link releaseRecycledMatrices} (the engine calls it after a run).
 *
 * @module
 */

/** Arrays shorter than this (16 KiB) are left to the garbage collector. */
const MIN_LENGTH = 2048;

/** Arrays handed out in the running recycling scope, if any. */
let handedOut: Float64Array[] | undefined;
/** Arrays of the last scope, by length, for the next scope to reuse. */
let spare = new Map<number, Float64Array[]>();

/**
 * A `Float64Array` of `length` doubles for a matrix: a new one, or inside
 * {@link withRecycledMatrices} possibly one of the previous scope. It is
 * zero-filled unless `zeroed` is false (for a caller that overwrites every
 * entry).
 *
 * @example
 * const data = allocateMatrixData(400 * 300); // zeros
 */
export function allocateMatrixData(length: number, zeroed = true): Float64Array {
  if (handedOut === undefined || length < MIN_LENGTH) return new Float64Array(length);
  const reused = spare.get(length)?.pop();
  const data = reused ?? new Float64Array(length);
  if (reused !== undefined && zeroed) data.fill(0);
  handedOut.push(data);
  return data;
}

/**
 * Runs `f`, whose result must not hold any matrix made while it runs (return
 * numbers, or copies), and keeps the large matrix arrays it allocated for the
 * next call to reuse. The arrays of earlier calls that this one did not reuse
 * are dropped, so the spare memory is that of one call. A nested call runs
 * inside the outer one.
 *
 * @example
 * const coveredCount = withRecycledMatrices(() => runReplicate(study, i).covered.filter(Boolean).length);
 */
export function withRecycledMatrices<T>(f: () => T): T {
  if (handedOut !== undefined) return f();
  const mine: Float64Array[] = [];
  handedOut = mine;
  try {
    return f();
  } finally {
    handedOut = undefined;
    spare = new Map();
    for (const data of mine) {
      const list = spare.get(data.length);
      if (list === undefined) spare.set(data.length, [data]);
      else list.push(data);
    }
  }
}

/**
 * Drops the arrays kept for the next {@link withRecycledMatrices} call, so the
 * garbage collector can free them: call it after the last replicate of a run.
 *
 * @example
 * try {
 *   for (const i of indices) records.push(runReplicate(study, i));
 * } finally {
 *   releaseRecycledMatrices();
 * }
 */
export function releaseRecycledMatrices(): void {
  spare = new Map();
}
