/**
 * SVG rendering of Vega-Lite 6 specifications in Node (vega 6, no browser).
 *
 * @module
 */
import { View, parse } from 'vega';
import { type TopLevelSpec, compile } from 'vega-lite';

/**
 * Renders a Vega-Lite specification to an SVG string: compiled by vega-lite,
 * rendered by a headless vega `View` (`renderer: 'none'`).
 *
 * @example
 * const svg = await renderSvg({ data: { values: [{ x: 1, y: 2 }] }, mark: 'point', encoding: { x: { field: 'x', type: 'quantitative' } } });
 */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const view = new View(parse(compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
