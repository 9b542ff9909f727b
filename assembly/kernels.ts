// rfci WebAssembly kernels (AssemblyScript, compiled by `npm run build:wasm`).
//
// Double-precision matrix product on packed panels with a 4×4 register tile of
// f64x2 vectors. Every pointer is a byte offset in the imported (shared)
// memory; every stride is in elements. The caller (src/linalg/engine.ts)
// allocates the operands and the per-thread packing buffers.
//
// Summation order: each entry of C is updated as c ← c + a_t b_t for
// t = 0, 1, …, k − 1 in that order (no fused multiply-add), whatever the tile,
// block or thread that computes it, so results do not depend on the blocking
// nor on the number of threads.

const MR: i32 = 4;
const NR: i32 = 4;
const KC: i32 = 256;
const MC: i32 = 128;
const NC: i32 = 2048;

/** Size in doubles of the A packing buffer each thread needs. */
export const PACK_A_DOUBLES: i32 = MC * KC;
/** Size in doubles of the B packing buffer each thread needs. */
export const PACK_B_DOUBLES: i32 = KC * NC;

// Packs rows [0, mc) × cols [0, kc) of op(A) (element (i, t) at a + (i rsA + t csA)·8)
// into MR-row panels: panel p holds, for t = 0..kc−1, the MR values of rows p·MR..p·MR+MR−1
// (zero past mc), multiplied by `s` (±1).
function packA(a: usize, rsA: i32, csA: i32, mc: i32, kc: i32, dst: usize, s: f64): void {
  for (let p = 0; p < mc; p += MR) {
    const rows = min(MR, mc - p);
    for (let t = 0; t < kc; t++) {
      const src = a + (<usize>(p * rsA + t * csA) << 3);
      for (let r = 0; r < MR; r++) {
        store<f64>(dst + (<usize>r << 3), r < rows ? s * load<f64>(src + (<usize>(r * rsA) << 3)) : 0.0);
      }
      dst += <usize>(MR << 3);
    }
  }
}

// Packs rows [0, kc) × cols [0, nc) of op(B) into NR-column panels (zero past nc).
function packB(b: usize, rsB: i32, csB: i32, kc: i32, nc: i32, dst: usize): void {
  for (let q = 0; q < nc; q += NR) {
    const cols = min(NR, nc - q);
    if (cols == NR && csB == 1) {
      for (let t = 0; t < kc; t++) {
        const src = b + (<usize>(t * rsB + q) << 3);
        v128.store(dst, v128.load(src));
        v128.store(dst, v128.load(src, 16), 16);
        dst += <usize>(NR << 3);
      }
    } else {
      for (let t = 0; t < kc; t++) {
        const src = b + (<usize>(t * rsB + q * csB) << 3);
        for (let s = 0; s < NR; s++) {
          store<f64>(dst + (<usize>s << 3), s < cols ? load<f64>(src + (<usize>(s * csB) << 3)) : 0.0);
        }
        dst += <usize>(NR << 3);
      }
    }
  }
}

// C tile (MR×NR, row stride ldc bytes) += packed A panel × packed B panel over kc.
// @ts-ignore: decorator
@inline
function micro(kc: i32, pa: usize, pb: usize, c: usize, ldc: usize): void {
  const c1 = c + ldc, c2 = c1 + ldc, c3 = c2 + ldc;
  let x00 = v128.load(c), x01 = v128.load(c, 16);
  let x10 = v128.load(c1), x11 = v128.load(c1, 16);
  let x20 = v128.load(c2), x21 = v128.load(c2, 16);
  let x30 = v128.load(c3), x31 = v128.load(c3, 16);
  for (let t = 0; t < kc; t++) {
    const b0 = v128.load(pb), b1 = v128.load(pb, 16);
    let a = v128.load64_splat(pa);
    x00 = f64x2.add(x00, f64x2.mul(a, b0));
    x01 = f64x2.add(x01, f64x2.mul(a, b1));
    a = v128.load64_splat(pa, 8);
    x10 = f64x2.add(x10, f64x2.mul(a, b0));
    x11 = f64x2.add(x11, f64x2.mul(a, b1));
    a = v128.load64_splat(pa, 16);
    x20 = f64x2.add(x20, f64x2.mul(a, b0));
    x21 = f64x2.add(x21, f64x2.mul(a, b1));
    a = v128.load64_splat(pa, 24);
    x30 = f64x2.add(x30, f64x2.mul(a, b0));
    x31 = f64x2.add(x31, f64x2.mul(a, b1));
    pa += 32;
    pb += 32;
  }
  v128.store(c, x00); v128.store(c, x01, 16);
  v128.store(c1, x10); v128.store(c1, x11, 16);
  v128.store(c2, x20); v128.store(c2, x21, 16);
  v128.store(c3, x30); v128.store(c3, x31, 16);
}

// Edge tile: copies the valid mr×nr part of C into a zero-padded MR×NR scratch
// tile, runs the full kernel there, and copies the valid part back.
function microEdge(kc: i32, pa: usize, pb: usize, c: usize, ldc: usize, mr: i32, nr: i32, tmp: usize): void {
  for (let r = 0; r < MR; r++) {
    for (let s = 0; s < NR; s++) {
      store<f64>(tmp + (<usize>(r * NR + s) << 3), r < mr && s < nr ? load<f64>(c + <usize>r * ldc + (<usize>s << 3)) : 0.0);
    }
  }
  micro(kc, pa, pb, tmp, <usize>(NR << 3));
  for (let r = 0; r < mr; r++) {
    for (let s = 0; s < nr; s++) {
      store<f64>(c + <usize>r * ldc + (<usize>s << 3), load<f64>(tmp + (<usize>(r * NR + s) << 3)));
    }
  }
}

/**
 * C[r0:r1, :] ← (overwrite ? 0 : C[r0:r1, :]) + sign · op(A)[r0:r1, :] · op(B) for an m×n
 * matrix C (row stride ldc, unit column stride), op(A) m×k with element (i, t) at
 * a + i·rsA + t·csA, op(B) k×n with element (t, j) at b + t·rsB + j·csB. With
 * `lower` set, only the tiles that meet the lower triangle j ≤ i are computed.
 * `work` is this thread's scratch: PACK_A_DOUBLES + PACK_B_DOUBLES + MR·NR doubles.
 */
export function gemm(
  m: i32, n: i32, k: i32,
  a: usize, rsA: i32, csA: i32,
  b: usize, rsB: i32, csB: i32,
  c: usize, ldc: i32,
  negate: i32, overwrite: i32, lower: i32,
  r0: i32, r1: i32, work: usize,
): void {
  if (r1 > m) r1 = m;
  if (r0 >= r1 || n <= 0) return;
  const ldcb = <usize>ldc << 3;
  if (overwrite) {
    for (let i = r0; i < r1; i++) memory.fill(c + <usize>i * ldcb, 0, <usize>n << 3);
  }
  if (k <= 0) return;
  const bufA = work;
  const bufB = bufA + (<usize>PACK_A_DOUBLES << 3);
  const tmp = bufB + (<usize>PACK_B_DOUBLES << 3);
  const s: f64 = negate ? -1.0 : 1.0;
  for (let jc = 0; jc < n; jc += NC) {
    const nc = min(NC, n - jc);
    if (lower && jc > r1 - 1) break;
    for (let pc = 0; pc < k; pc += KC) {
      const kc = min(KC, k - pc);
      // Columns of this panel that any row of [r0, r1) needs.
      const ncUse = lower ? min(nc, r1 - jc) : nc;
      packB(b + (<usize>(pc * rsB + jc * csB) << 3), rsB, csB, kc, ncUse, bufB);
      for (let ic = r0; ic < r1; ic += MC) {
        const mc = min(MC, r1 - ic);
        if (lower && jc > ic + mc - 1) continue;
        packA(a + (<usize>(ic * rsA + pc * csA) << 3), rsA, csA, mc, kc, bufA, s);
        for (let jr = 0; jr < ncUse; jr += NR) {
          const nr = min(NR, ncUse - jr);
          const pb = bufB + (<usize>(jr * kc) << 3);
          for (let ir = 0; ir < mc; ir += MR) {
            const mr = min(MR, mc - ir);
            if (lower && jc + jr > ic + ir + mr - 1) continue;
            const pa = bufA + (<usize>(ir * kc) << 3);
            const cp = c + <usize>(ic + ir) * ldcb + (<usize>(jc + jr) << 3);
            if (mr == MR && nr == NR) micro(kc, pa, pb, cp, ldcb);
            else microEdge(kc, pa, pb, cp, ldcb, mr, nr, tmp);
          }
        }
      }
    }
  }
}
