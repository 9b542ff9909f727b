/**
 * The one source of randomness in rfci. Every draw (first-layer weights,
 * simulated data, resampling) comes from a {@link Generator} made here.
 *
 * A generator is seeded from a seed and an optional list of stream labels,
 * e.g. `createGenerator(7, 'replicate', 12)`. The labels are joined into the
 * seed string of seedrandom's xor4096 generator (period 2^4096 − 1), so
 * replicate 12 of seed 7 gets the same numbers whichever worker, process or
 * shard computes it. Uniforms have 53 random bits; normals come from the
 * Box–Muller transform (both outputs used). Same seed and labels, same bits,
 * on every run and machine; the first values of seed 1 are pinned by
 * test/random/determinism.test.ts, and docs/determinism.md lists which
 * command draws from which stream.
 *
 * @module
 */
import { seedrandom } from '../commonjs.js';
import { InvalidArgumentError } from '../errors.js';

/** A seeded stream of random numbers. */
export interface Generator {
  /** A uniform number in [0, 1) with 53 random bits. */
  uniform(): number;
  /** A standard normal N(0, 1) draw. */
  normal(): number;
  /** Fills `out` with i.i.d. N(0, scale²) draws and returns it. */
  fillNormal(out: Float64Array, scale?: number): Float64Array;
  /** A uniform integer in {0, …, m − 1}. */
  integer(m: number): number;
}

/** What may seed a generator: a finite integer or a string. */
export type Seed = number | string;

/**
 * Creates a generator from a seed and stream labels.
 *
 * @example
 * const rng = createGenerator(1, 'first-layer');
 * rng.normal();
 */
export function createGenerator(seed: Seed, ...stream: ReadonlyArray<string | number>): Generator {
  if (typeof seed === 'number' && !Number.isSafeInteger(seed)) {
    throw new InvalidArgumentError(`seed must be an integer, got ${seed}`);
  }
  const key = ['rfci', String(seed), ...stream.map(String)].join('/');
  const prng = seedrandom.xor4096(key);
  let spare = NaN;
  const uniform = (): number => prng.double();
  const normal = (): number => {
    if (!Number.isNaN(spare)) {
      const s = spare;
      spare = NaN;
      return s;
    }
    let u = 0;
    while (u === 0) u = uniform();
    const v = uniform();
    const r = Math.sqrt(-2 * Math.log(u));
    const a = 2 * Math.PI * v;
    spare = r * Math.sin(a);
    return r * Math.cos(a);
  };
  return {
    uniform,
    normal,
    fillNormal(out: Float64Array, scale = 1): Float64Array {
      for (let i = 0; i < out.length; i++) out[i] = scale * normal();
      return out;
    },
    integer(m: number): number {
      return Math.floor(uniform() * m);
    },
  };
}
