/**
 * One-dimensional minimisation: a uniform grid scan refined by golden-section
 * search, used to choose ridge penalties on a log scale (METHOD §5).
 *
 * @module
 */
import { InvalidArgumentError } from '../errors.js';

/** The minimum found by {@link minimizeOnGrid}. */
export interface GridMinimum {
  /** The minimiser. */
  readonly x: number;
  /** `f(x)`. */
  readonly value: number;
  /** `"lower"` / `"upper"` when the smallest grid value is at an end (then x is that end), else `null`. */
  readonly boundary: 'lower' | 'upper' | null;
  /** The grid points and their values. */
  readonly grid: { readonly x: number[]; readonly value: number[] };
}

const GOLDEN = (Math.sqrt(5) - 1) / 2;

/**
 * Minimises f on `[lo, hi]`: evaluates it on `size` equally spaced points,
 * then, unless the smallest value is at an end, refines by golden-section
 * search between the neighbours of the best point until the bracket is
 * shorter than `tol`. Finds the global minimum when f is unimodal at the
 * grid's resolution. Throws an {@link InvalidArgumentError} for fewer than 2
 * points or an empty interval.
 *
 * @example
 * minimizeOnGrid((t) => (t - 1) ** 2, -5, 5, 11).x; // 1
 */
export function minimizeOnGrid(f: (x: number) => number, lo: number, hi: number, size: number, tol = 1e-10): GridMinimum {
  if (!Number.isInteger(size) || size < 2) throw new InvalidArgumentError(`minimizeOnGrid needs an integer grid size ≥ 2, got ${size}`);
  if (!(lo < hi) || !Number.isFinite(lo) || !Number.isFinite(hi)) throw new InvalidArgumentError(`minimizeOnGrid needs finite lo < hi, got [${lo}, ${hi}]`);
  const step = (hi - lo) / (size - 1);
  const xs = Array.from({ length: size }, (_, i) => (i === size - 1 ? hi : lo + i * step));
  const values = xs.map(f);
  let best = 0;
  for (let i = 1; i < size; i++) if (values[i]! < values[best]!) best = i;
  const grid = { x: xs, value: values };
  if (best === 0 || best === size - 1) return { x: xs[best]!, value: values[best]!, boundary: best === 0 ? 'lower' : 'upper', grid };
  let a = xs[best - 1]!, b = xs[best + 1]!;
  let x1 = b - GOLDEN * (b - a), x2 = a + GOLDEN * (b - a);
  let f1 = f(x1), f2 = f(x2);
  while (b - a > tol) {
    if (f1 <= f2) {
      [b, x2, f2] = [x2, x1, f1];
      x1 = b - GOLDEN * (b - a);
      f1 = f(x1);
    } else {
      [a, x1, f1] = [x1, x2, f2];
      x2 = a + GOLDEN * (b - a);
      f2 = f(x2);
    }
  }
  const x = 0.5 * (a + b);
  return { x, value: f(x), boundary: null, grid };
}
