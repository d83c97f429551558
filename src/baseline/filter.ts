import type { Finding } from '../engine/finding.js';
import { findingFingerprint } from '../report/fingerprint.js';
import type { Baseline, BaselineEntry } from './format.js';

export interface StaleEntry {
  readonly entry: BaselineEntry;
  /** How many of the entry's `count` findings are gone (fixed, or changed so they no longer match). */
  readonly missing: number;
}

export interface BaselineResult {
  /** The findings the baseline does not record, in their original order. */
  readonly findings: Finding[];
  /** How many findings the baseline absorbed. */
  readonly suppressed: number;
  /** Entries with fewer matching findings than their count, in the baseline's order. */
  readonly stale: StaleEntry[];
}

/** An entry with count N absorbs up to N findings with its fingerprint; the rest are new. */
export function applyBaseline(findings: readonly Finding[], baseline: Baseline): BaselineResult {
  const remaining = new Map(baseline.entries.map((entry) => [entry.fingerprint, entry.count]));
  const fresh: Finding[] = [];
  let suppressed = 0;
  for (const finding of findings) {
    const fingerprint = findingFingerprint(finding);
    const left = remaining.get(fingerprint) ?? 0;
    if (left > 0) {
      remaining.set(fingerprint, left - 1);
      suppressed += 1;
    } else {
      fresh.push(finding);
    }
  }
  const stale = baseline.entries.flatMap((entry) => {
    const missing = remaining.get(entry.fingerprint) ?? 0;
    return missing > 0 ? [{ entry, missing }] : [];
  });
  return { findings: fresh, suppressed, stale };
}
