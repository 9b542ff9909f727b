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
