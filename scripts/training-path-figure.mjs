#!/usr/bin/env node
// The example figure of docs/training.md: the interval path along gradient flow for one
// simulated data set (n = 400, p = 200, d = 300, relu, λ = 0, rows N(0, I), ‖β‖ = 1, σ = 1),
// and the table of the same path. Usage (after `npm run build`):
//   node scripts/training-path-figure.mjs docs/training-path.svg
import { writeFileSync } from 'node:fs';
import { SpectralFilterRegression, createGenerator, inferencePath, pathRules } from '../dist/index.js';
import { gridOption } from '../dist/cli/options.js';
import { pathPlotSpec } from '../dist/report/pathPlot.js';
import { formatPath } from '../dist/report/pathReport.js';
import { renderSvg } from '../dist/report/forestPlot.js';

const out = process.argv[2] ?? 'docs/training-path.svg';
const n = 400, p = 200, d = 300;
const rng = createGenerator(2026, 'training-path-figure');
const beta = rng.fillNormal(new Float64Array(p));
const norm = Math.hypot(...beta);
beta.forEach((b, j) => (beta[j] = b / norm));
const X = Array.from({ length: n }, () => rng.fillNormal(new Float64Array(p)));
const y = X.map((x) => x.reduce((s, v, j) => s + v * beta[j], 0) + rng.normal());
const fit = new SpectralFilterRegression({ width: d, lambda: 0, seed: 7, training: 'flow:0' }).fit(X, y);
const path = inferencePath(fit, pathRules('flow', gridOption('--times')('0.1:1000:25')));
const terms = ['x1', 'x2', 'x3'];
writeFileSync(out, await renderSvg(pathPlotSpec(path, terms, `simulated: n = ${n}, p = ${p}, d = ${d}, relu, λ = 0; true β: ${terms.map((t, j) => `${t} = ${beta[j].toFixed(3)}`).join(', ')}`)));
console.log(formatPath(path, terms));
