/**
 * Design diagnostics for real data: the inference assumes Gaussian rows
 * (METHOD §1), so every real-data fit reports how far the rows of X are from
 * that: per-column skewness and excess kurtosis, Mardia's multivariate
 * skewness and kurtosis tests, and the scaled condition number of the design.
 *
 * @module
 */
import { sampleKurtosis, sampleSkewness } from 'simple-statistics';
import { type Matrix, centerColumns, cholesky, column, copy, cubedInnerProductSum, gram, rowDots, scale, solveLower, transpose } from '../linalg/index.js';
import { scaledConditionNumber } from '../inference/designGram.js';
import { twoSidedPValue } from '../special/normal.js';
import { chiSquareUpperTail } from '../special/studentT.js';
import { pValueClause } from '../report/textTable.js';

/** Shape of one column's distribution. */
export interface ColumnShape {
  /** Column name. */
  readonly term: string;
  /** Sample skewness (adjusted Fisher–Pearson, as `simple-statistics`); 0 for Gaussian data. */
  readonly skewness: number;
  /** Sample excess kurtosis (adjusted); 0 for Gaussian data. */
  readonly excessKurtosis: number;
}

/** Mardia's tests of multivariate normality (Mardia 1970). */
export interface MardiaTest {
  /** `b₁,p = (1/n²) Σ_{i,k} (z_iᵀz_k)³` with whitened rows z_i; near 0 for Gaussian rows. */
  readonly skewness: number;
  /** `n b₁,p / 6`, asymptotically χ² with `p(p+1)(p+2)/6` degrees of freedom. */
  readonly skewnessStatistic: number;
  /** Degrees of freedom `p(p+1)(p+2)/6`. */
  readonly skewnessDf: number;
  /** Upper-tail χ² p-value of the skewness test. */
  readonly skewnessPValue: number;
  /** `b₂,p = (1/n) Σ_i ‖z_i‖⁴`; `p(p+2)` for Gaussian rows. */
  readonly kurtosis: number;
  /** `(b₂,p − p(p+2)) / √(8p(p+2)/n)`, asymptotically N(0, 1). */
  readonly kurtosisStatistic: number;
  /** Two-sided normal p-value of the kurtosis test. */
  readonly kurtosisPValue: number;
}

/** Everything {@link designDiagnostics} reports. */
export interface DesignDiagnostics {
  /** Number of rows. */
  readonly n: number;
  /** One entry per column. */
  readonly columns: ColumnShape[];
  /** Mardia's tests (absent when p ≥ n − 1: the sample covariance is singular). */
  readonly mardia?: MardiaTest;
  /** Scaled condition number of the centered design (see {@link scaledConditionNumber}). */
  readonly conditionNumber: number;
  /** Whether Gaussian rows are plausible: both Mardia p-values ≥ `alpha`. */
  readonly gaussianPlausible: boolean;
  /** Warning lines for the user (empty when nothing stands out). */
  readonly warnings: string[];
}

/** Options of {@link designDiagnostics}. */
export interface DiagnosticsOptions {
  /** Significance level below which Mardia's tests reject Gaussian rows. Default 0.001. */
  alpha?: number;
  /** |skewness| or |excess kurtosis| above which a column is flagged. Default 1. */
  shapeThreshold?: number;
}

/**
 * Mardia's multivariate skewness and kurtosis of the rows of X (centered
 * here): with `S = X̃ᵀX̃/n = LLᵀ` and whitened rows `z_i = L⁻¹x̃_i`,
 * `b₁,p = (1/n²) Σ_{i,k} (z_iᵀz_k)³` and `b₂,p = (1/n) Σ_i ‖z_i‖⁴`.
 *
 * @example
 * mardiaTest(X).skewnessPValue;
 */
export function mardiaTest(X: Matrix): MardiaTest {
  const Xc = copy(X);
  centerColumns(Xc);
  return mardiaOfCentered(Xc);
}

/** {@link mardiaTest} of a design whose columns are already centered. */
function mardiaOfCentered(Xc: Matrix): MardiaTest {
  const n = Xc.rows, p = Xc.cols;
  const S = scale(gram(Xc), 1 / n);
  const { L } = cholesky(S, 'sample covariance of X');
  const Z = transpose(solveLower(L, transpose(Xc)));
  const skewness = cubedInnerProductSum(Z) / (n * n);
  const skewnessDf = (p * (p + 1) * (p + 2)) / 6;
  const skewnessStatistic = (n * skewness) / 6;
  let kurtosis = 0;
  for (const r2 of rowDots(Z, Z)) kurtosis += r2 * r2;
  kurtosis /= n;
  const kurtosisStatistic = (kurtosis - p * (p + 2)) / Math.sqrt((8 * p * (p + 2)) / n);
  return {
    skewness,
    skewnessStatistic,
    skewnessDf,
    skewnessPValue: chiSquareUpperTail(skewnessStatistic, skewnessDf),
    kurtosis,
    kurtosisStatistic,
    kurtosisPValue: twoSidedPValue(kurtosisStatistic),
  };
}

const fmt = (x: number, digits = 3): string => (Math.abs(x) >= 1e-3 || x === 0 ? Number(x.toPrecision(digits)).toString() : x.toExponential(1));

/**
 * Per-column skewness and excess kurtosis, Mardia's tests and the scaled
 * condition number of a design, with warning lines when Gaussian rows
 * (METHOD §1) are implausible or the columns are nearly collinear.
 *
 * @example
 * const diag = designDiagnostics(design.X, design.terms);
 * if (!diag.gaussianPlausible) console.log(diag.warnings.join('\n'));
 */
export function designDiagnostics(X: Matrix, terms: readonly string[], options: DiagnosticsOptions = {}): DesignDiagnostics {
  const alpha = options.alpha ?? 0.001;
  const threshold = options.shapeThreshold ?? 1;
  const n = X.rows, p = X.cols;
  const columns = terms.map((term, j) => {
    const x = Array.from(column(X, j));
    return { term, skewness: n >= 3 ? sampleSkewness(x) : NaN, excessKurtosis: n >= 4 ? sampleKurtosis(x) : NaN };
  });
  const Xc = copy(X);
  centerColumns(Xc);
  const conditionNumber = scaledConditionNumber(Xc);
  const mardia = p < n - 1 && Number.isFinite(conditionNumber) ? mardiaOfCentered(Xc) : undefined;
  const gaussianPlausible = mardia !== undefined && mardia.skewnessPValue >= alpha && mardia.kurtosisPValue >= alpha;
  const warnings: string[] = [];
  if (mardia !== undefined && !gaussianPlausible) {
    warnings.push(
      `Gaussian rows are implausible (Mardia skewness p ${pValueClause(mardia.skewnessPValue)}, kurtosis p ${pValueClause(mardia.kurtosisPValue)}); ` +
        'the intervals assume Gaussian rows: check their coverage on this design with --calibrate R',
    );
  }
  if (mardia === undefined) warnings.push('Mardia tests need p < n − 1 and full-rank columns; multivariate normality not checked');
  const odd = columns.filter((c) => Math.abs(c.skewness) > threshold || Math.abs(c.excessKurtosis) > threshold);
  if (odd.length > 0) {
    warnings.push(
      `far from Gaussian: ${odd.map((c) => `${c.term} (skewness ${fmt(c.skewness, 2)}, excess kurtosis ${fmt(c.excessKurtosis, 2)})`).join(', ')}`,
    );
  }
  if (conditionNumber > 30) {
    warnings.push(`the columns are strongly collinear (scaled condition number ${fmt(conditionNumber)} > 30): coefficients of correlated columns are hard to separate`);
  }
  return { n, columns, ...(mardia !== undefined ? { mardia } : {}), conditionNumber, gaussianPlausible, warnings };
}
