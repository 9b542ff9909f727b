import { describe, expect, it } from 'vitest';
import * as errors from '../src/errors.js';

describe('errorFromData (errors crossing worker threads)', () => {
  const classes = (Object.values(errors) as unknown[]).filter(
    (v): v is new (message: string) => errors.RfciError => typeof v === 'function' && v.prototype instanceof errors.RfciError,
  );

  it('rebuilds every rfci error class with its code and message', () => {
    expect(classes.length).toBeGreaterThanOrEqual(5);
    for (const Class of classes) {
      const original = new Class('the message');
      const rebuilt = errors.errorFromData({ name: original.name, message: original.message });
      expect(rebuilt).toBeInstanceOf(Class);
      expect(rebuilt).toMatchObject({ code: original.code, message: 'the message' });
    }
  });

  it('gives an InvalidArgumentError for a name that is not an rfci error class', () => {
    for (const name of ['TypeError', 'constructor', 'toString', 'RfciError']) {
      expect(errors.errorFromData({ name, message: 'm' })).toBeInstanceOf(errors.InvalidArgumentError);
    }
  });
});
