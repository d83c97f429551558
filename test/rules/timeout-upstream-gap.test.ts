import { describe, expect, it } from 'vitest';
import { lintText, where } from '../helpers/lint-text.js';

const RULE = 'timeout-upstream-gap';

const UPSTREAMS = `upstreams:
  reports: { url: https://reports.internal, timeout: 30s }
  orders: { url: https://orders.internal }
`;

function timeouts(routes: string, gateway = 'gateway: { name: test }\n'): ReturnType<typeof lintText> {
  return lintText({ 'gateway.yaml': gateway, 'routes.yaml': `routes:\n${routes}`, 'upstreams.yaml': UPSTREAMS }, RULE);
}

const DEFAULT_15S = 'gateway:\n  defaults:\n    timeout: 15s\n';

describe('timeout-upstream-gap', () => {
  describe('a route timeout below its upstream timeout', () => {
    it("reports the route's own timeout, with the upstream's as related location", () => {
      const findings = timeouts('  - name: report\n    paths: [/v1/report]\n    upstream: reports\n    timeout: 10s\n');
      expect(findings).toHaveLength(1);
      const [finding] = findings;
      expect(finding!.severity).toBe('error');
      expect(where(finding!)).toBe('5:14-5:17');
      expect(finding!.message).toBe(
        "Route 'report' has a 10s timeout, but its upstream 'reports' may take up to 30s (upstreams.yaml:2): " +
          "the gateway answers 504 while the upstream is still working. Give the route at least 30s, or lower the upstream's timeout.",
      );
      expect(finding!.related).toEqual([
        { file: 'upstreams.yaml', line: 2, column: 54, endLine: 2, endColumn: 57, message: "timeout of upstream 'reports'" },
      ]);
    });

    it('reads milliseconds written as a number', () => {
      const findings = timeouts('  - { name: report, paths: [/v1/report], upstream: reports, timeout: 1500 }\n');
      expect(findings.map(where)).toEqual(['2:70-2:74']);
      expect(findings[0]!.message).toContain("Route 'report' has a 1.5s timeout, but its upstream 'reports' may take up to 30s");
    });

    it("reports a timeout inherited from gateway.defaults at the route's upstream, naming the default", () => {
      const findings = timeouts('  - name: report\n    paths: [/v1/report]\n    upstream: reports\n', DEFAULT_15S);
      expect(findings).toHaveLength(1);
      const [finding] = findings;
      expect(finding!.file).toBe('routes.yaml');
      expect(where(finding!)).toBe('4:15-4:22');
      expect(finding!.message).toBe(
        "Route 'report' has the gateway default timeout of 15s (gateway.yaml:3), but its upstream 'reports' may take up to 30s (upstreams.yaml:2): " +
          "the gateway answers 504 while the upstream is still working. Give the route at least 30s, or lower the upstream's timeout.",
      );
      expect(finding!.related).toEqual([
        { file: 'upstreams.yaml', line: 2, column: 54, endLine: 2, endColumn: 57, message: "timeout of upstream 'reports'" },
        { file: 'gateway.yaml', line: 3, column: 14, endLine: 3, endColumn: 17, message: 'gateway default timeout' },
      ]);
    });

    it.each([
      ['a route timeout equal to the upstream timeout', '  - { name: r, paths: [/r], upstream: reports, timeout: 30000 }\n', undefined],
      ['a route timeout above the upstream timeout', '  - { name: r, paths: [/r], upstream: reports, timeout: 1m }\n', undefined],
      ['no route timeout and no default', '  - { name: r, paths: [/r], upstream: reports }\n', undefined],
      ['an upstream without a timeout', '  - { name: r, paths: [/r], upstream: orders, timeout: 1s }\n', undefined],
      ['a default timeout equal to the upstream timeout', '  - { name: r, paths: [/r], upstream: reports }\n', 'gateway:\n  defaults:\n    timeout: 30s\n'],
      ["a route's own timeout overriding a short default", '  - { name: r, paths: [/r], upstream: reports, timeout: 45s }\n', DEFAULT_15S],
      ['an unknown upstream (unknown-reference reports it)', '  - { name: r, paths: [/r], upstream: nowhere, timeout: 1s }\n', undefined],
    ])('stays quiet for %s', (_name, routes, gateway) => {
      expect(timeouts(routes, gateway)).toEqual([]);
    });
  });

  describe('retries that do not fit in the route timeout', () => {
    it('reports attempts × perTryTimeout above the route timeout at the retries mapping', () => {
      const findings = timeouts(
        '  - name: create\n    paths: [/v1/orders]\n    upstream: orders\n    timeout: 10s\n    retries: { attempts: 3, perTryTimeout: 4s }\n',
      );
      expect(findings).toHaveLength(1);
      const [finding] = findings;
      expect(finding!.severity).toBe('error');
      expect(where(finding!)).toBe('6:14-6:48');
      expect(finding!.message).toBe(
        "Route 'create' allows 3 attempts × 4s = 12s, more than its 10s timeout: only 2 slow tries fit, " +
          'and the route times out (504) before the last retries run.',
      );
      expect(finding!.related).toEqual([{ file: 'routes.yaml', line: 5, column: 14, endLine: 5, endColumn: 17, message: 'route timeout' }]);
    });

    it('says when only one try fits', () => {
      const findings = timeouts('  - { name: c, paths: [/c], upstream: orders, timeout: 5s, retries: { attempts: 2, perTryTimeout: 3s } }\n');
      expect(findings).toHaveLength(1);
      expect(findings[0]!.message).toContain('allows 2 attempts × 3s = 6s, more than its 5s timeout: only 1 slow try fits');
    });

    it('checks retries against a timeout inherited from gateway.defaults', () => {
      const findings = timeouts(
        '  - name: create\n    paths: [/v1/orders]\n    upstream: orders\n    retries:\n      attempts: 3\n      perTryTimeout: 6s\n',
        DEFAULT_15S,
      );
      expect(findings.map(where)).toEqual(['6:7-7:24']);
      expect(findings[0]!.message).toContain('allows 3 attempts × 6s = 18s, more than its 15s timeout');
      expect(findings[0]!.related).toEqual([{ file: 'gateway.yaml', line: 3, column: 14, endLine: 3, endColumn: 17, message: 'gateway default timeout' }]);
    });

    it('reports a perTryTimeout no shorter than the route timeout at the perTryTimeout', () => {
      const findings = timeouts(
        '  - name: create\n    paths: [/v1/orders]\n    upstream: orders\n    timeout: 5s\n    retries: { attempts: 2, perTryTimeout: 5s }\n',
      );
      expect(findings).toHaveLength(1);
      expect(where(findings[0]!)).toBe('6:44-6:46');
      expect(findings[0]!.message).toBe(
        "Route 'create' gives each try 5s, no less than the route's whole timeout (5s): a slow first try uses up the route timeout, so no retry can ever run.",
      );
      expect(findings[0]!.related).toEqual([{ file: 'routes.yaml', line: 5, column: 14, endLine: 5, endColumn: 16, message: 'route timeout' }]);
    });

    it('reports both gaps of one route', () => {
      const findings = timeouts(
        '  - name: report\n    paths: [/v1/report]\n    upstream: reports\n    timeout: 10s\n    retries: { attempts: 3, perTryTimeout: 4s }\n',
      );
      expect(findings.map(where)).toEqual(['5:14-5:17', '6:14-6:48']);
    });

    it.each([
      ['retries that fit exactly', '{ attempts: 3, perTryTimeout: 4s }', 'timeout: 12s'],
      ['retries well inside the timeout', '{ attempts: 2, perTryTimeout: 1s }', 'timeout: 10s'],
      ['a single attempt as long as the route timeout', '{ attempts: 1, perTryTimeout: 5s }', 'timeout: 5s'],
      ['no attempts', '{ attempts: 0, perTryTimeout: 20s }', 'timeout: 5s'],
      ['no perTryTimeout', '{ attempts: 5 }', 'timeout: 5s'],
      ['no route timeout and no default', '{ attempts: 3, perTryTimeout: 4s }', 'priority: 0'],
    ])('stays quiet for %s', (_name, retries, timeout) => {
      expect(timeouts(`  - { name: c, paths: [/c], upstream: orders, ${timeout}, retries: ${retries} }\n`)).toEqual([]);
    });
  });
});

describe('timeout-upstream-gap: equal values in different units', () => {
  const files = (routes: string) => ({
    'upstreams.yaml': 'upstreams:\n  u: { url: https://u.internal, timeout: 2010ms }\n  v: { url: https://v.internal, timeout: 1.1h }\n',
    'routes.yaml': `routes:\n${routes}`,
  });

  it('treats 2.01s and 2010ms (or 66m and 1.1h) as equal, not as a gap', () => {
    const routes = '  - { name: a, paths: [/a], upstream: u, timeout: 2.01s }\n  - { name: b, paths: [/b], upstream: v, timeout: 66m }\n';
    expect(lintText(files(routes), 'timeout-upstream-gap')).toEqual([]);
  });

  it('treats retries that exactly fill the route timeout as fitting', () => {
    const routes =
      '  - { name: a, paths: [/a], upstream: u, timeout: 4.35m, retries: { attempts: 3, perTryTimeout: 87s } }\n' +
      '  - { name: b, paths: [/b], upstream: u, timeout: 504s, retries: { attempts: 2, perTryTimeout: 0.07h } }\n';
    expect(lintText(files(routes), 'timeout-upstream-gap')).toEqual([]);
  });

  it('reads a timeout of 0 as no timeout', () => {
    const routes = '  - { name: a, paths: [/a], upstream: u, timeout: 0, retries: { attempts: 3, perTryTimeout: 0 } }\n';
    expect(lintText(files(routes), 'timeout-upstream-gap')).toEqual([]);
  });
});
