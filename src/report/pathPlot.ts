/**
 * The figure of a training path (METHOD §4) as a Vega-Lite 6 specification:
 * each chosen coefficient's estimate and interval against training time (log
 * axis), the interval length with the time of the shortest interval marked,
 * and the network's degrees of freedom.
 *
 * @module
 */
import type { TopLevelSpec } from 'vega-lite';
import type { TrainingPath, TrainingPathPoint } from '../training/path.js';
import { formatNumber } from './textTable.js';

const WIDTH = 460;

function xValue(pt: TrainingPathPoint): number {
  return pt.steps ?? pt.time;
}

/**
 * Vega-Lite specification of a training path for the named terms: one panel
 * per term (estimate line, interval band, dashed line at the shortest
 * interval), the interval length of each term (the shortest marked and
 * labelled), and df = tr H, all against training time t (gradient flow) or the
 * number of steps (gradient descent) on a log axis. Render with `renderSvg`.
 *
 * @example
 * const spec = pathPlotSpec(path, ['x1', 'x3']);
 * writeFileSync('path.svg', await renderSvg(spec));
 */
export function pathPlotSpec(path: TrainingPath, terms: readonly string[], title = ''): TopLevelSpec {
  const gd = path.points[0]?.steps !== undefined;
  const xTitle = gd ? 'gradient-descent steps T' : 'training time t (gradient flow)';
  const x = { field: 'x', type: 'quantitative' as const, scale: { type: 'log' as const }, title: xTitle };
  const rows = path.points.flatMap((pt) =>
    pt.coefficients
      .filter((c) => terms.includes(c.term))
      .map((c) => ({ x: xValue(pt), df: pt.df, term: c.term, estimate: c.estimate, lower: c.lower, upper: c.upper, length: c.upper - c.lower })),
  );
  // lengths are ‖ψ̃‖√Ω_jj: with Ω_jj equal (e.g. Σ = I) one line stands for every term
  const sameLength = path.points.every((pt) => {
    const ls = pt.coefficients.filter((c) => terms.includes(c.term)).map((c) => c.upper - c.lower);
    return ls.every((l) => Math.abs(l - ls[0]!) <= 1e-12 * ls[0]!);
  });
  const lengthRows = sameLength ? rows.filter((r) => r.term === terms[0]).map((r) => ({ ...r, term: 'every term' })) : rows;
  const best = path.points[path.shortest]!;
  const bestX = xValue(best);
  const bestLabel = `shortest at ${gd ? 'T' : 't'} = ${formatNumber(bestX)}`;
  const marker = { mark: { type: 'rule' as const, strokeDash: [4, 3], color: '#888' }, encoding: { x: { datum: bestX } } };
  const level = `${formatNumber(100 * path.level)}%`;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: {
      text: `Interval path along training (${gd ? 'gradient descent' : 'gradient flow'}, λ = ${formatNumber(path.lambda)})`,
      subtitle: title || `n = ${path.n}, p = ${path.p}, d = ${path.d}, ${path.activation}; ${level} intervals, covariance ${path.covariance}`,
    },
    data: { values: rows },
    vconcat: [
      {
        facet: {
          row: { field: 'term', type: 'nominal', title: null, sort: [...terms], header: { labelAngle: 0, labelAlign: 'left', labelFontWeight: 'bold', labelFontSize: 12 } },
        },
        spec: {
          width: WIDTH,
          height: 120,
          layer: [
            {
              mark: { type: 'area', opacity: 0.25, color: '#4c78a8' },
              encoding: { x, y: { field: 'lower', type: 'quantitative', title: `estimate, ${level} interval` }, y2: { field: 'upper' } },
            },
            { mark: { type: 'line', color: '#4c78a8', point: { size: 12 } }, encoding: { x, y: { field: 'estimate', type: 'quantitative' } } },
            { mark: { type: 'rule', color: '#444' }, encoding: { y: { datum: 0 } } },
            marker,
          ],
        },
        resolve: { scale: { y: 'independent' } },
      },
      {
        width: WIDTH,
        height: 150,
        data: { values: lengthRows },
        layer: [
          {
            mark: { type: 'line', point: { size: 12 } },
            encoding: {
              x,
              y: { field: 'length', type: 'quantitative', title: 'interval length', scale: { zero: false } },
              color: { field: 'term', type: 'nominal', title: 'term', sort: [...terms] },
            },
          },
          marker,
          {
            mark: { type: 'text', align: 'left', dx: 4, dy: -6, baseline: 'bottom', fontSize: 11 },
            encoding: { x: { datum: bestX }, y: { value: 12 }, text: { value: bestLabel } },
          },
        ],
      },
      {
        width: WIDTH,
        height: 110,
        layer: [
          {
            mark: { type: 'line', color: '#54a24b', point: { size: 12, color: '#54a24b' } },
            encoding: { x, y: { field: 'df', type: 'quantitative', title: 'df = tr H', scale: { domain: [0, path.n] } } },
          },
          { mark: { type: 'rule', strokeDash: [2, 2], color: '#54a24b' }, encoding: { y: { datum: Math.min(path.d, path.n) } } },
          marker,
        ],
      },
    ],
  };
}
