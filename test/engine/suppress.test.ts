import { describe, expect, it } from 'vitest';
import { lintSources } from '../../src/lint.js';
import { parseSource } from '../../src/load/parse.js';
import { lintText, where } from '../helpers/lint-text.js';

const UPSTREAMS = 'upstreams:\n  orders: { url: https://orders.internal }\n';

/** Two routes whose `upstream` (deep inside each item) names nothing: one unknown-reference each. */
function routes(comment: string): string {
  return `${UPSTREAMS}routes:
${comment}  - name: get-order
    paths: [/v1/orders]
    upstream: nope
  - name: list-orders
    paths: [/v1/list]
    upstream: nada
`;
}

/** `ruleId line:column-endLine:endColumn` of every finding. */
function summary(text: string, name = 'r.yaml'): string[] {
  return lintText({ [name]: text }).map((finding) => `${finding.ruleId} ${where(finding)}`);
}

describe('inline suppression', () => {
  it('reports both routes without a comment', () => {
    expect(summary(routes(''))).toEqual(['unknown-reference 6:15-6:19', 'unknown-reference 9:15-9:19']);
  });

  it('disable-next-line covers the whole route item below it, not the next item', () => {
    const text = routes('  # gwlint-disable-next-line unknown-reference -- migrating to orders-v2\n');
    expect(summary(text)).toEqual(['unknown-reference 10:15-10:19']);
    const { inlineSuppressed } = lintSources([{ file: { path: '/virtual/r.yaml', displayPath: 'r.yaml', text }, explicit: false }]);
    expect(inlineSuppressed.map((finding) => [finding.ruleId, where(finding), finding.suppression])).toEqual([
      ['unknown-reference', '7:15-7:19', { kind: 'inline', justification: 'migrating to orders-v2' }],
    ]);
  });

  it('disable-next-line without rules covers every rule; it skips blank and comment lines', () => {
    expect(summary(routes('  # gwlint-disable-next-line\n\n  # why: legacy\n'))).toEqual(['unknown-reference 12:15-12:19']);
  });

  it('disable-next-line on a mapping key covers its whole value', () => {
    const text = `${UPSTREAMS}# gwlint-disable-next-line\nroutes:\n  - name: a\n    paths: [/a]\n    upstream: nope\n`;
    expect(summary(text)).toEqual([]);
  });

  it('disable-line covers only its own line', () => {
    const text = routes('').replace('upstream: nope', 'upstream: nope # gwlint-disable-line unknown-reference');
    expect(summary(text)).toEqual(['unknown-reference 9:15-9:19']);
  });

  it('a disable … enable region covers the lines between', () => {
    const text = routes('  # gwlint-disable unknown-reference\n').replace('  - name: list-orders', '  # gwlint-enable unknown-reference\n  - name: list-orders');
    expect(summary(text)).toEqual(['unknown-reference 11:15-11:19']);
  });

  it('a region without enable runs to the end of the file; enable without rules ends it', () => {
    expect(summary(routes('  # gwlint-disable\n'))).toEqual([]);
    const text = routes('  # gwlint-disable\n').replace('  - name: list-orders', '  # gwlint-enable\n  - name: list-orders');
    expect(summary(text)).toEqual(['unknown-reference 11:15-11:19']);
  });

  it('disable-file covers the whole file, every document of it, and no other file', () => {
    const text = `# gwlint-disable-file unknown-reference\n${routes('')}---\nroutes:\n  - { name: x, paths: [/x], upstream: gone }\n`;
    expect(summary(text)).toEqual([]);
    const findings = lintText({ 'a.yaml': text, 'b.yaml': 'routes:\n  - { name: y, paths: [/y], upstream: gone }\n' });
    expect(findings.map((finding) => `${finding.file} ${where(finding)}`)).toEqual(['b.yaml 2:39-2:43']);
  });

  it('a rule list suppresses only the rules it names', () => {
    const text = routes('  # gwlint-disable-next-line invalid-path, unknown-reference\n').replace('[/v1/orders]', '[v1/orders]');
    expect(summary(routes('').replace('[/v1/orders]', '[v1/orders]'))).toContain('invalid-path 5:13-5:22');
    expect(summary(text)).toEqual(['unknown-reference 10:15-10:19']);
    const other = routes('  # gwlint-disable-next-line invalid-path\n');
    expect(summary(other)).toEqual(['unused-suppression 4:3-4:42', 'unknown-reference 7:15-7:19', 'unknown-reference 10:15-10:19']);
  });

  it('reports an unused suppression at its comment, with the rules that suppressed nothing', () => {
    const findings = lintText({ 'r.yaml': routes('  # gwlint-disable-next-line duplicate-route, unknown-reference -- old\n') });
    const unused = findings.filter((finding) => finding.ruleId === 'unused-suppression');
    expect(unused).toHaveLength(1);
    expect(unused[0]!.severity).toBe('info');
    expect(where(unused[0]!)).toBe('4:3-4:71');
    expect(unused[0]!.message).toBe("Unused gwlint-disable-next-line comment for 'duplicate-route': no such finding is reported where it applies; remove it.");
  });

  it('reports an unused directive without rules, and one naming an unknown rule', () => {
    const findings = lintText({ 'r.yaml': `# gwlint-disable-file\n${UPSTREAMS}# gwlint-disable-line shadowed-rout\n` });
    expect(findings.map((finding) => [where(finding), finding.message])).toEqual([
      ['1:1-1:22', 'Unused gwlint-disable-file comment: no finding is reported where it applies; remove it.'],
      ['4:1-4:36', "Unknown rule 'shadowed-rout' in this gwlint-disable-line comment: it suppresses nothing ('gwlint rules' lists the rule ids)."],
    ]);
    expect(lintText({ 'r.yaml': `${UPSTREAMS}# gwlint-enable\n` }).map((finding) => finding.message)).toEqual([
      'This gwlint-enable comment ends no gwlint-disable region; remove it.',
    ]);
  });

  it('unused-suppression can be turned off, and a directive for a rule that is off is not unused', () => {
    const text = routes('  # gwlint-disable-next-line duplicate-route\n');
    expect(lintText({ 'r.yaml': text }, 'unused-suppression', new Map([['unused-suppression', 'off']]))).toEqual([]);
    expect(lintText({ 'r.yaml': text }, 'unused-suppression', new Map([['duplicate-route', 'off']]))).toEqual([]);
  });

  it('suppresses unused-suppression findings only by directives that name it', () => {
    const text = `# gwlint-disable-file unused-suppression\n${UPSTREAMS}# gwlint-disable-line schema\n`;
    expect(summary(text)).toEqual([]);
  });

  it('reads comments inside flow collections', () => {
    const text = `${UPSTREAMS}routes:\n  - name: a\n    paths: [\n      # gwlint-disable-next-line invalid-path\n      v1/a,\n      v1/b\n    ]\n    upstream: orders\n`;
    expect(summary(text)).toEqual(['invalid-path 8:7-8:11']);
  });

  it('applies in the right document of a multi-document file', () => {
    const text = `${routes('')}---\n# gwlint-disable-next-line unknown-reference\nroutes:\n  - { name: x, paths: [/x], upstream: gone }\n`;
    expect(summary(text)).toEqual(['unknown-reference 6:15-6:19', 'unknown-reference 9:15-9:19']);
  });

  it('works with CRLF line breaks', () => {
    const text = routes('  # gwlint-disable-next-line unknown-reference -- crlf\n').replace(/\n/g, '\r\n');
    expect(summary(text)).toEqual(['unknown-reference 10:15-10:19']);
  });

  it('ignores `#` inside scalars and does nothing in JSON files', () => {
    const text = `${UPSTREAMS}routes:\n  - name: "# gwlint-disable-file"\n    paths: [/a]\n    upstream: nope\n`;
    expect(summary(text)).toEqual(['unknown-reference 6:15-6:19']);
    expect(parseSource({ path: '/v/r.json', displayPath: 'r.json', text: '{"a": 1}\n' }).comments).toEqual([]);
  });
});

describe('parseSource comments', () => {
  it('returns every comment with its offset, from the parser, in a file that holds directives', () => {
    const text = 'a: 1 # one\r\n# two\r\nb: [x, # three\r\n  y]\r\n--- # four\nc: |\n  # not a comment\n# gwlint-disable-file\n';
    expect(parseSource({ path: '/v/c.yaml', displayPath: 'c.yaml', text }).comments).toEqual([
      { offset: 5, source: '# one' },
      { offset: 12, source: '# two' },
      { offset: 26, source: '# three' },
      { offset: 45, source: '# four' },
      { offset: 75, source: '# gwlint-disable-file' },
    ]);
    expect(parseSource({ path: '/v/d.yaml', displayPath: 'd.yaml', text: 'a: 1 # no directive here\n' }).comments).toEqual([]);
  });
});
