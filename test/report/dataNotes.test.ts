import { describe, expect, it } from 'vitest';
import { dataNotes } from '../../src/report/dataFitReport.js';

describe('dataNotes', () => {
  const base = { data: 'cars.csv', response: 'mpg', centered: true, scale: 'original' as const, droppedRows: [] as number[] };
  it('says centering, scaling and how many rows were dropped, in the right number', () => {
    expect(dataNotes(base)).toEqual(['data: cars.csv, response mpg; y and the columns of X centered']);
    expect(dataNotes({ ...base, centered: false })[0]).toBe('data: cars.csv, response mpg; not centered (--no-center)');
    expect(dataNotes({ ...base, scale: 'standardized' })[0]).toMatch(/centered, columns standardized \(sd 1\): coefficients are per standard deviation$/);
    expect(dataNotes({ ...base, droppedRows: [7] })[1]).toBe('1 row with missing values dropped (--drop-missing)');
    expect(dataNotes({ ...base, droppedRows: [7, 9] })[1]).toBe('2 rows with missing values dropped (--drop-missing)');
  });
});
