/**
 * Shared checks for the robustness suite (issue 5): what every report must look like whatever the
 * input, the planted finding that must survive next to hostile files, fixed fast-check seeds, and
 * a guarded way to run the built CLI.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { expect } from 'vitest';
import { rules } from '../../rules/index.js';
import type { Finding } from '../../src/engine/finding.js';
import type { LintResult } from '../../src/lint.js';
import { CLI, repoRoot } from '../helpers/cli.js';

export { repoRoot };

// ---------------------------------------------------------------------------------------------
// SARIF: validated against the official 2.1.0 schema, as test/report/formats.test.ts does.

const require = createRequire(import.meta.url);
const sarifSchema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
// ajv-formats also checks the schema's `uri`, `uri-reference` and `date-time` formats.
const sarifAjv = new Ajv04.default({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats.default(sarifAjv);
const validateSarif = sarifAjv.compile(sarifSchema);

/** Throws (with the schema errors) unless `text` is one SARIF 2.1.0 log; returns the parsed log. */
export function checkSarif(text: string): SarifLog {
  const log = JSON.parse(text) as SarifLog;
  if (!validateSarif(log)) throw new Error(`SARIF does not validate: ${JSON.stringify(validateSarif.errors).slice(0, 2000)}`);
  expect(log.runs).toHaveLength(1);
  return log;
}

export interface SarifLog {
  runs: { results: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }[] }[] }[];
}

// ---------------------------------------------------------------------------------------------
// JSON report: the documented shape (README "JSON output", /work/shared/spec/cli.md).

const RULE_IDS = new Set(rules.map((rule) => rule.meta.id));
const SEVERITIES = new Set(['error', 'warning', 'info']);
const FINDING_KEYS = new Set(['ruleId', 'severity', 'message', 'file', 'line', 'column', 'endLine', 'endColumn', 'related', 'docs']);
const RELATED_KEYS = new Set(['file', 'line', 'column', 'endLine', 'endColumn', 'message']);

export interface JsonReport {
  version: number;
  findings: Finding[];
  summary: { files: number; errors: number; warnings: number; infos: number };
}

function isPositiveInteger(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1;
}

/** A region is 1-based, and its end does not come before its start. */
function checkRegion(where: string, place: { file: unknown; line: unknown; column: unknown; endLine: unknown; endColumn: unknown }): void {
  if (typeof place.file !== 'string' || place.file === '' || place.file.includes('\\')) throw new Error(`${where}: bad file ${JSON.stringify(place.file)}`);
  for (const key of ['line', 'column', 'endLine', 'endColumn'] as const) {
    if (!isPositiveInteger(place[key])) throw new Error(`${where}: ${key} is ${JSON.stringify(place[key])}, not a 1-based integer`);
  }
  const [line, column, endLine, endColumn] = [place.line, place.column, place.endLine, place.endColumn] as number[];
  if (endLine! < line! || (endLine === line && endColumn! < column!)) throw new Error(`${where}: region ends before it starts (${line}:${column}-${endLine}:${endColumn})`);
}

/** Checks the shape of a list of findings (as `formatJson` prints them); throws with the first problem. */
export function checkFindingsShape(findings: readonly Finding[]): void {
  findings.forEach((finding, index) => {
    const where = `findings[${index}] (${finding.ruleId} ${finding.file}:${finding.line})`;
    for (const key of Object.keys(finding)) if (!FINDING_KEYS.has(key)) throw new Error(`${where}: unexpected key ${key}`);
    if (!RULE_IDS.has(finding.ruleId)) throw new Error(`${where}: unknown rule id`);
    if (!SEVERITIES.has(finding.severity)) throw new Error(`${where}: severity ${JSON.stringify(finding.severity)}`);
    if (typeof finding.message !== 'string' || finding.message.trim() === '') throw new Error(`${where}: empty message`);
    if (typeof finding.docs !== 'string' || !finding.docs.startsWith('https://')) throw new Error(`${where}: docs ${JSON.stringify(finding.docs)}`);
    checkRegion(where, finding);
    if (!Array.isArray(finding.related)) throw new Error(`${where}: related is not a list`);
    finding.related.forEach((related, r) => {
      for (const key of Object.keys(related)) if (!RELATED_KEYS.has(key)) throw new Error(`${where}.related[${r}]: unexpected key ${key}`);
      if (typeof related.message !== 'string') throw new Error(`${where}.related[${r}]: message`);
      checkRegion(`${where}.related[${r}]`, related);
    });
    if (index > 0) {
      const before = findings[index - 1]!;
      const order = before.file < finding.file ? -1 : before.file > finding.file ? 1 : before.line - finding.line || before.column - finding.column;
      if (order > 0) throw new Error(`${where}: findings are not sorted by file, line and column`);
    }
  });
}

/** Parses `--format json` output and checks its documented shape; returns the report. */
export function checkJsonReport(text: string, fileCount?: number): JsonReport {
  const report = JSON.parse(text) as JsonReport;
  expect(Object.keys(report).sort()).toEqual(['findings', 'summary', 'version']);
  expect(report.version).toBe(1);
  expect(Array.isArray(report.findings)).toBe(true);
  checkFindingsShape(report.findings);
  const count = (severity: string) => report.findings.filter((finding) => finding.severity === severity).length;
  expect(report.summary).toEqual({ files: fileCount ?? report.summary.files, errors: count('error'), warnings: count('warning'), infos: count('info') });
  return report;
}

/**
 * Every position a finding names lies inside the text of its file (when the test knows the
 * text): a line that exists, a column at most one past the line's last character.
 */
export function checkPositionsInFiles(findings: readonly Finding[], texts: ReadonlyMap<string, string>): void {
  const lineLengths = new Map<string, number[]>();
  const lengthsOf = (file: string): number[] | undefined => {
    const text = texts.get(file);
    if (text === undefined) return undefined;
    let lengths = lineLengths.get(file);
    if (!lengths) {
      // Line breaks as gwlint counts them (src/load/source.ts): LF, CRLF and a lone CR.
      lengths = text.split(/\r\n|\n|\r/).map((line) => line.length);
      lineLengths.set(file, lengths);
    }
    return lengths;
  };
  const check = (where: string, file: string, line: number, column: number) => {
    const lengths = lengthsOf(file);
    if (!lengths) return;
    if (line > lengths.length) throw new Error(`${where}: line ${line} is past the end of ${file} (${lengths.length} lines)`);
    if (column > lengths[line - 1]! + 1) throw new Error(`${where}: column ${column} is past the end of line ${line} of ${file} (${lengths[line - 1]} characters)`);
  };
  for (const finding of findings) {
    const where = `${finding.ruleId} at ${finding.file}:${finding.line}:${finding.column}`;
    check(where, finding.file, finding.line, finding.column);
    check(where, finding.file, finding.endLine, finding.endColumn);
    for (const related of finding.related) {
      check(`${where} (related)`, related.file, related.line, related.column);
      check(`${where} (related)`, related.file, related.endLine, related.endColumn);
    }
  }
}

/** What `guarded()` in src/lint.ts turns an exception into: a crash that the run survived. */
export const CRASH_MESSAGE = /could not process this file|Please report this/;

/** An in-process run must not have crashed anywhere: no rule failure (exit 2), no guarded crash. */
export function checkNoCrash(result: LintResult): void {
  if (result.failures.length > 0) {
    const failure = result.failures[0]!;
    throw new Error(`rule '${failure.ruleId}' threw: ${failure.error instanceof Error ? failure.error.stack : String(failure.error)}`);
  }
  const crash = result.findings.find((finding) => CRASH_MESSAGE.test(finding.message));
  if (crash) throw new Error(`a file's processing threw: ${crash.file}: ${crash.message}`);
}

// ---------------------------------------------------------------------------------------------
// The planted finding: a small valid native configuration with one known error, put next to
// every hostile or random file; it must still be reported, whatever its neighbours are.

export const PLANTED_NAME = 'planted.yaml';
export const PLANTED_TEXT = `upstreams:
  planted-upstream: { url: https://planted.internal }
routes:
  - name: planted-route
    paths: [/planted]
    upstream: planted-upstream
    rateLimit: planted-missing-limit
`;
export const PLANTED_LINE = 7;
export const PLANTED_COLUMN = 16;

/** Whether `findings` still contain the planted unknown-reference, in the file named `file`. */
export function hasPlanted(findings: readonly Pick<Finding, 'ruleId' | 'file' | 'line' | 'column' | 'message'>[], file = PLANTED_NAME): boolean {
  return findings.some(
    (finding) =>
      finding.ruleId === 'unknown-reference' &&
      finding.file === file &&
      finding.line === PLANTED_LINE &&
      finding.column === PLANTED_COLUMN &&
      finding.message.includes('planted-missing-limit'),
  );
}

// ---------------------------------------------------------------------------------------------
// fast-check: fixed seeds, overridable to reproduce or to search longer.

/**
 * Runs a property with a fixed seed (GWLINT_FC_SEED overrides it) and `runs` runs (GWLINT_FC_RUNS
 * multiplies them). A failure names the seed, the path and the counterexample; the message also
 * says how to rerun just that case.
 */
export async function assertProperty<T>(name: string, property: fc.IAsyncPropertyWithHooks<T> | fc.IPropertyWithHooks<T>, seed: number, runs: number): Promise<void> {
  const envSeed = process.env.GWLINT_FC_SEED;
  const factor = Number(process.env.GWLINT_FC_RUNS ?? '1');
  const parameters: fc.Parameters<T> = {
    seed: envSeed === undefined ? seed : Number(envSeed),
    numRuns: Math.max(1, Math.round(runs * (Number.isFinite(factor) && factor > 0 ? factor : 1))),
    endOnFailure: process.env.GWLINT_FC_SHRINK === '0',
  };
  const details = await fc.check(property as fc.IAsyncProperty<T>, parameters);
  if (!details.failed) return;
  const counterexample = details.counterexample === null ? '(none)' : fc.stringify(details.counterexample).slice(0, 4000);
  const reason = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  throw new Error(
    `property "${name}" failed after ${details.numRuns} runs with seed ${details.seed} (path ${JSON.stringify(details.counterexamplePath)}); ` +
      `rerun with GWLINT_FC_SEED=${details.seed}.\nreason: ${reason.slice(0, 3000)}\ncounterexample: ${counterexample}`,
  );
}

// ---------------------------------------------------------------------------------------------
// Temporary folders and the CLI.

export function makeTempDir(prefix = 'gwlint-robustness-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

export function removeTempDir(folder: string): void {
  rmSync(folder, { recursive: true, force: true });
}

/**
 * The CLI under test: the repository's built `dist/gwlint.cjs` (test/helpers/cli.ts; `npm test`
 * builds it first). GWLINT_ROBUSTNESS_CLI points at another bundle, to try fresh sources without
 * rewriting the committed dist/ files.
 */
export const CLI_UNDER_TEST = process.env.GWLINT_ROBUSTNESS_CLI ?? CLI;

/** Variables that change gwlint's output, removed as test/helpers/cli.ts removes them. */
const OUTPUT_VARIABLES = ['NO_COLOR', 'FORCE_COLOR', 'GWLINT_DEBUG', 'GITHUB_ACTIONS', 'UPDATE_GOLDEN', 'UPDATE_DOCS'];

export interface GuardedRun {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Killed because it ran longer than the guard: gwlint hung (or nearly). */
  readonly timedOut: boolean;
}

/**
 * Runs the CLI like test/helpers/cli.ts `gwlint()` does, but kills it after `killAfterMs`, so a
 * hang fails the test instead of leaving a process behind. `uid`/`gid` run it as another user
 * (only root can), for permission tests.
 */
export function runCli(args: readonly string[], cwd: string, options: { killAfterMs?: number; uid?: number; gid?: number } = {}): Promise<GuardedRun> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of OUTPUT_VARIABLES) delete env[name];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_UNDER_TEST, ...args], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.gid ?? options.uid }),
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.killAfterMs ?? 20_000);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, stdout, stderr, timedOut });
    });
  });
}

/** A stack trace on stderr ("    at f (file.js:1:2)"): never shown without GWLINT_DEBUG=1. */
export const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$/m;
