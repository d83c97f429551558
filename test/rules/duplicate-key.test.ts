import { describe, expect, it } from 'vitest';
import { lintText, where } from '../helpers/lint-text.js';

const RULE = 'duplicate-key';

describe('duplicate-key', () => {
  it('reports the second key at the key, with the first as related location', () => {
    const findings = lintText(
      { 'routes.yaml': 'upstreams:\n  orders: { url: https://orders.internal }\nroutes:\n  - name: a\n    paths: [/a]\n    upstream: orders\n    timeout: 5s\n    timeout: 10s\n' },
      RULE,
    );
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding!.severity).toBe('error');
    expect(where(finding!)).toBe('8:5-8:12');
    expect(finding!.message).toBe(
      "Duplicate key 'timeout': it is also defined at line 7. Parsers disagree on which value wins (most keep the last, some reject the file), " +
        'so the gateway may not see the value you expect.',
    );
    expect(finding!.related).toEqual([{ file: 'routes.yaml', line: 7, column: 5, endLine: 7, endColumn: 12, message: "first 'timeout'" }]);
  });

  it('reports a repeated top-level section', () => {
    const findings = lintText({ 'a.yaml': 'routes: []\nroutes: []\n' }, RULE);
    expect(findings.map(where)).toEqual(['2:1-2:7']);
    expect(findings[0]!.message).toMatch(/^Duplicate key 'routes': it is also defined at line 1\./);
  });

  it('reports a repeated upstream name in one mapping', () => {
    const findings = lintText({ 'a.yaml': 'upstreams:\n  orders: { url: https://a.internal }\n  orders: { url: https://b.internal }\n' }, RULE);
    expect(findings.map(where)).toEqual(['3:3-3:9']);
  });

  it('reports a repeated key in a JSON file', () => {
    const findings = lintText({ 'gateway.json': '{ "gateway": { "name": "a", "name": "b" } }\n' }, RULE);
    expect(findings.map(where)).toEqual(['1:29-1:35']);
    expect(findings[0]!.related).toEqual([{ file: 'gateway.json', line: 1, column: 16, endLine: 1, endColumn: 22, message: "first 'name'" }]);
  });

  it.each([
    ['the same key in different mappings', 'upstreams:\n  a: { url: https://a.internal, timeout: 1s }\n  b: { url: https://b.internal, timeout: 1s }\n'],
    ['the same key in different documents', 'routes: []\n---\nroutes: []\n'],
    ['a key overridden after a YAML merge', 'upstreams:\n  base: &base { url: https://a.internal, timeout: 1s }\n  orders:\n    <<: *base\n    timeout: 2s\n'],
  ])('stays quiet for %s', (_name, text) => {
    expect(lintText({ 'a.yaml': text }, RULE)).toEqual([]);
  });
});
