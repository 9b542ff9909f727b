/**
 * Worked example: the cars data of vega-datasets (docs/cars.md).
 *
 * mpg on cylinders, displacement, horsepower, weight and acceleration
 * (standardized), relu network of width 300, λ = 0.01, unknown covariance
 * (METHOD §3). Prints the network's intervals beside least squares, the
 * design diagnostics and the data-calibrated coverage, and writes the forest
 * plot.
 *
 * Run: `npx tsx examples/cars.ts [replicates=200] [out-dir=.]`
 */
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { calibrateCoverage } from '../src/analysis/calibrate.js';
import { fitDataSet } from '../src/analysis/dataFit.js';
import { writeFileAtomic } from '../src/io/atomicWrite.js';
import { readRealData } from '../src/io/realData.js';
import { formatDataFit } from '../src/report/dataFitReport.js';
import { forestPlotSpec, renderSvg } from '../src/report/forestPlot.js';
import { carsCsv } from './carsData.js';

const replicates = Number(process.argv[2] ?? 200);
const outDir = process.argv[3] ?? '.';
const csv = join(mkdtempSync(join(tmpdir(), 'rfci-cars-')), 'cars.csv');
writeFileAtomic(csv, carsCsv());

const design = readRealData(csv, {
  response: 'mpg',
  columns: ['cylinders', 'displacement', 'horsepower', 'weight', 'acceleration'],
  standardize: true,
  dropMissing: true,
});
const result = fitDataSet(design, { activation: 'relu', width: 300, lambda: 0.01, seed: 1, adjust: 'holm' });

const started = Date.now();
const calibration = calibrateCoverage(
  {
    raw: design.raw,
    center: true,
    standardize: true,
    weights: result.fitted.weights,
    activation: 'relu',
    lambda: 0.01,
    covariance: 'unknown',
    level: 0.95,
  },
  { replicates, seed: 1 },
);
const seconds = (Date.now() - started) / 1000;

console.log(
  formatDataFit(
    result,
    { data: 'vega-datasets cars', response: 'mpg', centered: true, scale: 'standardized', droppedRows: design.droppedRows, firstLayer: 'first layer W drawn gaussian, seed 1' },
    calibration,
  ),
);
console.log(`\n(calibration: ${2 * replicates} refits in ${seconds.toFixed(0)} s)`);
console.log('\nper-term pivot sd (resampled rows / Gaussian rows):');
for (const [j, t] of calibration.regimes[0]!.terms.entries()) {
  console.log(`  ${t.term.padEnd(13)} ${t.pivotSd.toFixed(2)} / ${calibration.regimes[1]!.terms[j]!.pivotSd.toFixed(2)}`);
}

const plot = join(outDir, 'cars-forest.svg');
const series = [
  { method: 'network', rows: result.inference.coefficients },
  { method: 'OLS', rows: result.ols!.coefficients },
];
writeFileAtomic(plot, await renderSvg(forestPlotSpec(series, { title: 'cars: mpg on standardized predictors, 95% intervals' })));
console.log(`\nforest plot: ${plot}`);
