import { describe, expect, it } from 'vitest';
import { gridOption } from '../../src/cli/options.js';
import { InvalidArgumentError } from '../../src/errors.js';
import { comparisonCsv, comparisonJson, formatComparison } from '../../src/report/comparison.js';
import { renderSvg } from '../../src/report/forestPlot.js';
import { comparisonPlotSpec } from '../../src/report/plot.js';
import { compareActivations } from '../../src/theory/compare.js';
import { predictIntervalLength } from '../../src/theory/predict.js';
import { expectClose } from '../helpers/vectors.js';

const base = { n: 1000, pOverN: 0.5, lambda: 1e-3, noiseVariance: 1, signal: 1 };

describe('gridOption', () => {
  const grid = gridOption('--d-over-n');
  it('a:b:k is k log-spaced points from a to b inclusive', () => {
    const g = grid('0.1:10:5');
    expect(g).toHaveLength(5);
    expect(g[0]).toBe(0.1);
    expect(g[4]).toBe(10);
    expectClose(g, [0.1, 0.31622776601683794, 1, 3.1622776601683795, 10], 1e-14);
    expect(grid('2:2:1')).toEqual([2]);
    expect(grid('0.5, 1,2')).toEqual([0.5, 1, 2]);
  });
  it.each(['0:1:3', '1:2:1', '1:2:x', 'a,b', '1,,2', '-1,2'])('rejects %s naming the flag', (bad) => {
    expect(() => grid(bad)).toThrow(InvalidArgumentError);
    expect(() => grid(bad)).toThrow(/--d-over-n expects a:b:k/);
  });
});

describe('compareActivations', () => {
  const cmp = compareActivations({ ...base, activations: ['relu', 'tanh', 'sigmoid'], dOverN: [0.1, 0.5, 0.9, 1.1, 2, 10] });
  it('predicts every activation at every width, as predictIntervalLength does', () => {
    expect(cmp.points).toHaveLength(18);
    expect(cmp.p).toBe(500);
    for (const pt of cmp.points) {
      const direct = predictIntervalLength({ ...base, activation: pt.activation, p: 500, d: pt.d });
      expectClose(pt.prediction.halfLength, direct.halfLength, 1e-14);
    }
  });
  it('marks exactly one shortest activation per width', () => {
    for (let i = 0; i < 6; i++) {
      const row = cmp.points.slice(3 * i, 3 * i + 3);
      const best = row.filter((pt) => pt.best);
      expect(best).toHaveLength(1);
      expect(best[0]!.prediction.halfLength).toBe(Math.min(...row.map((pt) => pt.prediction.halfLength)));
    }
  });
  it('finds the interpolation peak of relu and tanh next to d = n and refines it between grid points', () => {
    for (const name of ['relu', 'tanh']) {
      const peak = cmp.peaks.find((pk) => pk.activation === name)!;
      expect(peak.interior).toBe(true);
      expect(peak.d).toBeGreaterThan(900);
      expect(peak.d).toBeLessThan(1100);
      for (const d of [peak.d - 1, peak.d + 1]) {
        expect(predictIntervalLength({ ...base, activation: name, p: 500, d }).halfLength).toBeLessThanOrEqual(peak.halfLength);
      }
    }
  });
  it('reports an infinite peak at d = n when λ = 0 without printing NaN', () => {
    const ridgeless = compareActivations({ ...base, lambda: 0, activations: ['relu'], dOverN: [0.5, 1, 2] });
    expect(ridgeless.peaks[0]!.halfLength).toBe(Infinity);
    expect(ridgeless.peaks[0]!.d).toBe(1000);
    const json = JSON.stringify(comparisonJson(ridgeless));
    expect(json).not.toMatch(/NaN/);
    expect(comparisonJson(ridgeless).peaks).toEqual([expect.objectContaining({ halfLength: null, d: 1000 })]);
    expect(comparisonCsv(ridgeless)).toMatch(/relu,1,1000,0,Inf/);
    expect(formatComparison(ridgeless)).toMatch(/Inf/);
  });
  it('formats a table, CSV and JSON', () => {
    const text = formatComparison(cmp);
    expect(text).toMatch(/d\/n\s+d\s+relu\s+tanh\s+sigmoid\s+best/);
    expect(text).toMatch(/Interpolation peak/);
    const csv = comparisonCsv(cmp).trim().split('\n');
    expect(csv[0]).toBe('activation,d_over_n,d,lambda,half_length,sqrt_n_std_error,test_risk,df_over_n,kappa,best');
    expect(csv).toHaveLength(19);
    const json = comparisonJson(cmp);
    expect(json).toMatchObject({ n: 1000, p: 500, lambda: 1e-3, spectrum: 'marchenko-pastur' });
    expect((json.best as unknown[]).length).toBe(6);
  });
  it('renders an SVG with one line per activation and the threshold rule', async () => {
    const svg = await renderSvg(comparisonPlotSpec(cmp));
    expect(svg.startsWith('<svg')).toBe(true);
    for (const name of ['relu', 'tanh', 'sigmoid']) expect(svg).toContain(`>${name}<`);
    expect(svg).toContain('d/n');
    // one line mark per activation, each through all 6 widths (M + 5 L segments), in distinct colours
    const lines = svg.match(/<path [^>]*aria-roledescription="line mark"[^>]*>/g) ?? [];
    expect(lines).toHaveLength(3);
    for (const line of lines) expect((/ d="([^"]*)"/.exec(line)![1]!.match(/L/g) ?? []).length).toBe(5);
    expect(new Set(lines.map((l) => / stroke="([^"]*)"/.exec(l)![1])).size).toBe(3);
    expect(svg.match(/aria-roledescription="rule mark"/g)).toHaveLength(1);
  });
  it('at the optimal λ: each point at its own shortest-interval λ, no interior peak, ranking by μ*/μ1', async () => {
    const opt = compareActivations({ ...base, lambda: 'optimal', activations: ['relu', 'tanh', 'sigmoid'], dOverN: [0.25, 1, 4] });
    for (const pt of opt.points) {
      const at = (lambda: number) => predictIntervalLength({ ...base, activation: pt.activation, p: 500, d: pt.d, lambda }).halfLength;
      expect(at(pt.prediction.lambda * 1.05)).toBeGreaterThanOrEqual(pt.prediction.halfLength * (1 - 1e-12));
      expect(at(pt.prediction.lambda / 1.05)).toBeGreaterThanOrEqual(pt.prediction.halfLength * (1 - 1e-12));
      expect(at(1e-3)).toBeGreaterThanOrEqual(pt.prediction.halfLength);
    }
    expect(opt.peaks.every((pk) => !pk.interior)).toBe(true);
    // scaling φ by c is dividing λ by c²: at the optimal λ only μ*/μ1 matters (sigmoid 0.13 < tanh 0.27 < relu 0.60)
    expect(opt.points.filter((pt) => pt.best).map((pt) => pt.activation)).toEqual(['sigmoid', 'sigmoid', 'sigmoid']);
    const scaled = compareActivations({ ...base, lambda: 'optimal', activations: [{ name: 'relu3', f: (t) => 3 * Math.max(t, 0), df: (t) => (t >= 0 ? 3 : 0) }], dOverN: [1] });
    expectClose(scaled.points[0]!.prediction.halfLength, opt.points[3]!.prediction.halfLength, 1e-6);
    expect(formatComparison(opt)).toMatch(/lambda = optimal/);
  });
  it('rejects empty lists and bad ratios', () => {
    expect(() => compareActivations({ ...base, activations: [], dOverN: [1] })).toThrow(/at least one activation/);
    expect(() => compareActivations({ ...base, activations: ['relu'], dOverN: [0] })).toThrow(/positive numbers/);
  });
});
