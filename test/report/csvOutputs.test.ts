import { describe, expect, it } from 'vitest';
import type { DataFitResult } from '../../src/analysis/dataFit.js';
import type { CoefficientInference } from '../../src/inference/inferCoefficients.js';
import type { CoefficientRow } from '../../src/inference/intervals.js';
import { dataFitCsv } from '../../src/report/dataFitReport.js';
import { pathCsv } from '../../src/report/pathReport.js';
import { tidyCsv } from '../../src/report/tidy.js';
import type { TrainingPath } from '../../src/training/path.js';

// Rows with awkward values: a term needing quotes, −0, tiny and huge numbers, NaN and ∞.
const row = (term: string, k: number): CoefficientRow => ({
  term,
  estimate: k === 0 ? -0 : 0.1 + k / 3,
  stdError: k === 1 ? 1e-300 : 2 ** -k,
  statistic: k === 2 ? Number.POSITIVE_INFINITY : -k * 1.5,
  pValue: k === 2 ? Number.NaN : 1 / (k + 7),
  lower: -1e21 * k,
  upper: 123456789.125 + k,
});
const coefficients = [row('x1', 0), row('a,"b"', 1), row('x 3', 2)];
const contrasts = [row('x1 - x2', 3)];

// The exact bytes every writer printed before its columns came from one helper.
const TIDY =
  'term,estimate,std_error,statistic,p_value,conf_low,conf_high\n' +
  'x1,0,1,0,0.14285714285714285,0,123456789.125\n' +
  '"a,""b""",0.43333333333333335,1e-300,-1.5,0.125,-1e+21,123456790.125\n' +
  'x 3,0.7666666666666666,0.25,Infinity,NaN,-2e+21,123456791.125\n' +
  'x1 - x2,1.1,0.125,-4.5,0.1,-3e+21,123456792.125\n';

describe('CSV writers (byte-exact output)', () => {
  it('tidyCsv: coefficients then contrasts', () => {
    expect(tidyCsv({ coefficients, contrasts } as unknown as CoefficientInference)).toBe(TIDY);
  });

  it('dataFitCsv without adjustment: network then ols rows, method column', () => {
    const result = { inference: { coefficients, contrasts }, ols: { coefficients: coefficients.slice(0, 2) } } as unknown as DataFitResult;
    expect(dataFitCsv(result)).toBe(
      'term,estimate,std_error,statistic,p_value,conf_low,conf_high,method\n' +
        'x1,0,1,0,0.14285714285714285,0,123456789.125,network\n' +
        '"a,""b""",0.43333333333333335,1e-300,-1.5,0.125,-1e+21,123456790.125,network\n' +
        'x 3,0.7666666666666666,0.25,Infinity,NaN,-2e+21,123456791.125,network\n' +
        'x1 - x2,1.1,0.125,-4.5,0.1,-3e+21,123456792.125,network\n' +
        'x1,0,1,0,0.14285714285714285,0,123456789.125,ols\n' +
        '"a,""b""",0.43333333333333335,1e-300,-1.5,0.125,-1e+21,123456790.125,ols\n',
    );
  });

  it('dataFitCsv with adjusted p-values and no ols', () => {
    const result = { adjust: 'holm', inference: { coefficients, contrasts }, pAdjusted: [0.5, 1, Number.NaN, 1e-9] } as unknown as DataFitResult;
    expect(dataFitCsv(result)).toBe(
      'term,estimate,std_error,statistic,p_value,p_adjusted,conf_low,conf_high,method\n' +
        'x1,0,1,0,0.14285714285714285,0.5,0,123456789.125,network\n' +
        '"a,""b""",0.43333333333333335,1e-300,-1.5,0.125,1,-1e+21,123456790.125,network\n' +
        'x 3,0.7666666666666666,0.25,Infinity,NaN,NaN,-2e+21,123456791.125,network\n' +
        'x1 - x2,1.1,0.125,-4.5,0.1,1e-9,-3e+21,123456792.125,network\n',
    );
  });

  it('pathCsv: gradient flow (empty steps) and gradient descent', () => {
    const point = (time: number, steps: number | undefined) => ({ time, steps, df: 3.25, residualDf: 96.75, coefficients });
    const flow = { points: [point(0, undefined), point(0.5, undefined)] } as unknown as TrainingPath;
    expect(pathCsv(flow, ['x 3', 'x1'])).toBe(
      'time,steps,df,residual_df,term,estimate,std_error,statistic,p_value,conf_low,conf_high\n' +
        '0,,3.25,96.75,x 3,0.7666666666666666,0.25,Infinity,NaN,-2e+21,123456791.125\n' +
        '0,,3.25,96.75,x1,0,1,0,0.14285714285714285,0,123456789.125\n' +
        '0.5,,3.25,96.75,x 3,0.7666666666666666,0.25,Infinity,NaN,-2e+21,123456791.125\n' +
        '0.5,,3.25,96.75,x1,0,1,0,0.14285714285714285,0,123456789.125\n',
    );
    const gd = { points: [point(0.25, 10)] } as unknown as TrainingPath;
    expect(pathCsv(gd, ['a,"b"'])).toBe(
      'time,steps,df,residual_df,term,estimate,std_error,statistic,p_value,conf_low,conf_high\n' +
        '0.25,10,3.25,96.75,"a,""b""",0.43333333333333335,1e-300,-1.5,0.125,-1e+21,123456790.125\n',
    );
  });
});
