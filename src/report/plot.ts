/**
 * The comparison figure of `rfci compare` as a Vega-Lite 6 specification
 * (rendered to SVG by `renderSvg` of report/forestPlot).
 *
 * @module
 */
import type { TopLevelSpec } from 'vega-lite';
import type { ActivationComparison } from '../theory/compare.js';
import { intervalQuantile } from '../inference/intervals.js';

/**
 * The Vega-Lite specification of a comparison plot: predicted half-length
 * `q √(R/n)` against d/n (log scale), one line per activation, a dashed rule
 * at the interpolation threshold d = n, and — when simulated — the mean
 * simulated half-length as points with ±2 Monte Carlo standard errors.
 *
 * @example
 * const cmp = compareActivations({ activations: ['relu', 'tanh'], n: 1000, pOverN: 0.5, dOverN: [0.1, 0.5, 1, 2, 10], lambda: 1e-3, noiseVariance: 1, signal: 1 });
 * writeFileSync('compare.svg', await renderSvg(comparisonPlotSpec(cmp)));
 */
export function comparisonPlotSpec(cmp: ActivationComparison): TopLevelSpec {
  const q = intervalQuantile(cmp.setting.level);
  const predicted = cmp.points
    .filter((pt) => Number.isFinite(pt.prediction.halfLength))
    .map((pt) => ({ activation: pt.activation, dOverN: pt.dOverN, d: pt.d, halfLength: pt.prediction.halfLength }));
  const simulated = cmp.points
    .filter((pt) => pt.simulation !== undefined)
    .map((pt) => {
      const sim = pt.simulation!;
      const band = (2 * q * sim.sqrtNStdErrorMcse) / Math.sqrt(cmp.n);
      return { activation: pt.activation, dOverN: pt.dOverN, halfLength: sim.meanHalfLength, low: sim.meanHalfLength - band, high: sim.meanHalfLength + band };
    });
  const x = { field: 'dOverN', type: 'quantitative', scale: { type: 'log' }, title: 'width / sample size  d/n  (log scale)' } as const;
  const color = {
    field: 'activation',
    type: 'nominal',
    title: 'activation',
    sort: cmp.activations.map((a) => a.activation),
    scale: { scheme: 'category10' },
  } as const;
  const s = cmp.setting;
  const subtitle =
    `n = ${cmp.n}, p = ${cmp.p}, λ = ${s.lambda === 'optimal' ? 'optimal at each point' : s.lambda}, σ² = ${s.noiseVariance}, r² = ${s.signal}` +
    (cmp.simulated > 0 ? `; points: mean of ${cmp.simulated} simulated replicates ± 2 MC s.e.${s.lambda === 'optimal' ? ' (λ by GCV)' : ''}` : '');
  const layers: Extract<TopLevelSpec, { layer: unknown }>['layer'] = [
    {
      data: { values: [{ dOverN: 1 }] },
      mark: { type: 'rule', strokeDash: [4, 4], color: '#888' },
      encoding: { x: { field: 'dOverN', type: 'quantitative' } },
    },
    {
      data: { values: predicted },
      mark: { type: 'line', strokeWidth: 2, clip: true },
      encoding: {
        x,
        y: { field: 'halfLength', type: 'quantitative', scale: { zero: false }, title: `half-length q√(R/n) of the ${100 * s.level}% interval` },
        color,
      },
    },
  ];
  if (simulated.length > 0) {
    layers.push(
      { data: { values: simulated }, mark: { type: 'rule', clip: true }, encoding: { x, y: { field: 'low', type: 'quantitative' }, y2: { field: 'high' }, color } },
      { data: { values: simulated }, mark: { type: 'point', filled: true, size: 45, clip: true }, encoding: { x, y: { field: 'halfLength', type: 'quantitative' }, color } },
    );
  }
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: 'Predicted confidence-interval half-length by activation and width (METHOD §5)', subtitle },
    width: 640,
    height: 380,
    background: 'white',
    layer: layers,
  };
}
