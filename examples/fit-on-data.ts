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
import { createGenerator, formatSummary, prepareDesign, randomFeaturesInference, readDataTable, tidyCsv } from 'rfci';

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

// 1. Read the file and center y and the predictors (the model has no intercept).
const design = prepareDesign(readDataTable(file), { response });

// 2. Fit the network and compute the intervals (METHOD §2). The rows of X are taken
//    to have identity covariance; give { covariance: Σ } or { precision: Ω } if known.
const result = randomFeaturesInference(design.X, design.y, {
  activation: 'relu',
  width: Math.round(0.75 * design.X.rows), // d = 0.75 n hidden units
  lambda: 1e-3,
  seed: 1, // seed of the random first layer W
  level: 0.95,
  terms: design.terms,
});

// 3. Report: an R-style table, and tidy rows for further analysis.
console.log(formatSummary(result, { notes: [`data: ${file}; y and the columns centered`] }));
console.log('\nTidy CSV (first lines):');
console.log(tidyCsv(result).split('\n').slice(0, 4).join('\n'));

// Every row is plain data: { term, estimate, stdError, statistic, pValue, lower, upper }.
const significant = result.coefficients.filter((r) => r.pValue < 0.05).map((r) => r.term);
console.log(`\nSignificant at 5%: ${significant.join(', ') || 'none'}`);
