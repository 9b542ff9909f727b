/**
 * Typed errors. Every error that rfci raises on purpose is an {@link RfciError}
 * whose message names the problem (file, row, column, flag or argument) and the
 * fix. The CLI prints `message` on one line and exits non-zero.
 *
 * @module
 */

/** Base class of every error rfci raises on purpose. */
export class RfciError extends Error {
  /** A stable machine-readable code, e.g. `"invalid-argument"`. */
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = new.target.name;
    this.code = code;
  }
}

/** An argument or option has a value outside its domain (λ < 0, level ∉ (0,1), unknown activation, …). */
export class InvalidArgumentError extends RfciError {
  constructor(message: string) {
    super('invalid-argument', message);
  }
}

/** Shapes do not fit together (W is not d×p, Σ is not p×p, …). */
export class DimensionError extends RfciError {
  constructor(message: string) {
    super('dimension', message);
  }
}

/** A data or matrix file cannot be read or is malformed (missing, empty, ragged, non-numeric cell, …). */
export class DataError extends RfciError {
  constructor(message: string) {
    super('data', message);
  }
}

/** The computation is not defined for these inputs (singular system, n − df ≤ 0, matrix not positive definite, …). */
export class NumericalError extends RfciError {
  constructor(message: string) {
    super('numerical', message);
  }
}

/** A request needs more memory than allowed (`--max-memory`); raised before anything large is allocated. */
export class MemoryLimitError extends RfciError {
  constructor(message: string) {
    super('memory', message);
  }
}
