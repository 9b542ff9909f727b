import { describe, expect, it } from 'vitest';
import { formatNumber, formatPValue, pValueClause, significanceMark, textTable } from '../../src/report/textTable.js';

describe('textTable', () => {
  it('pads each column to its widest cell, left or right, and trims line ends', () => {
    expect(textTable([['term', 'estimate'], ['x1', '0.81']], ['left', 'right'])).toBe('term  estimate\nx1        0.81');
    expect(textTable([['a', ''], ['bbb', '']], ['left', 'left'])).toBe('a\nbbb');
  });
  it('counts code points, not UTF-16 units', () => {
    expect(textTable([['‖ψ̃‖', 'x'], ['𝛽', 'y']], ['left', 'left']).split('\n')[1]).toBe('𝛽     y');
  });
});

describe('formatNumber', () => {
  it('uses fixed notation for 1e-4 ≤ |x| < 1e6 and scientific otherwise', () => {
    expect(formatNumber(0.000123456, 4)).toBe('0.0001235');
    expect(formatNumber(-123456.7, 4)).toBe('-123500');
    expect(formatNumber(1234567, 4)).toBe('1.235e+6');
    expect(formatNumber(0.0000123456, 3)).toBe('1.23e-5');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(Infinity)).toBe('Infinity');
    expect(formatNumber(NaN)).toBe('NaN');
  });
});

describe('p-values', () => {
  it('formatPValue prints values below eps as "< eps", small ones in scientific notation', () => {
    expect(formatPValue(1e-20)).toBe('< 2e-16');
    expect(formatPValue(1e-5, 1e-3)).toBe('< 1e-3');
    expect(formatPValue(3.2e-7)).toBe('3.2e-7');
    expect(formatPValue(0.03127)).toBe('0.0313');
  });
  it('pValueClause reads as the end of "p …"', () => {
    expect(`p ${pValueClause(0.03)}`).toBe('p = 0.03');
    expect(`p ${pValueClause(0)}`).toBe('p < 2e-16');
  });
  it('significanceMark follows R: *** < 0.001 ≤ ** < 0.01 ≤ * < 0.05 ≤ . < 0.1', () => {
    expect([0.0005, 0.001, 0.003, 0.01, 0.04, 0.05, 0.09, 0.1, 0.5].map(significanceMark)).toEqual(['***', '**', '**', '*', '*', '.', '.', '', '']);
  });
});
