/**
 * The baseline file: today's findings, recorded so a legacy repository can adopt gwlint and fail
 * only on new ones (`cli.md`). JSON, versioned, one entry per fingerprint with a count, sorted, and
 * readable: `ruleId`, `file` and `message` say what each entry is, so a diff of the file reviews well.
 */
import type { Finding } from '../engine/finding.js';
import { findingFingerprint, stableMessage } from '../report/fingerprint.js';

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  /** `findingFingerprint`: the rule, the file and the message without line numbers, hashed. */
  readonly fingerprint: string;
  readonly ruleId: string;
  /** Relative to the working directory, `/`-separated, as in the reports. */
  readonly file: string;
  /** The message with line numbers taken out, so the entry does not change when lines shift. */
  readonly message: string;
  /** How many findings share this fingerprint. */
  readonly count: number;
}

export interface Baseline {
  readonly version: typeof BASELINE_VERSION;
  readonly tool: 'gwlint';
  readonly entries: readonly BaselineEntry[];
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareEntries(a: BaselineEntry, b: BaselineEntry): number {
  return compareText(a.file, b.file) || compareText(a.ruleId, b.ruleId) || compareText(a.message, b.message) || compareText(a.fingerprint, b.fingerprint);
}

/** The baseline that records `findings`: identical findings share one entry and add to its count. */
export function createBaseline(findings: readonly Finding[]): Baseline {
  const entries = new Map<string, BaselineEntry>();
  for (const finding of findings) {
    const fingerprint = findingFingerprint(finding);
    const known = entries.get(fingerprint);
    entries.set(
      fingerprint,
      known
        ? { ...known, count: known.count + 1 }
        : { fingerprint, ruleId: finding.ruleId, file: finding.file, message: stableMessage(finding.message), count: 1 },
    );
  }
  return { version: BASELINE_VERSION, tool: 'gwlint', entries: [...entries.values()].sort(compareEntries) };
}

/** The file's text: keys in a fixed order, one entry per few lines, a final newline. */
export function serializeBaseline(baseline: Baseline): string {
  const entries = baseline.entries.map(({ fingerprint, ruleId, file, message, count }) => ({ fingerprint, ruleId, file, message, count }));
  return `${JSON.stringify({ version: baseline.version, tool: baseline.tool, entries }, null, 2)}\n`;
}

/** How many findings a baseline records. */
export function baselineSize(baseline: Baseline): number {
  return baseline.entries.reduce((total, entry) => total + entry.count, 0);
}
