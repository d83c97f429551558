import type { Finding } from '../../src/engine/finding.js';
import type { SeveritySetting } from '../../src/engine/rule.js';
import { lintSources } from '../../src/lint.js';

/**
 * Lints in-memory files (name → text) as one configuration, files in name order as on disk.
 * `only` keeps the findings of one rule, so a rule's tests are not disturbed by the others.
 */
export function lintText(files: Record<string, string>, only?: string, severities?: Map<string, SeveritySetting>): Finding[] {
  const sources = Object.keys(files)
    .sort()
    .map((name) => ({ file: { path: `/virtual/${name}`, displayPath: name, text: files[name]! }, explicit: false }));
  const { findings, failures } = lintSources(sources, { severities });
  if (failures.length > 0) throw failures[0]!.error;
  return only ? findings.filter((finding) => finding.ruleId === only) : findings;
}

/** `line:column-endLine:endColumn severity message`: compact for assertions. */
export function where(finding: Finding): string {
  return `${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn}`;
}
