/**
 * The real-data pipeline behind `rfci fit` and `rfci calibrate`: read and
 * transform the data, fit, compare with least squares, diagnose the design,
 * calibrate, and write the table, CSV, JSON and forest plot.
 *
 * @module
 */
import { SingleBar } from 'cli-progress';
import { type CalibrationResult, calibrateCoverage } from '../analysis/calibrate.js';
import { type DataFitResult, fitDataSet } from '../analysis/dataFit.js';
import { InvalidArgumentError } from '../errors.js';
import type { CovarianceInput } from '../inference/precision.js';
import { readMatrix } from '../io/csv.js';
import type { RealDesign } from '../io/realData.js';
import { writeFileAtomic } from '../io/atomicWrite.js';
import { toRows } from '../linalg/index.js';
import { type DataContext, dataFitCsv, dataFitJson, formatCalibration, formatDataFit } from '../report/dataFitReport.js';
import { forestPlotSpec, renderSvg } from '../report/forestPlot.js';
import { type DataCliOptions, type FirstLayerChoice, type FitCliOptions, checkFirstLayerFlags, covarianceSpec, firstLayerChoice, parseCovariance, readDataFile } from './fit.js';
import { describeTraining, parseTraining } from '../training/rules.js';
import { fitMethod } from './memory.js';
import { checkOutputPath, emit, warnOnStderr } from './output.js';

/** A prepared real-data fit: the design, its result and how it was made. */
export interface PreparedFit {
  /** The design read from the file. */
  readonly design: RealDesign;
  /** The fit, least squares and diagnostics. */
  readonly result: DataFitResult;
  /** Covariance input used. */
  readonly covariance: CovarianceInput;
  /** Report header context. */
  readonly context: DataContext;
  /** The first layer the flags asked for. */
  readonly firstLayer: FirstLayerChoice;
}

/**
 * Reads the data as the flags say and fits the network with least squares and
 * diagnostics beside it.
 *
 * @example
 * const { result } = prepareFit({ data: 'cars.csv', response: 'mpg', ... });
 */
export function prepareFit(
  o: DataCliOptions & { contrast?: string; adjust?: FitCliOptions['adjust']; training?: string; calibrate?: number; plot?: string },
): PreparedFit {
  const training = parseTraining(o.training);
  if (training.kind !== 'ridge' && o.covariance === 'unknown') {
    throw new InvalidArgumentError(
      `--training ${o.training} needs a known covariance: add --covariance identity (independent standardized predictors), precision:FILE or matrix:FILE; ` +
        'the unknown-covariance method (METHOD §3) is derived for ridge training only',
    );
  }
  if (training.kind !== 'ridge' && o.calibrate !== undefined) throw new InvalidArgumentError('--calibrate checks ridge fits only; drop it or use --training ridge');
  checkFirstLayerFlags(o);
  const inputs = { '--data': o.data, '--weights': o.weights, '--contrast': o.contrast, '--covariance': covarianceSpec(o.covariance).file };
  checkOutputPath(o.out, inputs);
  checkOutputPath(o.plot, { ...inputs, '--out': o.out }, '--plot');
  const design = readDataFile(o);
  const covariance = parseCovariance(o.covariance);
  const contrasts = o.contrast !== undefined ? toRows(readMatrix(o.contrast, 'contrast')) : undefined;
  const firstLayer = firstLayerChoice(o, design.X.rows, design.X.cols, fitMethod(o.lambda, training.kind));
  const result = fitDataSet(design, {
    activation: o.activation,
    lambda: o.lambda,
    level: o.level,
    covariance,
    ...firstLayer.options,
    ...(contrasts !== undefined ? { contrasts } : {}),
    ...(o.adjust !== undefined ? { adjust: o.adjust } : {}),
    simultaneous: o.simultaneous ?? false,
    training,
  });
  const context: DataContext = {
    data: o.data,
    response: o.response,
    centered: design.centered,
    scale: design.scale,
    droppedRows: design.droppedRows,
    firstLayer:
      firstLayer.note +
      (training.kind !== 'ridge' ? `; second layer trained by ${describeTraining(training)}` : ''),
  };
  return { design, result, covariance, context, firstLayer };
}

/**
 * Runs the data-calibrated coverage check for a prepared fit (progress on
 * standard error when it is a terminal).
 *
 * @example
 * const cal = runCalibration(prepared, o, 200, 1);
 */
export function runCalibration(prepared: PreparedFit, o: DataCliOptions, replicates: number, seed: number): CalibrationResult {
  const { design, result } = prepared;
  const bar = process.stderr.isTTY ? new SingleBar({ format: 'calibrating {regime} [{bar}] {value}/{total}', stream: process.stderr }) : undefined;
  let current = '';
  try {
    return calibrateCoverage(
      {
        raw: design.raw,
        center: design.centered,
        standardize: design.scale === 'standardized',
        weights: result.fitted.weights,
        activation: o.activation,
        lambda: o.lambda,
        covariance: prepared.covariance,
        level: result.intervalLevel,
      },
      {
        replicates,
        seed,
        onReplicate: (regime, done, total) => {
          if (!bar) return;
          if (regime !== current) {
            if (current !== '') bar.stop();
            bar.start(total, 0, { regime });
            current = regime;
          }
          bar.update(done, { regime });
        },
      },
    );
  } finally {
    bar?.stop();
  }
}

function extras(o: DataCliOptions, prepared: PreparedFit): Record<string, unknown> {
  return { covariance: covarianceSpec(o.covariance).kind, firstLayer: prepared.firstLayer.json };
}

/**
 * `rfci fit` on a data file: the network's intervals, least squares beside
 * them, design diagnostics, and on request calibration and a forest plot.
 *
 * @example
 * await runDataFit(options);
 */
export async function runDataFit(o: FitCliOptions): Promise<void> {
  const prepared = prepareFit(o);
  const { result, context } = prepared;
  const calibration = o.calibrate !== undefined ? runCalibration(prepared, o, o.calibrate, o.calibrateSeed) : undefined;
  if (o.plot !== undefined) {
    const series = [{ method: 'network', rows: result.inference.coefficients }, ...(result.ols ? [{ method: 'OLS', rows: result.ols.coefficients }] : [])];
    const title = `${o.response}: ${Math.round(100 * result.intervalLevel * 1000) / 1000}% intervals${result.simultaneous ? ' (simultaneous)' : ''}${context.scale === 'standardized' ? ', standardized predictors' : ''}`;
    writeFileAtomic(o.plot, await renderSvg(forestPlotSpec(series, { title })));
  }
  const format = o.json ? 'json' : o.format;
  if (format === 'json') emit(JSON.stringify(dataFitJson(result, context, extras(o, prepared), calibration), null, 2), o.out);
  else if (format === 'csv') {
    emit(dataFitCsv(result), o.out);
    warnOnStderr(result.inference.warnings);
  }
  else emit(formatDataFit(result, context, calibration), o.out);
}

/** Options of `rfci calibrate`. */
export interface CalibrateCliOptions extends DataCliOptions {
  replicates: number;
  calibrateSeed: number;
}

/**
 * `rfci calibrate`: the coverage check alone, with the same data flags as
 * `rfci fit`.
 *
 * @example
 * runCalibrate(options);
 */
export function runCalibrate(o: CalibrateCliOptions): void {
  const format = o.json ? 'json' : o.format;
  // refused before the fit and the 2R refits, not after them
  if (format === 'csv') throw new InvalidArgumentError('rfci calibrate prints a table or JSON; use --format table or --json');
  const prepared = prepareFit(o);
  const calibration = runCalibration(prepared, o, o.replicates, o.calibrateSeed);
  if (format === 'json') emit(JSON.stringify({ ...extras(o, prepared), scale: prepared.context.scale, calibration }, null, 2), o.out);
  else emit(formatCalibration(calibration), o.out);
}
