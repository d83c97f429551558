import { describe, expect, it } from 'vitest';
import { lintText, where } from '../helpers/lint-text.js';

const RULE = 'duplicate-name';

const UPSTREAMS = 'upstreams:\n  orders: { url: https://orders.internal }\n';

describe('duplicate-name', () => {
  it('reports a route name used again in another file, at the second name', () => {
    const findings = lintText(
      {
        'a.yaml': 'routes:\n  - { name: list-orders, paths: [/v1/orders], upstream: orders }\n',
        'b.yaml': 'routes:\n  - name: list-orders\n    paths: [/v2/orders]\n    upstream: orders\n',
        'upstreams.yaml': UPSTREAMS,
      },
      RULE,
    );
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding!.severity).toBe('error');
    expect(finding!.file).toBe('b.yaml');
    expect(where(finding!)).toBe('2:11-2:22');
    expect(finding!.message).toBe(
      "Route name 'list-orders' is already used at a.yaml:2: names are global across files, so logs, metrics and suppressions cannot tell the two routes apart.",
    );
    expect(finding!.related).toEqual([{ file: 'a.yaml', line: 2, column: 13, endLine: 2, endColumn: 24, message: "first 'list-orders'" }]);
  });

  it('reports a route name used twice in one file', () => {
    const findings = lintText(
      { 'routes.yaml': `${UPSTREAMS}routes:\n  - { name: a, paths: [/a], upstream: orders }\n  - { name: a, paths: [/b], upstream: orders }\n` },
      RULE,
    );
    expect(findings.map(where)).toEqual(['5:13-5:14']);
    expect(findings[0]!.message).toContain("Route name 'a' is already used at routes.yaml:4");
  });

  it.each([
    ['upstreams', 'upstream', 'orders: { url: https://orders.internal }', 'orders', 9],
    ['corsPolicies', 'CORS policy', 'web: { allowOrigins: [https://app.example.com] }', 'web', 6],
    ['rateLimits', 'rate limit', 'standard: { requestsPerSecond: 10 }', 'standard', 11],
    ['authPolicies', 'auth policy', 'internal: { type: iam }', 'internal', 11],
  ])('reports a second entry of %s with the same name, at its key', (section, noun, entry, name, endColumn) => {
    const findings = lintText({ 'a.yaml': `${section}:\n  ${entry}\n`, 'b.yaml': `${section}:\n  ${entry}\n` }, RULE);
    expect(findings.map((f) => [f.file, where(f)])).toEqual([['b.yaml', `2:3-2:${endColumn}`]]);
    expect(findings[0]!.message).toBe(
      `A second ${noun} named '${name}' (the first is at a.yaml:2): names are global across files, so routes referring to '${name}' get the first definition and this one is ignored.`,
    );
    expect(findings[0]!.related).toEqual([{ file: 'a.yaml', line: 2, column: 3, endLine: 2, endColumn, message: `first '${name}'` }]);
  });

  it('reports a second gateway section at its key', () => {
    const findings = lintText({ 'a.yaml': 'gateway: { name: one }\n', 'b.yaml': 'gateway: { name: two }\n' }, RULE);
    expect(findings.map((f) => [f.file, where(f)])).toEqual([['b.yaml', '1:1-1:8']]);
    expect(findings[0]!.message).toBe("A second 'gateway' section (the first is at a.yaml:1): a configuration has one gateway, and this section is ignored.");
  });

  it('reports a second gateway section in another document of the same file', () => {
    const findings = lintText({ 'all.yaml': 'gateway: { name: one }\n---\ngateway: { name: two }\n' }, RULE);
    expect(findings.map(where)).toEqual(['3:1-3:8']);
  });

  it.each([
    ['the same name for different kinds', { 'a.yaml': `${UPSTREAMS}corsPolicies:\n  orders: { allowOrigins: [https://app.example.com] }\nroutes:\n  - { name: orders, paths: [/a], upstream: orders }\n` }],
    ['distinct names across files', { 'a.yaml': UPSTREAMS, 'b.yaml': 'upstreams:\n  billing: { url: https://billing.internal }\n' }],
    ['one gateway section', { 'a.yaml': 'gateway: { name: one }\n', 'b.yaml': UPSTREAMS }],
  ])('stays quiet for %s', (_name, files) => {
    expect(lintText(files, RULE)).toEqual([]);
  });

  it('leaves a key repeated inside one mapping to duplicate-key', () => {
    const files = { 'a.yaml': 'upstreams:\n  orders: { url: https://a.internal }\n  orders: { url: https://b.internal }\n' };
    expect(lintText(files, RULE)).toEqual([]);
    expect(lintText(files, 'duplicate-key')).toHaveLength(1);
  });
});
