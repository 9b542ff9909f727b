import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { carsCsv } from '../../examples/carsData.js';
import { fitDataSet } from '../../src/analysis/dataFit.js';
import { readRealData } from '../../src/io/realData.js';
import { formatDataFit } from '../../src/report/dataFitReport.js';
import { tempDir } from '../helpers/cli.js';

const file = join(tempDir(), 'cars.csv');
writeFileSync(file, carsCsv());
const design = readRealData(file, {
  response: 'mpg',
  columns: ['cylinders', 'displacement', 'horsepower', 'weight', 'acceleration'],
  standardize: true,
  dropMissing: true,
});

describe('fitDataSet on the cars data (vega-datasets)', () => {
  it('drops the 14 incomplete rows and standardizes', () => {
    expect(design.droppedRows).toHaveLength(14);
    expect(design.X.rows).toBe(392);
    expect(design.scale).toBe('standardized');
  });

  const result = fitDataSet(design, { activation: 'relu', width: 300, lambda: 0.01, seed: 1, level: 0.5 });

  it('least squares matches the textbook fit (weight −4.41, horsepower −1.74 mpg per sd)', () => {
    expect(result.ols!.coefficients[3]!.estimate).toBeCloseTo(-4.4058, 3);
    expect(result.ols!.coefficients[2]!.estimate).toBeCloseTo(-1.742, 3);
    expect(result.ols!.residualDf).toBe(386);
  });

  it('flags the terms whose network and least-squares intervals do not overlap', () => {
    const flagged = result.disagreements.map((d) => d.term);
    expect(flagged).toEqual(expect.arrayContaining(['horsepower', 'weight']));
    for (const d of result.disagreements) expect(d.network[1] < d.ols[0] || d.ols[1] < d.network[0]).toBe(true);
    const text = formatDataFit(result, { data: file, response: 'mpg', centered: true, scale: 'standardized', droppedRows: design.droppedRows, firstLayer: 'W seed 1' });
    expect(text).toMatch(/warning: weight: the network interval .* do not overlap/);
  });

  it('warns that Gaussian rows are implausible', () => {
    expect(result.diagnostics.gaussianPlausible).toBe(false);
    expect(result.diagnostics.warnings[0]).toMatch(/Gaussian rows are implausible/);
  });
});
