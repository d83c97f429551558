import { compareFindings, regionOf, relatedOf, type Finding } from './finding.js';
import type { FindingDescriptor, LintInput, Rule, RuleSettings, SeveritySetting } from './rule.js';
import { InlineSuppressions } from './suppress.js';
import { now } from '../util/clock.js';

export interface RuleFailure {
  readonly ruleId: string;
  readonly error: unknown;
}

export interface RunResult {
  readonly findings: Finding[];
  /** Rules that threw: an internal error, reported once on stderr; the other rules still ran. */
  readonly failures: RuleFailure[];
  /** Findings an inline `# gwlint-disable…` comment suppressed, with its reason; not reported. */
  readonly inlineSuppressed: Finding[];
  /** Milliseconds each rule that ran took, by id (`GWLINT_TIMING`). */
  readonly ruleTimings: Record<string, number>;
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
  const failures: RuleFailure[] = [];
  const ruleTimings: Record<string, number> = {};
  const ran = new Set<string>();
  const run = (rule: Rule, context: LintInput, findings: Finding[]): void => {
    const { id } = rule.meta;
    const fixed = severities.get(id);
    if (fixed === 'off' || (fixed === undefined && settings && !settings.runs(id))) return;
    ran.add(id);
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
    const start = now();
    try {
      rule.check({ ...context, report, options: context.ruleOptions?.get(id) ?? {} });
    } catch (error) {
      failures.push({ ruleId: id, error });
    } finally {
      ruleTimings[id] = (ruleTimings[id] ?? 0) + now() - start;
    }
  };

  const found: Finding[] = [];
  for (const rule of rules) if (!rule.meta.runsAfterSuppression) run(rule, input, found);
  // Suppression comes before sorting and counting, so exit codes never see suppressed findings.
  const suppressions = new InlineSuppressions(input.commentedFiles ?? [], new Set(rules.map((rule) => rule.meta.id)));
  const { kept, suppressed } = suppressions.apply(found);
  const later: Finding[] = [];
  const afterInput: LintInput = { ...input, unusedSuppressions: suppressions.unused(ran) };
  for (const rule of rules) if (rule.meta.runsAfterSuppression) run(rule, afterInput, later);
  const second = suppressions.apply(later, 'unused');
  const findings = [...kept, ...second.kept].sort(compareFindings);
  return { findings, failures, inlineSuppressed: [...suppressed, ...second.suppressed].sort(compareFindings), ruleTimings };
}
