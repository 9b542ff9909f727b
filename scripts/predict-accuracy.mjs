// Accuracy of the §5 predictions and Hermite coefficients against the reference
// vectors, and the time of one Marchenko–Pastur prediction.
// Usage: npm run build && node scripts/predict-accuracy.mjs
import { readFileSync } from 'node:fs';
import { hermiteCoefficients, predictIntervalLength } from '../dist/index.js';

const fixture = (name) => JSON.parse(readFileSync(new URL(`../test/fixtures/${name}`, import.meta.url), 'utf8'));
const rel = (a, b) => (b === 0 ? Math.abs(a) : Math.abs(a - b) / Math.abs(b));

let worstHermite = 0;
for (const [name, e] of Object.entries(fixture('hermite.json'))) {
  const h = hermiteCoefficients(name);
  for (const k of ['mu0', 'mu1', 'muStar']) worstHermite = Math.max(worstHermite, rel(h[k], e[k]));
}
console.log(`hermite.json: worst relative error ${worstHermite.toExponential(2)} (exact zeros: absolute)`);

const keys = ['mu0', 'mu1', 'muStar', 'kappa', 'dfOverN', 'testRisk', 'halfLength', 'sqrtNStdError'];
let worstPredict = 0;
for (const c of fixture('predict.json')) {
  const pred = predictIntervalLength({ ...c, signal: c.signalStrength, ...(c.W ? { weights: c.W } : {}) });
  for (const k of keys) worstPredict = Math.max(worstPredict, rel(pred[k], c.expected[k]));
}
console.log(`predict.json: worst relative error ${worstPredict.toExponential(2)}`);

const setting = { activation: 'relu', n: 400, p: 200, d: 300, lambda: 1e-3, noiseVariance: 1, signal: 4 };
for (const [label, extra] of [['with Hermite quadrature', {}], ['Hermite coefficients given', { coefficients: hermiteCoefficients('relu') }]]) {
  for (let i = 0; i < 50; i++) predictIntervalLength({ ...setting, ...extra }); // warm up
  const reps = 500, t0 = process.hrtime.bigint();
  for (let i = 0; i < reps; i++) predictIntervalLength({ ...setting, ...extra, d: 100 + i });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6 / reps;
  console.log(`Marchenko–Pastur prediction (${label}): ${ms.toFixed(3)} ms each`);
}
