/**
 * Forest plot of coefficient intervals (network and least squares per term) as
 * a Vega-Lite 6 specification rendered to SVG in Node by vega 6.
 *
 * @module
 */
import type { TopLevelSpec } from 'vega-lite';
import type { CoefficientRow } from '../inference/intervals.js';

/** One group of intervals in the plot, e.g. the network's or least squares'. */
export interface ForestSeries {
  /** Legend label, e.g. `"network"` or `"OLS"`. */
  readonly method: string;
  /** One row per term. */
  readonly rows: readonly CoefficientRow[];
}

/** Options of {@link forestPlotSpec}. */
export interface ForestPlotOptions {
  /** Title of the plot. */
  title?: string;
  /** Label of the x axis. Default `"estimate and interval"`. */
  xTitle?: string;
  /** Plot width in pixels. Default 520. */
  width?: number;
}

/**
 * The Vega-Lite specification of a forest plot: one line per term, the series
 * side by side (`yOffset`), a rule from lower to upper bound, a point at the
 * estimate, and a dashed vertical line at 0.
 *
 * @example
 * const spec = forestPlotSpec([{ method: 'network', rows: result.coefficients }, { method: 'OLS', rows: ols.coefficients }]);
 */
export function forestPlotSpec(series: readonly ForestSeries[], options: ForestPlotOptions = {}): TopLevelSpec {
  const values = series.flatMap((s) => s.rows.map((r) => ({ term: r.term, method: s.method, estimate: r.estimate, lower: r.lower, upper: r.upper })));
  const terms = series[0]?.rows.map((r) => r.term) ?? [];
  const methods = series.map((s) => s.method);
  const y = { field: 'term', type: 'nominal' as const, sort: terms, title: null };
  const yOffset = { field: 'method', type: 'nominal' as const, sort: methods };
  const color = { field: 'method', type: 'nominal' as const, sort: methods, title: 'interval', scale: { range: ['#1f77b4', '#d62728', '#2ca02c', '#9467bd'] } };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    ...(options.title !== undefined ? { title: options.title } : {}),
    width: options.width ?? 520,
    height: { step: 18 * Math.max(1, methods.length) },
    background: 'white',
    data: { values },
    layer: [
      { mark: { type: 'rule', strokeDash: [4, 4], color: '#888' }, encoding: { x: { datum: 0 } } },
      {
        mark: { type: 'rule', strokeWidth: 2 },
        encoding: {
          y,
          yOffset,
          x: { field: 'lower', type: 'quantitative', title: options.xTitle ?? 'estimate and interval' },
          x2: { field: 'upper' },
          color,
        },
      },
      {
        mark: { type: 'point', filled: true, size: 50 },
        encoding: {
          y,
          yOffset,
          x: { field: 'estimate', type: 'quantitative' },
          color,
          tooltip: [{ field: 'term' }, { field: 'method' }, { field: 'estimate', format: '.3f' }, { field: 'lower', format: '.3f' }, { field: 'upper', format: '.3f' }],
        },
      },
    ],
  } as TopLevelSpec;
}

/**
 * Renders a Vega-Lite specification to SVG text in Node (vega `View` with
 * `renderer: 'none'`). vega and vega-lite are loaded on first use, so that
 * importing rfci stays fast.
 *
 * @example
 * const svg = await renderSvg(forestPlotSpec(series));
 */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const [vega, vegaLite] = await Promise.all([import('vega'), import('vega-lite')]);
  const view = new vega.View(vega.parse(vegaLite.compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
