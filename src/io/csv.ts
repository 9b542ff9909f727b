/**
 * Reading and validating CSV files: records (data tables with a header row are
 * read by `realData.ts`), and matrices (W, precision, covariance, contrasts)
 * without a header. Errors name the
 * file, row and column and say what to fix.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { DataError } from '../errors.js';
import { type Matrix, matrix } from '../linalg/index.js';

/**
 * Reads the records of a CSV file (trimmed cells, empty lines skipped); errors
 * name the file and say what is wrong.
 *
 * @example
 * const [header, ...rows] = readRecords("data.csv");
 */
export function readRecords(path: string): string[][] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new DataError(`${path}: file not found; check the path`);
    if (code === 'EISDIR') throw new DataError(`${path}: is a directory, expected a CSV file`);
    throw new DataError(`${path}: cannot be read (${code ?? (e as Error).message})`);
  }
  let records: string[][];
  try {
    records = parse(text, { relax_column_count: true, skip_empty_lines: true, trim: true, bom: true }) as string[][];
  } catch (e) {
    throw new DataError(`${path}: not a valid CSV file (${(e as Error).message})`);
  }
  if (records.length === 0) throw new DataError(`${path}: file is empty; expected CSV rows`);
  return records;
}

function parseCell(cell: string, path: string, row: number, col: string): number {
  const v = cell === '' ? NaN : Number(cell);
  if (!Number.isFinite(v)) {
    const what = cell === '' ? 'is empty' : `is "${cell.length > 30 ? cell.slice(0, 30) + '…' : cell}"`;
    throw new DataError(`${path}: row ${row}, column ${col} ${what}, expected a finite number; fix or remove that row`);
  }
  return v;
}

/**
 * Reads a numeric matrix from a CSV file without a header (e.g. W, a precision
 * or covariance matrix, contrast rows). `name` is used in error messages.
 *
 * @example
 * const W = readMatrix('W.csv', 'first layer W');
 */
export function readMatrix(path: string, name: string): Matrix {
  const records = readRecords(path);
  const r = records.length, c = records[0]!.length;
  const A = matrix(r, c);
  for (let i = 0; i < r; i++) {
    const rec = records[i]!;
    if (rec.length !== c) {
      throw new DataError(`${path} (${name}): row ${i + 1} has ${rec.length} cells but row 1 has ${c}; the matrix must be rectangular`);
    }
    for (let j = 0; j < c; j++) A.data[i * c + j] = parseCell(rec[j]!, `${path} (${name})`, i + 1, String(j + 1));
  }
  return A;
}
