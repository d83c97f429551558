import { compareFindings, regionOf, relatedOf, type Finding } from './finding.js';
import type { FindingDescriptor, LintInput, Rule, RuleSettings, SeveritySetting } from './rule.js';

export interface RuleFailure {
  readonly ruleId: string;
  readonly error: unknown;
}

export interface RunResult {
  readonly findings: Finding[];
  /** Rules that threw: an internal error, reported once on stderr; the other rules still ran. */
  readonly failures: RuleFailure[];
}

/** The same setting for every file: the command line's `--rule`. */
export function settingsFromMap(severities: ReadonlyMap<string, SeveritySetting>): RuleSettings {
  return { severity: (ruleId) => severities.get(ruleId), runs: (ruleId) => severities.get(ruleId) !== 'off' };
}

/**
 * `severities` (the command line) wins over `settings` (the config file, which may differ per
 * file); a plain map is the same setting for every file.
 */
export function runRules(
  rules: readonly Rule[],
  input: LintInput,
  severities: ReadonlyMap<string, SeveritySetting>,
  settings?: RuleSettings,
): RunResult {
  const findings: Finding[] = [];
  const failures: RuleFailure[] = [];
  for (const rule of rules) {
    const { id } = rule.meta;
    const fixed = severities.get(id);
    if (fixed === 'off' || (fixed === undefined && settings && !settings.runs(id))) continue;
    const report = (descriptor: FindingDescriptor): void => {
      const configured = fixed ?? settings?.severity(id, descriptor.span.file.path);
      if (configured === 'off') return;
      findings.push({
        ruleId: id,
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
