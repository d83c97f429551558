/**
 * One run of the built `gwlint` command on a folder, as a user runs it (`--format json`, the
 * report written to a file), with `GWLINT_TIMING=json` for the time of each stage and rule.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RunTimings } from '../src/report/timing.js';
import { runNode } from './measure.js';

/** dist/gwlint.cjs, next to this bundle (dist/bench.js). */
export const GWLINT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'gwlint.cjs');

export interface FindingSample {
  readonly where: string;
  readonly severity: string;
  readonly message: string;
}

export interface GwlintRun {
  readonly wallMs: number;
  readonly maxRssKiB: number;
  readonly pageFaults: number;
  readonly timings: RunTimings;
  readonly findingsByRule: Readonly<Record<string, number>>;
  readonly findingsBySeverity: Readonly<Record<string, number>>;
  /** The first few findings of each rule, for mismatch reports. */
  readonly samples: Readonly<Record<string, FindingSample[]>>;
  /** What gwlint wrote on stderr besides its timings (an internal error, say). */
  readonly stderr: string;
}

interface JsonReport {
  readonly findings: { ruleId: string; severity: string; message: string; file: string; line: number; column: number }[];
}

const SAMPLES_PER_RULE = 3;

export function runGwlint(dir: string): GwlintRun {
  const output = path.join(dir, '..', `${path.basename(dir)}.gwlint.json`);
  try {
    const run = runNode(GWLINT, ['--format', 'json', '--output', output, dir], { GWLINT_TIMING: 'json' });
    if (run.status !== 0 && run.status !== 1) throw new Error(`gwlint exited with ${run.status}: ${run.stderr.trim()}`);
    const lines = run.stderr.trim().split('\n');
    const timingLine = lines.findIndex((line) => line.startsWith('{"stages"'));
    if (timingLine === -1) throw new Error(`gwlint printed no timings: ${run.stderr.trim()}`);
    const timings = JSON.parse(lines[timingLine]!) as RunTimings;
    const report = JSON.parse(readFileSync(output, 'utf8')) as JsonReport;
    const findingsByRule: Record<string, number> = {};
    const findingsBySeverity: Record<string, number> = {};
    const samples: Record<string, FindingSample[]> = {};
    for (const finding of report.findings) {
      findingsByRule[finding.ruleId] = (findingsByRule[finding.ruleId] ?? 0) + 1;
      findingsBySeverity[finding.severity] = (findingsBySeverity[finding.severity] ?? 0) + 1;
      const list = (samples[finding.ruleId] ??= []);
      if (list.length < SAMPLES_PER_RULE) list.push({ where: `${finding.file}:${finding.line}:${finding.column}`, severity: finding.severity, message: finding.message });
    }
    const stderr = lines.filter((_, index) => index !== timingLine).join('\n');
    return { wallMs: run.wallMs, maxRssKiB: run.maxRssKiB, pageFaults: run.pageFaults, timings, findingsByRule, findingsBySeverity, samples, stderr };
  } finally {
    rmSync(output, { force: true });
  }
}
