/**
 * The summary of a coverage study (METHOD §6), computed from the records
 * sorted by replicate index so that it is bit-identical whatever the order in
 * which replicates finished, the number of workers or the split into shards.
 *
 * @module
 */
import { mean, sampleStandardDeviation } from 'simple-statistics';
import { InvalidArgumentError } from '../errors.js';
import { intervalQuantile } from '../inference/intervals.js';
import { ksTestNormal } from '../special/kolmogorov.js';
import type { ReplicateRecord } from './replicate.js';
import type { StudySettings } from './settings.js';

/** Summary of a coverage study. Timing fields aside, it depends on the records only. */
export interface CoverageSummary {
  /** The study's settings. */
  readonly settings: StudySettings;
  /** Nominal level. */
  readonly level: number;
  /** Number of replicates R. */
  readonly reps: number;
  /** Number of intervals R·p. */
  readonly intervals: number;
  /** Fraction of intervals that cover (the mean of the per-replicate fractions). */
  readonly coverage: number;
  /** Monte Carlo standard error of `coverage`: sd of the per-replicate fractions / √R (coordinates of one replicate are dependent). */
  readonly coverageStdError: number;
  /** Lower end of the 95% interval `coverage ± 1.96·se`, clipped to [0, 1]. */
  readonly coverageLower: number;
  /** Upper end of that interval. */
  readonly coverageUpper: number;
  /** Smallest coverage of a single coordinate across replicates. */
  readonly coordinateCoverageMin: number;
  /** Largest coverage of a single coordinate across replicates. */
  readonly coordinateCoverageMax: number;
  /** Mean of all pivots `(θ̂_j − β*_j)/se_j` (0 in theory). */
  readonly pivotMean: number;
  /** Standard deviation of all pivots (1 in theory). */
  readonly pivotSd: number;
  /** Kolmogorov–Smirnov distance of all pivots to N(0, 1). */
  readonly ksStatistic: number;
  /** Its asymptotic p-value (pivots of one replicate are dependent, so indicative only). */
  readonly ksPValue: number;
  /** Mean interval length `2 q se_j` over all intervals. */
  readonly meanLength: number;
  /** Predicted interval length `2 q √(R/n)` (METHOD §5), when available. */
  readonly predictedLength?: number;
  /** Mean degrees of freedom `df = tr H` of the fits. */
  readonly meanDf: number;
  /** Mean ridge penalty λ of the fits (the mean GCV choice when the study's λ is `gcv`). */
  readonly meanLambda: number;
  /** Wall time of the run in seconds (for merged shards: the replicates' compute time). */
  readonly seconds: number;
  /** Replicates computed per second of `seconds`. */
  readonly repsPerSecond: number;
  /** Total compute time of the replicates in seconds (summed over workers). */
  readonly replicateSeconds: number;
}

/** Timing and prediction to put beside the statistics. */
export interface SummaryExtras {
  /** Wall time in seconds, and how many replicates it computed (default: all, with their compute time). */
  readonly timing?: {
    /** Wall time in seconds. */
    seconds: number;
    /** Number of replicates computed in that time. */
    computed: number;
  };
  /** Predicted interval length (METHOD §5). */
  readonly predictedLength?: number;
}

/**
 * Summarizes the records of a study (at least two replicates): coverage with
 * its standard error across replicates and 95% interval, per-coordinate
 * coverage range, pivot mean and sd, KS distance to N(0, 1) with p-value,
 * mean length (and predicted length), mean df and timing.
 *
 * @example
 * const summary = summarizeCoverage(records, settings, { timing: { seconds: 12.5, computed: 100 } });
 * summary.coverage; summary.coverageStdError;
 */
export function summarizeCoverage(records: readonly ReplicateRecord[], settings: StudySettings, extras: SummaryExtras = {}): CoverageSummary {
  const R = records.length;
  if (R < 2) throw new InvalidArgumentError(`a coverage summary needs at least 2 replicates to estimate its Monte Carlo error, got ${R}`);
  const sorted = [...records].sort((a, b) => a.index - b.index);
  const p = settings.p;
  const fractions: number[] = new Array<number>(R);
  const perCoordinate = new Float64Array(p);
  const pivots: number[] = new Array<number>(R * p);
  let lengthSum = 0, dfSum = 0, lambdaSum = 0, computeSeconds = 0;
  sorted.forEach((r, k) => {
    let c = 0;
    for (let j = 0; j < p; j++) {
      if (r.covered[j]) {
        c++;
        perCoordinate[j]!++;
      }
      pivots[k * p + j] = r.pivots[j]!;
      lengthSum += r.lengths[j]!;
    }
    fractions[k] = c / p;
    dfSum += r.df;
    lambdaSum += r.lambda;
    computeSeconds += r.seconds;
  });
  const coverage = mean(fractions);
  const coverageStdError = sampleStandardDeviation(fractions) / Math.sqrt(R);
  const z = intervalQuantile(0.95);
  const ks = ksTestNormal(pivots);
  const timing = extras.timing ?? { seconds: computeSeconds, computed: R };
  return {
    settings,
    level: settings.level,
    reps: R,
    intervals: R * p,
    coverage,
    coverageStdError,
    coverageLower: Math.max(0, coverage - z * coverageStdError),
    coverageUpper: Math.min(1, coverage + z * coverageStdError),
    coordinateCoverageMin: Math.min(...perCoordinate) / R,
    coordinateCoverageMax: Math.max(...perCoordinate) / R,
    pivotMean: mean(pivots),
    pivotSd: sampleStandardDeviation(pivots),
    ksStatistic: ks.statistic,
    ksPValue: ks.pValue,
    meanLength: lengthSum / (R * p),
    ...(extras.predictedLength !== undefined ? { predictedLength: extras.predictedLength } : {}),
    meanDf: dfSum / R,
    meanLambda: lambdaSum / R,
    seconds: timing.seconds,
    repsPerSecond: timing.seconds > 0 ? timing.computed / timing.seconds : 0,
    replicateSeconds: computeSeconds,
  };
}
