/**
 * Adaptive Gauss–Kronrod quadrature (7-point Gauss, 15-point Kronrod) on a
 * finite interval and on the half line, used for the Hermite coefficients of
 * an activation (METHOD §5).
 *
 * @module
 */
import { NumericalError } from '../errors.js';

// Kronrod nodes (positive half, the last is 0) and weights; Gauss weights of the
// 7-point rule, whose nodes are the Kronrod nodes of odd index.
const XK = [
  0.991455371120812639206854697526329, 0.949107912342758524526189684047851, 0.864864423359769072789712788640926,
  0.741531185599394439863864773280788, 0.586087235467691130294144845693013, 0.405845151377397166906606412076961,
  0.207784955007898467600689403773245, 0,
];
const WK = [
  0.02293532201052922496373200805897, 0.063092092629978553290700663189204, 0.104790010322250183839876322541518,
  0.140653259715525918745189590510238, 0.16900472663926790282658342659855, 0.190350578064785409913256402421014,
  0.204432940075298892414161999234649, 0.209482141084727828012999174891714,
];
const WG = [0.129484966168869693270611432679082, 0.27970539148927666790146777142378, 0.381830050505118944950369775488975, 0.417959183673469387755102040816327];

/** Tolerances of {@link integrate}. */
export interface QuadratureOptions {
  /** Absolute error target. Default 1e-14. */
  absTol?: number;
  /** Relative error target. Default 1e-13. */
  relTol?: number;
  /** Largest number of subintervals. Default 2000. */
  maxIntervals?: number;
}

/** A value with its estimated absolute error. */
export interface QuadratureResult {
  /** The integral. */
  readonly value: number;
  /** Estimated absolute error (sum over subintervals of |K15 − G7|). */
  readonly error: number;
}

interface Piece {
  a: number;
  b: number;
  value: number;
  error: number;
}

function kronrod(f: (x: number) => number, a: number, b: number): Piece {
  const c = 0.5 * (a + b), h = 0.5 * (b - a);
  const fc = f(c);
  let k = WK[7]! * fc, g = WG[3]! * fc;
  for (let i = 0; i < 7; i++) {
    const s = f(c - h * XK[i]!) + f(c + h * XK[i]!);
    k += WK[i]! * s;
    if (i % 2 === 1) g += WG[(i - 1) / 2]! * s;
  }
  return { a, b, value: k * h, error: Math.abs((k - g) * h) };
}

/**
 * `∫_a^b f(x) dx` by globally adaptive Gauss–Kronrod (G7/K15) quadrature: the
 * subinterval with the largest error estimate is halved until the total error
 * estimate is below `max(absTol, relTol·|I|)`. Throws a {@link NumericalError}
 * if the integrand is not finite or the target is not met.
 *
 * @example
 * integrate(Math.sin, 0, Math.PI).value; // 2
 */
export function integrate(f: (x: number) => number, a: number, b: number, options: QuadratureOptions = {}): QuadratureResult {
  const absTol = options.absTol ?? 1e-14, relTol = options.relTol ?? 1e-13, maxIntervals = options.maxIntervals ?? 2000;
  const pieces: Piece[] = [kronrod(f, a, b)];
  for (;;) {
    let value = 0, error = 0, worst = 0;
    for (let i = 0; i < pieces.length; i++) {
      value += pieces[i]!.value;
      error += pieces[i]!.error;
      if (pieces[i]!.error > pieces[worst]!.error) worst = i;
    }
    if (!Number.isFinite(value) || !Number.isFinite(error)) throw new NumericalError('the integrand is not finite on the interval of integration');
    if (error <= Math.max(absTol, relTol * Math.abs(value))) return { value, error };
    const w = pieces[worst]!;
    const mid = 0.5 * (w.a + w.b);
    if (pieces.length >= maxIntervals || mid <= w.a || mid >= w.b) {
      // the last halvings no longer improve the estimate: accept a result within 1e3× the target
      if (error <= 1e3 * Math.max(absTol, relTol * Math.abs(value))) return { value, error };
      throw new NumericalError(`adaptive quadrature did not converge (estimated error ${error.toExponential(2)} for integral ${value.toPrecision(6)})`);
    }
    pieces[worst] = kronrod(f, w.a, mid);
    pieces.push(kronrod(f, mid, w.b));
  }
}

/**
 * `∫_0^∞ f(t) dt` through the map `t = x/(1 − x)`, `x ∈ [0, 1)`, and
 * {@link integrate}. Points where `weight(t)` underflows to 0 contribute 0
 * without evaluating `f` (so `f` may overflow there); the integrand is
 * `f(t)·weight(t)`.
 *
 * @example
 * integrateHalfLine((t) => t, (t) => Math.exp(-t)).value; // 1
 */
export function integrateHalfLine(
  f: (t: number) => number,
  weight: (t: number) => number,
  options: QuadratureOptions = {},
): QuadratureResult {
  return integrate(
    (x) => {
      const t = x / (1 - x);
      const w = weight(t);
      return w === 0 ? 0 : (f(t) * w) / ((1 - x) * (1 - x));
    },
    0,
    1,
    options,
  );
}
