import { createRequire } from 'node:module';
import type { Finding } from '../engine/finding.js';

/**
 * `node:crypto` costs milliseconds to load, and most runs (stylish output, no baseline) never
 * fingerprint anything: it is loaded on first use.
 */
let crypto: typeof import('node:crypto') | undefined;

/**
 * What identifies a finding across unrelated edits: the rule, the file and the message with every
 * line number taken out (messages name other places as `file:line`, or say `line 12`).
 */
export function stableMessage(message: string): string {
  return message.replace(/:\d+\b/g, ':').replace(/\bline \d+/g, 'line');
}

function stableKey(finding: Pick<Finding, 'ruleId' | 'file' | 'message'>): string {
  return `${finding.ruleId}\u0000${finding.file}\u0000${stableMessage(finding.message)}`;
}

function sha256(text: string): string {
  crypto ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  return crypto.createHash('sha256').update(text).digest('hex');
}

/**
 * The fingerprint shared by every finding that differs only in positions: identical findings get
 * the same one (the baseline counts them).
 */
export function findingFingerprint(finding: Pick<Finding, 'ruleId' | 'file' | 'message'>): string {
  return sha256(stableKey(finding));
}

/**
 * One fingerprint per finding, unique within the list: the stable key plus a counter for identical
 * ones, in report order (SARIF `partialFingerprints`, so code scanning does not reopen alerts).
 */
export function fingerprints(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const stable = stableKey(finding);
    const occurrence = (seen.get(stable) ?? 0) + 1;
    seen.set(stable, occurrence);
    return sha256(`${stable}\u0000${occurrence}`);
  });
}
