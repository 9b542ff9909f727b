/**
 * Dense linear algebra on row-major `Float64Array` matrices: the one place in
 * rfci that loops over matrix entries.
 *
 * @module
 */
export * from './matrix.js';
export * from './products.js';
export * from './cholesky.js';
export * from './eigen.js';
export * from './orthonormal.js';
export * from './elementwise.js';
export * from './condition.js';
export * from './scan.js';
export * from './columnwise.js';
export { linalgThreads, setLinalgThreads } from './engine.js';
export * from './hadamard.js';
