/**
 * Record files of a coverage study (JSON Lines): a header line describing the
 * study, then one {@link ReplicateRecord} per line in completion order. Lines
 * are appended whole with a single write, so an interrupted run leaves a valid
 * file; a torn last line (a killed process) is detected and dropped on
 * `--resume`. The header lets `--resume` and `merge` refuse a file from
 * another study.
 *
 * @module
 */
import { closeSync, existsSync, ftruncateSync, openSync, readFileSync, writeSync } from 'node:fs';
import { DataError, InvalidArgumentError } from '../errors.js';
import type { ReplicateRecord } from './replicate.js';
import { type StudySettings, studySettings } from './settings.js';
import type { Shard } from './shard.js';

/** Identifies the format of a record file. */
export const RECORD_FORMAT = 'rfci-coverage-records';

/** The first line of a record file. */
export interface RecordHeader {
  /** Always {@link RECORD_FORMAT}. */
  readonly format: typeof RECORD_FORMAT;
  /** Format version (1). */
  readonly version: 1;
  /** The study's settings. */
  readonly settings: StudySettings;
  /** Number of replicates of the whole study. */
  readonly reps: number;
  /** The shard this file holds, or null for the whole study. */
  readonly shard: Shard | null;
}

/** A record file read back. */
export interface RecordFile {
  /** Its header. */
  readonly header: RecordHeader;
  /** Its complete records, in file order. */
  readonly records: ReplicateRecord[];
  /** Byte length of the complete lines (a torn last line starts here). */
  readonly validBytes: number;
  /** Whether a torn last line follows the complete ones. */
  readonly tornTail: boolean;
}

/**
 * Builds the header of a study's record file.
 *
 * @example
 * recordHeader(settings, 100, null);
 */
export function recordHeader(settings: StudySettings, reps: number, shard: Shard | null): RecordHeader {
  return { format: RECORD_FORMAT, version: 1, settings, reps, shard };
}

/**
 * Names the settings in which two studies differ, e.g. `width 300 vs 600`.
 *
 * @example
 * studyDifferences(a, b); // ['width 300 vs 600']
 */
export function studyDifferences(a: StudySettings, b: StudySettings): string[] {
  const ca = studySettings(a) as unknown as Record<string, unknown>, cb = studySettings(b) as unknown as Record<string, unknown>;
  return Object.keys(ca)
    .filter((k) => JSON.stringify(ca[k]) !== JSON.stringify(cb[k]))
    .map((k) => `${k} ${JSON.stringify(ca[k])} vs ${JSON.stringify(cb[k])}`);
}

/**
 * Whether two settings describe the same study: no {@link studyDifferences}
 * after canonicalization.
 *
 * @example
 * sameStudy(a, a); // true
 * sameStudy(a, b); // false
 */
export function sameStudy(a: StudySettings, b: StudySettings): boolean {
  return studyDifferences(a, b).length === 0;
}

function checkRecord(r: unknown, p: number, reps: number, where: string): ReplicateRecord {
  const rec = r as ReplicateRecord;
  const ok =
    typeof rec === 'object' && rec !== null &&
    Number.isInteger(rec.index) && rec.index >= 0 && rec.index < reps &&
    Array.isArray(rec.pivots) && rec.pivots.length === p &&
    Array.isArray(rec.covered) && rec.covered.length === p &&
    Array.isArray(rec.lengths) && rec.lengths.length === p &&
    typeof rec.df === 'number' && typeof rec.lambda === 'number' && typeof rec.seconds === 'number';
  if (!ok) throw new DataError(`${where} is not a replicate record of this study (index in 0…${reps - 1}, p = ${p} pivots, covered flags and lengths, df, lambda, seconds)`);
  return rec;
}

/**
 * Reads a record file: checks the header and every complete line, and notes a
 * torn last line (no final newline) instead of failing on it.
 *
 * @example
 * const { header, records } = readRecordFile('study.jsonl');
 */
export function readRecordFile(path: string): RecordFile {
  if (!existsSync(path)) throw new DataError(`record file ${path} does not exist`);
  const text = readFileSync(path, 'utf8');
  const complete = text.lastIndexOf('\n') + 1;
  const lines = text.slice(0, complete).split('\n').slice(0, -1);
  if (lines.length === 0) throw new DataError(`record file ${path} has no header line; it is not an rfci coverage record file`);
  let header: RecordHeader;
  try {
    header = JSON.parse(lines[0]!) as RecordHeader;
  } catch {
    throw new DataError(`record file ${path}: line 1 is not JSON; it is not an rfci coverage record file`);
  }
  if (header?.format !== RECORD_FORMAT || header.version !== 1 || typeof header.settings !== 'object') {
    throw new DataError(`record file ${path}: line 1 is not an rfci coverage header (format "${RECORD_FORMAT}", version 1)`);
  }
  const records = lines.slice(1).map((line, k) => {
    const where = `record file ${path}, line ${k + 2}`;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      throw new DataError(`${where} is not valid JSON; the file is damaged (only a torn last line is repaired by --resume)`);
    }
    return checkRecord(parsed, header.settings.p, header.reps, where);
  });
  return { header, records, validBytes: Buffer.byteLength(text.slice(0, complete)), tornTail: complete < text.length };
}

/** An open record file that appends whole lines. */
export interface RecordWriter {
  /** Appends one record as one line (one write). */
  append(record: ReplicateRecord): void;
  /** Closes the file. */
  close(): void;
}

/** A record file opened for a run: the writer and the records it already held. */
export interface OpenedRecordFile {
  /** Appends new records. */
  readonly writer: RecordWriter;
  /** Records already in the file (empty for a new file). */
  readonly existing: ReplicateRecord[];
  /** Whether a torn last line was removed. */
  readonly repaired: boolean;
}

function writeLine(fd: number, line: string): void {
  const buf = Buffer.from(line + '\n');
  for (let off = 0; off < buf.length; ) off += writeSync(fd, buf, off);
}

function writer(fd: number): RecordWriter {
  return {
    append(record) {
      writeLine(fd, JSON.stringify(record));
    },
    close() {
      closeSync(fd);
    },
  };
}

/**
 * Checks, without changing it, that a run may use `path` as its record file:
 * a new run refuses an existing file (use `resume`); a resumed run needs the
 * file to be an undamaged record file (a torn last line aside) whose header
 * matches the study, reps and shard. Returns the file read back (undefined
 * when it does not exist yet). A sweep checks every width's file before
 * running the first.
 *
 * @example
 * checkRecordFile('study.jsonl', recordHeader(settings, 100, null), { resume: true })?.records.length;
 */
export function checkRecordFile(path: string, header: RecordHeader, options: { resume: boolean }): RecordFile | undefined {
  if (!existsSync(path)) return undefined;
  if (!options.resume) throw new InvalidArgumentError(`${path} already exists; continue it with --resume or choose another --out file`);
  const file = readRecordFile(path);
  const h = file.header;
  const diff = studyDifferences(h.settings, header.settings);
  if (diff.length > 0) throw new InvalidArgumentError(`--resume: ${path} holds a different study (${diff.join(', ')}); use the same settings or another --out file`);
  if (h.reps !== header.reps) throw new InvalidArgumentError(`--resume: ${path} was started with --reps ${h.reps}, not ${header.reps}; use --reps ${h.reps}`);
  const shardText = (s: Shard | null) => (s ? `${s.index}/${s.count}` : 'none');
  if (shardText(h.shard) !== shardText(header.shard)) {
    throw new InvalidArgumentError(`--resume: ${path} holds shard ${shardText(h.shard)}, not ${shardText(header.shard)}; use the same --shard`);
  }
  return file;
}

/**
 * Opens a record file for a run after {@link checkRecordFile}: a new file gets
 * the header; a resumed file loses a torn last line and returns the records
 * already there.
 *
 * @example
 * const { writer, existing } = openRecordFile('study.jsonl', recordHeader(settings, 100, null), { resume: true });
 */
export function openRecordFile(path: string, header: RecordHeader, options: { resume: boolean }): OpenedRecordFile {
  const file = checkRecordFile(path, header, options);
  if (file === undefined) {
    const fd = openSync(path, 'wx');
    writeLine(fd, JSON.stringify(header));
    return { writer: writer(fd), existing: [], repaired: false };
  }
  if (file.tornTail) {
    const fd = openSync(path, 'r+');
    ftruncateSync(fd, file.validBytes);
    closeSync(fd);
  }
  return { writer: writer(openSync(path, 'a')), existing: file.records, repaired: file.tornTail };
}

/** Shards merged into one study. */
export interface MergedRecords {
  /** The common settings. */
  readonly settings: StudySettings;
  /** Replicates of the whole study. */
  readonly reps: number;
  /** All records, sorted by index, one per index. */
  readonly records: ReplicateRecord[];
  /** Indices of the study with no record. */
  readonly missing: number[];
}

/**
 * Merges record files (shards, or pieces of one run) of the same study: checks
 * the headers agree, keeps one record per index (a repeated index must carry
 * identical pivots) and sorts by index. Missing indices are listed.
 *
 * @example
 * const { records, missing } = mergeRecordFiles(['a.jsonl', 'b.jsonl', 'c.jsonl']);
 */
export function mergeRecordFiles(paths: readonly string[]): MergedRecords {
  if (paths.length === 0) throw new InvalidArgumentError('merge needs at least one record file');
  const files = paths.map((path) => ({ path, file: readRecordFile(path) }));
  const first = files[0]!;
  const byIndex = new Map<number, ReplicateRecord>();
  for (const { path, file } of files) {
    const diff = studyDifferences(first.file.header.settings, file.header.settings);
    if (diff.length > 0) throw new InvalidArgumentError(`${path} is from a different study than ${first.path} (${diff.join(', ')}); merge only shards of one study`);
    if (file.header.reps !== first.file.header.reps) {
      throw new InvalidArgumentError(`${path} has --reps ${file.header.reps} but ${first.path} has ${first.file.header.reps}; merge only shards of one study`);
    }
    for (const r of file.records) {
      const seen = byIndex.get(r.index);
      if (seen && JSON.stringify(seen.pivots) !== JSON.stringify(r.pivots)) {
        throw new DataError(`replicate ${r.index} appears twice with different results (${path}); the files do not come from the same study`);
      }
      byIndex.set(r.index, seen ?? r);
    }
  }
  const reps = first.file.header.reps;
  const records = [...byIndex.values()].sort((a, b) => a.index - b.index);
  const missing: number[] = [];
  for (let i = 0; i < reps; i++) if (!byIndex.has(i)) missing.push(i);
  return { settings: first.file.header.settings, reps, records, missing };
}
