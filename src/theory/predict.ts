/**
 * Deterministic equivalents of the interval length (METHOD §5): the effective
 * ridge κ, the degrees of freedom, the test risk R of the trained network and
 * the predicted half-length `q √(R/n)` of every coefficient's interval.
 *
 * @module
 */
import type { Activation } from '../activations/activation.js';
import { DimensionError, InvalidArgumentError } from '../errors.js';
import { intervalQuantile } from '../inference/intervals.js';
import { type MatrixInput, asMatrix, checkLambda, checkLevel } from '../validate/inputs.js';
import { minimizeOnGrid } from '../numerics/minimize.js';
import { type HermiteCoefficients, hermiteCoefficients } from './hermite.js';
import { type Spectrum, marchenkoPasturSpectrum, spectrumOfWeights } from './spectrum.js';

/** The setting of a prediction: sizes, penalty and the signal-to-noise of the linear model. */
export interface PredictionSetting {
  /** Sample size n. */
  n: number;
  /** Ridge penalty λ ≥ 0. */
  lambda: number;
  /** Noise variance σ² = Var ε. */
  noiseVariance: number;
  /** Signal strength r² = ‖β‖². */
  signal: number;
  /** Confidence level (default 0.95). */
  level?: number;
}

/** Options of {@link predictIntervalLength}. */
export interface PredictionOptions extends PredictionSetting {
  /** Activation: a built-in name or a user-defined `{ name, f, df }`. */
  activation: string | Activation;
  /** Input dimension p (taken from `weights` when given). */
  p?: number;
  /** Width d (taken from `weights` when given). */
  d?: number;
  /** A given first layer W (d×p): predict for this W rather than from the Marchenko–Pastur law. */
  weights?: MatrixInput;
  /** Hermite coefficients when already known (skips their quadrature). */
  coefficients?: HermiteCoefficients;
}

/** A predicted interval length, with the quantities it is made of (METHOD §5). */
export interface IntervalLengthPrediction {
  /** Activation name. */
  readonly activation: string;
  /** `"marchenko-pastur"` (from the ratios) or `"given-W"` (for a given first layer). */
  readonly spectrum: Spectrum['kind'];
  /** Sample size n. */
  readonly n: number;
  /** Input dimension p. */
  readonly p: number;
  /** Width d. */
  readonly d: number;
  /** Ridge penalty λ. */
  readonly lambda: number;
  /** Noise variance σ². */
  readonly noiseVariance: number;
  /** Signal strength r² = ‖β‖². */
  readonly signal: number;
  /** Confidence level. */
  readonly level: number;
  /** `μ0 = E φ(G)`. */
  readonly mu0: number;
  /** `μ1 = E[G φ(G)]`. */
  readonly mu1: number;
  /** `μ* = √(E φ(G)² − μ0² − μ1²)`. */
  readonly muStar: number;
  /** Effective ridge κ ≥ 0: `λ = κ(1 − (1/n) Σ ω_k/(ω_k + κ))`. */
  readonly kappa: number;
  /** Predicted `df/n = (1/n) Σ ω_k/(ω_k + κ)`. */
  readonly dfOverN: number;
  /** Predicted test risk R (noise included); `Infinity` at the interpolation threshold (λ = 0, d = n). */
  readonly testRisk: number;
  /** Predicted half-length `q √(R/n)` of each coefficient's interval. */
  readonly halfLength: number;
  /** Predicted `√n · se = √R`. */
  readonly sqrtNStdError: number;
}

/** Sums over the spectrum at one κ (ω = μ1² s + μ*², t = μ1² s). */
interface SpectralSums {
  /** `Σ ω/(ω + κ)` = df. */
  df: number;
  /** `Σ ω/(ω + κ)²` = −d df/dκ. */
  dfSlope: number;
  /** `Σ ω²/(ω + κ)²`. */
  dfSquared: number;
  /** `Σ t/ω`. */
  signalCaptured: number;
  /** `Σ κ² t/(ω (ω + κ)²)`. */
  bias: number;
}

function spectralSums(spec: Spectrum, mu1: number, muStar: number, kappa: number): SpectralSums {
  const a = mu1 * mu1, c0 = muStar * muStar;
  const out: SpectralSums = { df: 0, dfSlope: 0, dfSquared: 0, signalCaptured: 0, bias: 0 };
  const add = (w: number, t: number): void => {
    const omega = t + c0;
    const r = omega / (omega + kappa), q = kappa / (omega + kappa), b = t / omega;
    out.df += w * r;
    out.dfSlope += w * (r / (omega + kappa));
    out.dfSquared += w * r * r;
    out.signalCaptured += w * b;
    out.bias += w * b * q * q;
  };
  for (let j = 0; j < spec.nodes.length; j++) {
    const w = spec.weights[j]!, t = a * spec.nodes[j]!;
    if (t + c0 > 0) add(w, t);
    else {
      // ω = 0 on the continuous part (μ* = 0, s → 0⁺): the limits from s > 0
      const r = kappa > 0 ? 0 : 1;
      out.df += w * r;
      out.dfSquared += w * r;
      out.signalCaptured += w;
      out.bias += w * (1 - r);
    }
  }
  if (spec.zeroMass > 0 && c0 > 0) add(spec.zeroMass, 0); // with μ* = 0 null directions give nothing
  return out;
}

/**
 * Solves `f(x) = 0` for an increasing f on `[lo, hi]` with `f(lo) ≤ 0 ≤ f(hi)`
 * by Newton steps kept inside the bracket, bisecting when a step leaves it.
 */
function solveIncreasing(f: (x: number) => [number, number], lo: number, hi: number): number {
  let x = hi;
  for (let iter = 0; iter < 200; iter++) {
    const [fx, dfx] = f(x);
    if (fx === 0) return x;
    if (fx < 0) lo = x;
    else hi = x;
    const newton = x - fx / dfx;
    if (newton > lo && newton < hi) {
      if (Math.abs(newton - x) <= 2 * Number.EPSILON * Math.abs(x)) return newton;
      x = newton;
    } else {
      x = 0.5 * (lo + hi);
      if (hi - lo <= 4 * Number.EPSILON * hi) return x;
    }
  }
  return x;
}

/**
 * The effective ridge κ ≥ 0 of METHOD §5, the root of
 * `λ = κ (1 − (1/n) Σ_k ω_k/(ω_k + κ))`, `ω_k = μ1² s_k + μ*²`.
 *
 * With `d_eff` the number of directions with ω > 0 (d, or min(d, p) when μ* = 0),
 * `G(κ) = κ − (κ/n) Σ ω/(ω + κ)` is convex with G(0) = 0. For λ = 0: κ = 0 when
 * `d_eff ≤ n`; otherwise κ > 0 solves `(1/n) Σ ω/(ω + κ) = 1` (the minimum-norm
 * interpolator, df = n). For λ > 0, the unique root above that value, bracketed by
 * `G(κ) ≥ κ − (1/n) Σ ω`. Roots to a few ulps by bracketed Newton.
 *
 * @example
 * effectiveRidge(marchenkoPasturSpectrum(300, 200), 400, 1e-3, 0.5, 0.3014); // κ
 */
export function effectiveRidge(spec: Spectrum, n: number, lambda: number, mu1: number, muStar: number): number {
  const dEff = muStar > 0 ? spec.width : spec.width - spec.zeroMass;
  let omegaTotal = spec.zeroMass * muStar * muStar;
  for (let j = 0; j < spec.nodes.length; j++) omegaTotal += spec.weights[j]! * (mu1 * mu1 * spec.nodes[j]! + muStar * muStar);
  let lower = 0;
  if (dEff > n) {
    // (1/n) Σ ω/(ω + κ) = 1, decreasing in κ, ≤ Σω/(nκ)
    lower = solveIncreasing(
      (k) => {
        const s = spectralSums(spec, mu1, muStar, k);
        return [1 - s.df / n, s.dfSlope / n];
      },
      0,
      omegaTotal / n,
    );
  }
  if (lambda === 0) return lower;
  return solveIncreasing(
    (k) => {
      const s = spectralSums(spec, mu1, muStar, k);
      return [k * (1 - s.df / n) - lambda, 1 - s.dfSquared / n];
    },
    lower,
    (lambda + omegaTotal / n) * (1 + 1e-12),
  );
}

/**
 * The prediction of METHOD §5 for a given spectrum and Hermite coefficients:
 * κ, `df/n`, `s_eff² = σ² + r² − (r²/p) Σ μ1² s_k/ω_k`,
 * `R = (s_eff² + κ² (r²/p) Σ μ1² s_k/(ω_k(ω_k + κ)²)) / (1 − (1/n) Σ ω_k²/(ω_k + κ)²)`,
 * half-length `q √(R/n)` and `√n · se = √R`. R is `Infinity` where the
 * denominator vanishes (λ = 0 at d = n).
 *
 * @example
 * predictFromSpectrum(hermiteCoefficients('relu'), marchenkoPasturSpectrum(300, 200), { n: 400, lambda: 1e-3, noiseVariance: 1, signal: 4 });
 */
export function predictFromSpectrum(coefficients: HermiteCoefficients, spec: Spectrum, setting: PredictionSetting): IntervalLengthPrediction {
  const { n, noiseVariance, signal } = setting;
  const lambda = checkLambda(setting.lambda);
  const level = checkLevel(setting.level ?? 0.95);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`sample size n must be a positive integer, got ${n}`);
  if (!(noiseVariance >= 0) || !Number.isFinite(noiseVariance)) throw new InvalidArgumentError(`noise variance must be finite and ≥ 0, got ${noiseVariance}`);
  if (!(signal >= 0) || !Number.isFinite(signal)) throw new InvalidArgumentError(`signal strength r² must be finite and ≥ 0, got ${signal}`);
  const { mu0, mu1, muStar } = coefficients;
  if (mu1 === 0 && muStar === 0) {
    throw new InvalidArgumentError(`activation "${coefficients.activation}" is constant on N(0, 1) (μ1 = μ* = 0): its features carry no information`);
  }
  const p = spec.inputDimension, d = spec.width;
  const kappa = effectiveRidge(spec, n, lambda, mu1, muStar);
  const s = spectralSums(spec, mu1, muStar, kappa);
  const dEff = muStar > 0 ? d : d - spec.zeroMass;
  const dfOverN = lambda === 0 && dEff > n ? 1 : s.df / n;
  const signalLeft = noiseVariance + signal - (signal / p) * s.signalCaptured;
  const denominator = 1 - s.dfSquared / n;
  const testRisk = denominator > 1e-14 ? (signalLeft + (signal / p) * s.bias) / denominator : Infinity;
  const q = intervalQuantile(level);
  return {
    activation: coefficients.activation,
    spectrum: spec.kind,
    n,
    p,
    d,
    lambda,
    noiseVariance,
    signal,
    level,
    mu0,
    mu1,
    muStar,
    kappa,
    dfOverN,
    testRisk,
    halfLength: q * Math.sqrt(testRisk / n),
    sqrtNStdError: Math.sqrt(testRisk),
  };
}

function agree(a: IntervalLengthPrediction, b: IntervalLengthPrediction): boolean {
  const close = (x: number, y: number): boolean => x === y || Math.abs(x - y) <= 1e-12 * Math.max(Math.abs(x), Math.abs(y), 1e-300);
  return close(a.kappa, b.kappa) && close(a.testRisk, b.testRisk) && close(a.dfOverN, b.dfOverN);
}

/**
 * Marchenko–Pastur prediction with the quadrature refined until doubling the
 * number of points changes κ, df/n and R by less than 1e-12 (relative). The
 * first size comes from the distance of the nearest singularity of the
 * integrands, s = −μ*²/μ1², to the support (with μ* = 0 the singularity
 * s = −κ/μ1² is found by the doubling).
 */
function marchenkoPasturPrediction(coefficients: HermiteCoefficients, d: number, p: number, setting: PredictionSetting): IntervalLengthPrediction {
  const g = d / p;
  const { mu1, muStar } = coefficients;
  const eps = mu1 !== 0 ? (muStar * muStar) / (mu1 * mu1) : Infinity;
  const eta = Math.acosh(Math.max(1, (1 + g + eps) / (2 * Math.sqrt(g))));
  const MAX = 1 << 17;
  let m = 32;
  // the first size from the distance of the pole s = −μ*²/μ1² (at most 4096 points; doubling does the rest)
  while (eps > 0 && m < 4096 && m * eta < 20) m *= 2;
  let previous = predictFromSpectrum(coefficients, marchenkoPasturSpectrum(d, p, m), setting);
  for (;;) {
    m *= 2;
    const current = predictFromSpectrum(coefficients, marchenkoPasturSpectrum(d, p, m), setting);
    if (agree(previous, current) || m >= MAX) return current;
    previous = current;
  }
}

/**
 * Predicted interval length for random-features ridge regression (METHOD §5):
 * in the proportional regime (Σ = I, y = xᵀβ + ε, ‖β‖² = r², Var ε = σ²) the
 * half-length `q ‖ψ‖/(n − df)` concentrates on `q √(R/n)`, R the test risk of
 * the network, computed from the Gaussian equivalence
 * `φ(wᵀx) ≈ μ0 + μ1 wᵀx + μ* z`. The spectrum of `WWᵀ` is that of the given
 * `weights`, or else the Marchenko–Pastur law of ratio d/p (the default
 * N(0, 1/p) draw). Takes well under a millisecond once μ0, μ1, μ* are known.
 *
 * @example
 * const pred = predictIntervalLength({ activation: 'relu', n: 400, p: 200, d: 300, lambda: 1e-3, noiseVariance: 1, signal: 4 });
 * pred.halfLength; // predicted half-length of each 95% interval
 * pred.sqrtNStdError; // √n · se
 */
export function predictIntervalLength(options: PredictionOptions): IntervalLengthPrediction {
  return spectrumPredictor(options, options.coefficients ?? hermiteCoefficients(options.activation))(options);
}

/**
 * The prediction as a function of the setting, for the spectrum that `options`
 * name: a given W is checked and decomposed once here (its spectrum does not
 * depend on λ); the Marchenko–Pastur quadrature is refined per setting.
 */
function spectrumPredictor(
  options: Omit<PredictionOptions, 'lambda'>,
  coefficients: HermiteCoefficients,
): (setting: PredictionSetting) => IntervalLengthPrediction {
  if (options.weights !== undefined) {
    const W = asMatrix(options.weights, 'W');
    if (options.p !== undefined && options.p !== W.cols) throw new DimensionError(`p = ${options.p} but W has ${W.cols} columns; W must be d×p`);
    if (options.d !== undefined && options.d !== W.rows) throw new DimensionError(`d = ${options.d} but W has ${W.rows} rows; W must be d×p`);
    const spec = spectrumOfWeights(W);
    return (setting) => predictFromSpectrum(coefficients, spec, setting);
  }
  const { p, d } = options;
  if (p === undefined || d === undefined) throw new InvalidArgumentError('give the input dimension p and the width d, or a first layer W');
  for (const [name, v] of [['p', p], ['d', d]] as const) {
    if (!Number.isInteger(v) || v < 1) throw new InvalidArgumentError(`${name} must be a positive integer, got ${v}`);
  }
  return (setting) => marchenkoPasturPrediction(coefficients, d, p, setting);
}

/**
 * The ridge penalty with the shortest predicted interval — the limit of the
 * GCV choice (`lambda: "gcv"`, which minimises `‖ψ‖/(n − df)` on data): the λ
 * minimising the predicted test risk R(λ) of METHOD §5. Searched on a log grid
 * of λ from `1e-8` to `1e4` times `μ1² + μ*²` (8 points per decade), refined by
 * golden-section search in log λ. Returns the prediction at that λ.
 *
 * @example
 * optimalLambdaPrediction({ activation: 'relu', n: 400, p: 200, d: 300, noiseVariance: 1, signal: 4 }).lambda;
 */
export function optimalLambdaPrediction(options: Omit<PredictionOptions, 'lambda'>): IntervalLengthPrediction {
  const coefficients = options.coefficients ?? hermiteCoefficients(options.activation);
  const scale = coefficients.mu1 ** 2 + coefficients.muStar ** 2;
  const predict = spectrumPredictor(options, coefficients); // a given W is decomposed once, not at every λ
  const evaluated = new Map<number, IntervalLengthPrediction>(); // minimizeOnGrid has already predicted at its minimiser
  const at = (logLambda: number): IntervalLengthPrediction => {
    let pred = evaluated.get(logLambda);
    if (pred === undefined) evaluated.set(logLambda, (pred = predict({ ...options, lambda: scale * Math.exp(logLambda) })));
    return pred;
  };
  const best = minimizeOnGrid((t) => at(t).testRisk, Math.log(1e-8), Math.log(1e4), 97, 1e-8);
  return at(best.x);
}
