/**
 * Shards: `K/N` runs the replicates i with `i mod N = K − 1`, so N processes
 * (a job array: Slurm `--array=1-N`, Kubernetes indexed Jobs) split a study
 * into N interleaved, equally sized slices whose union is the whole study.
 *
 * @module
 */
import { InvalidArgumentError } from '../errors.js';

/** Shard K of N (1 ≤ K ≤ N). */
export interface Shard {
  /** K, 1-based. */
  readonly index: number;
  /** N. */
  readonly count: number;
}

/**
 * Parses `K/N` with whole numbers 1 ≤ K ≤ N.
 *
 * @example
 * parseShard('2/3'); // { index: 2, count: 3 }
 */
export function parseShard(value: string, flag = '--shard'): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const k = m ? Number(m[1]) : NaN, n = m ? Number(m[2]) : NaN;
  if (!m || !(n >= 1) || !(k >= 1) || k > n) {
    throw new InvalidArgumentError(`${flag} expects K/N with whole numbers 1 ≤ K ≤ N (e.g. 2/3 for the second of three shards), got "${value}"`);
  }
  return { index: k, count: n };
}

/**
 * The replicate indices of a shard (all of 0…reps−1 without a shard).
 *
 * @example
 * shardIndices(7, { index: 2, count: 3 }); // [1, 4]
 */
export function shardIndices(reps: number, shard?: Shard): number[] {
  const out: number[] = [];
  const k = shard ? shard.index - 1 : 0, step = shard ? shard.count : 1;
  for (let i = k; i < reps; i += step) out.push(i);
  return out;
}
