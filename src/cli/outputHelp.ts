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
         z value, Pr(>|z|), significance mark, lower and upper bound), then
         the network's df = tr H, n − df and the residual norm ‖ψ‖.
  csv    one row per term, then one per contrast (contrast1, contrast2, …):
           term,estimate,std_error,statistic,p_value,conf_low,conf_high
  json   one object:
           n, p, d            sample size, number of coefficients, width
           activation, lambda, level, covariance ("identity" | "precision" |
                              "covariance"), form ("primal" | "dual")
           centered           whether y and the columns were centered
           firstLayer         {distribution, seed} or {file}
           df, residualDf     tr H and n − df
           residualNorm       ‖ψ‖ = ‖y − Φα̂‖
           scaledResidualNorm ‖ψ̃‖ = ‖ψ‖/(n − df)
           coefficients       [{term, estimate, stdError, statistic, pValue,
                               lower, upper}], one per column of X
           contrast           the same fields for one --contrast row
           contrasts          an array of them for several rows
  estimate θ̂_j = (ΩXᵀψ̃ + g + c)_j, stdError ‖ψ̃‖√Ω_jj, statistic θ̂_j/se_j,
  pValue 2(1 − Φ(|statistic|)), interval θ̂_j ± Φ⁻¹(1 − a/2)·se_j (METHOD §2).

Examples:
  rfci fit --data data.csv --response y --width 300 --activation relu --lambda 0.001
  rfci fit --data data.csv --response y --columns x1,x2,x3 --json --out fit.json
  rfci fit --data data.csv --response y --covariance matrix:Sigma.csv --contrast a.csv`;

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
