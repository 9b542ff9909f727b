import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kolmogorovSurvival, ksTestNormal } from '../../src/special/kolmogorov.js';
import { normalQuantile } from '../../src/special/normal.js';
import { runReplicates } from '../../src/simulation/engine.js';
import { mergeRecordFiles, openRecordFile, readRecordFile, recordHeader } from '../../src/simulation/records.js';
import type { ReplicateRecord } from '../../src/simulation/replicate.js';
import { studySettings } from '../../src/simulation/settings.js';
import { runCoverageStudy } from '../../src/simulation/study.js';
import { summarizeCoverage } from '../../src/simulation/summary.js';
import { tempDir } from '../helpers/cli.js';

const settings = studySettings({ n: 40, p: 3, width: 20 });

function record(index: number, covered: boolean[], pivots: number[], lengths = [1, 1, 1]): ReplicateRecord {
  return { index, covered, pivots, lengths, df: 10 + index, lambda: 0.001 * (index + 1), seconds: 0.5 };
}

describe('Kolmogorov–Smirnov', () => {
  it('matches the tabulated critical values and a hand-computed distance', () => {
    expect(kolmogorovSurvival(1.3581)).toBeCloseTo(0.05, 4);
    expect(kolmogorovSurvival(1.2238)).toBeCloseTo(0.1, 4);
    expect(kolmogorovSurvival(1.6276)).toBeCloseTo(0.01, 4);
    // one point at 0: D = max(1 − Φ(0), Φ(0) − 0) = 0.5
    expect(ksTestNormal([0]).statistic).toBe(0.5);
    // exact normal quantiles (k − 0.5)/N: D = 0.5/N
    const N = 1000;
    const x = Array.from({ length: N }, (_, k) => normalQuantile((k + 0.5) / N));
    const t = ksTestNormal(x);
    expect(t.statistic).toBeCloseTo(0.5 / N, 12);
    expect(t.pValue).toBe(1);
  });
});

describe('summarizeCoverage', () => {
  const records = [
    record(0, [true, true, false], [0.1, -0.2, 2.5], [1, 2, 3]),
    record(1, [true, true, true], [0.3, 0.4, -1.0], [1, 1, 1]),
    record(2, [true, false, true], [-0.5, 3.1, 0.0], [2, 2, 2]),
    record(3, [true, true, true], [1.2, -0.7, 0.2], [1, 1, 1]),
  ];

  it('computes coverage, its standard error across replicates and the other statistics', () => {
    const s = summarizeCoverage(records, settings);
    const f = [2 / 3, 1, 2 / 3, 1];
    const m = f.reduce((a, b) => a + b) / 4;
    const sd = Math.sqrt(f.reduce((a, b) => a + (b - m) ** 2, 0) / 3);
    expect(s.coverage).toBeCloseTo(10 / 12, 14);
    expect(s.coverageStdError).toBeCloseTo(sd / 2, 14);
    expect(s.coverageLower).toBeCloseTo(m - 1.959963984540054 * (sd / 2), 12);
    expect(s.coverageUpper).toBe(Math.min(1, m + 1.959963984540054 * (sd / 2)));
    expect([s.coordinateCoverageMin, s.coordinateCoverageMax]).toEqual([0.75, 1]);
    const piv = records.flatMap((r) => r.pivots);
    const pm = piv.reduce((a, b) => a + b) / 12;
    expect(s.pivotMean).toBeCloseTo(pm, 14);
    expect(s.pivotSd).toBeCloseTo(Math.sqrt(piv.reduce((a, b) => a + (b - pm) ** 2, 0) / 11), 14);
    expect(s.ksStatistic).toBe(ksTestNormal(piv).statistic);
    expect(s.meanLength).toBeCloseTo(18 / 12, 14);
    expect(s.meanDf).toBe(11.5);
    expect(s.meanLambda).toBeCloseTo(0.0025, 15);
    expect(s).toMatchObject({ reps: 4, intervals: 12, level: 0.95, replicateSeconds: 2, seconds: 2, repsPerSecond: 2 });
    expect(s).not.toHaveProperty('predictedLength');
    expect(summarizeCoverage(records, settings, { predictedLength: 1.3 }).predictedLength).toBe(1.3);
  });

  it('does not depend on the order of the records', () => {
    const a = summarizeCoverage(records, settings);
    const b = summarizeCoverage([records[2]!, records[0]!, records[3]!, records[1]!], settings);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('needs two replicates', () => {
    expect(() => summarizeCoverage(records.slice(0, 1), settings)).toThrow(/at least 2 replicates/);
  });
});

describe('record files', () => {
  it('resume repairs a torn last line and refuses another study', () => {
    const path = join(tempDir(), 'r.jsonl');
    const header = recordHeader(settings, 5, null);
    const first = openRecordFile(path, header, { resume: false });
    first.writer.append(record(0, [true, true, true], [0, 0, 0]));
    first.writer.append(record(3, [true, false, true], [0, 3, 0]));
    first.writer.close();
    expect(() => openRecordFile(path, header, { resume: false })).toThrow(/already exists; continue it with --resume/);
    appendFileSync(path, '{"index":4,"piv');
    expect(readRecordFile(path)).toMatchObject({ tornTail: true });
    const again = openRecordFile(path, header, { resume: true });
    again.writer.close();
    expect(again.repaired).toBe(true);
    expect(again.existing.map((r) => r.index)).toEqual([0, 3]);
    expect(readFileSync(path, 'utf8').endsWith('}\n')).toBe(true);
    const other = recordHeader(studySettings({ n: 40, p: 3, width: 21 }), 5, null);
    expect(() => openRecordFile(path, other, { resume: true })).toThrow(/holds a different study \(width 20 vs 21\)/);
    expect(() => openRecordFile(path, recordHeader(settings, 6, null), { resume: true })).toThrow(/--reps 5, not 6/);
    expect(() => openRecordFile(path, recordHeader(settings, 5, { index: 1, count: 2 }), { resume: true })).toThrow(/shard none, not 1\/2/);
  });

  it('reject damaged files with the line number', () => {
    const dir = tempDir();
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, JSON.stringify(recordHeader(settings, 5, null)) + '\n{"index":0}\n');
    expect(() => readRecordFile(bad)).toThrow(/bad.jsonl, line 2 is not a replicate record/);
    writeFileSync(bad, 'hello\n');
    expect(() => readRecordFile(bad)).toThrow(/line 1 is not JSON/);
  });

  it('merge keeps one record per index, sorts, lists missing indices and refuses other studies', () => {
    const dir = tempDir();
    const a = join(dir, 'a.jsonl'), b = join(dir, 'b.jsonl'), c = join(dir, 'c.jsonl');
    const wa = openRecordFile(a, recordHeader(settings, 4, { index: 1, count: 2 }), { resume: false }).writer;
    wa.append(record(2, [true, true, true], [0, 1, 0]));
    wa.append(record(0, [true, true, true], [0, 0, 0]));
    wa.close();
    const wb = openRecordFile(b, recordHeader(settings, 4, { index: 2, count: 2 }), { resume: false }).writer;
    wb.append(record(1, [true, true, true], [1, 0, 0]));
    wb.append(record(0, [true, true, true], [0, 0, 0]));
    wb.close();
    const merged = mergeRecordFiles([a, b]);
    expect(merged.records.map((r) => r.index)).toEqual([0, 1, 2]);
    expect(merged.missing).toEqual([3]);
    const wc = openRecordFile(c, recordHeader({ ...settings, seed: 2 }, 4, null), { resume: false }).writer;
    wc.close();
    expect(() => mergeRecordFiles([a, c])).toThrow(/different study .*seed 1 vs 2/);
  });
});

describe('engine in the calling thread', () => {
  it('gives the same records as a study run through a record file, and stops on abort', async () => {
    const s = studySettings({ n: 50, p: 5, width: 25, seed: 4 });
    const direct = await runReplicates(s, [0, 1, 2, 3], { workers: 0 });
    const out = join(tempDir(), 's.jsonl');
    const run = await runCoverageStudy(s, { reps: 4, workers: 0, out });
    const strip = (r: ReplicateRecord) => ({ ...r, seconds: 0 });
    expect(run.records.map(strip)).toEqual(direct.map(strip));
    expect(readRecordFile(out).records.map(strip)).toEqual(direct.map(strip));
    const controller = new AbortController();
    const seen: number[] = [];
    const pending = runReplicates(s, [0, 1, 2, 3], {
      workers: 0,
      signal: controller.signal,
      onRecord: (r) => {
        seen.push(r.index);
        controller.abort();
      },
    });
    await expect(pending).rejects.toThrow(/interrupted/);
    expect(seen).toEqual([0]);
  });
});
