/** The part of jStat that rfci uses (jStat ships no type declarations). */
declare module 'jstat' {
  interface Distribution {
    cdf(x: number, ...params: number[]): number;
    pdf(x: number, ...params: number[]): number;
    inv(p: number, ...params: number[]): number;
  }
  interface JStat {
    erf(x: number): number;
    erfc(x: number): number;
    normal: Distribution;
    studentt: Distribution;
    chisquare: Distribution;
    centralF: Distribution;
    beta: Distribution;
    gamma: Distribution;
    /** log B(a, b). */
    betaln(a: number, b: number): number;
    /** Regularized lower incomplete gamma `P(a, x)`. */
    lowRegGamma(a: number, x: number): number;
  }
  const jstat: { jStat: JStat };
  export default jstat;
}
