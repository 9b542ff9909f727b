/**
 * The activation type: φ and its derivative φ'.
 *
 * @module
 */

/**
 * An activation $\varphi$ with its derivative $\varphi'$ (METHOD §1), applied entrywise to the pre-activations $XW^\top$. Built-in activations are
 * looked up by name; a user-defined activation is any object of this shape.
 *
 * @example
 * const cube: Activation = { name: 'cube', f: (t) => t ** 3, df: (t) => 3 * t * t };
 */
export interface Activation {
  /** Name used in output (e.g. `"relu"`). */
  readonly name: string;
  /** φ(t). */
  readonly f: (t: number) => number;
  /** φ'(t); at a kink, the right derivative (except `abs`, where φ'(0) = 0). */
  readonly df: (t: number) => number;
}
