/**
 * rfci: confidence intervals and p-values for the coefficients of the linear
 * part of a regression, from a random-features neural network (Shen & Bellec,
 * NeurIPS 2020). See the guides in `docs/` and METHOD sections cited in each
 * function's documentation.
 *
 * @module rfci
 */
export * from './errors.js';
export * from './linalg/index.js';
export * from './activations/index.js';
export * from './random/generator.js';
export * from './special/erf.js';
export * from './special/normal.js';
export * from './features/firstLayer.js';
export * from './features/featureMap.js';
export * from './estimator/ridge.js';
export * from './estimator/network.js';
export * from './estimator/gcv.js';
export * from './estimator/accuracy.js';
export * from './estimator/memory.js';
export * from './inference/precision.js';
export * from './inference/knownCovariance.js';
export * from './inference/intervals.js';
export * from './inference/inferCoefficients.js';
export * from './inference/warnings.js';
export * from './validate/inputs.js';
export * from './io/csv.js';
export * from './inference/designGram.js';
export * from './inference/unknownCovariance.js';
export * from './inference/ols.js';
export * from './inference/multiplicity.js';
export * from './special/studentT.js';
export * from './diagnostics/design.js';
export * from './io/realData.js';
export * from './analysis/dataFit.js';
export * from './analysis/calibrate.js';
export * from './report/summary.js';
export * from './report/dataFitReport.js';
export * from './report/forestPlot.js';
export * from './report/tidy.js';
export * from './theory/index.js';
export * from './report/prediction.js';
export * from './report/comparison.js';
export * from './report/plot.js';
export * from './random/distributions.js';
export * from './special/kolmogorov.js';
export * from './simulation/specParse.js';
export * from './simulation/design.js';
export * from './simulation/noise.js';
export * from './simulation/coefficients.js';
export * from './simulation/nonlinear.js';
export * from './simulation/simulate.js';
export * from './simulation/demoData.js';
export * from './simulation/settings.js';
export * from './simulation/replicate.js';
export * from './simulation/shard.js';
export * from './simulation/grid.js';
export * from './simulation/records.js';
export * from './simulation/summary.js';
export * from './simulation/engine.js';
export * from './simulation/study.js';
export * from './simulation/prediction.js';
export * from './report/coverageReport.js';
export * from './report/coveragePlots.js';
export * from './training/rules.js';
export * from './training/filters.js';
export * from './training/spectrum.js';
export * from './training/filterRegression.js';
export * from './training/filterInference.js';
export * from './training/path.js';
