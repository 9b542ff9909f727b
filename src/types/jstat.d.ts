/** The part of jStat that rfci uses (jStat ships no type declarations). */
declare module 'jstat' {
  interface JStat {
    normal: { inv(p: number, mean: number, sd: number): number };
    studentt: { inv(p: number, df: number): number; pdf(x: number, df: number): number };
    /** log B(a, b). */
    betaln(a: number, b: number): number;
    /** Regularized lower incomplete gamma `P(a, x)`. */
    lowRegGamma(a: number, x: number): number;
  }
  const jstat: { jStat: JStat };
  export default jstat;
}
