import { describe, expect, it } from 'vitest';
import { coordinateCoverageSpec, pivotQuantiles } from '../../src/report/coveragePlots.js';
import { renderSvg } from '../../src/report/forestPlot.js';
import { normalQuantile } from '../../src/special/normal.js';
import type { ReplicateRecord } from '../../src/simulation/replicate.js';
import { studySettings } from '../../src/simulation/settings.js';
import { summarizeCoverage } from '../../src/simulation/summary.js';

describe('coverage plots', () => {
  const N = 400;
  const pivots = Array.from({ length: N }, (_, k) => normalQuantile((k + 0.5) / N));
  // two replicates of p = 200 whose pivots together are the exact normal quantiles
  const records: ReplicateRecord[] = [0, 1].map((index) => ({
    index,
    pivots: pivots.filter((_, k) => k % 2 === index),
    covered: pivots.filter((_, k) => k % 2 === index).map((z) => Math.abs(z) <= 1.96),
    lengths: new Array(200).fill(1),
    df: 1,
    lambda: 0.001,
    seconds: 0,
  }));

  it('QQ points of exact normal quantiles lie on the diagonal', () => {
    const q = pivotQuantiles(records, N);
    expect(q).toHaveLength(N);
    q.forEach((pt) => expect(pt.sample).toBeCloseTo(pt.theoretical, 12));
    expect(pivotQuantiles(records, 50)).toHaveLength(50);
  });

  it('renders the per-coordinate coverage to SVG', async () => {
    const summary = summarizeCoverage(records, studySettings({ n: 400, p: 200, width: 300 }));
    const svg = await renderSvg(coordinateCoverageSpec({ summary, records }));
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('Coverage by coordinate');
  });
});
