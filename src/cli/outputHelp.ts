/**
 * The output schemas of `rfci fit` and `rfci demo`, printed after their
 * `--help` and copied into the generated CLI reference (docs/cli.md).
 *
 * @module
 */

/** What `rfci fit` prints in each `--format`. */
export const fitOutputHelp = `
Output (--format):
  table  R summary.lm-style: a header (n, p, d, activation, λ, form, covariance,
         level, data notes), one row per coefficient (Estimate, Std. Error,
         z value, Pr(>|z|), significance mark, [p adj.,] lower and upper
         bound), contrasts, the network's df = tr H, n − df and ‖ψ‖; then
         least squares on the same design (p < n), the design diagnostics
         (skewness, kurtosis, Mardia's tests, condition number), the
         calibration table with --calibrate, and warnings.
  csv    one row per term and method, then the contrasts:
           term,estimate,std_error,statistic,p_value,conf_low,conf_high,method
         (method: network or ols; with --adjust a column p_adjusted)
  json   one object:
           n, p, d            sample size, number of coefficients, width
           activation, lambda, level, covariance ("unknown" | "identity" |
                              "precision" | "covariance"), form ("primal" | "dual")
           centered, scale    centering, and "original" or "standardized"
           droppedRows        file rows dropped with --drop-missing
           firstLayer         {distribution, seed} or {file}
           df, residualDf     tr H and n − df
           residualNorm       ‖ψ‖ = ‖y − Φα̂‖
           scaledResidualNorm ‖ψ̃‖ = ‖ψ‖/(n − df)
           coefficients       [{term, estimate, stdError, statistic, pValue,
                               lower, upper}], one per column of X
           contrast(s)        the same fields per --contrast row
           intervalLevel, simultaneous   level of each interval (Bonferroni
                              with --simultaneous)
           conditionNumber    scaled condition number of X (unknown covariance)
           ols, olsResidualDf, olsSigma  least squares on the same design
           disagreements      terms whose network and OLS intervals do not overlap
           designDiagnostics  {n, columns, mardia, conditionNumber,
                               gaussianPlausible, warnings}
           calibration        with --calibrate R: coverage on resampled rows and
                              on Gaussian rows of the same covariance
           warnings           cautions about this result (also on stderr)
  estimate θ̂_j, stdError se_j (METHOD §2 known covariance, §3 unknown),
  statistic θ̂_j/se_j, pValue 2(1 − Φ(|statistic|)), interval θ̂_j ± Φ⁻¹(1 − a/2)·se_j.

Examples:
  rfci fit --data data.csv --response y --width 300 --activation relu --lambda 0.001
  rfci fit --data data.csv --response y --columns x1,x2,x3 --standardize --json --out fit.json
  rfci fit --data data.csv --response y --covariance matrix:Sigma.csv --contrast a.csv
  rfci fit --data cars.csv --response mpg --columns cylinders,weight --drop-missing --calibrate 200`;

/** What `rfci demo` prints. */
export const demoOutputHelp = `
Output: the rfci fit table for simulated data (rows x ~ N(0, I), p = 20,
β = (1.5, −1, 0.75, −0.5, 0.25, 0, …, 0), y = xᵀβ + N(0, 1), n = 400) with two
more columns, the true β and whether the interval covers it, and the count of
covering intervals. --json prints the coefficient inference object (n, p, d,
activation, lambda, level, form, covariance, df, residualDf, residualNorm,
scaledResidualNorm, coefficients, parts {xtpsi, weightedGradient, correction})
plus beta (the true β) and covered (the count).`;

/** What `rfci bench` prints. */
export const benchOutputHelp = `
Output: one line of text (median, min and max wall time, the number of runs
and threads), then one JSON line, the only line with --json:
  {"impl": "rfci", "mode": "fit" | "coverage", "n", "p", "d", "activation",
   "seconds": {"min", "median", "max"}}
fit mode times features + ridge fit + estimates and standard errors for all p
coordinates (one warm-up run first); coverage mode times whole replicates
(data generation included) and reports seconds per replicate.
npm run bench runs it beside bench/numpy_peer.py (docs/performance.md).`;

const coverageSummaryFields = `
           settings           the study (n, p, width, activation, lambda, level,
                              design, noise, noiseSd, beta, signal, nonlinear,
                              weightsDistribution, training, covariance, seed)
           reps, intervals    replicates, and replicates × p intervals
           coverage, coverageStdError, coverageLower, coverageUpper
                              fraction of intervals covering β*, its Monte Carlo
                              standard error across replicates, and a 95% interval
           coordinateCoverageMin, coordinateCoverageMax
                              range of the per-coordinate coverage
           pivotMean, pivotSd mean and sd of (θ̂_j − β*_j)/se_j (0 and 1 ideally)
           ksStatistic, ksPValue  Kolmogorov–Smirnov distance of the pivots to N(0, 1)
           meanLength, meanDf mean interval length, mean tr H
           seconds, repsPerSecond, replicateSeconds  timing`;

/** What `rfci coverage` prints. */
export const coverageOutputHelp = `
Output: a summary table of the study (one row per width for a sweep); with
--json one object per study:${coverageSummaryFields}
--out FILE writes one JSON line per replicate (a header line first: the
settings, reps and shard), the input of rfci merge. --plot DIR writes
qq.svg and coordinates.svg (one study) or coverage.svg, length.svg and
qq.svg (a sweep over d/n). See docs/coverage-studies.md.`;

/** What `rfci merge` prints. */
export const mergeOutputHelp = `
Output: the summary of the whole study, as rfci coverage prints it; --json
the same object:${coverageSummaryFields}
Refuses files of different studies (settings, seed or reps differ) and
missing or repeated replicates (unless --allow-incomplete). --out FILE
writes the merged records sorted by replicate. See docs/scaling.md.`;

/** What `rfci calibrate` prints. */
export const calibrateOutputHelp = `
Output: the data-calibrated coverage table: for "your rows, resampled" and
"Gaussian rows, same covariance", the coverage of the network intervals and
of least squares with their Monte Carlo standard errors, and the coverage per
term; a warning when the network intervals under-cover. --json:
           covariance, scale, firstLayer   how the fit was made
           calibration        {level, replicates, seed, beta (b_OLS), sigma,
                               regimes: [{regime, replicates, failed, coverage,
                               mcse, olsCoverage, olsMcse, meanLength, terms}]}
The response of each replicate is y = X b_OLS + sigma·eps on the chosen rows,
refit exactly as rfci fit does. See docs/cars.md.`;

/** What `rfci predict` prints. */
export const predictOutputHelp = `
Output: the Gaussian-equivalence moments and the prediction (METHOD §5); --json
one object:
           activation, spectrum ("marchenko-pastur" or "given-W"), n, p, d,
           lambda, noiseVariance (σ²), signal (r²), level
           mu0, mu1, muStar   μ0 = Eφ(G), μ1 = E[Gφ(G)], μ*² = Eφ(G)² − μ0² − μ1²
           kappa              κ solving λ = κ(1 − (1/n)Σ ω_k/(ω_k + κ))
           dfOverN            predicted df/n
           testRisk           predicted test risk R
           halfLength         predicted half-length q√(R/n)
           sqrtNStdError      predicted √n·se = √R
See docs/predictions.md.`;

/** What `rfci compare` prints. */
export const compareOutputHelp = `
Output: a table of the predicted half-length per width d/n and activation,
the best (shortest) activation at each width, and each activation's
interpolation peak. --format csv: one row per activation and width
(activation, d_over_n, d, lambda, half_length, sqrt_n_std_error, test_risk,
df_over_n, kappa, best). --json:
           n, p, lambda, noiseVariance, signal, level, spectrum
           activations        [{activation, mu0, mu1, muStar}]
           points             [{activation, dOverN, d, lambda, halfLength,
                               sqrtNStdError, testRisk, dfOverN, kappa, best}]
           best               [{dOverN, d, activation}]
           peaks              [{activation, d, dOverN, halfLength, interior}]
--simulate R adds simulated half-lengths. See docs/predictions.md.`;

/** What `rfci path` prints. */
export const pathOutputHelp = `
Output: one row per training time (or step count): df, n − df, the interval
half-length and the estimates of the chosen terms, with the time of the
shortest intervals marked. --json:
           n, p, d, activation, lambda, level, form, covariance, centered,
           scale ("original" or "standardized"), droppedRows (file rows
           dropped with --drop-missing), training {kind}, firstLayer
           shortest           {index, time, df} of the shortest intervals
           path               [{training, time, df, residualDf, residualNorm,
                               scaledResidualNorm, coefficients: [{term,
                               estimate, stdError, statistic, pValue, lower,
                               upper}], warnings}]
--plot FILE.svg draws the estimates and intervals against training time.
See docs/training.md.`;
