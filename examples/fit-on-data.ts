/**
 * Example 1 — intervals and p-values for the coefficients of a data set.
 *
 * Run:  npx tsx examples/fit-on-data.ts [data.csv response]
 *
 * Without arguments it writes a small simulated CSV (true β known) to a temporary
 * folder and analyses it as you would analyse your own file. Set
 * RFCI_EXAMPLE_SIZE=small for a seconds-long run (the test suite does).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGenerator, fitDataSet, formatDataFit, readRealData, tidyCsv } from 'rfci';

const small = process.env.RFCI_EXAMPLE_SIZE === 'small';
const n = small ? 120 : 600;
const p = small ? 6 : 30;

/** Simulates y = 2 x1 − x2 + 0.5 tanh(x3) + noise with Gaussian rows and writes a CSV with a header. */
function writeExampleData(): string {
  const rng = createGenerator(2024, 'example-data');
  const header = ['y', ...Array.from({ length: p }, (_, j) => `x${j + 1}`)];
  const lines = [header.join(',')];
  for (let i = 0; i < n; i++) {
    const x = Array.from({ length: p }, () => rng.normal());
    const y = 2 * x[0]! - x[1]! + 0.5 * Math.tanh(x[2]!) + rng.normal();
    lines.push([y, ...x].map((v) => v.toPrecision(10)).join(','));
  }
  const file = join(mkdtempSync(join(tmpdir(), 'rfci-example-')), 'data.csv');
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

const file = process.argv[2] ?? writeExampleData();
const response = process.argv[3] ?? 'y';

// 1. Read the file; center y, and standardize the predictors (coefficients per sd).
const design = readRealData(file, { response, standardize: true, dropMissing: true });

// 2. Fit the network and compute the intervals. The covariance of the rows of X is
//    unknown and estimated from X (METHOD §3, needs p < n); least squares on the same
//    design and diagnostics of the Gaussian-rows assumption come with it.
const result = fitDataSet(design, {
  activation: 'relu',
  width: Math.round(0.75 * design.X.rows), // d = 0.75 n hidden units
  lambda: 1e-3,
  seed: 1, // seed of the random first layer W
  level: 0.95,
  adjust: 'holm', // Holm-adjusted p-values beside the raw ones
});

// 3. Report: an R-style summary, and tidy rows for further analysis.
console.log(
  formatDataFit(result, {
    data: file,
    response,
    centered: true,
    scale: 'standardized',
    droppedRows: design.droppedRows,
    firstLayer: 'first layer W drawn gaussian, seed 1',
  }),
);
console.log('\nTidy CSV (first lines):');
console.log(tidyCsv(result.inference).split('\n').slice(0, 4).join('\n'));

// Every row is plain data: { term, estimate, stdError, statistic, pValue, lower, upper }.
const significant = result.inference.coefficients.filter((r, j) => (result.pAdjusted?.[j] ?? r.pValue) < 0.05).map((r) => r.term);
console.log(`\nSignificant at 5% after Holm's adjustment: ${significant.join(', ') || 'none'}`);
