import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeRecordFiles, openRecordFile, readRecordFile, recordHeader, sameStudy, studyDifferences } from '../../src/simulation/records.js';
import type { ReplicateRecord } from '../../src/simulation/replicate.js';
import { studySettings } from '../../src/simulation/settings.js';
import { tempDir } from '../helpers/cli.js';

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

describe('record files refused by read and merge', () => {
  const settings = studySettings({ n: 40, p: 3, width: 20 });
  const record = (index: number, pivots: number[]): ReplicateRecord => ({ index, covered: [true, true, true], pivots, lengths: [1, 1, 1], df: 10, lambda: 0.001, seconds: 0.5 });
  const file = (dir: string, name: string, reps: number, records: ReplicateRecord[]) => {
    const path = join(dir, name);
    const { writer } = openRecordFile(path, recordHeader(settings, reps, null), { resume: false });
    records.forEach((r) => writer.append(r));
    writer.close();
    return path;
  };

  it('a missing file, an empty file and a file without a header line', () => {
    const dir = tempDir();
    expect(() => readRecordFile(join(dir, 'none.jsonl'))).toThrow(/none\.jsonl does not exist/);
    writeFileSync(join(dir, 'empty.jsonl'), '');
    expect(() => readRecordFile(join(dir, 'empty.jsonl'))).toThrow(/has no header line/);
    writeFileSync(join(dir, 'torn.jsonl'), '{"format":"rfci-cov');
    expect(() => readRecordFile(join(dir, 'torn.jsonl'))).toThrow(/has no header line/);
    writeFileSync(join(dir, 'other.jsonl'), '{"format":"other","version":1,"settings":{}}\n');
    expect(() => readRecordFile(join(dir, 'other.jsonl'))).toThrow(/line 1 is not an rfci coverage header/);
  });

  it('merge: no file, other --reps, and one index with different results; the same record twice is kept once', () => {
    const dir = tempDir();
    expect(() => mergeRecordFiles([])).toThrow(/at least one record file/);
    const a = file(dir, 'a.jsonl', 4, [record(0, [0, 1, 2])]);
    const same = file(dir, 'same.jsonl', 4, [record(0, [0, 1, 2]), record(1, [1, 1, 1])]);
    expect(mergeRecordFiles([a, same]).records.map((r) => r.index)).toEqual([0, 1]);
    const reps = file(dir, 'reps.jsonl', 5, [record(1, [1, 1, 1])]);
    expect(() => mergeRecordFiles([a, reps])).toThrow(/reps\.jsonl has --reps 5 but .*a\.jsonl has 4/);
    const clash = file(dir, 'clash.jsonl', 4, [record(0, [0, 1, 3])]);
    expect(() => mergeRecordFiles([a, clash])).toThrow(/replicate 0 appears twice with different results \(.*clash\.jsonl\)/);
  });
});
