/**
 * Theory: Hermite coefficients of activations, spectra of the first layer and
 * deterministic equivalents of the interval length (METHOD §5).
 *
 * @module
 */
export * from './quadrature.js';
export * from './hermite.js';
export * from './spectrum.js';
export * from './predict.js';
export * from './simulateLength.js';
export * from './compare.js';
