/**
 * From a data table to a design: choosing the response and the predictors, and
 * centering them (METHOD §1: the model has mean-zero x and no intercept, so a
 * front end centers y and the columns of X and says so).
 *
 * @module
 */
import { DataError } from '../errors.js';
import { type Matrix, centerColumns, column, constantColumns, selectColumns } from '../linalg/index.js';
import type { DataTable } from './csv.js';

/** Options of {@link prepareDesign}. */
export interface DesignOptions {
  /** Name of the response column. */
  response: string;
  /** Names of the predictor columns; default every column but the response. */
  columns?: readonly string[];
  /** Center y and the columns of X (default true). */
  center?: boolean;
}

/** A design ready for fitting. */
export interface Design {
  /** Predictors, n×p (centered when `centered`). */
  readonly X: Matrix;
  /** Response (centered when `centered`). */
  readonly y: Float64Array;
  /** Predictor names, one per column of X. */
  readonly terms: string[];
  /** Whether y and X were centered. */
  readonly centered: boolean;
  /** Column means subtracted (zeros when not centered). */
  readonly means: Float64Array;
  /** Mean of y subtracted (0 when not centered). */
  readonly responseMean: number;
}

function refuseDegenerate(table: DataTable, response: number, cols: readonly number[], source: string): void {
  const n = table.values.rows;
  if (n < 2) throw new DataError(`${source}: has ${n} data row; inference needs at least 2 rows (and many more for the normal approximation)`);
  const constant = new Set(constantColumns(table.values));
  const value = (j: number): number => table.values.data[j]!;
  if (constant.has(response)) {
    throw new DataError(`${source}: the response "${table.columns[response]}" is constant (every row is ${value(response)}); there is nothing to infer`);
  }
  const c = cols.find((j) => constant.has(j));
  if (c !== undefined) {
    throw new DataError(
      `${source}: column "${table.columns[c]}" is constant (every row is ${value(c)}), so its coefficient is not identifiable; leave it out with --columns`,
    );
  }
}

/**
 * Selects the response and predictors from a table by name and centers them.
 * Errors name an unknown column and list the available ones, and refuse a
 * constant response or predictor and fewer than 2 rows.
 *
 * @example
 * const design = prepareDesign(readDataTable('cars.csv'), { response: 'mpg' });
 */
export function prepareDesign(table: DataTable, options: DesignOptions, source = 'data'): Design {
  const index = (name: string, role: string): number => {
    const j = table.columns.indexOf(name);
    if (j < 0) throw new DataError(`${source}: ${role} "${name}" is not a column; available columns: ${table.columns.join(', ')}`);
    return j;
  };
  const r = index(options.response, 'response');
  const names = options.columns ?? table.columns.filter((c) => c !== options.response);
  if (names.length === 0) throw new DataError(`${source}: no predictor columns besides the response "${options.response}"`);
  const cols = names.map((c) => index(c, 'column'));
  if (cols.includes(r)) throw new DataError(`${source}: the response "${options.response}" cannot also be a predictor; remove it from --columns`);
  if (new Set(cols).size !== cols.length) throw new DataError(`${source}: a column is listed twice in --columns`);
  refuseDegenerate(table, r, cols, source);
  const X = selectColumns(table.values, cols);
  const y = column(table.values, r);
  const center = options.center ?? true;
  let means: Float64Array = new Float64Array(cols.length);
  let responseMean = 0;
  if (center) {
    means = centerColumns(X);
    for (const v of y) responseMean += v;
    responseMean /= y.length;
    for (let i = 0; i < y.length; i++) y[i] -= responseMean;
  }
  return { X, y, terms: [...names], centered: center, means, responseMean };
}
