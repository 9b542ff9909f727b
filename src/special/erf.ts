/**
 * The error function and its complement to full double precision, by
 * W. J. Cody's rational Chebyshev approximations (Cody 1969, "Rational
 * Chebyshev approximations for the error function", Math. Comp. 23; the CALERF
 * routine of SPECFUN). Relative error below 1e-15 over the whole line, tails
 * included, which p-values of large statistics need (jStat's erfc loses
 * relative accuracy beyond |x| ≈ 5).
 *
 * @module
 */

const A = [3.1611237438705656, 113.864154151050156, 377.485237685302021, 3209.37758913846947, 0.185777706184603153];
const B = [23.6012909523441209, 244.024637934444173, 1282.61652607737228, 2844.23683343917062];
const C = [
  0.564188496988670089, 8.88314979438837594, 66.1191906371416295, 298.635138197400131, 881.95222124176909,
  1712.04761263407058, 2051.07837782607147, 1230.33935479799725, 2.15311535474403846e-8,
];
const D = [
  15.7449261107098347, 117.693950891312499, 537.181101862009858, 1621.38957456669019, 3290.79923573345963,
  4362.61909014324716, 3439.36767414372164, 1230.33935480374942,
];
const P = [0.305326634961232344, 0.360344899949804439, 0.125781726111229246, 0.0160837851487422766, 6.58749161529837803e-4, 0.0163153871373020978];
const Q = [2.56852019228982242, 1.87295284992346047, 0.527905102951428412, 0.0605183413124413191, 0.00233520497626869185];
const RSQRTPI = 0.5641895835477562869;
const THRESH = 0.46875;

/** erf(x) for |x| ≤ 0.46875. */
function erfSmall(x: number): number {
  const ysq = x * x;
  let xnum = A[4]! * ysq;
  let xden = ysq;
  for (let i = 0; i < 3; i++) {
    xnum = (xnum + A[i]!) * ysq;
    xden = (xden + B[i]!) * ysq;
  }
  return (x * (xnum + A[3]!)) / (xden + B[3]!);
}

/** erfc(y) for y > 0.46875. */
function erfcLarge(y: number): number {
  let r: number;
  if (y <= 4) {
    let xnum = C[8]! * y;
    let xden = y;
    for (let i = 0; i < 7; i++) {
      xnum = (xnum + C[i]!) * y;
      xden = (xden + D[i]!) * y;
    }
    r = (xnum + C[7]!) / (xden + D[7]!);
  } else {
    if (y >= 26.6) return 0;
    const z = 1 / (y * y);
    let xnum = P[5]! * z;
    let xden = z;
    for (let i = 0; i < 4; i++) {
      xnum = (xnum + P[i]!) * z;
      xden = (xden + Q[i]!) * z;
    }
    r = (z * (xnum + P[4]!)) / (xden + Q[4]!);
    r = (RSQRTPI - r) / y;
  }
  // exp(−y²) split as exp(−s²)·exp(−(y − s)(y + s)) to keep its digits
  const s = Math.trunc(y * 16) / 16;
  const del = (y - s) * (y + s);
  return Math.exp(-s * s) * Math.exp(-del) * r;
}

/**
 * Error function `erf(x) = (2/√π) ∫₀ˣ e^{−t²} dt`, relative error < 1e-15.
 *
 * @example
 * erf(0.5); // 0.5204998778130465
 */
export function erf(x: number): number {
  const y = Math.abs(x);
  if (y <= THRESH) return erfSmall(x);
  const v = 1 - erfcLarge(y);
  return x < 0 ? -v : v;
}

/**
 * Complementary error function `erfc(x) = 1 − erf(x)`, computed directly so
 * that it keeps full relative precision in the right tail.
 *
 * @example
 * erfc(6); // 2.1519736712498913e-17
 */
export function erfc(x: number): number {
  const y = Math.abs(x);
  if (y <= THRESH) return 1 - erfSmall(x);
  const r = erfcLarge(y);
  return x < 0 ? 2 - r : r;
}
