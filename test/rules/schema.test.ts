import { describe, expect, it } from 'vitest';
import { lintText, where } from '../helpers/lint-text.js';

// The validator's messages are tested in test/validate.test.ts; this only checks they surface as findings.
const RULE = 'schema';

describe('schema', () => {
  it('reports a value of the wrong type at the value', () => {
    const findings = lintText({ 'rate-limits.yaml': 'rateLimits:\n  standard: { requestsPerSecond: 100, burst: two }\n' }, RULE);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('error');
    expect(where(findings[0]!)).toBe('2:46-2:49');
    expect(findings[0]!.message).toBe('`burst` must be a number, got "two"');
  });

  it('reports a misspelt field at its key, with a suggestion', () => {
    const findings = lintText(
      { 'routes.yaml': 'upstreams:\n  orders: { url: https://orders.internal }\nroutes:\n  - { name: a, paths: [/a], upstream: orders, timout: 5s }\n' },
      RULE,
    );
    expect(findings.map(where)).toEqual(['4:47-4:53']);
    expect(findings[0]!.message).toBe('unknown field `timout` in route; did you mean `timeout`?');
  });

  it('reports a missing required field at the entry', () => {
    const findings = lintText({ 'routes.yaml': 'routes:\n  - { name: a, paths: [/a] }\n' }, RULE);
    expect(findings.map(where)).toEqual(['2:5-2:29']);
    expect(findings[0]!.message).toBe('route is missing the required field `upstream`');
  });

  it('stays quiet for a valid configuration', () => {
    const files = {
      'gateway.yaml': 'gateway:\n  name: public-api\n  trailingSlash: strict\n  defaults: { timeout: 30s }\n',
      'routes.yaml': 'upstreams:\n  orders: { url: https://orders.internal, timeout: 10s }\nroutes:\n  - { name: a, paths: ["/v1/orders/{id}"], methods: [GET], upstream: orders, timeout: 15s }\n',
    };
    expect(lintText(files, RULE)).toEqual([]);
  });
});
