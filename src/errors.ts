/**
 * Typed errors. Every error that rfci raises on purpose is an {@link RfciError}
 * whose message names the problem (file, row, column, flag or argument) and the
 * fix. The CLI prints `message` on one line and exits non-zero.
 *
 * @module
 */

/**
 * Base class of every error rfci raises on purpose. Catch it to tell bad input
 * (which the user can fix) from a bug.
 *
 * @example
 * try {
 *   getActivation('rleu');
 * } catch (e) {
 *   if (e instanceof RfciError) console.error(e.code, e.message); // invalid-argument unknown activation "rleu"; choose one of relu, …
 * }
 */
export class RfciError extends Error {
  /** A stable machine-readable code, e.g. `"invalid-argument"`. */
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = new.target.name;
    this.code = code;
  }
}

/**
 * An argument or option has a value outside its domain (λ < 0, level ∉ (0,1),
 * unknown activation, …). Code `"invalid-argument"`.
 *
 * @example
 * const e = new InvalidArgumentError('--lambda must be ≥ 0, got -1');
 * e.code; // 'invalid-argument'
 */
export class InvalidArgumentError extends RfciError {
  constructor(message: string) {
    super('invalid-argument', message);
  }
}

/**
 * Shapes do not fit together (W is not d×p, Σ is not p×p, …). Code `"dimension"`.
 *
 * @example
 * const e = new DimensionError('first layer W has 3 columns but the data have p = 5; W must be d×p');
 * e.code; // 'dimension'
 */
export class DimensionError extends RfciError {
  constructor(message: string) {
    super('dimension', message);
  }
}

/**
 * A data or matrix file cannot be read or is malformed (missing, empty, ragged,
 * non-numeric cell, …). Code `"data"`.
 *
 * @example
 * const e = new DataError('data.csv, row 7, column "x2": "abc" is not a number');
 * e.code; // 'data'
 */
export class DataError extends RfciError {
  constructor(message: string) {
    super('data', message);
  }
}

/**
 * The computation is not defined for these inputs (singular system, $n - \mathrm{df} \le 0$,
 * matrix not positive definite, …). Code `"numerical"`.
 *
 * @example
 * const e = new NumericalError('lambda = 0 but ΦᵀΦ + nλI is singular; use a positive --lambda');
 * e.code; // 'numerical'
 */
export class NumericalError extends RfciError {
  constructor(message: string) {
    super('numerical', message);
  }
}

/**
 * A request needs more memory than allowed (`--max-memory`); raised before
 * anything large is allocated. Code `"memory"`.
 *
 * @example
 * const e = new MemoryLimitError('the dual system needs 12 GiB, more than --max-memory 4 GiB; lower n or raise --max-memory');
 * e.code; // 'memory'
 */
export class MemoryLimitError extends RfciError {
  constructor(message: string) {
    super('memory', message);
  }
}

const ERROR_CLASSES: Readonly<Record<string, new (message: string) => RfciError>> = {
  InvalidArgumentError,
  DimensionError,
  DataError,
  NumericalError,
  MemoryLimitError,
};

/**
 * Rebuilds an rfci error from its plain-data form `{ name, message }` (errors
 * cross worker threads as plain objects) with its class and code; a name that
 * is not an rfci error class gives an {@link InvalidArgumentError}.
 *
 * @example
 * errorFromData({ name: 'NumericalError', message: 'ΦᵀΦ + nλI is singular' }).code; // 'numerical'
 */
export function errorFromData(data: { readonly name: string; readonly message: string }): RfciError {
  const Class = Object.hasOwn(ERROR_CLASSES, data.name) ? ERROR_CLASSES[data.name]! : InvalidArgumentError;
  return new Class(data.message);
}
