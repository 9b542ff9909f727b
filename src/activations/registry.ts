/**
 * Looking up activations by name, and accepting user-defined ones.
 *
 * @module
 */
import { InvalidArgumentError } from '../errors.js';
import type { Activation } from './activation.js';
import { abs, elu, erfActivation, gelu, leakyRelu, linear, relu, sigmoid, silu, softplus, tanh } from './builtins.js';

const BUILTIN: ReadonlyMap<string, Activation> = new Map(
  [relu, leakyRelu, tanh, sigmoid, erfActivation, gelu, softplus, silu, elu, linear, abs].map((a) => [a.name, a]),
);

/** Names of the built-in activations (METHOD §1). */
export const activationNames: readonly string[] = [...BUILTIN.keys()];

/**
 * Resolves an activation: a built-in name (`"relu"`, `"tanh"`, …) or a
 * user-defined `{ name, f, df }`, which is checked for shape.
 *
 * @example
 * getActivation('gelu').f(1); // 0.8413447460685429
 * getActivation({ name: 'cube', f: (t) => t ** 3, df: (t) => 3 * t * t });
 */
export function getActivation(activation: string | Activation): Activation {
  if (typeof activation === 'string') {
    const a = BUILTIN.get(activation);
    if (a === undefined) {
      throw new InvalidArgumentError(`unknown activation "${activation}"; choose one of ${activationNames.join(', ')}`);
    }
    return a;
  }
  if (
    activation === null ||
    typeof activation !== 'object' ||
    typeof activation.name !== 'string' ||
    typeof activation.f !== 'function' ||
    typeof activation.df !== 'function'
  ) {
    throw new InvalidArgumentError('a user-defined activation must be an object { name: string, f(t), df(t) }');
  }
  return activation;
}
