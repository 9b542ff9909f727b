import { describe, expect, it } from 'vitest';
import { sameStudy, studyDifferences } from '../../src/simulation/records.js';
import { studySettings } from '../../src/simulation/settings.js';

describe('study identity of record files', () => {
  const a = studySettings({ n: 60, p: 10, width: 30, design: 'ar1:.5' });
  it('compares settings after canonicalization', () => {
    const same = { ...a, design: 'ar1:0.50' };
    expect(studyDifferences(a, same)).toEqual([]);
    expect(sameStudy(a, same)).toBe(true);
  });
  it('names every setting that differs', () => {
    const b = studySettings({ n: 60, p: 10, width: 31, design: 'ar1:0.5', noise: 't:5' });
    expect(studyDifferences(a, b)).toEqual(['width 30 vs 31', 'noise "gaussian" vs "t:5"']);
    expect(sameStudy(a, b)).toBe(false);
  });
});
