import { compareFindings, regionOf, relatedOf, type Finding } from './finding.js';
import type { FindingDescriptor, LintInput, Rule, SeveritySetting } from './rule.js';

export interface RuleFailure {
  readonly ruleId: string;
  readonly error: unknown;
}

export interface RunResult {
  readonly findings: Finding[];
  /** Rules that threw: an internal error, reported once on stderr; the other rules still ran. */
  readonly failures: RuleFailure[];
}

export function runRules(rules: readonly Rule[], input: LintInput, severities: ReadonlyMap<string, SeveritySetting>): RunResult {
  const findings: Finding[] = [];
  const failures: RuleFailure[] = [];
  for (const rule of rules) {
    const configured = severities.get(rule.meta.id);
    if (configured === 'off') continue;
    const report = (descriptor: FindingDescriptor): void => {
      findings.push({
        ruleId: rule.meta.id,
        severity: configured ?? descriptor.severity ?? rule.meta.defaultSeverity,
        message: descriptor.message,
        ...regionOf(descriptor.span),
        related: (descriptor.related ?? []).map(relatedOf),
        docs: rule.meta.docsUrl,
      });
    };
    try {
      rule.check({ ...input, report });
    } catch (error) {
      failures.push({ ruleId: rule.meta.id, error });
    }
  }
  findings.sort(compareFindings);
  return { findings, failures };
}
