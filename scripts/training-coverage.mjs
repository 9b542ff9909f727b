#!/usr/bin/env node
// Monte Carlo coverage of the METHOD §4 intervals along a gradient-flow run (or a
// gradient-descent run with step size --eta: --times are then flow-clock times t = ηT,
// i.e. T = round(t/η) steps).
//
// Each replicate i (seeded from (seed, i) alone) draws β with a uniform direction
// and ‖β‖ = signal, X with rows N(0, I_p), y = Xβ + N(0, σ²), and a Gaussian first
// layer W; fits once (one eigendecomposition) and retrains for every time t on the
// grid; records for every coordinate whether the 95% interval covers β_j, the
// pivot (θ̂_j − β_j)/se_j and the interval length. Coverage standard errors are
// computed across replicates (coordinates of one replicate share ψ).
//
// Usage (after `npm run build`):
//   node scripts/training-coverage.mjs [--replicates 200] [--times 2,10,50,200] [--n 400] [--p 200]
//     [--d 300] [--activation relu] [--lambda 0] [--signal 1] [--noise 1] [--seed 1] [--out FILE.json]
//     [--records FILE.jsonl] [--rule flow|gd --eta 0.02]
// With --records, each finished replicate is appended to FILE.jsonl and replicates already
// there are not recomputed: an interrupted study resumes where it stopped.
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { SpectralFilterRegression, createGenerator, inferCoefficients, retrain } from '../dist/index.js';

function args() {
  const a = { replicates: 200, times: '2,10,50,200', n: 400, p: 200, d: 300, activation: 'relu', lambda: 0, signal: 1, noise: 1, seed: 1, out: '', records: '', rule: 'flow', eta: 0 };
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '');
    if (!(key in a)) throw new Error(`unknown flag --${key}`);
    a[key] = typeof a[key] === 'number' ? Number(argv[i + 1]) : argv[i + 1];
  }
  a.times = String(a.times).split(',').map(Number);
  if (a.rule === 'gd' && !(a.eta > 0)) throw new Error('--rule gd needs --eta > 0');
  return a;
}

function rule(o, t) {
  return o.rule === 'gd' ? { kind: 'gd', steps: Math.round(t / o.eta), stepSize: o.eta } : { kind: 'flow', time: t };
}

function replicate(o, i) {
  const rng = createGenerator(o.seed, 'training-coverage', i);
  const beta = new Float64Array(o.p);
  rng.fillNormal(beta);
  const norm = Math.hypot(...beta);
  for (let j = 0; j < o.p; j++) beta[j] *= o.signal / norm;
  const X = Array.from({ length: o.n }, () => rng.fillNormal(new Float64Array(o.p)));
  const y = X.map((x) => x.reduce((s, v, j) => s + v * beta[j], 0) + o.noise * rng.normal());
  const first = new SpectralFilterRegression({
    activation: o.activation, width: o.d, lambda: o.lambda, seed: `training-coverage/${o.seed}/${i}`, training: rule(o, o.times[0]),
  }).fit(X, y);
  return o.times.map((t, k) => {
    const fit = k === 0 ? first : retrain(first, rule(o, t));
    const r = inferCoefficients(fit);
    let covered = 0, pivotSum = 0, pivotSq = 0, length = 0;
    r.coefficients.forEach((c, j) => {
      if (c.lower <= beta[j] && beta[j] <= c.upper) covered++;
      const z = (c.estimate - beta[j]) / c.stdError;
      pivotSum += z;
      pivotSq += z * z;
      length += c.upper - c.lower;
    });
    return { coverage: covered / o.p, pivotSum, pivotSq, length: length / o.p, df: r.df };
  });
}

const o = args();
const { out: _out, records: _records, replicates: _replicates, ...key } = o;
const done = new Map();
if (o.records && existsSync(o.records)) {
  for (const line of readFileSync(o.records, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const rec = JSON.parse(line);
    if (JSON.stringify(rec.key) === JSON.stringify(key)) done.set(rec.i, rec.rows);
  }
}
const acc = o.times.map(() => ({ cov: [], pivotSum: 0, pivotSq: 0, length: 0, df: 0 }));
const started = Date.now();
for (let i = 0; i < o.replicates; i++) {
  let rows = done.get(i);
  if (rows === undefined) {
    rows = replicate(o, i);
    if (o.records) appendFileSync(o.records, JSON.stringify({ i, key, rows }) + '\n');
  }
  rows.forEach((r, k) => {
    const a = acc[k];
    a.cov.push(r.coverage);
    a.pivotSum += r.pivotSum;
    a.pivotSq += r.pivotSq;
    a.length += r.length;
    a.df += r.df;
  });
  if ((i + 1) % 10 === 0) process.stderr.write(`${i + 1}/${o.replicates} replicates, ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
}
const R = o.replicates, N = R * o.p;
const rows = o.times.map((t, k) => {
  const a = acc[k];
  const mean = a.cov.reduce((s, v) => s + v, 0) / R;
  const sd = Math.sqrt(a.cov.reduce((s, v) => s + (v - mean) ** 2, 0) / (R - 1));
  const pivotMean = a.pivotSum / N;
  return {
    time: t,
    coverage: mean,
    coverageSe: sd / Math.sqrt(R),
    pivotMean,
    pivotSd: Math.sqrt((a.pivotSq - N * pivotMean ** 2) / (N - 1)),
    meanLength: a.length / R,
    meanDf: a.df / R,
  };
});
const result = { setting: { ...key, replicates: R, covariance: 'identity', level: 0.95 }, seconds: (Date.now() - started) / 1000, rows };
console.log('| t | coverage (± se) | pivot mean | pivot sd | mean length | mean df |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const r of rows) {
  console.log(`| ${r.time} | ${r.coverage.toFixed(4)} ± ${r.coverageSe.toFixed(4)} | ${r.pivotMean.toFixed(3)} | ${r.pivotSd.toFixed(3)} | ${r.meanLength.toFixed(4)} | ${r.meanDf.toFixed(1)} |`);
}
if (o.out) writeFileSync(o.out, JSON.stringify(result, null, 2) + '\n');
