import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/index.js';
import { readRealData } from '../../src/io/realData.js';
import { tempDir, writeCsv } from '../helpers/cli.js';
import { expectClose } from '../helpers/vectors.js';

const dir = tempDir();
const header = ['name', 'y', 'a', 'b', 'origin'];
const rows = [
  ['ford', 1, 2, 10, 'USA'],
  ['fiat', 2, 4, 'NA', 'Europe'],
  ['vw', 3, 5, 14, 'Europe'],
  ['audi', '', 7, 11, 'Europe'],
  ['gm', 5, 9, 20, 'USA'],
];
const file = writeCsv(dir, 'cars.csv', rows, header);

describe('readRealData', () => {
  it('ignores unchosen text columns and drops rows with missing values on request', () => {
    const d = readRealData(file, { response: 'y', columns: ['a', 'b'], dropMissing: true });
    expect(d.droppedRows).toEqual([3, 5]);
    expect(d.X.rows).toBe(3);
    expect(Array.from(d.raw.y)).toEqual([1, 3, 5]);
    expect(d.scale).toBe('original');
    expectClose(Array.from(d.means), [16 / 3, 44 / 3], 1e-14);
  });

  it('standardizes with the n − 1 sample sd', () => {
    const d = readRealData(file, { response: 'y', columns: ['a'], standardize: true, dropMissing: true });
    const a = [2, 4, 5, 9]; // audi dropped: its response is missing
    const m = a.reduce((s, v) => s + v, 0) / 4;
    const sd = Math.sqrt(a.reduce((s, v) => s + (v - m) ** 2, 0) / 3);
    expectClose(d.sds[0]!, sd, 1e-14);
    expectClose(Array.from(d.X.data), a.map((v) => (v - m) / sd), 1e-14);
    expect(d.scale).toBe('standardized');
  });

  it('names a missing value by row without --drop-missing', () => {
    expect(() => readRealData(file, { response: 'y', columns: ['a', 'b'] })).toThrow(/row 3, column b is missing \(2 rows have missing values.*--drop-missing/);
  });

  it('says that a text column is not numeric', () => {
    expect(() => readRealData(file, { response: 'y', dropMissing: true })).toThrow(DataError);
    expect(() => readRealData(file, { response: 'y', dropMissing: true })).toThrow(/column name is not numeric; choose numeric predictors with --columns/);
    expect(() => readRealData(file, { response: 'origin', columns: ['a'] })).toThrow(/response column origin is not numeric/);
  });

  it('names a stray non-numeric cell by row and column', () => {
    const bad = writeCsv(dir, 'bad.csv', [[1, 2], [2, 'x7'], [3, 4]], ['y', 'a']);
    expect(() => readRealData(bad, { response: 'y' })).toThrow(/row 3, column "a" is "x7"/);
  });

  it('rejects a constant column when standardizing', () => {
    const c = writeCsv(dir, 'const.csv', [[1, 2, 3], [2, 2, 4], [3, 2, 1]], ['y', 'k', 'a']);
    expect(() => readRealData(c, { response: 'y', standardize: true })).toThrow(/column "k" is constant/);
  });
});
