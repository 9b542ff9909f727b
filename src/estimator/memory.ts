/**
 * A memory guard: how many bytes fitting a network needs, checked against a
 * limit before anything large is allocated.
 *
 * @module
 */
import { totalmem } from 'node:os';
import { InvalidArgumentError, MemoryLimitError } from '../errors.js';
import { type RidgeForm, chooseForm } from './ridge.js';

/** The shape of a fit: sample size n, input dimension p, width d. */
export interface FitShape {
  /** Sample size n. */
  n: number;
  /** Input dimension p. */
  p: number;
  /** Width d. */
  d: number;
  /** Ridge form; default as chosen by {@link chooseForm}. */
  form?: RidgeForm | 'auto';
  /**
   * How the second layer is fitted: `"ridge"` at a given λ (default), `"gcv"`
   * ridge with λ chosen by generalized cross-validation (adds the
   * eigendecomposition it searches on), `"filter"` gradient flow or descent
   * (METHOD §4: an eigendecomposition and rotated features instead of the
   * Cholesky solves).
   */
  method?: 'ridge' | 'gcv' | 'filter';
}

/** One named block of a memory estimate. */
export interface MemoryPart {
  /** What the block holds, e.g. `"Φ, Φ' and B (n×d)"`. */
  readonly name: string;
  /** Its size in bytes. */
  readonly bytes: number;
}

/** A memory estimate: the total and its parts, largest first. */
export interface MemoryEstimate {
  /** Total bytes at the peak of the fit. */
  readonly bytes: number;
  /** The blocks that make up the total, largest first. */
  readonly parts: MemoryPart[];
  /**
   * Bytes the largest single linear-algebra operation holds in the engine's
   * WebAssembly memory (at most {@link ENGINE_LIMIT}): the product
   * `X Wᵀ` with its inputs, or a Gram matrix, factor or solve with `Φ`.
   */
  readonly engineBytes: number;
}

/** The linear-algebra engine's WebAssembly memory addresses at most 4 GiB. */
export const ENGINE_LIMIT = 4 * 2 ** 30;

const F64 = 8;

/**
 * Peak memory of fitting a network and its inference, in bytes, counting the
 * double-precision arrays alive together: X (n×p) and W (d×p); the
 * pre-activations, Φ and Φ' (n×d); then for ridge (METHOD §2) in the primal
 * form the Gram matrix, its copy and Cholesky factor (d×d) and copies for the
 * triangular solves and `B` (n×d), in the dual form `ΦΦᵀ + nλI`, its factor
 * and the inverse used for `tr K⁻¹` (n×n) and the solves for `B` (n×d); with λ
 * chosen by GCV, also the eigendecomposition of the Gram matrix (its copy and
 * the eigenvectors) and, in the primal form, the eigenbasis `ΦV` (n×d). A
 * spectral filter (METHOD §4) holds instead the scaled Gram matrix, its copy,
 * its eigenvectors and Γ (size×size), and with k = min(n, d) the rotated
 * features, their squares and the work arrays of its inference (8 × n×k), the
 * back-rotated `UVᵀ` (n×d) and, in the dual form, `V = ΦᵀQ` (d×k). A
 * conservative upper bound: garbage not yet collected is counted as alive.
 *
 * @example
 * estimateFitMemory({ n: 400, p: 20, d: 300 }).bytes; // ≈ 8.6 MiB
 */
export function estimateFitMemory(shape: FitShape): MemoryEstimate {
  const { n, p, d } = shape;
  const method = shape.method ?? 'ridge';
  const form = shape.form === undefined || shape.form === 'auto' ? chooseForm(n, d) : shape.form;
  const size = form === 'primal' ? d : n;
  const parts: MemoryPart[] = [
    { name: 'data X (n×p) and first layer W (d×p)', bytes: F64 * (n * p + d * p) },
    { name: "pre-activations, features Φ and Φ' (3 × n×d)", bytes: F64 * 3 * n * d },
  ];
  if (method === 'filter') {
    const k = Math.min(n, d);
    parts.push(
      { name: `${form === 'primal' ? 'ΦᵀΦ/n' : 'ΦΦᵀ/n'}, its copy and eigenvectors, and Γ (4 × ${form === 'primal' ? 'd×d' : 'n×n'})`, bytes: F64 * 4 * size * size },
      {
        name: `rotated features and the work of their inference (8 × n×k, k = min(n, d)), UVᵀ (n×d)${form === 'dual' ? ' and V = ΦᵀQ (d×k)' : ''}`,
        bytes: F64 * (8 * n * k + n * d + (form === 'dual' ? d * k : 0)),
      },
    );
  } else {
    parts.push(
      form === 'primal'
        ? { name: 'triangular solves and B = ΦM⁻¹ (4 × n×d)', bytes: F64 * 4 * n * d }
        : { name: 'triangular solves and B = K⁻¹Φ (2 × n×d)', bytes: F64 * 2 * n * d },
      form === 'primal'
        ? { name: 'ΦᵀΦ + nλI and its Cholesky factor (3 × d×d)', bytes: F64 * 3 * d * d }
        : { name: 'ΦΦᵀ + nλI, its Cholesky factor and inverse (4 × n×n)', bytes: F64 * 4 * n * n },
    );
  }
  if (method === 'gcv') {
    parts.push(
      form === 'primal'
        ? { name: 'GCV: eigendecomposition of ΦᵀΦ (2 × d×d) and the eigenbasis ΦV (n×d)', bytes: F64 * (2 * d * d + n * d) }
        : { name: 'GCV: eigendecomposition of ΦΦᵀ (2 × n×n)', bytes: F64 * 2 * n * n },
    );
  }
  parts.sort((a, b) => b.bytes - a.bytes);
  const engineBytes = F64 * Math.max(n * p + d * p + n * d, size * size + 2 * n * d, 2 * size * size);
  return { bytes: parts.reduce((s, q) => s + q.bytes, 0), parts, engineBytes };
}

/**
 * The default memory limit: half of the memory available to the process — the
 * machine's physical memory, or the container's limit when that is smaller
 * (`process.constrainedMemory()`).
 *
 * @example
 * defaultMemoryLimit(); // e.g. 8589934592 on a 16 GiB machine
 */
export function defaultMemoryLimit(): number {
  const constrained = process.constrainedMemory?.() ?? 0;
  const available = constrained > 0 ? Math.min(constrained, totalmem()) : totalmem();
  return Math.floor(available / 2);
}

/**
 * Formats a byte count with a binary unit: `"1.5 GiB"`, `"300 MiB"`.
 *
 * @example
 * formatBytes(1536 * 2 ** 20); // "1.5 GiB"
 */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
  let v = bytes, k = 0;
  while (v >= 1024 && k < units.length - 1) {
    v /= 1024;
    k++;
  }
  return `${Number(v.toPrecision(3))} ${units[k]}`;
}

/**
 * Parses a memory size: a number of bytes, or a number with a unit `K`, `M`,
 * `G`, `T` (powers of 1024; `KB`/`KiB` and lower case accepted), e.g. `"8G"`,
 * `"512MiB"`, `"1.5g"`, `"1e9"`.
 *
 * @example
 * parseByteSize('2G'); // 2147483648
 */
export function parseByteSize(text: string): number {
  const m = /^\s*(\d+(?:\.\d*)?(?:e\d+)?|\.\d+)\s*([kmgt]?)(?:i?b)?\s*$/i.exec(text);
  const scale = m ? 1024 ** ['', 'k', 'm', 'g', 't'].indexOf(m[2]!.toLowerCase()) : NaN;
  const v = m ? Number(m[1]) * scale : NaN;
  if (!(v > 0) || !Number.isFinite(v)) {
    throw new InvalidArgumentError(`memory size must be a positive number of bytes with an optional unit K, M, G or T (e.g. 8G), got "${text}"`);
  }
  return Math.floor(v);
}

/**
 * Throws a {@link MemoryLimitError} before allocating when a fit of this shape
 * needs more than `limit` bytes, or more than {@link ENGINE_LIMIT} in one
 * linear-algebra operation, giving the estimate, its largest parts and
 * how to reduce it. `flag` names the option that sets the limit; `concurrent`
 * fits (worker threads) multiply the need.
 *
 * @example
 * checkFitMemory({ n: 1e5, p: 100, d: 1000 }, 4 * 2 ** 30); // throws: needs about 5.3 GiB
 */
export function checkFitMemory(shape: FitShape, limit: number, flag = '--max-memory', concurrent = 1): MemoryEstimate {
  const estimate = estimateFitMemory(shape);
  if (estimate.engineBytes > ENGINE_LIMIT) {
    const { n, p, d } = shape;
    throw new MemoryLimitError(
      `fitting n = ${n}, p = ${p}, d = ${d} needs ${formatBytes(estimate.engineBytes)} in one linear-algebra operation, ` +
        `more than the ${formatBytes(ENGINE_LIMIT)} the engine can address; use a smaller --width or fewer rows`,
    );
  }
  if (concurrent * estimate.bytes > limit) {
    const { n, p, d } = shape;
    const top = estimate.parts.slice(0, 2).map((q) => `${q.name}: ${formatBytes(q.bytes)}`).join('; ');
    const total = concurrent > 1 ? `${concurrent} concurrent fits × ${formatBytes(estimate.bytes)}` : formatBytes(estimate.bytes);
    throw new MemoryLimitError(
      `fitting n = ${n}, p = ${p}, d = ${d} needs about ${total} (${top}), more than ${flag} ${formatBytes(limit)}; ` +
        `use a smaller --width (memory grows like n·d${d >= n ? ' and n²' : ' and d²'}), fewer rows, or raise ${flag}`,
    );
  }
  return estimate;
}
