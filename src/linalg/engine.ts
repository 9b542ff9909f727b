/**
 * The compute engine behind the dense kernels of `src/linalg`: a WebAssembly
 * SIMD matrix product (compiled from `assembly/kernels.ts` by `npm install`)
 * running on a shared memory, split across worker threads, and the blocked
 * algorithms built on it (Cholesky, triangular solves with many right-hand
 * sides). Operands are copied into the WebAssembly memory, worked on there and
 * copied out; the public functions of `products.ts` and `cholesky.ts` wrap it.
 *
 * Determinism: every entry of a product is accumulated in the same order
 * (`c ← c + a_t b_t`, t ascending, no fused multiply-add) whichever thread or
 * tile computes it, so results do not depend on the number of threads.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { InvalidArgumentError, NumericalError } from '../errors.js';
import { prepareWorkerIsolates } from '../workerIsolates.js';
import { allocateMatrixData } from './recycling.js';

/**
 * A strided window on the engine memory: entry (i, j) is the double at index
 * `off + i·rs + j·cs`. Transposing a view swaps rows/cols and rs/cs, for free.
 */
export interface View {
  /** Index (in doubles) of entry (0, 0). */
  readonly off: number;
  /** Number of rows. */
  readonly rows: number;
  /** Number of columns. */
  readonly cols: number;
  /** Row stride in doubles. */
  readonly rs: number;
  /** Column stride in doubles. */
  readonly cs: number;
}

/** The exports of `build/kernels.wasm` (see `assembly/kernels.ts`). */
interface Kernels {
  /** `gemm(m, n, k, a, rsA, csA, b, rsB, csB, c, ldc, negate, overwrite, lower, r0, r1, work)`, see the kernel source. */
  gemm(...args: number[]): void;
  PACK_A_DOUBLES: WebAssembly.Global;
  PACK_B_DOUBLES: WebAssembly.Global;
}

const PAGE = 65536;
const MAX_PAGES = 65536; // 4 GiB address space, committed only as touched
const RESERVED = 1 << 20; // bytes kept free for the module's own data
const TILE = 4; // register tile height of the kernel (MR)
const PARALLEL_FLOPS = 2e6; // below this a product runs on the calling thread
const MAX_THREADS = 16;
const BLOCK = 96; // block size of the Cholesky and the triangular solves
const WORKER_START_MS = 60_000; // a worker thread that has not started by then never will

// Worker loop: wait for a new generation, run its share of the product, report.
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const { module, memory, control, index, work } = workerData;
const gemm = new WebAssembly.Instance(module, { env: { memory } }).exports.gemm;
const ctl = new Int32Array(control, 0, 64);
const arg = new Float64Array(control, 256, 32);
const range = new Int32Array(control, 512, 2 * ${MAX_THREADS});
let gen = Atomics.load(ctl, 0); // run only the products asked for after the start is reported
Atomics.store(ctl, 1 + index, -1);
Atomics.notify(ctl, 1 + index);
for (;;) {
  Atomics.wait(ctl, 0, gen);
  gen = Atomics.load(ctl, 0);
  if (gen < 0) break;
  gemm(arg[0], arg[1], arg[2], arg[3], arg[4], arg[5], arg[6], arg[7], arg[8], arg[9], arg[10], arg[11], arg[12], arg[13],
       range[2 * index], range[2 * index + 1], work);
  Atomics.store(ctl, 1 + index, gen);
  Atomics.notify(ctl, 1 + index);
}
`;

/** WebAssembly kernels on a shared memory with a bump allocator and a thread pool. */
class Engine {
  readonly memory: WebAssembly.Memory;
  private readonly module: WebAssembly.Module;
  private readonly kernels: Kernels;
  private readonly workBytes: number;
  private readonly arenaStart: number; // in doubles
  private top: number; // next free double
  private heap: Float64Array;
  private readonly control = new SharedArrayBuffer(1024);
  private readonly ctl = new Int32Array(this.control, 0, 64);
  private readonly arg = new Float64Array(this.control, 256, 32);
  private readonly range = new Int32Array(this.control, 512, 2 * MAX_THREADS);
  private workers: Worker[] = [];
  private generation = 0;
  threads: number;

  constructor() {
    // Compile every function with the optimizing tier up front: the kernels are
    // few and small, and the first product should not run on the baseline tier.
    setFlagsFromString('--no-wasm-dynamic-tiering');
    const bytes = readFileSync(new URL('../../build/kernels.wasm', import.meta.url));
    this.module = new WebAssembly.Module(bytes);
    this.memory = new WebAssembly.Memory({ initial: 64, maximum: MAX_PAGES, shared: true });
    this.kernels = new WebAssembly.Instance(this.module, { env: { memory: this.memory } }).exports as unknown as Kernels;
    this.workBytes = align(8 * (this.kernels.PACK_A_DOUBLES.value + this.kernels.PACK_B_DOUBLES.value + 64));
    this.arenaStart = (RESERVED + MAX_THREADS * this.workBytes) / 8;
    this.top = this.arenaStart;
    this.heap = new Float64Array(this.memory.buffer);
    this.threads = defaultThreads();
  }

  /** The memory as doubles (refreshed after growth). */
  get f64(): Float64Array {
    if (this.heap.buffer.byteLength !== this.memory.buffer.byteLength) this.heap = new Float64Array(this.memory.buffer);
    return this.heap;
  }

  /** Reserves `n` doubles (64-byte aligned); returns their index. */
  alloc(n: number): number {
    const at = this.top;
    this.top = at + align(8 * n) / 8;
    const need = this.top * 8;
    const have = this.memory.buffer.byteLength;
    if (need > have) {
      const pages = Math.ceil((need - have) / PAGE);
      if (have / PAGE + pages > MAX_PAGES) throw new InvalidArgumentError(`matrices too large for the linear algebra engine (${(need / 2 ** 30).toFixed(1)} GiB needed, 4 GiB available)`);
      this.memory.grow(pages);
    }
    return at;
  }

  /** Runs `f` and frees whatever it allocated. */
  scoped<T>(f: () => T): T {
    const mark = this.top;
    try {
      return f();
    } finally {
      this.top = mark;
    }
  }

  private startWorkers(): void {
    const count = this.threads - 1;
    prepareWorkerIsolates();
    for (let index = this.workers.length; index < count; index++) {
      const work = RESERVED + (index + 1) * this.workBytes;
      // a slot left by a worker given up on (stopWorkers) would pass for this one's start
      Atomics.store(this.ctl, 1 + index, 0);
      // execArgv: [] so that the parent's flags (`--input-type=module` would
      // make the CommonJS loop above a syntax error) do not reach the worker
      const w = new Worker(WORKER_SOURCE, {
        eval: true,
        execArgv: [],
        workerData: { module: this.module, memory: this.memory, control: this.control, index, work },
      });
      w.unref();
      this.workers.push(w);
    }
    const deadline = Date.now() + WORKER_START_MS;
    for (let index = 0; index < count; index++) {
      while (Atomics.load(this.ctl, 1 + index) === 0) {
        if (Date.now() > deadline) return this.stopWorkers();
        Atomics.wait(this.ctl, 1 + index, 0, 100);
      }
    }
  }

  /** Gives up on threads that did not start: the kernels go on on the calling thread alone. */
  private stopWorkers(): void {
    for (const w of this.workers) void w.terminate();
    this.workers = [];
    this.threads = 1;
    process.emitWarning(`rfci: a linear algebra worker thread did not start within ${WORKER_START_MS / 1000} s; computing on the calling thread only (same results)`);
  }

  /** `C ← [C] ± op(A) op(B)` on views; C must have unit column stride. */
  gemm(C: View, A: View, B: View, negate: boolean, overwrite: boolean, lower: boolean): void {
    const m = C.rows, n = C.cols, k = A.cols;
    if (m === 0 || n === 0) return;
    const args = [m, n, k, 8 * A.off, A.rs, A.cs, 8 * B.off, B.rs, B.cs, 8 * C.off, C.rs, negate ? 1 : 0, overwrite ? 1 : 0, lower ? 1 : 0] as const;
    const threads = m * n * k < PARALLEL_FLOPS || m < 2 * TILE ? 1 : Math.min(this.threads, Math.floor(m / TILE));
    if (threads <= 1) {
      this.kernels.gemm(...args, 0, m, RESERVED);
      return;
    }
    if (this.workers.length < threads - 1) {
      this.startWorkers();
      if (this.threads === 1) return this.gemm(C, A, B, negate, overwrite, lower);
    }
    // Row bands of equal work (a lower triangle's work grows with the row).
    const cut = (t: number): number => {
      if (t >= threads) return m;
      const x = lower ? m * Math.sqrt(t / threads) : (m * t) / threads;
      return Math.min(m, Math.round(x / TILE) * TILE);
    };
    for (let i = 0; i < args.length; i++) this.arg[i] = args[i]!;
    for (let t = 1; t < threads; t++) {
      this.range[2 * (t - 1)] = cut(t);
      this.range[2 * (t - 1) + 1] = cut(t + 1);
    }
    for (let t = threads; t <= this.workers.length; t++) {
      this.range[2 * (t - 1)] = 0;
      this.range[2 * (t - 1) + 1] = 0;
    }
    const gen = ++this.generation;
    Atomics.store(this.ctl, 0, gen);
    Atomics.notify(this.ctl, 0);
    this.kernels.gemm(...args, 0, cut(1), RESERVED);
    for (let t = 0; t < this.workers.length; t++) {
      let seen: number;
      while ((seen = Atomics.load(this.ctl, 1 + t)) !== gen) Atomics.wait(this.ctl, 1 + t, seen);
    }
  }
}

function align(bytes: number): number {
  return Math.ceil(bytes / 64) * 64;
}

function defaultThreads(): number {
  const env = Number(process.env['RFCI_THREADS']);
  const n = Number.isInteger(env) && env >= 1 ? env : availableParallelism();
  return Math.max(1, Math.min(MAX_THREADS, n));
}

let engine: Engine | undefined;

/**
 * The process-wide engine (WebAssembly kernels, shared memory, thread pool),
 * created on first use.
 *
 * @example
 * getEngine().scoped(() => take(put(data, 2, 2)));
 */
export function getEngine(): Engine {
  engine ??= new Engine();
  return engine;
}

/**
 * Sets the number of threads the dense kernels use (1 = the calling thread
 * only). Results do not depend on it. Default: `RFCI_THREADS` or the number of
 * cores. The threads start with the first large product; from then on, worker
 * threads of the process compile JavaScript on their own thread (V8's
 * `--concurrent-recompilation` off for new isolates; docs/performance.md says
 * why).
 *
 * @example
 * setLinalgThreads(1); // e.g. inside a worker that runs whole replicates
 */
export function setLinalgThreads(threads: number): void {
  if (!Number.isInteger(threads) || threads < 1) throw new InvalidArgumentError(`threads must be a positive integer, got ${threads}`);
  getEngine().threads = Math.min(MAX_THREADS, threads);
}

/**
 * The number of threads the dense kernels use.
 *
 * @example
 * linalgThreads(); // 2 on a two-core machine
 */
export function linalgThreads(): number {
  return getEngine().threads;
}

// ----- views -----------------------------------------------------------------

/**
 * Row-major view of an r×c block at `off`: entry (i, j) at `off + i·cols + j`.
 *
 * @example
 * dense(getEngine().alloc(6), 2, 3);
 */
export function dense(off: number, rows: number, cols: number): View {
  return { off, rows, cols, rs: cols, cs: 1 };
}

/**
 * The transposed view `Vᵀ` (no data moves).
 *
 * @example
 * gemmView(C, tr(A), A, { overwrite: true }); // C = AᵀA
 */
export function tr(V: View): View {
  return { off: V.off, rows: V.cols, cols: V.rows, rs: V.cs, cs: V.rs };
}

/**
 * The sub-view of rows [i, i + r) and columns [j, j + c).
 *
 * @example
 * sub(A, 96, 0, n - 96, 96); // the panel below the first diagonal block
 */
export function sub(V: View, i: number, j: number, r: number, c: number): View {
  return { off: V.off + i * V.rs + j * V.cs, rows: r, cols: c, rs: V.rs, cs: V.cs };
}

/**
 * Copies `data` (row-major r×c) into new engine memory; returns its view.
 *
 * @example
 * const V = put(A.data, A.rows, A.cols);
 */
export function put(data: Float64Array, rows: number, cols: number): View {
  const e = getEngine();
  const off = e.alloc(rows * cols);
  e.f64.set(data, off);
  return dense(off, rows, cols);
}

/**
 * A new r×c dense block of engine memory (contents unspecified).
 *
 * @example
 * const C = scratch(m, n);
 */
export function scratch(rows: number, cols: number): View {
  return dense(getEngine().alloc(rows * cols), rows, cols);
}

/**
 * Copies a dense (unit column stride, row stride = cols) view out of engine
 * memory into a new array.
 *
 * @example
 * const C = matrix(m, n, take(Cv));
 */
export function take(V: View): Float64Array {
  if (V.cs !== 1 || V.rs !== V.cols) throw new InvalidArgumentError('take: view is not dense');
  const out = allocateMatrixData(V.rows * V.cols, false);
  out.set(getEngine().f64.subarray(V.off, V.off + V.rows * V.cols));
  return out;
}

/** Copies any view into a new dense block. */
function copyDense(V: View): View {
  const out = scratch(V.rows, V.cols);
  const f = getEngine().f64;
  for (let i = 0; i < V.rows; i++) {
    const s = V.off + i * V.rs, d = out.off + i * out.cols;
    if (V.cs === 1) f.copyWithin(d, s, s + V.cols);
    else for (let j = 0; j < V.cols; j++) f[d + j] = f[s + j * V.cs]!;
  }
  return out;
}

/**
 * `C ← [C] ± A B` on views (C = A B when `overwrite`, C − A B when `negate`).
 * With `lower`, only entries on or below C's diagonal are guaranteed; C must
 * then have unit column stride. Any other strides are handled by computing
 * `Cᵀ = Bᵀ Aᵀ` or through a dense copy.
 *
 * @example
 * gemmView(C, A, tr(B), { overwrite: true }); // C = A Bᵀ
 */
export function gemmView(C: View, A: View, B: View, opts: { negate?: boolean; overwrite?: boolean; lower?: boolean } = {}): void {
  const negate = opts.negate ?? false, overwrite = opts.overwrite ?? false, lower = opts.lower ?? false;
  // A single column (row) may take any column (row) stride.
  if (C.cs === 1 || C.cols <= 1) getEngine().gemm({ ...C, cs: 1 }, A, B, negate, overwrite, lower);
  else if (!lower && (C.rs === 1 || C.rows <= 1)) getEngine().gemm(tr({ ...C, rs: 1 }), tr(B), tr(A), negate, overwrite, false);
  else {
    const T = copyDense(C);
    getEngine().gemm(T, A, B, negate, overwrite, lower);
    copyInto(C, T);
  }
}

function copyInto(C: View, T: View): void {
  const f = getEngine().f64;
  for (let i = 0; i < C.rows; i++) for (let j = 0; j < C.cols; j++) f[C.off + i * C.rs + j * C.cs] = f[T.off + i * T.rs + j * T.cs]!;
}

/**
 * Mirrors the lower triangle of a square view onto its upper triangle:
 * `C_ji ← C_ij` for i > j.
 *
 * @example
 * symmetrizeLower(C); // after a lower-only rank-k update
 */
export function symmetrizeLower(C: View): void {
  const f = getEngine().f64, n = C.rows;
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) f[C.off + j * C.rs + i * C.cs] = f[C.off + i * C.rs + j * C.cs]!;
}

// ----- Cholesky and triangular solves -----------------------------------------

/**
 * Inverse of the n×n lower-triangular block T (any strides) into a new dense
 * block (upper triangle zero), row by row: `X_i = (e_i − Σ_{t<i} T_it X_t) / T_ii`.
 */
function invertLower(T: View): View {
  const n = T.rows, out = scratch(n, n), f = getEngine().f64, o = out.off;
  f.fill(0, o, o + n * n);
  for (let i = 0; i < n; i++) {
    const xi = o + i * n, ti = T.off + i * T.rs;
    for (let t = 0; t < i; t++) {
      const lit = f[ti + t * T.cs]!;
      if (lit === 0) continue;
      const xt = o + t * n;
      for (let j = 0; j <= t; j++) f[xi + j] -= lit * f[xt + j]!;
    }
    f[xi + i] = 1;
    const inv = 1 / f[ti + i * T.cs]!;
    for (let j = 0; j <= i; j++) f[xi + j] *= inv;
  }
  return out;
}

/**
 * In-place blocked Cholesky of the dense n×n view A (lower triangle read,
 * L written there, upper triangle zeroed). Returns the smallest and largest
 * diagonal entries of L. Throws a {@link NumericalError} naming `what` at a
 * non-positive or non-finite pivot.
 *
 * @example
 * const { dmin, dmax } = choleskyInPlace(put(A.data, n, n), 'ΦᵀΦ + nλI');
 */
export function choleskyInPlace(A: View, what: string): { dmin: number; dmax: number } {
  const n = A.rows, f = getEngine().f64;
  const o = A.off, ld = A.rs;
  let dmin = Infinity, dmax = 0;
  for (let J = 0; J < n; J += BLOCK) {
    const jb = Math.min(BLOCK, n - J);
    for (let i = J; i < J + jb; i++) {
      for (let j = J; j <= i; j++) {
        let s = f[o + i * ld + j]!;
        for (let t = J; t < j; t++) s -= f[o + i * ld + t]! * f[o + j * ld + t]!;
        if (i === j) {
          if (!(s > 0) || !Number.isFinite(s)) {
            throw new NumericalError(`${what} is not positive definite (Cholesky pivot ${i + 1} of ${n} is ${s <= 0 ? 'not positive' : 'not finite'})`);
          }
          const r = Math.sqrt(s);
          f[o + i * ld + i] = r;
          if (r < dmin) dmin = r;
          if (r > dmax) dmax = r;
        } else {
          f[o + i * ld + j] = s / f[o + j * ld + j]!;
        }
      }
    }
    const rest = n - J - jb;
    if (rest > 0) {
      getEngine().scoped(() => {
        const inv = invertLower(sub(A, J, J, jb, jb));
        const panel = sub(A, J + jb, J, rest, jb);
        gemmView(panel, copyDense(panel), tr(inv), { overwrite: true }); // L21 = A21 L11⁻ᵀ
        gemmView(sub(A, J + jb, J + jb, rest, rest), panel, tr(panel), { negate: true, lower: true });
      });
    }
  }
  for (let i = 0; i < n; i++) f.fill(0, o + i * ld + i + 1, o + i * ld + n);
  return { dmin, dmax };
}

/**
 * Solves `T X = R` in place (R ← X) for a triangular view T (lower, or upper
 * when `upper`) and many right-hand sides (the columns of R), blocked: inverse
 * diagonal blocks and matrix-product updates. With `rhsLower` the right-hand
 * side (and so X) is lower-triangular (T lower), and the known zeros are skipped.
 *
 * @example
 * solveTriangularView(L, R, false); solveTriangularView(tr(L), R, true); // R ← A⁻¹R
 */
export function solveTriangularView(T: View, R: View, upper: boolean, rhsLower = false): void {
  const n = T.rows, k = R.cols;
  const e = getEngine();
  if (!upper) {
    for (let J = 0; J < n; J += BLOCK) {
      const jb = Math.min(BLOCK, n - J), rest = n - J - jb;
      const width = rhsLower ? Math.min(k, J + jb) : k;
      e.scoped(() => {
        const inv = invertLower(sub(T, J, J, jb, jb));
        const RJ = sub(R, J, 0, jb, width);
        gemmView(RJ, inv, copyDense(RJ), { overwrite: true });
        if (rest > 0) gemmView(sub(R, J + jb, 0, rest, width), sub(T, J + jb, J, rest, jb), RJ, { negate: true });
      });
    }
    return;
  }
  const nBlocks = Math.ceil(n / BLOCK);
  for (let b = nBlocks - 1; b >= 0; b--) {
    const J = b * BLOCK, jb = Math.min(BLOCK, n - J);
    e.scoped(() => {
      const inv = invertLower(tr(sub(T, J, J, jb, jb)));
      const RJ = sub(R, J, 0, jb, k);
      gemmView(RJ, tr(inv), copyDense(RJ), { overwrite: true });
      if (J > 0) gemmView(sub(R, 0, 0, J, k), sub(T, 0, J, J, jb), RJ, { negate: true });
    });
  }
}
