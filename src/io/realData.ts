/**
 * Real data from a CSV file: choosing numeric columns, handling missing values
 * (an error naming the row, or dropping rows on request), and centering or
 * standardizing — the front end that METHOD §1 asks for ("a front end that
 * reads real data centers y and the columns of X, may standardize them, and
 * says so").
 *
 * @module
 */
import { DataError, InvalidArgumentError } from '../errors.js';
import { type Matrix, centerColumns, constantColumns, copy, hadamardColumnSums, matrix, scaleColumns } from '../linalg/index.js';
import { readRecords } from './csv.js';

/** Cells read as missing values (case-insensitive): empty, NA, NaN, null, N/A, `?`. */
export const MISSING_TOKENS: readonly string[] = ['', 'na', 'nan', 'null', 'n/a', '?'];

/** Options of {@link readRealData}. */
export interface RealDataOptions {
  /** Name of the response column. */
  response: string;
  /** Predictor columns; default every column but the response (all must be numeric). */
  columns?: readonly string[];
  /** Center y and the columns of X. Default true. */
  center?: boolean;
  /** Center and divide each column of X by its sample sd (denominator n − 1); y is only centered. Default false. */
  standardize?: boolean;
  /** Drop rows with a missing value in the chosen columns instead of failing. Default false. */
  dropMissing?: boolean;
}

/** How the predictors were transformed before fitting. */
export interface Scaling {
  /** Whether y and the columns of X were centered. */
  readonly centered: boolean;
  /** `"standardized"` (columns centered and divided by their sd) or `"original"` units. */
  readonly scale: 'standardized' | 'original';
  /** Column means subtracted (zeros when not centered). */
  readonly means: Float64Array;
  /** Column sds divided by (ones unless standardized). */
  readonly sds: Float64Array;
  /** Mean of y subtracted (0 when not centered). */
  readonly responseMean: number;
}

/** A design in original units (after dropping rows), before any transformation. */
export interface RawDesign {
  /** Predictors in the file's units, n×p. */
  readonly X: Matrix;
  /** Response in the file's units. */
  readonly y: Float64Array;
  /** Predictor names. */
  readonly terms: string[];
}

/** A real-data design ready for fitting, with the raw data it came from. */
export interface RealDesign extends Scaling {
  /** Predictors as fitted (centered / standardized as requested), n×p. */
  readonly X: Matrix;
  /** Response as fitted (centered when `centered`). */
  readonly y: Float64Array;
  /** Predictor names. */
  readonly terms: string[];
  /** The untransformed data (for calibration, which resamples rows and refits). */
  readonly raw: RawDesign;
  /** File row numbers (1 = header) of rows dropped for missing values. */
  readonly droppedRows: number[];
}

/**
 * Centers (and optionally standardizes) a raw design: `x̃_ij = (x_ij − x̄_j)/s_j`
 * with `s_j² = Σ_i (x_ij − x̄_j)²/(n − 1)` when standardizing, `ỹ = y − ȳ` when
 * centering. Errors name a constant column that cannot be standardized.
 *
 * @example
 * const { X, y, sds } = transformDesign(raw, { center: true, standardize: true });
 */
export function transformDesign(
  raw: RawDesign,
  options: { center?: boolean; standardize?: boolean },
): Scaling & {
  /** The transformed predictors $\tilde x_{ij}$, n×p. */
  X: Matrix;
  /** The transformed response $\tilde y$, length n. */
  y: Float64Array;
} {
  const standardize = options.standardize ?? false;
  const center = options.center ?? true;
  if (standardize && !center) throw new InvalidArgumentError('--standardize centers the columns; drop --no-center (or drop --standardize)');
  const X = copy(raw.X), y = raw.y.slice();
  const n = X.rows, p = X.cols;
  let means: Float64Array = new Float64Array(p);
  let responseMean = 0;
  const sds = new Float64Array(p).fill(1);
  if (center) {
    means = centerColumns(X);
    for (const v of y) responseMean += v;
    responseMean /= n;
    for (let i = 0; i < n; i++) y[i] -= responseMean;
  }
  if (standardize) {
    if (n < 2) throw new DataError('standardizing needs at least two rows');
    const ss = hadamardColumnSums(X, X);
    for (let j = 0; j < p; j++) {
      sds[j] = Math.sqrt(ss[j]! / (n - 1));
      if (!(sds[j]! > 0)) throw new DataError(`column ${raw.terms[j]} is constant and cannot be standardized; remove it with --columns`);
    }
    scaleColumns(X, sds.map((s) => 1 / s));
  }
  return { X, y, centered: center, scale: standardize ? 'standardized' : 'original', means, sds, responseMean };
}

const isMissing = (cell: string): boolean => MISSING_TOKENS.includes(cell.toLowerCase());

/** Refuses fewer than 2 rows, a constant response and a constant predictor (its coefficient is not identifiable). */
function refuseDegenerate(X: Matrix, y: Float64Array, terms: readonly string[], response: string, path: string): void {
  const n = y.length;
  if (n < 2) throw new DataError(`${path}: has ${n} data row; inference needs at least 2 rows (and many more for the normal approximation)`);
  if (y.every((v) => v === y[0])) throw new DataError(`${path}: the response "${response}" is constant (every row is ${y[0]}); there is nothing to infer`);
  const c = constantColumns(X)[0];
  if (c !== undefined) {
    throw new DataError(
      `${path}: column "${terms[c]}" is constant (every row is ${X.data[c]}), so its coefficient is not identifiable; leave it out with --columns`,
    );
  }
}

/**
 * Reads a data set for a real-data fit. Only the response and the chosen
 * predictors must be numeric (other columns, e.g. names, are ignored). A
 * column with no numeric cell is reported as not numeric; a stray
 * non-numeric cell by row and column; a missing value (see
 * {@link MISSING_TOKENS}) by row, unless `dropMissing`, which drops those rows
 * and reports them.
 *
 * @example
 * const design = readRealData('cars.csv', { response: 'mpg', columns: ['weight', 'horsepower'], standardize: true, dropMissing: true });
 * design.droppedRows.length; design.scale; // 'standardized'
 */
export function readRealData(path: string, options: RealDataOptions): RealDesign {
  const records = readRecords(path);
  const header = records[0]!;
  const body = records.slice(1);
  if (body.length === 0) throw new DataError(`${path}: has a header but no data rows`);
  const index = (name: string, role: string): number => {
    const j = header.indexOf(name);
    if (j < 0) throw new DataError(`${path}: ${role} "${name}" is not a column; available columns: ${header.join(', ')}`);
    return j;
  };
  const seen = new Set<string>();
  header.forEach((c, j) => {
    if (c === '') throw new DataError(`${path}: header column ${j + 1} has no name; name every column`);
    if (seen.has(c)) throw new DataError(`${path}: column name "${c}" appears twice in the header; names must be unique`);
    seen.add(c);
  });
  const r = index(options.response, 'response');
  const terms = [...(options.columns ?? header.filter((c) => c !== options.response))];
  if (terms.length === 0) throw new DataError(`${path}: no predictor columns besides the response "${options.response}"`);
  const cols = terms.map((c) => index(c, 'column'));
  if (cols.includes(r)) throw new DataError(`${path}: the response "${options.response}" cannot also be a predictor; remove it from --columns`);
  if (new Set(cols).size !== cols.length) throw new DataError(`${path}: a column is listed twice in --columns`);
  const all = [r, ...cols];
  const n0 = body.length, k = all.length;
  const values = new Float64Array(n0 * k);
  const missingRows: number[] = [];
  let firstMissing = ''; // where the first missing value is, for the error message
  body.forEach((rec, i) => {
    if (rec.length !== header.length) {
      throw new DataError(`${path}: row ${i + 2} has ${rec.length} cells but the header has ${header.length}; every row needs ${header.length} cells`);
    }
  });
  // Parse column by column so that a wholly non-numeric column gets its own message.
  all.forEach((j, t) => {
    const name = header[j]!;
    let numeric = 0, firstBad = -1;
    for (let i = 0; i < n0; i++) {
      const cell = body[i]![j]!;
      if (isMissing(cell)) {
        values[i * k + t] = NaN;
        continue;
      }
      const v = Number(cell);
      if (Number.isFinite(v)) {
        values[i * k + t] = v;
        numeric++;
      } else if (firstBad < 0) firstBad = i;
    }
    if (numeric === 0) {
      throw new DataError(
        t === 0
          ? `${path}: the response column ${name} is not numeric; choose a numeric --response`
          : `${path}: column ${name} is not numeric; choose numeric predictors with --columns`,
      );
    }
    if (firstBad >= 0) {
      const cell = body[firstBad]![j]!;
      throw new DataError(`${path}: row ${firstBad + 2}, column "${name}" is "${cell.length > 30 ? cell.slice(0, 30) + '…' : cell}", expected a finite number; fix or remove that row`);
    }
  });
  for (let i = 0; i < n0; i++) {
    const miss = all.map((_, t) => t).filter((t) => Number.isNaN(values[i * k + t]));
    if (miss.length > 0) {
      missingRows.push(i);
      if (missingRows.length === 1) firstMissing = `row ${i + 2}, column ${miss.map((t) => header[all[t]!]).join(', ')}`;
    }
  }
  if (missingRows.length > 0 && !options.dropMissing) {
    throw new DataError(
      `${path}: ${firstMissing} is missing (${missingRows.length} row${missingRows.length > 1 ? 's have' : ' has'} missing values in the chosen columns); fill them in or pass --drop-missing`,
    );
  }
  const dropped = new Set(missingRows);
  const keep = Array.from({ length: n0 }, (_, i) => i).filter((i) => !dropped.has(i));
  if (keep.length === 0) throw new DataError(`${path}: every row has a missing value in the chosen columns`);
  const p = cols.length, n = keep.length;
  const X = matrix(n, p), y = new Float64Array(n);
  keep.forEach((i, s) => {
    y[s] = values[i * k]!;
    for (let j = 0; j < p; j++) X.data[s * p + j] = values[i * k + 1 + j]!;
  });
  refuseDegenerate(X, y, terms, options.response, path);
  const raw: RawDesign = { X, y, terms };
  const transformed = transformDesign(raw, options);
  return { ...transformed, terms, raw, droppedRows: missingRows.map((i) => i + 2) };
}
