import { describe, expect, it } from 'vitest';
import { lintText, where } from '../helpers/lint-text.js';

const RULE = 'parse-error';

describe('parse-error', () => {
  it("reports a YAML syntax error at the parser's position", () => {
    const findings = lintText({ 'routes.yaml': 'routes:\n  - name: a\n    paths: [/a\n    upstream: orders\n' }, RULE);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding!.severity).toBe('error');
    expect(finding!.file).toBe('routes.yaml');
    expect(where(finding!)).toBe('4:5-4:6');
    expect(finding!.message).toBe('Flow sequence in block collection must be sufficiently indented and end with a ]; the document was not linted.');
  });

  it('reports mapping items that do not line up', () => {
    const findings = lintText({ 'upstreams.yaml': 'upstreams:\n  orders:\n    url: https://orders.internal\n   timeout: 5s\n' }, RULE);
    expect(findings.map(where)).toEqual(['4:1-4:2']);
    expect(findings[0]!.message).toBe('All mapping items must start at the same column; the document was not linted.');
  });

  it('reports tabs used as indentation', () => {
    const findings = lintText({ 'gateway.yaml': 'gateway:\n\tname: public-api\n' }, RULE);
    expect(findings.map(where)).toEqual(['2:1-2:2']);
    expect(findings[0]!.message).toBe('Tabs are not allowed as indentation; the document was not linted.');
  });

  it('still lints the good documents of a file next to a broken one', () => {
    const file = [
      'upstreams:',
      '  orders: { url: https://orders.internal }',
      '---',
      'routes: [',
      '---',
      'corsPolicies:',
      '  web:',
      '    allowOrigins: ["*"]',
      '    allowCredentials: true',
      '',
    ].join('\n');
    const findings = lintText({ 'all.yaml': file });
    expect(findings.map((f) => [f.ruleId, where(f)])).toEqual([
      [RULE, '5:1-5:2'],
      ['cors-wildcard-credentials', '8:20-8:23'],
    ]);
  });

  it('still lints the other files', () => {
    const findings = lintText({
      'broken.yaml': 'routes: [\n',
      'cors.yaml': 'corsPolicies:\n  web: { allowOrigins: ["*"], allowCredentials: true }\n',
    });
    expect(findings.map((f) => [f.file, f.ruleId])).toEqual([
      ['broken.yaml', RULE],
      ['cors.yaml', 'cors-wildcard-credentials'],
    ]);
  });

  it('reports a trailing comma in a .json file at the comma', () => {
    const findings = lintText({ 'upstreams.json': '{\n  "upstreams": {\n    "orders": { "url": "https://orders.internal" },\n  }\n}\n' }, RULE);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('error');
    expect(where(findings[0]!)).toBe('3:51-3:52');
    expect(findings[0]!.message).toBe('Invalid JSON: a trailing comma; gateways reading this file as JSON will reject it.');
  });

  it('reports a comment in a .json file, which YAML accepts but JSON does not, where the JSON parser stops', () => {
    const findings = lintText({ 'upstreams.json': '{\n  # orders\n  "upstreams": {}\n}\n' }, RULE);
    expect(findings.map(where)).toEqual(['2:3-2:4']);
    expect(findings[0]!.message).toMatch(/^Invalid JSON: .+; gateways reading this file as JSON will reject it\.$/);
  });

  it('leaves loose JSON alone in a .json file that is not gateway configuration', () => {
    expect(lintText({ 'tsconfig.json': '{\n  // compiler settings\n  "compilerOptions": {},\n}\n' }, RULE)).toEqual([]);
  });

  it('hints at quoting a path parameter inside [ ]', () => {
    const findings = lintText(
      { 'routes.yaml': 'upstreams:\n  orders: { url: https://orders.internal }\nroutes:\n  - name: get-order\n    paths: [/v1/orders/{id}]\n    upstream: orders\n' },
      RULE,
    );
    expect(findings).toHaveLength(1);
    expect(where(findings[0]!)).toBe('5:24-5:25');
    expect(findings[0]!.message).toBe(
      "Missing , or : between flow sequence items (inside [ ], '{' starts a mapping: quote paths with parameters, e.g. [\"/v1/orders/{id}\"]); the document was not linted.",
    );
  });

  it.each([
    ['valid YAML', 'routes.yaml', 'upstreams:\n  orders: { url: https://orders.internal }\nroutes:\n  - { name: a, paths: ["/v1/orders/{id}"], upstream: orders }\n'],
    ['valid JSON', 'upstreams.json', '{ "upstreams": { "orders": { "url": "https://orders.internal" } } }\n'],
    ['a file of comments only', 'notes.yaml', '# nothing here yet\n'],
    ['several documents', 'all.yaml', 'upstreams:\n  orders: { url: https://orders.internal }\n---\nroutes:\n  - { name: a, paths: [/a], upstream: orders }\n'],
  ])('stays quiet for %s', (_name, file, text) => {
    expect(lintText({ [file]: text }, RULE)).toEqual([]);
  });
});
