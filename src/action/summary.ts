/** The job summary: a count line and an HTML table of every reported finding. */
import type { Finding } from '../engine/finding.js';
import { describeCounts, summarise } from '../report/summary.js';
import { plural } from '../util/text.js';

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

/** The whole summary as HTML; every value from a finding is escaped. */
export function summaryHtml(facts: SummaryFacts): string {
  const counts = summarise(facts.findings, facts.fileCount);
  const scope = facts.onlyChanged ? ' on lines this pull request changes' : '';
  const lines = [
    '<h2>gwlint</h2>',
    `<p>${plural(facts.findings.length, 'problem')} (${describeCounts(counts)})${scope} in ${plural(facts.fileCount, 'file')} checked.</p>`,
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
