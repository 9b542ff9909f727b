/**
 * The built-in activations of METHOD §1, each with its derivative. At a kink
 * the derivative is the right derivative, except `abs` where φ'(0) = 0.
 *
 * @module
 */
import { erf } from '../special/erf.js';
import { normalDensity } from '../special/normal.js';
import type { Activation } from './activation.js';

const SQRT1_2 = Math.SQRT1_2;
const TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);

function logistic(t: number): number {
  if (t >= 0) return 1 / (1 + Math.exp(-t));
  const e = Math.exp(t);
  return e / (1 + e);
}

/** ReLU $\varphi(t) = \max(t, 0)$, $\varphi'(t) = 1$ for $t \ge 0$, else 0 (right derivative at the kink). */
export const relu: Activation = { name: 'relu', f: (t) => (t > 0 ? t : 0), df: (t) => (t >= 0 ? 1 : 0) };

/** Leaky ReLU `leaky_relu`: $\varphi(t) = t$ for $t \ge 0$, $0.01\,t$ otherwise. */
export const leakyRelu: Activation = {
  name: 'leaky_relu',
  f: (t) => (t >= 0 ? t : 0.01 * t),
  df: (t) => (t >= 0 ? 1 : 0.01),
};

/** $\varphi(t) = \tanh t$, $\varphi'(t) = 1 - \tanh^2 t$. */
export const tanh: Activation = {
  name: 'tanh',
  f: Math.tanh,
  df: (t) => {
    const v = Math.tanh(t);
    return 1 - v * v;
  },
};

/** Logistic sigmoid $\sigma(t) = 1/(1 + e^{-t})$, $\varphi' = \sigma(1 - \sigma)$. */
export const sigmoid: Activation = {
  name: 'sigmoid',
  f: logistic,
  df: (t) => {
    const s = logistic(t);
    return s * (1 - s);
  },
};

/** Error function `erf`: $\varphi(t) = \operatorname{erf} t$, $\varphi'(t) = \frac{2}{\sqrt\pi}e^{-t^2}$. */
export const erfActivation: Activation = { name: 'erf', f: erf, df: (t) => TWO_OVER_SQRT_PI * Math.exp(-t * t) };

/** Exact GELU $\varphi(t) = t\,\Phi(t)$ ($\Phi$ the standard normal cdf, $\phi$ its density), $\varphi'(t) = \Phi(t) + t\,\phi(t)$. */
export const gelu: Activation = {
  name: 'gelu',
  f: (t) => 0.5 * t * (1 + erf(t * SQRT1_2)),
  df: (t) => 0.5 * (1 + erf(t * SQRT1_2)) + t * normalDensity(t),
};

/** Softplus $\varphi(t) = \log(1 + e^t)$ (computed stably), $\varphi' = \sigma(t)$. */
export const softplus: Activation = {
  name: 'softplus',
  f: (t) => Math.max(t, 0) + Math.log1p(Math.exp(-Math.abs(t))),
  df: logistic,
};

/** SiLU (swish) $\varphi(t) = t\,\sigma(t)$, $\varphi' = \sigma(t)(1 + t(1 - \sigma(t)))$. */
export const silu: Activation = {
  name: 'silu',
  f: (t) => t * logistic(t),
  df: (t) => {
    const s = logistic(t);
    return s * (1 + t * (1 - s));
  },
};

/** ELU with $\alpha = 1$: $\varphi(t) = t$ for $t \ge 0$, $e^t - 1$ otherwise; $\varphi'(0) = 1$. */
export const elu: Activation = {
  name: 'elu',
  f: (t) => (t >= 0 ? t : Math.expm1(t)),
  df: (t) => (t >= 0 ? 1 : Math.exp(t)),
};

/** Identity $\varphi(t) = t$, $\varphi' = 1$ (the network is then linear in x). */
export const linear: Activation = { name: 'linear', f: (t) => t, df: () => 1 };

/** Absolute value $\varphi(t) = |t|$, $\varphi'(t) = \operatorname{sign} t$ with $\varphi'(0) = 0$. */
export const abs: Activation = { name: 'abs', f: Math.abs, df: (t) => (t > 0 ? 1 : t < 0 ? -1 : 0) };
