/**
 * Training rules for the second layer: ridge (closed form), gradient flow for a
 * time t, and T full-batch gradient-descent steps of size η, all from α = 0 and
 * all combined with the ridge penalty λ (METHOD §4).
 *
 * @module
 */
import { InvalidArgumentError } from '../errors.js';

/**
 * A training rule. With `u = s + λ` for an eigenvalue s of `S = ΦᵀΦ/n`, its
 * spectral filter is `1/u` (ridge), `(1 − e^{−tu})/u` (flow) or
 * `(1 − (1 − ηu)^T)/u` (gd).
 */
export type TrainingRule =
  | { readonly kind: 'ridge' }
  | { readonly kind: 'flow'; readonly time: number }
  | { readonly kind: 'gd'; readonly steps: number; readonly stepSize: number };

/** A training rule as an object or as a spec string `ridge`, `flow:T` or `gd:STEPS:ETA`. */
export type TrainingInput = string | TrainingRule;

/** The ridge rule (the default). */
export const RIDGE: TrainingRule = { kind: 'ridge' };

const SPEC_HELP = 'use ridge, flow:T (gradient flow for time T ≥ 0) or gd:STEPS:ETA (STEPS ≥ 0 gradient steps of size ETA > 0)';

function checkRule(rule: TrainingRule): TrainingRule {
  switch (rule.kind) {
    case 'ridge':
      return RIDGE;
    case 'flow':
      if (!(Number.isFinite(rule.time) && rule.time >= 0)) {
        throw new InvalidArgumentError(`gradient-flow time must be a finite number ≥ 0, got ${rule.time}; ${SPEC_HELP}`);
      }
      return { kind: 'flow', time: rule.time };
    case 'gd':
      if (!(Number.isSafeInteger(rule.steps) && rule.steps >= 0)) {
        throw new InvalidArgumentError(`number of gradient steps must be a whole number ≥ 0, got ${rule.steps}; ${SPEC_HELP}`);
      }
      if (!(Number.isFinite(rule.stepSize) && rule.stepSize > 0)) {
        throw new InvalidArgumentError(`gradient-descent step size must be a finite number > 0, got ${rule.stepSize}; ${SPEC_HELP}`);
      }
      return { kind: 'gd', steps: rule.steps, stepSize: rule.stepSize };
    default:
      throw new InvalidArgumentError(`unknown training rule ${JSON.stringify(rule)}; ${SPEC_HELP}`);
  }
}

function specNumber(text: string | undefined, spec: string): number {
  const v = text === undefined || text.trim() === '' ? NaN : Number(text);
  if (!Number.isFinite(v)) throw new InvalidArgumentError(`training "${spec}" has a non-numeric part "${text ?? ''}"; ${SPEC_HELP}`);
  return v;
}

/**
 * Parses and validates a training rule: `"ridge"`, `"flow:T"`, `"gd:STEPS:ETA"`
 * or an object `{ kind: 'flow', time }`, `{ kind: 'gd', steps, stepSize }`.
 * The condition `η(s_max + λ) < 2` needs the data and is checked when fitting.
 * Errors start with `flag` when given (e.g. `"--training"`).
 *
 * @example
 * parseTraining('flow:10'); // { kind: 'flow', time: 10 }
 * parseTraining('gd:100:0.5'); // { kind: 'gd', steps: 100, stepSize: 0.5 }
 */
export function parseTraining(input: TrainingInput = 'ridge', flag?: string): TrainingRule {
  if (flag === undefined) return parseRule(input);
  try {
    return parseRule(input);
  } catch (e) {
    if (e instanceof InvalidArgumentError) throw new InvalidArgumentError(`${flag}: ${e.message}`);
    throw e;
  }
}

function parseRule(input: TrainingInput): TrainingRule {
  if (typeof input !== 'string') return checkRule(input);
  const parts = input.trim().split(':');
  const kind = parts[0]!.toLowerCase();
  if (kind === 'ridge' && parts.length === 1) return RIDGE;
  if (kind === 'flow' && parts.length === 2) return checkRule({ kind: 'flow', time: specNumber(parts[1], input) });
  if (kind === 'gd' && parts.length === 3) {
    return checkRule({ kind: 'gd', steps: specNumber(parts[1], input), stepSize: specNumber(parts[2], input) });
  }
  throw new InvalidArgumentError(`cannot read training "${input}"; ${SPEC_HELP}`);
}

/**
 * The spec string of a rule, the inverse of {@link parseTraining}.
 *
 * @example
 * trainingSpec({ kind: 'gd', steps: 100, stepSize: 0.5 }); // "gd:100:0.5"
 */
export function trainingSpec(rule: TrainingRule): string {
  if (rule.kind === 'flow') return `flow:${rule.time}`;
  if (rule.kind === 'gd') return `gd:${rule.steps}:${rule.stepSize}`;
  return 'ridge';
}

/**
 * A readable description of a rule, for reports.
 *
 * @example
 * describeTraining({ kind: 'flow', time: 10 }); // "gradient flow for time t = 10"
 */
export function describeTraining(rule: TrainingRule): string {
  if (rule.kind === 'flow') return `gradient flow from α = 0 for time t = ${rule.time}`;
  if (rule.kind === 'gd') return `${rule.steps} full-batch gradient-descent steps of size η = ${rule.stepSize} from α = 0`;
  return 'ridge (closed form)';
}

/**
 * The training time of a rule on the gradient-flow clock: t for flow, ηT for
 * T steps of size η (gradient descent with small steps follows the flow at
 * t = ηT), `Infinity` for ridge (the limit of the flow).
 *
 * @example
 * trainingTime({ kind: 'gd', steps: 100, stepSize: 0.5 }); // 50
 */
export function trainingTime(rule: TrainingRule): number {
  if (rule.kind === 'flow') return rule.time;
  if (rule.kind === 'gd') return rule.steps * rule.stepSize;
  return Infinity;
}
