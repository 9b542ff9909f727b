/**
 * Every `@example` of the API reference runs (doctest).
 *
 * The examples are taken from the documented exports exactly as the API reference
 * shows them (typedoc's own reading of the comments), compiled from TypeScript and
 * run with every export of rfci in scope, plus these fixtures (small and seeded), in
 * a temporary folder that holds `data.csv` and `W.csv`:
 *
 * | name | value |
 * | --- | --- |
 * | `n`, `p`, `d`, `lambda` | 40, 4, 30, 1e-3 |
 * | `X`, `y` | X: 40×4 {@link Matrix} with rows N(0, I₄); y = 2x₁ − x₂ + N(0, 1) (`Float64Array`) |
 * | `Sigma` | 4×4 AR(0.5) covariance `[[1, .5, .25, .125], …]` (array of rows) |
 * | `fitted`, `result` | `new RandomFeaturesRegression({ width: d, lambda, seed: 1 }).fit(X, y)`, `inferCoefficients(fitted)` |
 * | `W`, `U` | first layer (d×p) and pre-activations `U = XWᵀ` (n×d) |
 * | `Phi`/`phi`, `dPhi`/`dphi` | features Φ and Φ' (n×d) |
 * | `alpha`, `psiTilde`, `B` | α̂ (d), ψ̃ (n), `B = ΦM⁻¹` (n×d) of `fitted` |
 * | `M` | the primal system `M = ΦᵀΦ + nλI` (d×d, SPD) |
 * | `K`, `A`, `L` | the dual system `K = ΦΦᵀ + nλI` (n×n, SPD), `A = K`, `L` its Cholesky factor |
 * | `Y`, `G`, `inverseSds` | Φ, a 3×4 Gaussian matrix, the inverse column sds of X |
 * | `PhiT`, `V`, `omega`, `Xnew` | a copy of Φ, a copy of U, `precisionOperator('identity', p)`, the first 3 rows of X |
 * | `path` | `inferencePath` of a gradient-flow fit of X, y at times 1 and 10 |
 * | `R`, `AR`, `T`, `XG`, `Z` | copies of X (n×p); `XtB = XᵀB` (p×d); `psi` = residuals ψ; `means` = column means of X |
 * | `cars.csv`, `design`, `raw` | the cars data of vega-datasets; `readRealData('cars.csv', { response: 'mpg', columns: [5 predictors], standardize, dropMissing })` and its `raw` |
 * | `fit`, `pAdjusted`, `context`, `extras` | `fitDataSet(design, { width: 30, lambda: 0.01, adjust: 'holm' })`, its Holm p-values, a `DataContext`, `{}` |
 * | `cal` | `calibrateCoverage` of `fit` with 2 replicates |
 * | `ols`, `series` | `fit.ols`; the network and OLS rows of `fit` as forest-plot series |
 * | `result` | the coefficient inference of `fit` **and** `fit` itself (`result.coefficients`, `result.inference`, `result.diagnostics` all work) |
 * | `settings`, `records`, `summary`, `study` | `studySettings({ n: 60, p: 10, width: 30 })`, 3 replicates of it, their summary, `{ summary, records }` |
 * | `summaries`, `studies` | that study and one at width 90, as summaries and as `{ summary, records }` |
 * | `a`, `b` | study settings at widths 300 and 600 (n = 60, p = 10) |
 * | `s` | `studySettings({ n: 400, p: 200, width: 300 })` |
 * | `study.jsonl`, `a.jsonl`, `b.jsonl`, `c.jsonl` | a record file of `settings` for 100 replicates holding 3 (an interrupted run), and the three shards of a 3-replicate study |
 * | `cmp` | `compareActivations` of relu and tanh at n = 200, p/n = 0.5, d/n ∈ {0.5, 2} |
 * | `data.csv` | header `y,x1,x2,x3,x4`, the rows of y and X |
 * | `W.csv` | the rows of W, no header |
 *
 * The fixtures are made afresh for each example (some examples change them in place).
 *
 * A line `EXPRESSION; // VALUE` whose VALUE is a JavaScript literal (number,
 * string, boolean, array of numbers) is also checked: the expression must equal
 * the value (numbers to a relative 1e-9). A line `EXPRESSION; // throws …` must
 * throw an {@link RfciError}. Other trailing comments are prose.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Application, type DeclarationReflection, type ProjectReflection, ReflectionKind } from 'typedoc';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { carsCsv } from '../../examples/carsData.js';
// the built package, as users get it (coverage studies start compiled worker threads)
import * as rfci from '../../dist/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The @example code blocks of every documented export, by full name. */
async function collectExamples(): Promise<Array<{ name: string; source: string; code: string }>> {
  const app = await Application.bootstrap({
    entryPoints: [join(root, 'src/index.ts')],
    tsconfig: join(root, 'tsconfig.build.json'),
    alwaysCreateEntryPointModule: false,
    readme: 'none',
    logLevel: 'Error',
  });
  const project = (await app.convert()) as ProjectReflection;
  const found: Array<{ name: string; source: string; code: string }> = [];
  const kinds = ReflectionKind.SomeModule | ReflectionKind.ClassOrInterface | ReflectionKind.SomeMember | ReflectionKind.SomeValue | ReflectionKind.TypeAlias;
  for (const refl of project.getReflectionsByKind(kinds) as DeclarationReflection[]) {
    const comments = [refl.comment, ...(refl.signatures ?? []).map((s) => s.comment)];
    for (const comment of comments) {
      for (const tag of comment?.blockTags ?? []) {
        if (tag.tag !== '@example') continue;
        const text = tag.content.map((part) => part.text).join('');
        const source = refl.sources?.[0] ? `${refl.sources[0].fileName}:${refl.sources[0].line}` : '?';
        for (const m of text.matchAll(/```(?:ts|typescript|js|javascript)?\n([\s\S]*?)```/g)) {
          found.push({ name: refl.getFullName(), source, code: m[1]! });
        }
      }
    }
  }
  return found;
}

/** Parses a trailing comment as a literal to compare with, or returns undefined for prose. */
function literal(comment: string): { value: unknown } | undefined {
  const text = comment.trim().replace(/^Float64Array\s*/, '');
  if (!/^(-?[\d.][\d.e+-]*|'[^']*'|"[^"]*"|true|false|\[[\d\s.,e+\-[\]]*\])$/.test(text)) return undefined;
  try {
    return { value: new Function(`return (${text});`)() as unknown };
  } catch {
    return undefined;
  }
}

/** Turns `EXPR; // VALUE` lines into checks and strips imports (rfci's exports are in scope). */
function instrument(code: string): string {
  return code
    .split('\n')
    .map((line) => {
      if (/^\s*import\s/.test(line)) return '';
      const m = /^(\s*)([^/]+?);\s*\/\/\s*(.+)$/.exec(line);
      if (!m || /^(const|let|var|for|if|return|throw)\b/.test(m[2]!.trim())) return line;
      if (/^throws\b/.test(m[3]!.trim())) return `${m[1]}__throws(() => ${m[2]}, ${JSON.stringify(line.trim())});`;
      const lit = literal(m[3]!);
      if (lit === undefined) return line;
      const statements = m[2]!.split(';');
      const expr = statements.pop()!;
      const before = statements.length > 0 ? `${statements.join(';')}; ` : '';
      return `${m[1]}${before}__check(${expr}, ${JSON.stringify(lit.value)}, ${JSON.stringify(line.trim())});`;
    })
    .join('\n');
}

function same(actual: unknown, expected: unknown): boolean {
  if (actual !== null && typeof actual === 'object' && 'rows' in actual && 'cols' in actual && 'data' in actual) {
    return same(rfci.toRows(actual as rfci.Matrix), expected);
  }
  if (typeof expected === 'number') {
    return typeof actual === 'number' && (actual === expected || Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected)));
  }
  if (Array.isArray(expected)) {
    const a = actual instanceof Float64Array ? Array.from(actual) : actual;
    return Array.isArray(a) && a.length === expected.length && expected.every((e, i) => same(a[i], e));
  }
  return actual === expected;
}

function fixtures(dir: string): Record<string, unknown> {
  const rng = rfci.createGenerator(2024, 'doctest');
  const n = 40, p = 4, d = 30, lambda = 1e-3;
  const X = rfci.matrix(n, p);
  rng.fillNormal(X.data);
  const y = new Float64Array(n).map((_, i) => 2 * X.data[i * p]! - X.data[i * p + 1]! + rng.normal());
  const fitted = new rfci.RandomFeaturesRegression({ width: d, lambda, seed: 1 }).fit(X, y);
  const Phi = fitted.features.phi, dPhi = fitted.features.dphi;
  const K = rfci.addToDiagonal(rfci.outerGram(Phi), n * lambda);
  const G = rfci.matrix(3, p);
  rng.fillNormal(G.data);
  const Sigma = Array.from({ length: p }, (_, k) => Array.from({ length: p }, (_, l) => 0.5 ** Math.abs(k - l)));
  const rows = rfci.toRows(X);
  const copyX = (): rfci.Matrix => rfci.copy(X);
  writeFileSync(join(dir, 'data.csv'), ['y,x1,x2,x3,x4', ...rows.map((x, i) => [y[i], ...x].join(','))].join('\n') + '\n');
  writeFileSync(join(dir, 'W.csv'), rfci.toRows(fitted.weights).map((r) => r.join(',')).join('\n') + '\n');
  return {
    R: copyX(), AR: copyX(), T: copyX(), XG: copyX(), Z: copyX(),
    XtB: rfci.matmulTransA(X, fitted.B),
    psi: fitted.residuals,
    means: new Float64Array(p).map((_, j) => rfci.column(X, j).reduce((a, b) => a + b, 0) / n),
    n, p, d, lambda, X, y, Sigma, fitted,
    W: fitted.weights,
    U: rfci.matmulTransB(X, fitted.weights),
    Phi, phi: Phi, dPhi, dphi: dPhi,
    alpha: fitted.alpha,
    psiTilde: fitted.scaledResiduals,
    B: fitted.B,
    M: rfci.addToDiagonal(rfci.gram(Phi), n * lambda),
    K, A: K,
    L: rfci.cholesky(K).L,
    Y: Phi,
    G,
    inverseSds: new Float64Array(p).fill(1),
    PhiT: rfci.copy(Phi), V: rfci.matmulTransB(X, fitted.weights),
    omega: rfci.precisionOperator('identity', p),
    Xnew: rows.slice(0, 3),
    path: rfci.inferencePath(new rfci.SpectralFilterRegression({ width: d, lambda: 0, training: 'flow:1' }).fit(X, y), rfci.pathRules('flow', [1, 10])),
    writeFileSync, readFileSync,
    console: { log: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined, table: () => undefined },
  };
}

/** Fixtures that take a while (cars fit and calibration, coverage studies and their record files), made once in `dir`. */
async function sharedFixtures(dir: string): Promise<Record<string, unknown>> {
  writeFileSync(join(dir, 'cars.csv'), carsCsv());
  const columns = ['cylinders', 'displacement', 'horsepower', 'weight', 'acceleration'];
  const design = rfci.readRealData(join(dir, 'cars.csv'), { response: 'mpg', columns, standardize: true, dropMissing: true });
  const fit = rfci.fitDataSet(design, { width: 30, lambda: 0.01, seed: 1, adjust: 'holm' });
  const context = { data: 'cars.csv', response: 'mpg', centered: true, scale: 'standardized' as const, droppedRows: design.droppedRows, firstLayer: 'W gaussian, seed 1' };
  const cal = rfci.calibrateCoverage(
    { raw: design.raw, center: true, standardize: true, weights: fit.fitted.weights, activation: 'relu', lambda: 0.01, covariance: 'unknown', level: 0.95 },
    { replicates: 2, seed: 1 },
  );
  // a small coverage study (METHOD §6), its shards as record files, and a second width
  const settings = rfci.studySettings({ n: 60, p: 10, width: 30 });
  const run = await rfci.runCoverageStudy(settings, { reps: 3, workers: 0 });
  // study.jsonl: a study of 100 replicates interrupted after 3
  const opened = rfci.openRecordFile(join(dir, 'study.jsonl'), rfci.recordHeader(settings, 100, null), { resume: false });
  for (const r of run.records) opened.writer.append(r);
  opened.writer.close();
  for (const [k, file] of ['a.jsonl', 'b.jsonl', 'c.jsonl'].entries()) {
    await rfci.runCoverageStudy(settings, { reps: 3, workers: 0, shard: { index: k + 1, count: 3 }, out: join(dir, file) });
  }
  const summary = rfci.summarizeCoverage(run.records, settings);
  const wider = rfci.studySettings({ n: 60, p: 10, width: 90 });
  const widerRecords = await rfci.runReplicates(wider, [0, 1], { workers: 0 });
  const studies = [
    { summary, records: run.records },
    { summary: rfci.summarizeCoverage(widerRecords, wider), records: widerRecords },
  ];
  return {
    s: rfci.studySettings({ n: 400, p: 200, width: 300 }),
    settings, records: run.records, summary, summaries: studies.map((st) => st.summary), study: studies[0], studies,
    a: rfci.studySettings({ n: 60, p: 10, width: 300 }), b: rfci.studySettings({ n: 60, p: 10, width: 600 }),
    cmp: rfci.compareActivations({ activations: ['relu', 'tanh'], n: 200, pOverN: 0.5, dOverN: [0.5, 2], lambda: 1e-3, noiseVariance: 1, signal: 1 }),
    design, raw: design.raw, fit,
    ols: fit.ols,
    series: [{ method: 'network', rows: fit.inference.coefficients }, { method: 'OLS', rows: fit.ols!.coefficients }], pAdjusted: fit.pAdjusted, context, extras: {}, cal,
    result: { ...fit, ...fit.inference },
  };
}

const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<void>;

describe('every @example of the API reference runs', () => {
  let examples: Array<{ name: string; source: string; code: string }> = [];
  beforeAll(async () => {
    examples = await collectExamples();
  }, 120_000);

  it('runs each example with rfci and the fixtures in scope, checking `expr; // value` lines', async () => {
    expect(examples.length).toBeGreaterThan(50);
    const baseDir = mkdtempSync(join(tmpdir(), 'rfci-doctest-'));
    const shared = await sharedFixtures(baseDir);
    const failures: string[] = [];
    let checked = 0;
    const cwd = process.cwd();
    try {
      for (const ex of examples) {
        const mismatches: string[] = [];
        const check = (actual: unknown, expected: unknown, line: string): void => {
          checked++;
          if (!same(actual, expected)) mismatches.push(`${line} → got ${JSON.stringify(actual instanceof Float64Array ? Array.from(actual) : actual)}`);
        };
        const throws = (run: () => unknown, line: string): void => {
          checked++;
          try {
            run();
            mismatches.push(`${line} → did not throw`);
          } catch (e) {
            if (!(e instanceof rfci.RfciError)) mismatches.push(`${line} → threw ${(e as Error).name}, not an RfciError`);
          }
        };
        const js = ts.transpileModule(`{\n${instrument(ex.code)}\n}`, {
          compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
        }).outputText;
        const dir = mkdtempSync(join(tmpdir(), 'rfci-doctest-'));
        cpSync(baseDir, dir, { recursive: true });
        process.chdir(dir);
        const scope = { ...rfci, ...shared, ...fixtures(dir) } as Record<string, unknown>;
        try {
          const names = Object.keys(scope).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k));
          await new AsyncFunction(...names, '__check', '__throws', js)(...names.map((k) => scope[k]), check, throws);
        } catch (e) {
          mismatches.push(`throws ${(e as Error).name}: ${(e as Error).message}`);
        }
        for (const m of mismatches) failures.push(`${ex.name} (${ex.source}): ${m}`);
      }
    } finally {
      process.chdir(cwd);
    }
    expect(checked, 'lines `expr; // value` checked').toBeGreaterThan(10);
    expect(failures, `@example blocks that do not run or do not give the value in their comment:\n${failures.join('\n')}`).toEqual([]);
  }, 120_000);
});
