/**
 * Seeded draws of the random first layer W (d×p), METHOD §1.
 *
 * @module
 */
import { DimensionError, InvalidArgumentError } from '../errors.js';
import { type Matrix, matrix, normalizeRows, orthonormalizeRows } from '../linalg/index.js';
import { type Generator, type Seed, createGenerator } from '../random/generator.js';

/** Distributions of the first-layer weights. */
export type FirstLayerDistribution = 'gaussian' | 'rademacher' | 'sphere' | 'orthogonal';

/** Names of the first-layer distributions. */
export const firstLayerDistributions: readonly FirstLayerDistribution[] = ['gaussian', 'rademacher', 'sphere', 'orthogonal'];

/** Options of {@link drawFirstLayer}. */
export interface FirstLayerOptions {
  /** Width d: number of hidden units (rows of W). */
  width: number;
  /** Input dimension p (columns of W). */
  inputDimension: number;
  /** Distribution of W; default `"gaussian"`. */
  distribution?: FirstLayerDistribution;
  /** Seed of the draw (default 1), or a generator to draw from. */
  seed?: Seed | Generator;
}

/**
 * Draws W (d×p) from a seeded generator:
 *
 * * `gaussian`: entries i.i.d. $N(0, 1/p)$, so $\|w_k\| \approx 1$;
 * * `rademacher`: entries i.i.d. $\pm 1/\sqrt p$ (one-bit weights);
 * * `sphere`: rows i.i.d. uniform on the unit sphere of $\mathbb R^p$;
 * * `orthogonal`: orthonormal rows ($d \le p$), a Haar-random d-frame.
 *
 * The same seed gives the same W on every machine (METHOD §1).
 *
 * @example
 * const W = drawFirstLayer({ width: 300, inputDimension: 20, seed: 7 });
 */
export function drawFirstLayer(options: FirstLayerOptions): Matrix {
  const { width: d, inputDimension: p } = options;
  const distribution = options.distribution ?? 'gaussian';
  if (!Number.isInteger(d) || d < 1) throw new InvalidArgumentError(`width must be a positive integer, got ${d}`);
  if (!Number.isInteger(p) || p < 1) throw new InvalidArgumentError(`input dimension must be a positive integer, got ${p}`);
  const seed = options.seed ?? 1;
  const rng = typeof seed === 'object' ? seed : createGenerator(seed, 'first-layer');
  const W = matrix(d, p);
  switch (distribution) {
    case 'gaussian':
      rng.fillNormal(W.data, 1 / Math.sqrt(p));
      return W;
    case 'rademacher': {
      const s = 1 / Math.sqrt(p);
      for (let i = 0; i < W.data.length; i++) W.data[i] = rng.uniform() < 0.5 ? -s : s;
      return W;
    }
    case 'sphere':
      rng.fillNormal(W.data);
      return normalizeRows(W);
    case 'orthogonal':
      if (d > p) throw new DimensionError(`orthogonal first layer needs width ≤ input dimension (d = ${d} > p = ${p}); use gaussian or sphere`);
      rng.fillNormal(W.data);
      return orthonormalizeRows(W);
    default:
      throw new InvalidArgumentError(`unknown first-layer distribution "${String(distribution)}"; choose one of ${firstLayerDistributions.join(', ')}`);
  }
}

