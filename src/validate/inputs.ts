/**
 * Validation of library inputs: matrices, vectors and scalar options.
 *
 * @module
 */
import { DimensionError, InvalidArgumentError } from '../errors.js';
import { type Matrix, fromRows, matrix } from '../linalg/index.js';

/** A matrix given either as an rfci {@link Matrix} or as an array of rows. */
export type MatrixInput = Matrix | ReadonlyArray<ArrayLike<number>>;

function isMatrix(x: unknown): x is Matrix {
  return typeof x === 'object' && x !== null && 'data' in x && (x as Matrix).data instanceof Float64Array;
}

/**
 * Converts a {@link MatrixInput} to a {@link Matrix} (copying arrays of rows)
 * and checks that every entry is finite; errors name `name`, row and column.
 *
 * @example
 * const X = asMatrix([[1, 2], [3, 4]], 'X');
 */
export function asMatrix(input: MatrixInput, name: string): Matrix {
  const A = isMatrix(input) ? matrix(input.rows, input.cols, input.data) : fromRows(input, name);
  for (let i = 0; i < A.data.length; i++) {
    if (!Number.isFinite(A.data[i])) {
      const r = Math.floor(i / A.cols) + 1, c = (i % A.cols) + 1;
      throw new InvalidArgumentError(`${name} has a non-finite entry (${A.data[i]}) at row ${r}, column ${c}; remove or impute it`);
    }
  }
  return A;
}

/**
 * Copies a vector into a `Float64Array`, checking its length (when given) and
 * that every entry is finite.
 *
 * @example
 * const y = asVector([1, 2, 3], 'y', 3);
 */
export function asVector(input: ArrayLike<number>, name: string, length?: number): Float64Array {
  if (length !== undefined && input.length !== length) {
    throw new DimensionError(`${name} has length ${input.length}, expected ${length}`);
  }
  const v = Float64Array.from(input);
  for (let i = 0; i < v.length; i++) {
    if (!Number.isFinite(v[i])) throw new InvalidArgumentError(`${name} has a non-finite entry (${v[i]}) at position ${i + 1}`);
  }
  return v;
}

/**
 * Checks a ridge penalty: finite and λ ≥ 0.
 *
 * @example
 * checkLambda(1e-3);
 */
export function checkLambda(lambda: number): number {
  if (!Number.isFinite(lambda) || lambda < 0) {
    throw new InvalidArgumentError(`ridge penalty lambda must be a finite number ≥ 0, got ${lambda}`);
  }
  return lambda;
}

/**
 * Checks a confidence level: 0 < level < 1.
 *
 * @example
 * checkLevel(0.95);
 */
export function checkLevel(level: number): number {
  if (!(level > 0 && level < 1)) {
    throw new InvalidArgumentError(`confidence level must be strictly between 0 and 1 (e.g. 0.95), got ${level}`);
  }
  return level;
}
