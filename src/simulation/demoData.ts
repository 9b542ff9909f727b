/**
 * The built-in demonstration data set of `rfci demo`, drawn from the Monte
 * Carlo data model (METHOD §6) with a fixed β.
 *
 * @module
 */
import { prepareSimulatedDesign } from './design.js';
import { type SimulatedData, simulateData } from './simulate.js';

/**
 * The demo data set: design X (n×p, rows N(0, I_p)), response `y = Xβ + ε`
 * with ε ~ N(0, 1), and the true β; the {@link SimulatedData} of the
 * simulation module.
 *
 * @example
 * const data: DemoData = demoData(1);
 */
export type DemoData = SimulatedData;

/** The demo's β: five non-zero entries, then zeros. */
const DEMO_BETA = [1.5, -1, 0.75, -0.5, 0.25];

/**
 * Simulates the demo data: n = 400 rows x ~ N(0, I₂₀), β with five non-zero
 * entries (1.5, −1, 0.75, −0.5, 0.25) and fifteen zeros, and `y = xᵀβ + ε`
 * with ε ~ N(0, 1).
 *
 * @example
 * const { X, y, beta } = demoData(1);
 */
export function demoData(seed: number, n = 400, p = 20): DemoData {
  const beta = Array.from({ length: p }, (_, j) => DEMO_BETA[j] ?? 0);
  return simulateData(
    {
      n,
      design: prepareSimulatedDesign({ kind: 'identity' }, p),
      coefficients: beta,
      signal: 0,
      noise: { kind: 'gaussian' },
      noiseSd: 1,
      nonlinear: { kind: 'none' },
    },
    seed,
    'demo',
  );
}
