/** The job summary: a count line and an HTML table of every reported finding. */
import type { Finding } from '../engine/finding.js';
import type { Severity } from '../engine/rule.js';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for an HTML element or attribute: `& < > " '` escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);
}

export interface SummaryFacts {
  readonly findings: readonly Finding[];
  readonly fileCount: number;
  readonly annotated: number;
  /** Set when `only-changed` limited the report to the pull request's changed lines. */
  readonly onlyChanged: boolean;
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

/** The whole summary as HTML; every value from a finding is escaped. */
export function summaryHtml(facts: SummaryFacts): string {
  const counts = countBySeverity(facts.findings);
  const scope = facts.onlyChanged ? ' on lines this pull request changes' : '';
  const lines = [
    '<h2>gwlint</h2>',
    `<p>${plural(facts.findings.length, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'info')})${scope} in ${plural(facts.fileCount, 'file')} checked.</p>`,
  ];
  if (facts.annotated < facts.findings.length) {
    lines.push(`<p>GitHub shows a limited number of annotations per step: ${facts.annotated} of ${facts.findings.length} findings are annotated. This table lists all of them.</p>`);
  }
  if (facts.findings.length > 0) {
    lines.push('<table>', '<tr><th>rule</th><th>severity</th><th>location</th><th>message</th></tr>');
    for (const finding of facts.findings) {
      const cells = [finding.ruleId, finding.severity, `${finding.file}:${finding.line}`, finding.message];
      lines.push(`<tr>${cells.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`);
    }
    lines.push('</table>');
  }
  return `${lines.join('\n')}\n`;
}
