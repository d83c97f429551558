import { readFileSync } from 'node:fs';
import { UsageError } from '../cli/usage-error.js';
import { BASELINE_VERSION, compareEntries, type Baseline, type BaselineEntry } from './format.js';

const FINGERPRINT = /^[0-9a-f]{64}$/;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Why `value` is not a baseline, or undefined when it is one. */
function problemWith(value: unknown): string | undefined {
  if (!isObject(value)) return 'expected a JSON object';
  if (value.tool !== 'gwlint') return `expected "tool": "gwlint"`;
  if (value.version !== BASELINE_VERSION) return `expected "version": ${BASELINE_VERSION}, got ${JSON.stringify(value.version)}`;
  if (!Array.isArray(value.entries)) return 'expected an "entries" array';
  const seen = new Map<string, number>();
  for (const [index, entry] of (value.entries as unknown[]).entries()) {
    const where = `entries[${index}]`;
    if (!isObject(entry)) return `${where} is not an object`;
    if (typeof entry.fingerprint !== 'string' || !FINGERPRINT.test(entry.fingerprint)) return `${where}.fingerprint is not a 64-digit hex fingerprint`;
    for (const key of ['ruleId', 'file', 'message'] as const) {
      if (typeof entry[key] !== 'string') return `${where}.${key} is not a string`;
    }
    if (typeof entry.count !== 'number' || !Number.isInteger(entry.count) || entry.count < 1) return `${where}.count is not a whole number of 1 or more`;
    const earlier = seen.get(entry.fingerprint);
    if (earlier !== undefined) return `${where} repeats the fingerprint of entries[${earlier}]`;
    seen.set(entry.fingerprint, index);
  }
  return undefined;
}

/** Parses and checks a baseline file's text; `file` only names it in the error. */
export function parseBaseline(text: string, file: string): Baseline {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new UsageError(`--baseline ${file} is not a gwlint baseline: not valid JSON`);
  }
  const problem = problemWith(value);
  if (problem) throw new UsageError(`--baseline ${file} is not a gwlint baseline: ${problem}`);
  const entries = (value as { entries: BaselineEntry[] }).entries.map(({ fingerprint, ruleId, file: entryFile, message, count }) => ({
    fingerprint,
    ruleId,
    file: entryFile,
    message,
    count,
  }));
  return { version: BASELINE_VERSION, tool: 'gwlint', entries: entries.sort(compareEntries) };
}

/** Reads the `--baseline` file: a missing, unreadable or invalid one is a usage error (exit 2). */
export function readBaseline(file: string): Baseline {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`--baseline ${file} does not exist (create it with --write-baseline ${file})`);
    throw new UsageError(`cannot read --baseline ${file} (${code ?? (error as Error).message})`);
  }
  return parseBaseline(text, file);
}
