import { describe, expect, it } from 'vitest';
import { inferCoefficients, randomFeaturesInference } from '../../src/inference/inferCoefficients.js';
import { drawFirstLayer } from '../../src/features/firstLayer.js';
import { gram, matrix } from '../../src/linalg/index.js';
import { gammaDraw, studentTDraw } from '../../src/random/distributions.js';
import { createGenerator } from '../../src/random/generator.js';
import { drawCoefficients, parseCoefficients } from '../../src/simulation/coefficients.js';
import { designCovariance, drawDesign, parseDesign, prepareSimulatedDesign } from '../../src/simulation/design.js';
import { parseRatioGrid, parseWidthList, widthsFromRatios } from '../../src/simulation/grid.js';
import { drawNoise, parseNoise } from '../../src/simulation/noise.js';
import { addNonlinearPart, parseNonlinear } from '../../src/simulation/nonlinear.js';
import { prepareStudy, runReplicate } from '../../src/simulation/replicate.js';
import { studySettings } from '../../src/simulation/settings.js';
import { parseShard, shardIndices } from '../../src/simulation/shard.js';
import { simulateData } from '../../src/simulation/simulate.js';
import { fitWithTraining } from '../../src/training/filterRegression.js';
import { parseTraining } from '../../src/training/rules.js';
import { demoData } from '../../src/simulation/demoData.js';

const mean = (x: ArrayLike<number>) => Array.from(x).reduce((a, b) => a + b, 0) / x.length;
const variance = (x: ArrayLike<number>) => {
  const m = mean(x);
  return Array.from(x).reduce((a, b) => a + (b - m) ** 2, 0) / (x.length - 1);
};

describe('specifications', () => {
  it('parse valid specs to canonical values', () => {
    expect(parseDesign('identity')).toEqual({ kind: 'identity' });
    expect(parseDesign('ar1:.5')).toEqual({ kind: 'ar1', rho: 0.5 });
    expect(parseDesign('equi:-0.1', 5)).toEqual({ kind: 'equi', rho: -0.1 });
    expect(parseNoise('t:5')).toEqual({ kind: 't', nu: 5 });
    expect(parseNoise('hetero')).toEqual({ kind: 'hetero' });
    expect(parseCoefficients('sparse:10', 200)).toEqual({ kind: 'sparse', nonzeros: 10 });
    expect(parseNonlinear('quad:0.5')).toEqual({ kind: 'quad', c: 0.5 });
    expect(parseTraining('ridge')).toEqual({ kind: 'ridge' });
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    expect(studySettings({ width: 10, design: 'ar1:.50', noise: 't:5.0' })).toMatchObject({ design: 'ar1:0.5', noise: 't:5' });
  });

  it.each([
    [() => parseDesign('ar1:2'), /--design "ar1:2": needs RHO with -1 < RHO < 1/],
    [() => parseDesign('ar2:0.5'), /--design expects identity, ar1:RHO/],
    [() => parseDesign('equi:-0.5', 11), /-0.1.*< RHO < 1/],
    [() => parseNoise('t:0'), /--noise "t:0": needs degrees of freedom NU > 2/],
    [() => parseNoise('t'), /--noise expects gaussian, t:NU/],
    [() => parseCoefficients('sparse:0'), /needs a whole number of non-zeros K ≥ 1/],
    [() => parseCoefficients('sparse:2.5'), /needs a whole number/],
    [() => parseCoefficients('sparse:30', 20), /K = 30 non-zeros exceed p = 20/],
    [() => parseNonlinear('quad:x'), /--nonlinear "quad:x"/],
    [() => parseTraining('adam:2', '--training'), /^--training: cannot read training "adam:2"/],
    [() => parseShard('4/3'), /--shard expects K\/N with whole numbers 1 ≤ K ≤ N/],
    [() => parseShard('0/3'), /--shard expects K\/N/],
    [() => parseShard('1-3'), /--shard expects K\/N/],
    [() => parseRatioGrid('0.25:4'), /--d-over-n expects FROM:TO:COUNT/],
    [() => parseRatioGrid('4:0.25:3'), /--d-over-n expects FROM:TO:COUNT/],
    [() => parseRatioGrid('0:4:3'), /--d-over-n expects FROM:TO:COUNT/],
    [() => parseRatioGrid('0.5:4:2.5'), /--d-over-n expects FROM:TO:COUNT/],
    [() => parseWidthList('100,,300'), /--widths expects a comma-separated list/],
    [() => studySettings({ n: 100, p: 100, width: 10, covariance: 'unknown' }), /unknown covariance needs n > p.*n = 100, p = 100/],
    [() => studySettings({ width: 0 }), /width d must be a whole number ≥ 1/],
    [() => studySettings({ width: 10, noiseSd: 0 }), /noise sd must be a finite number > 0/],
    [() => studySettings({ width: 10, activation: 'nope' }), /nope/],
  ])('rejects bad input %#', (f, message) => {
    expect(f).toThrow(message);
  });
});

describe('width grids', () => {
  it('spaces ratios logarithmically from FROM to TO inclusive', () => {
    const r = parseRatioGrid('0.25:4:5');
    [0.25, 0.5, 1, 2, 4].forEach((v, k) => expect(r[k]).toBeCloseTo(v, 14));
    expect(parseRatioGrid('0.25:4:12')).toHaveLength(12);
    expect(parseRatioGrid('0.5:0.5:1')).toEqual([0.5]);
    expect(widthsFromRatios(400, r)).toEqual([100, 200, 400, 800, 1600]);
    expect(widthsFromRatios(10, [0.01, 0.02, 0.5])).toEqual([1, 5]);
    expect(parseWidthList('600,100,300,100')).toEqual([100, 300, 600]);
  });

  it('shards partition the replicates', () => {
    const parts = [1, 2, 3].map((k) => shardIndices(10, { index: k, count: 3 }));
    expect(parts).toEqual([[0, 3, 6, 9], [1, 4, 7], [2, 5, 8]]);
    expect(shardIndices(4)).toEqual([0, 1, 2, 3]);
  });
});

describe('data-generating process', () => {
  it('AR(1) and equicorrelated Σ have the stated entries and X has covariance Σ', () => {
    const S = designCovariance({ kind: 'ar1', rho: 0.5 }, 3);
    expect(Array.from(S.data)).toEqual([1, 0.5, 0.25, 0.5, 1, 0.5, 0.25, 0.5, 1]);
    expect(Array.from(designCovariance({ kind: 'equi', rho: 0.2 }, 2).data)).toEqual([1, 0.2, 0.2, 1]);
    const n = 20000;
    const X = drawDesign(prepareSimulatedDesign({ kind: 'ar1', rho: 0.6 }, 3), n, createGenerator(1, 'test'));
    const C = gram(X);
    // sample covariance entries have sd ≤ √(2/n) ≈ 0.01: allow 5 sd
    const expected = [1, 0.6, 0.36, 0.6, 1, 0.6, 0.36, 0.6, 1];
    C.data.forEach((c, k) => expect(Math.abs(c / n - expected[k]!)).toBeLessThan(0.05));
  });

  it('noise laws have standard deviation sd', () => {
    const n = 40000;
    const X = matrix(n, 2);
    createGenerator(2, 'x').fillNormal(X.data);
    for (const spec of ['gaussian', 't:5', 'hetero']) {
      const eps = drawNoise(parseNoise(spec), X, 2, createGenerator(3, spec));
      // variance 4; sd of the sample variance ≤ 4·√(κ/n) with kurtosis κ ≤ 9 for t5 (finite-sample): ≈ 0.06; allow 0.3
      expect(Math.abs(variance(eps) - 4)).toBeLessThan(0.3);
      expect(Math.abs(mean(eps))).toBeLessThan(0.1);
    }
    // hetero: the variance grows with x₁²
    const eps = drawNoise({ kind: 'hetero' }, X, 1, createGenerator(4, 'h'));
    const big: number[] = [], small: number[] = [];
    for (let i = 0; i < n; i++) (Math.abs(X.data[2 * i]!) > 1.5 ? big : small).push(eps[i]!);
    expect(variance(big)).toBeGreaterThan(2 * variance(small));
  });

  it('gamma and t draws have the right moments', () => {
    const rng = createGenerator(5, 'g');
    for (const shape of [0.5, 2.5]) {
      const g = Array.from({ length: 20000 }, () => gammaDraw(rng, shape));
      // mean shape, sd √shape/√N ≤ 0.012
      expect(Math.abs(mean(g) - shape)).toBeLessThan(0.06);
      expect(Math.abs(variance(g) - shape)).toBeLessThan(0.25);
    }
    const t = Array.from({ length: 20000 }, () => studentTDraw(rng, 6));
    expect(Math.abs(variance(t) - 1.5)).toBeLessThan(0.2);
  });

  it('β has norm signal; sparse β puts ±signal/√K on the first K coordinates', () => {
    const dense = drawCoefficients({ kind: 'dense' }, 50, 2, createGenerator(1, 'b'));
    expect(Math.hypot(...dense)).toBeCloseTo(2, 12);
    const sparse = drawCoefficients({ kind: 'sparse', nonzeros: 4 }, 10, 2, createGenerator(1, 'b'));
    expect(Array.from(sparse.slice(0, 4), Math.abs)).toEqual([1, 1, 1, 1]);
    expect(Array.from(sparse.slice(4))).toEqual(new Array(6).fill(0));
  });

  it('the quadratic perturbation adds C(x₁² − 1) and leaves β* = Σ⁻¹E[xy] unchanged', () => {
    const X = matrix(2, 2, Float64Array.from([2, 5, -1, 7]));
    expect(Array.from(addNonlinearPart({ kind: 'quad', c: 0.5 }, X, new Float64Array(2)))).toEqual([1.5, 0]);
    const model = {
      n: 50000, design: prepareSimulatedDesign({ kind: 'equi', rho: 0.3 }, 3), coefficients: [1, -1, 0.5], signal: 0,
      noise: { kind: 'gaussian' }, noiseSd: 0.1, nonlinear: { kind: 'quad', c: 1 },
    } as const;
    const { X: Xs, y, beta } = simulateData(model, 1, 'check');
    // least squares on a large sample recovers β* = β (sd of each coordinate ≈ √2/√n·‖Σ⁻¹‖ ≈ 0.01)
    const ols = randomFeaturesInference(Xs, y, { activation: 'linear', weights: [[1, 0, 0], [0, 1, 0], [0, 0, 1]], lambda: 0 });
    ols.coefficients.forEach((c, j) => expect(Math.abs(c.estimate - beta[j]!)).toBeLessThan(0.06));
  });

  it('demo data keep their β and are reproducible', () => {
    const a = demoData(1), b = demoData(1);
    expect(Array.from(a.beta.slice(0, 6))).toEqual([1.5, -1, 0.75, -0.5, 0.25, 0]);
    expect(a.X.rows).toBe(400);
    expect(Array.from(a.y)).toEqual(Array.from(b.y));
  });
});

describe('replicates', () => {
  const settings = studySettings({ n: 60, p: 8, width: 30, design: 'ar1:0.4', noise: 't:5', beta: 'sparse:3', seed: 11 });
  const study = prepareStudy(settings);

  it('depend on (seed, index) only and equal a direct fit of the same data', () => {
    const r3 = runReplicate(study, 3);
    expect(runReplicate(prepareStudy(settings), 3)).toEqual({ ...r3, seconds: expect.any(Number) });
    expect(runReplicate(study, 4).pivots).not.toEqual(r3.pivots);
    const { X, y, beta } = simulateData(study.model, 11, 'replicate', 3);
    const W = drawFirstLayer({ width: 30, inputDimension: 8, seed: createGenerator(11, 'replicate', 3, 'first-layer') });
    const direct = randomFeaturesInference(X, y, { weights: W, lambda: 1e-3, covariance: { covariance: designCovariance({ kind: 'ar1', rho: 0.4 }, 8) } });
    direct.coefficients.forEach((c, j) => {
      expect(r3.pivots[j]).toBe((c.estimate - beta[j]!) / c.stdError);
      expect(r3.covered[j]).toBe(c.lower <= beta[j]! && beta[j]! <= c.upper);
      expect(r3.lengths[j]).toBe(c.upper - c.lower);
    });
    expect(r3.df).toBe(direct.df);
  });

  it('pass the known Σ to the inference', () => {
    expect(study.inference.covariance).toHaveProperty('covariance');
    expect(prepareStudy(studySettings({ width: 10 })).inference.covariance).toBe('identity');
  });
});

describe('replicates reusing the matrices of the replicate before', () => {
  // Φ is 120×40 = 4800 doubles: above the recycling threshold, so replicates hand their arrays on
  const base = { n: 120, p: 10, width: 40, design: 'ar1:0.4', seed: 5 };
  it('give the numbers of a fit on fresh arrays, whatever ran before', () => {
    const settings = studySettings(base);
    runReplicate(prepareStudy(studySettings({ ...base, activation: 'tanh', seed: 99 })), 0); // same shapes, other values
    runReplicate(prepareStudy(studySettings({ ...base, width: 25 })), 1); // other shapes
    runReplicate(prepareStudy(settings), 2);
    const r3 = runReplicate(prepareStudy(settings), 3);
    const { X, y, beta } = simulateData(prepareStudy(settings).model, 5, 'replicate', 3);
    const W = drawFirstLayer({ width: 40, inputDimension: 10, seed: createGenerator(5, 'replicate', 3, 'first-layer') });
    const direct = randomFeaturesInference(X, y, { weights: W, lambda: 1e-3, covariance: { covariance: designCovariance({ kind: 'ar1', rho: 0.4 }, 10) } });
    expect(r3.pivots).toEqual(direct.coefficients.map((c, j) => (c.estimate - beta[j]!) / c.stdError));
    expect(r3.lengths).toEqual(direct.coefficients.map((c) => c.upper - c.lower));
    expect(r3.df).toBe(direct.df);
  });

  it.each([
    ['λ by GCV', { lambda: 'gcv' as const }],
    ['unknown Σ', { covariance: 'unknown' as const }],
    ['gradient flow', { lambda: 0, training: 'flow:5' }],
    ['the dual form (d > n)', { width: 200 }],
  ])('%s: the same numbers as the pipeline run outside any recycling', (_, variant) => {
    const study = prepareStudy(studySettings({ ...base, ...variant }));
    for (const i of [0, 1, 2]) runReplicate(study, i);
    const r3 = runReplicate(study, 3);
    const s = study.settings;
    const { X, y, beta } = simulateData(study.model, s.seed, 'replicate', 3);
    const weights = drawFirstLayer({ width: s.width, inputDimension: s.p, seed: createGenerator(s.seed, 'replicate', 3, 'first-layer') });
    const direct = inferCoefficients(fitWithTraining(X, y, { ...study.fit, weights }), study.inference);
    expect(r3.pivots).toEqual(direct.coefficients.map((c, j) => (c.estimate - beta[j]!) / c.stdError));
    expect(r3.lengths).toEqual(direct.coefficients.map((c) => c.upper - c.lower));
    expect(r3.lambda).toBe(direct.lambda);
  });
});
