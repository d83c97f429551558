import { describe, expect, it } from 'vitest';
import { lintText, where } from '../helpers/lint-text.js';

const UPSTREAMS = `upstreams:
  orders: { url: https://orders.internal }
  legacy: { url: https://legacy.internal }
`;

function shadowing(routes: string, gateway = ''): ReturnType<typeof lintText> {
  return lintText({ 'gateway.yaml': gateway || 'gateway: { name: test }\n', 'routes.yaml': routes, 'upstreams.yaml': UPSTREAMS }, 'shadowed-route');
}

describe('shadowed-route', () => {
  it('reports a specific route declared after a catch-all, at the whole route, with a witness', () => {
    const findings = shadowing(`routes:
  - name: legacy-proxy
    host: api.example.com
    paths: [/v1/**]
    upstream: legacy
  - name: get-order
    host: api.example.com
    paths: ["/v1/orders/{id}"]
    methods: [GET]
    upstream: orders
`);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding!.severity).toBe('error');
    expect(where(finding!)).toBe('6:5-10:21');
    expect(finding!.message).toBe(
      "Route 'get-order' is unreachable: 'legacy-proxy' (routes.yaml:2) is tried first (it is declared earlier) and matches every request it would match, e.g. GET api.example.com/v1/orders/1. Its requests go to the wrong upstream or policy.",
    );
    expect(finding!.related).toEqual([{ file: 'routes.yaml', line: 2, column: 5, endLine: 5, endColumn: 21, message: "shadowing route 'legacy-proxy'" }]);
  });

  it('orders routes across files by sorted path', () => {
    const findings = lintText(
      {
        'a-catch-all.yaml': 'routes:\n  - { name: all, paths: [/**], upstream: legacy }\n',
        'b-specific.yaml': 'routes:\n  - { name: health, paths: [/health], upstream: orders }\n',
        'upstreams.yaml': UPSTREAMS,
      },
      'shadowed-route',
    );
    expect(findings.map((f) => [f.file, where(f)])).toEqual([['b-specific.yaml', '2:5-2:57']]);
    expect(findings[0]!.message).toContain("'all' (a-catch-all.yaml:2)");
  });

  it('names a higher priority as the reason', () => {
    const findings = shadowing(`routes:
  - { name: specific, paths: [/v1/orders], upstream: orders }
  - { name: broad, paths: [/v1/*], upstream: legacy, priority: 10 }
`);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain("Route 'specific' is unreachable: 'broad' (routes.yaml:3) is tried first (it has a higher priority (10 > 0))");
    expect(where(findings[0]!)).toBe('2:5-2:62');
  });

  it.each([
    ['a catch-all placed after specific routes', '  - { name: a, paths: [/v1/orders], upstream: orders }\n  - { name: b, paths: [/**], upstream: legacy }\n'],
    ['a lower-priority catch-all', '  - { name: b, paths: [/**], upstream: legacy, priority: -1 }\n  - { name: a, paths: [/v1/orders], upstream: orders }\n'],
    ['different hosts', '  - { name: b, host: a.example.com, paths: [/**], upstream: legacy }\n  - { name: a, host: b.example.com, paths: [/v1], upstream: orders }\n'],
    ["a one-segment '*' before deeper paths", '  - { name: b, paths: [/v1/*], upstream: legacy }\n  - { name: a, paths: [/v1/orders/1], upstream: orders }\n'],
    ['methods that do not overlap', '  - { name: b, paths: [/v1/**], methods: [POST], upstream: legacy }\n  - { name: a, paths: [/v1/orders], methods: [GET], upstream: orders }\n'],
    ['a literal before a parameter', '  - { name: b, paths: [/v1/orders/export], upstream: legacy }\n  - { name: a, paths: ["/v1/orders/{id}"], upstream: orders }\n'],
    ['a trailing-slash path before the bare path (strict)', '  - { name: b, paths: [/v1/orders/], upstream: legacy }\n  - { name: a, paths: [/v1/orders], upstream: orders }\n'],
    ['a wildcard host before the bare domain', "  - { name: b, host: '*.example.com', paths: [/**], upstream: legacy }\n  - { name: a, host: example.com, paths: [/v1], upstream: orders }\n"],
    ["'{proxy+}' before the bare prefix", '  - { name: b, paths: ["/v1/{proxy+}"], upstream: legacy }\n  - { name: a, paths: [/v1], upstream: orders }\n'],
    ['a specific-host route before an any-host route', '  - { name: b, host: a.example.com, paths: [/**], upstream: legacy }\n  - { name: a, paths: [/v1], upstream: orders }\n'],
  ])('stays quiet for %s', (_name, routes) => {
    expect(shadowing(`routes:\n${routes}`)).toEqual([]);
  });

  it.each([
    ['a wildcard host covers a host under it', "  - { name: b, host: '*.example.com', paths: [/**], upstream: legacy }\n  - { name: a, host: api.eu.example.com, paths: [/v1], upstream: orders }\n"],
    ['an any-host route covers a host-specific one', '  - { name: b, paths: [/v1/**], upstream: legacy }\n  - { name: a, host: api.example.com, paths: [/v1/x], upstream: orders }\n'],
    ["'/**' covers its own prefix", '  - { name: b, paths: [/v1/**], upstream: legacy }\n  - { name: a, paths: [/v1], upstream: orders }\n'],
    ["'*' covers a literal segment", '  - { name: b, paths: [/v1/*/items], upstream: legacy }\n  - { name: a, paths: [/v1/orders/items], upstream: orders }\n'],
    ['a parameter covers a wildcard host route', '  - { name: b, paths: ["/v1/{id}"], upstream: legacy }\n  - { name: a, host: "*.example.com", paths: [/v1/orders], upstream: orders }\n'],
    ["'{proxy+}' covers deeper paths", '  - { name: b, paths: ["/{proxy+}"], upstream: legacy }\n  - { name: a, paths: [/v1/orders], upstream: orders }\n'],
    ['several earlier routes together cover all methods', '  - { name: b, paths: [/v1/**], methods: [GET], upstream: legacy }\n  - { name: c, paths: [/v1/**], methods: [POST], upstream: legacy }\n  - { name: a, paths: [/v1/x], methods: [GET, POST], upstream: orders }\n'],
  ])('reports full shadowing when %s', (_name, routes) => {
    const findings = shadowing(`routes:\n${routes}`);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.message).toMatch(/^Route 'a' is unreachable/);
  });

  it('treats /a and /a/ as one path when the gateway ignores trailing slashes', () => {
    const routes = 'routes:\n  - { name: b, paths: [/v1/orders/**], upstream: legacy }\n  - { name: a, paths: [/v1/orders/], upstream: orders }\n';
    const files = { 'gateway.yaml': 'gateway: { trailingSlash: ignore }\n', 'routes.yaml': routes, 'upstreams.yaml': UPSTREAMS };
    expect(lintText(files, 'shadowed-route')).toHaveLength(1);
    const twins = 'routes:\n  - { name: b, paths: [/v1/orders/], upstream: legacy }\n  - { name: a, paths: [/v1/orders], upstream: orders }\n';
    expect(lintText({ ...files, 'routes.yaml': twins }, 'duplicate-route')).toHaveLength(1);
  });

  it('reports partial shadowing by method as a warning at the lost method', () => {
    const findings = shadowing(`routes:
  - name: reads
    paths: [/v1/orders/**]
    methods: [GET]
    upstream: legacy
  - name: orders
    paths: [/v1/orders]
    methods: [GET, POST]
    upstream: orders
`);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('warning');
    expect(where(findings[0]!)).toBe('8:15-8:18');
    expect(findings[0]!.message).toBe(
      "Route 'orders' never receives GET for '/v1/orders': 'reads' (routes.yaml:2) is tried first (it is declared earlier) and takes those requests, e.g. GET /v1/orders.",
    );
  });

  it('reports partial shadowing by host as a warning at the lost host', () => {
    const findings = shadowing(`routes:
  - { name: eu, host: eu.example.com, paths: [/**], upstream: legacy }
  - name: orders
    hosts: [eu.example.com, us.example.com]
    paths: [/v1/orders]
    upstream: orders
`);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('warning');
    expect(where(findings[0]!)).toBe('4:13-4:27');
    expect(findings[0]!.message).toContain("never receives all requests on eu.example.com for '/v1/orders'");
    expect(findings[0]!.message).toContain('e.g. GET eu.example.com/v1/orders');
  });

  it('reports one dead path of a multi-path route as a warning at that path', () => {
    const findings = shadowing(`routes:
  - { name: old, paths: [/v1/legacy/**], upstream: legacy }
  - name: orders
    paths: [/v1/orders, /v1/legacy/orders]
    upstream: orders
`);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('warning');
    expect(where(findings[0]!)).toBe('4:25-4:42');
    expect(findings[0]!.message).toBe(
      "Path '/v1/legacy/orders' of route 'orders' is never reached: 'old' (routes.yaml:2) is tried first (it is declared earlier) and matches every request to it, e.g. GET /v1/legacy/orders.",
    );
  });

  it('leaves exact duplicates to duplicate-route', () => {
    const routes = 'routes:\n  - { name: a, paths: [/v1/orders], upstream: orders }\n  - { name: b, paths: [/v1/orders], upstream: legacy }\n';
    expect(shadowing(routes)).toEqual([]);
  });

  it('keeps routes of a path that does not parse out of the analysis', () => {
    const routes = 'routes:\n  - { name: a, paths: [v1/**], upstream: legacy }\n  - { name: b, paths: [/v1/orders], upstream: orders }\n';
    expect(shadowing(routes)).toEqual([]);
  });
});

describe('shadowed-route: review regressions', () => {
  it('gives a witness request that really reaches the shadowing route', () => {
    const findings = shadowing(`routes:
  - { name: home, paths: ["/"], upstream: orders }
  - { name: all, paths: ["/**"], upstream: legacy }
  - { name: api-all, host: api.example.com, paths: ["/**"], upstream: orders }
`);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain("'all' (routes.yaml:3)");
    expect(findings[0]!.message).toContain('e.g. GET api.example.com/x.');
  });

  it('ignores a priority that is not a finite number instead of misordering other routes', () => {
    const findings = shadowing(`routes:
  - { name: catch, paths: ["/**"], upstream: legacy }
  - { name: weird, priority: .nan, paths: ["/w"], upstream: orders }
  - { name: spec, priority: 10, paths: ["/x"], upstream: orders }
`);
    expect(findings.map((finding) => finding.message.slice(0, 22))).toEqual(["Route 'weird' is unrea"]);
  });

  it("sees that '/{p}/**' covers '{proxy+}'", () => {
    const findings = shadowing('routes:\n  - { name: b, paths: ["/{p}/**"], upstream: legacy }\n  - { name: a, paths: ["/{proxy+}"], upstream: orders }\n');
    expect(findings).toHaveLength(0);
    expect(lintText({ 'routes.yaml': 'routes:\n  - { name: b, paths: ["/{p}/**"], upstream: legacy }\n  - { name: a, paths: ["/{proxy+}"], upstream: orders }\n', 'upstreams.yaml': UPSTREAMS }, 'duplicate-route')).toHaveLength(1);
  });

  it('reports a route repeated through an alias where the alias is', () => {
    const findings = lintText(
      {
        'routes.yaml': 'routes:\n  - &base\n    name: a\n    paths: [/a]\n    upstream: orders\n  - *base\n',
        'upstreams.yaml': UPSTREAMS,
      },
      'duplicate-route',
    );
    expect(findings.map(where)).toEqual(['6:5-6:10']);
  });

  it('analyses a path of thousands of segments without overflowing (it is invalid)', () => {
    const long = `/${'a/'.repeat(5000)}b`;
    const files = { 'routes.yaml': `routes:\n  - { name: a, paths: ["${long}"], upstream: orders }\n  - { name: b, paths: ["${long}"], upstream: orders }\n`, 'upstreams.yaml': UPSTREAMS };
    expect(lintText(files).map((finding) => finding.ruleId)).toEqual(['invalid-path', 'invalid-path']);
  });
});
