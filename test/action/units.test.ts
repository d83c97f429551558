import { describe, expect, it } from 'vitest';
import { annotationProperties, selectAnnotations } from '../../src/action/annotations.js';
import { baseSha, onChangedLines, parseDiff, touchesChangedLines } from '../../src/action/changed-lines.js';
import { readInputs } from '../../src/action/inputs.js';
import { escapeHtml, summaryHtml } from '../../src/action/summary.js';
import type { Finding } from '../../src/engine/finding.js';
import type { Severity } from '../../src/engine/rule.js';

function finding(file: string, line: number, endLine = line, severity: Severity = 'error', message = 'm'): Finding {
  return { ruleId: 'rule', severity, message, file, line, column: 1, endLine, endColumn: 5, related: [], docs: '' };
}

const DIFF = `diff --git a/routes.yaml b/routes.yaml
index 1111111..2222222 100644
--- a/routes.yaml
+++ b/routes.yaml
@@ -3 +3 @@ routes:
-    paths: [/a]
+    paths: [/b]
@@ -10,0 +11,3 @@ routes:
+  - name: new
+    host: x
+    upstream: y
@@ -20,2 +23,0 @@
-  - name: gone
-    host: x
diff --git a/old.yaml b/old.yaml
deleted file mode 100644
--- a/old.yaml
+++ /dev/null
@@ -1,2 +0,0 @@
-a: 1
-b: 2
diff --git "a/sp ace/\\303\\251.yaml" "b/sp ace/\\303\\251.yaml"
new file mode 100644
--- /dev/null
+++ "b/sp ace/\\303\\251.yaml"
@@ -0,0 +1,2 @@
+a: 1
+b: 2
`;

describe('parseDiff', () => {
  it('turns hunk headers into changed line ranges of the new file', () => {
    const changed = parseDiff(DIFF);
    expect(changed.get('routes.yaml')).toEqual([
      { start: 3, end: 3 },
      { start: 11, end: 13 },
    ]);
    expect(changed.has('old.yaml')).toBe(false);
    expect(changed.get('sp ace/é.yaml')).toEqual([{ start: 1, end: 2 }]);
  });

  it('reads an empty diff as no changes', () => {
    expect(parseDiff('').size).toBe(0);
  });
});

describe('changed-line filter', () => {
  const changed = parseDiff(DIFF);

  it('keeps a finding whose line range overlaps a changed range of its own file', () => {
    expect(touchesChangedLines(finding('routes.yaml', 3), changed)).toBe(true);
    expect(touchesChangedLines(finding('routes.yaml', 13), changed)).toBe(true);
    expect(touchesChangedLines(finding('routes.yaml', 8, 11), changed)).toBe(true);
    expect(touchesChangedLines(finding('routes.yaml', 2, 4), changed)).toBe(true);
  });

  it('drops findings next to, but not on, changed lines, and in unchanged files', () => {
    expect(touchesChangedLines(finding('routes.yaml', 4, 10), changed)).toBe(false);
    expect(touchesChangedLines(finding('routes.yaml', 14), changed)).toBe(false);
    expect(touchesChangedLines(finding('routes.yaml', 23), changed)).toBe(false);
    expect(touchesChangedLines(finding('other.yaml', 3), changed)).toBe(false);
  });

  it('filters a list, keeping report order', () => {
    const list = [finding('routes.yaml', 12), finding('other.yaml', 1), finding('routes.yaml', 3)];
    expect(onChangedLines(list, changed)).toEqual([list[0], list[2]]);
  });
});

describe('baseSha', () => {
  it('reads pull_request.base.sha and nothing else', () => {
    expect(baseSha({ pull_request: { base: { sha: 'abc1234def' } } })).toBe('abc1234def');
    expect(baseSha({ pull_request: { base: { sha: '--output=x' } } })).toBeUndefined();
    expect(baseSha({ ref: 'refs/heads/main' })).toBeUndefined();
    expect(baseSha(undefined)).toBeUndefined();
  });
});

describe('escapeHtml', () => {
  it('escapes & < > " and \' ', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
    expect(escapeHtml('plain text')).toBe('plain text');
  });

  it('escapes every cell of the summary table', () => {
    const html = summaryHtml({ findings: [{ ...finding('a<b>.yaml', 1), ruleId: 'r&d', message: `x "<i>" 'y'` }], fileCount: 1, annotated: 1, onlyChanged: false });
    expect(html).toContain('<td>r&amp;d</td><td>error</td><td>a&lt;b&gt;.yaml:1</td><td>x &quot;&lt;i&gt;&quot; &#39;y&#39;</td>');
    expect(html).not.toContain('<i>');
  });
});

describe('annotations', () => {
  it('picks up to 10 of each severity, errors first, in report order', () => {
    const findings = [
      ...Array.from({ length: 12 }, (_, i) => finding('w.yaml', i + 1, i + 1, 'warning')),
      ...Array.from({ length: 15 }, (_, i) => finding('e.yaml', i + 1)),
      finding('i.yaml', 1, 1, 'info'),
    ];
    const selected = selectAnnotations(findings);
    expect(selected.map((f) => `${f.severity}:${f.line}`)).toEqual([
      ...Array.from({ length: 10 }, (_, i) => `error:${i + 1}`),
      ...Array.from({ length: 10 }, (_, i) => `warning:${i + 1}`),
      'info:1',
    ]);
  });

  it('gives columns only to one-line annotations', () => {
    expect(annotationProperties(finding('a.yaml', 3))).toEqual({ title: 'gwlint(rule)', file: 'a.yaml', startLine: 3, endLine: 3, startColumn: 1, endColumn: 5 });
    expect(annotationProperties(finding('a.yaml', 3, 6))).toEqual({ title: 'gwlint(rule)', file: 'a.yaml', startLine: 3, endLine: 6 });
  });
});

describe('readInputs', () => {
  const from = (values: Record<string, string>) => (name: string) => values[name] ?? '';

  it('applies the defaults of action.yml', () => {
    expect(readInputs(from({}))).toEqual({ paths: ['.'], config: undefined, failOn: 'error', format: 'stylish', sarifFile: undefined, annotations: true, onlyChanged: false });
  });

  it('splits paths on spaces and newlines and checks choices', () => {
    expect(readInputs(from({ paths: 'a/ b.yaml\nc/' })).paths).toEqual(['a/', 'b.yaml', 'c/']);
    expect(() => readInputs(from({ 'fail-on': 'fatal' }))).toThrow("input 'fail-on' must be one of error, warning, info, not 'fatal'");
    expect(() => readInputs(from({ format: 'github' }))).toThrow(/input 'format' must be one of stylish, json, sarif, junit/);
    expect(() => readInputs(from({ annotations: 'yes' }))).toThrow("input 'annotations' must be true or false, not 'yes'");
  });
});
