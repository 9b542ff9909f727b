/**
 * Activations φ with derivatives φ' (METHOD §1).
 *
 * @module
 */
export type { Activation } from './activation.js';
export * from './builtins.js';
export * from './registry.js';
