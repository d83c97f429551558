import type { Finding } from '../engine/finding.js';
import { pushTo } from '../util/group.js';

/** XML text and attribute escaping; characters XML 1.0 cannot hold at all are dropped. */
function xml(text: string): string {
  return text
    .replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * JUnit XML for CI systems that read it: one test suite per linted file, one failing test case per
 * finding, and a passing case for a file without findings so that it shows up as checked.
 */
export function formatJunit(findings: readonly Finding[], files: readonly string[]): string {
  const byFile = new Map<string, Finding[]>();
  for (const file of files) byFile.set(file, []);
  for (const finding of findings) pushTo(byFile, finding.file, finding);
  const suites = [...byFile].map(([file, list]) => {
    const cases =
      list.length === 0
        ? [`    <testcase classname="${xml(file)}" name="gwlint"/>`]
        : list.map(
            (finding) =>
              `    <testcase classname="${xml(file)}" name="${xml(`${finding.ruleId} ${finding.line}:${finding.column}`)}">\n` +
              `      <failure type="${finding.severity}" message="${xml(finding.message)}">${xml(`${finding.file}:${finding.line}:${finding.column} ${finding.severity} ${finding.message} (${finding.ruleId}) ${finding.docs}`)}</failure>\n` +
              `    </testcase>`,
          );
    return `  <testsuite name="${xml(file)}" tests="${Math.max(1, list.length)}" failures="${list.length}" errors="0">\n${cases.join('\n')}\n  </testsuite>`;
  });
  const total = [...byFile.values()].reduce((sum, list) => sum + Math.max(1, list.length), 0);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="gwlint" tests="${total}" failures="${findings.length}" errors="0">\n${suites.join('\n')}\n</testsuites>\n`;
}
