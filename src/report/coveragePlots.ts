/**
 * Figures of coverage studies as SVG (Vega-Lite 6 specifications rendered in
 * Node by vega 6 through `renderSvg`, no browser): coverage against d/n with error bars and the
 * nominal line, mean interval length against d/n (the double descent of the
 * length, with the prediction of METHOD §5 when available), a normal QQ-plot
 * of the pivots, and the coverage of each coordinate.
 *
 * @module
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { TopLevelSpec } from 'vega-lite';
import { writeFileAtomic } from '../io/atomicWrite.js';
import type { ReplicateRecord } from '../simulation/replicate.js';
import type { CoverageSummary } from '../simulation/summary.js';
import { intervalQuantile } from '../inference/intervals.js';
import { normalQuantile } from '../special/normal.js';
import { renderSvg } from './forestPlot.js';

/** A finished study: its summary and its records. */
export interface PlottedStudy {
  /** The summary. */
  readonly summary: CoverageSummary;
  /** Its records (for the QQ-plot and per-coordinate coverage). */
  readonly records: readonly ReplicateRecord[];
}

const WIDTH = 420, HEIGHT = 280;

/** The d/n axis (log scale) of the sweep figures. */
const DN_AXIS = { field: 'dn', type: 'quantitative', scale: { type: 'log' }, title: 'd / n (width / sample size)' } as const;

function dOverN(s: CoverageSummary): number {
  return s.settings.width / s.settings.n;
}

function studyTitle(s: CoverageSummary): string {
  const st = s.settings;
  return `n=${st.n}, p=${st.p}, ${st.activation}, λ=${st.lambda}, Σ ${st.design}, noise ${st.noise}, ${s.reps} replicates`;
}

/**
 * Coverage against d/n (log scale): points with 95% Monte Carlo error bars and
 * a dashed line at the nominal level.
 *
 * @example
 * const svg = coverageSpec(summaries); // then renderSvg(svg)
 */
export function coverageSpec(summaries: readonly CoverageSummary[]): TopLevelSpec {
  const level = summaries[0]!.level;
  const values = summaries.map((s) => ({ dn: dOverN(s), d: s.settings.width, coverage: s.coverage, lower: s.coverageLower, upper: s.coverageUpper }));
  const lo = Math.min(level, ...values.map((v) => v.lower)), hi = Math.max(level, ...values.map((v) => v.upper));
  const pad = Math.max(0.01, (hi - lo) * 0.15);
  const x = DN_AXIS;
  const y = { scale: { domain: [Math.max(0, lo - pad), Math.min(1, hi + pad)], zero: false }, title: 'coverage' };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: `Coverage of ${100 * level}% intervals`, subtitle: studyTitle(summaries[0]!) },
    width: WIDTH,
    height: HEIGHT,
    background: 'white',
    layer: [
      { data: { values: [{ level }] }, mark: { type: 'rule', strokeDash: [6, 4], color: '#d62728' }, encoding: { y: { field: 'level', type: 'quantitative', ...y } } },
      { data: { values }, mark: { type: 'errorbar', ticks: true }, encoding: { x, y: { field: 'lower', type: 'quantitative', ...y }, y2: { field: 'upper' } } },
      { data: { values }, mark: { type: 'line', point: { filled: true, size: 50 } }, encoding: { x, y: { field: 'coverage', type: 'quantitative', ...y } } },
    ],
  } as TopLevelSpec;
}

/**
 * Mean interval length against d/n (log scale), with the predicted length
 * (METHOD §5) as a dashed series when the summaries carry it, and a vertical
 * rule at d = n (the interpolation threshold).
 *
 * @example
 * renderSvg(lengthSpec(summaries));
 */
export function lengthSpec(summaries: readonly CoverageSummary[]): TopLevelSpec {
  const values = summaries.flatMap((s) => [
    { dn: dOverN(s), length: s.meanLength, series: 'simulated mean' },
    ...(s.predictedLength !== undefined ? [{ dn: dOverN(s), length: s.predictedLength, series: 'predicted (METHOD §5)' }] : []),
  ]);
  const x = DN_AXIS;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: 'Mean interval length', subtitle: studyTitle(summaries[0]!) },
    width: WIDTH,
    height: HEIGHT,
    background: 'white',
    layer: [
      { data: { values: [{ dn: 1 }] }, mark: { type: 'rule', strokeDash: [2, 3], color: 'gray' }, encoding: { x } },
      {
        data: { values },
        mark: { type: 'line', point: { filled: true, size: 50 } },
        encoding: {
          x,
          y: { field: 'length', type: 'quantitative', title: 'interval length', scale: { zero: false } },
          color: { field: 'series', type: 'nominal', title: null, legend: { orient: 'top-right' } },
          strokeDash: { field: 'series', type: 'nominal', title: null },
        },
      },
    ],
  } as TopLevelSpec;
}

/**
 * Normal QQ-points of the pivots of a study: `m` sample quantiles (Hazen's
 * type 5 interpolation, so with m = N they are the sorted pivots) at
 * probabilities `(k − 0.5)/m` against `Φ⁻¹((k − 0.5)/m)`.
 *
 * @example
 * pivotQuantiles(records, 200); // [{ theoretical, sample }, …]
 */
export function pivotQuantiles(
  records: readonly ReplicateRecord[],
  m = 200,
): {
  /** Quantile of N(0, 1). */
  theoretical: number;
  /** The same quantile of the pivots. */
  sample: number;
}[] {
  const x = Float64Array.from(records.flatMap((r) => r.pivots)).sort();
  const N = x.length;
  const k = Math.min(m, N);
  return Array.from({ length: k }, (_, i) => {
    const prob = (i + 0.5) / k;
    const h = Math.min(N - 1, Math.max(0, N * prob - 0.5)), lo = Math.floor(h);
    const sample = x[lo]! + (h - lo) * ((x[Math.min(lo + 1, N - 1)] ?? x[lo]!) - x[lo]!);
    return { theoretical: normalQuantile(prob), sample };
  });
}

/**
 * Normal QQ-plot of the pivots of one or more studies (one colour per d/n)
 * with the line y = x.
 *
 * @example
 * renderSvg(qqSpec(studies));
 */
export function qqSpec(studies: readonly PlottedStudy[]): TopLevelSpec {
  const values = studies.flatMap((s) =>
    pivotQuantiles(s.records).map((q) => ({ ...q, dn: Number(dOverN(s.summary).toPrecision(3)) })),
  );
  const extent = Math.max(...values.map((v) => Math.max(Math.abs(v.theoretical), Math.abs(v.sample))));
  const scale = { domain: [-extent, extent], nice: true };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: 'Normal QQ-plot of the pivots (θ̂ⱼ − β*ⱼ)/seⱼ', subtitle: studyTitle(studies[0]!.summary) },
    width: HEIGHT + 40,
    height: HEIGHT + 40,
    background: 'white',
    layer: [
      {
        data: { values: [{ a: -extent, b: -extent }, { a: extent, b: extent }] },
        mark: { type: 'line', color: 'gray', strokeDash: [4, 3] },
        encoding: { x: { field: 'a', type: 'quantitative', scale }, y: { field: 'b', type: 'quantitative', scale } },
      },
      {
        data: { values },
        mark: { type: 'point', filled: true, size: 14, opacity: 0.8 },
        encoding: {
          x: { field: 'theoretical', type: 'quantitative', title: 'N(0, 1) quantile', scale },
          y: { field: 'sample', type: 'quantitative', title: 'pivot quantile', scale },
          ...(studies.length > 1 ? { color: { field: 'dn', type: 'ordinal', title: 'd / n', scale: { scheme: 'viridis' } } } : {}),
        },
      },
    ],
  } as TopLevelSpec;
}

/**
 * Coverage of each coordinate j across replicates, with the nominal level and
 * the band `level ± 1.96√(level(1 − level)/R)` expected from Monte Carlo error
 * alone (coordinates outside it cover at a different rate, e.g. large |β_j|).
 *
 * @example
 * renderSvg(coordinateCoverageSpec(study));
 */
export function coordinateCoverageSpec(study: PlottedStudy): TopLevelSpec {
  const { summary, records } = study;
  const p = summary.settings.p, R = records.length, level = summary.level;
  const counts = new Float64Array(p);
  for (const r of records) r.covered.forEach((c, j) => (counts[j]! += c ? 1 : 0));
  const values = Array.from(counts, (c, j) => ({ j: j + 1, coverage: c / R }));
  const half = intervalQuantile(0.95) * Math.sqrt((level * (1 - level)) / R);
  const y = { type: 'quantitative', title: 'coverage of coordinate j', scale: { zero: false } } as const;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: 'Coverage by coordinate', subtitle: studyTitle(summary) },
    width: WIDTH,
    height: HEIGHT,
    background: 'white',
    layer: [
      { data: { values: [{ lo: Math.max(0, level - half), hi: Math.min(1, level + half) }] }, mark: { type: 'rect', color: '#d62728', opacity: 0.12 }, encoding: { y: { field: 'lo', ...y }, y2: { field: 'hi' } } },
      { data: { values: [{ level }] }, mark: { type: 'rule', strokeDash: [6, 4], color: '#d62728' }, encoding: { y: { field: 'level', ...y } } },
      { data: { values }, mark: { type: 'point', filled: true, size: 16 }, encoding: { x: { field: 'j', type: 'quantitative', title: 'coordinate j' }, y: { field: 'coverage', ...y } } },
    ],
  } as TopLevelSpec;
}

/**
 * Writes the figures of one study (`qq.svg`, `coordinates.svg`) or of a sweep
 * (`coverage.svg`, `length.svg`, `qq.svg`) into `dir` (created if needed),
 * each atomically; returns the paths written.
 *
 * @example
 * await writeCoveragePlots('figures', studies); // ['figures/coverage.svg', …]
 */
export async function writeCoveragePlots(dir: string, studies: readonly PlottedStudy[]): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const summaries = studies.map((s) => s.summary);
  const figures: [string, TopLevelSpec][] =
    studies.length > 1
      ? [['coverage.svg', coverageSpec(summaries)], ['length.svg', lengthSpec(summaries)], ['qq.svg', qqSpec(studies)]]
      : [['qq.svg', qqSpec(studies)], ['coordinates.svg', coordinateCoverageSpec(studies[0]!)]];
  const written: string[] = [];
  for (const [name, spec] of figures) {
    const path = join(dir, name);
    writeFileAtomic(path, await renderSvg(spec));
    written.push(path);
  }
  return written;
}
