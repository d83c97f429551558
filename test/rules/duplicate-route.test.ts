import { describe, expect, it } from 'vitest';
import { lintText, where } from '../helpers/lint-text.js';

const RULE = 'duplicate-route';

const UPSTREAMS = `upstreams:
  orders: { url: https://orders.internal }
  legacy: { url: https://legacy.internal }
`;

function duplicates(routes: string): ReturnType<typeof lintText> {
  return lintText({ 'routes.yaml': `routes:\n${routes}`, 'upstreams.yaml': UPSTREAMS }, RULE);
}

describe('duplicate-route', () => {
  it('reports the later of two routes with the same path, at its path, naming the twin', () => {
    const findings = duplicates(`  - name: get-order
    paths: ["/v1/orders/{id}"]
    upstream: orders
  - name: get-order-legacy
    paths: ["/v1/orders/{orderId}"]
    upstream: legacy
`);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding!.severity).toBe('error');
    expect(where(finding!)).toBe('6:13-6:35');
    expect(finding!.message).toBe(
      "Route 'get-order-legacy' repeats 'get-order' (routes.yaml:2): same path '/v1/orders/{orderId}', every method on any host. " +
        "The gateway silently sends every such request (e.g. GET /v1/orders/1) to 'get-order'.",
    );
    expect(finding!.related).toEqual([{ file: 'routes.yaml', line: 3, column: 13, endLine: 3, endColumn: 30, message: "same route as 'get-order'" }]);
  });

  it('lists the shared methods in one finding; the extra method keeps the route reachable', () => {
    const files = {
      'routes.yaml': 'routes:\n  - { name: a, paths: [/x], methods: [GET, POST], upstream: orders }\n  - { name: b, paths: [/x], methods: [POST, GET, PUT], upstream: legacy }\n',
      'upstreams.yaml': UPSTREAMS,
    };
    const findings = lintText(files, RULE);
    expect(findings.map(where)).toEqual(['3:24-3:26']);
    expect(findings[0]!.message).toContain("same path '/x', POST, GET on any host. The gateway silently sends every such request (e.g. POST /x) to 'a'.");
    expect(lintText(files, 'shadowed-route')).toEqual([]);
  });

  it('names the shared host', () => {
    const findings = duplicates(
      '  - { name: a, host: api.example.com, paths: [/x], upstream: orders }\n  - { name: b, hosts: [api.example.com, b.example.com], paths: [/x], upstream: legacy }\n',
    );
    expect(findings.map(where)).toEqual(['3:65-3:67']);
    expect(findings[0]!.message).toContain("same path '/x', every method on api.example.com. The gateway silently sends every such request (e.g. GET api.example.com/x) to 'a'.");
  });

  it('compares hosts without regard to case', () => {
    const findings = duplicates('  - { name: a, host: API.example.com, paths: [/x], upstream: orders }\n  - { name: b, host: api.example.com, paths: [/x], upstream: legacy }\n');
    expect(findings).toHaveLength(1);
  });

  it('reports the route that loses on priority, even when declared first', () => {
    const findings = duplicates('  - { name: a, paths: [/x], upstream: orders }\n  - { name: b, paths: [/x], upstream: legacy, priority: 5 }\n');
    expect(findings.map(where)).toEqual(['2:24-2:26']);
    expect(findings[0]!.message).toMatch(/^Route 'a' repeats 'b' \(routes\.yaml:3\)/);
  });

  it('finds twins across files, in sorted file order', () => {
    const findings = lintText(
      {
        'a.yaml': 'routes:\n  - { name: a, paths: [/x/**], upstream: orders }\n',
        'b.yaml': 'routes:\n  - { name: b, paths: [/x/**], upstream: legacy }\n',
        'upstreams.yaml': UPSTREAMS,
      },
      RULE,
    );
    expect(findings.map((f) => [f.file, where(f)])).toEqual([['b.yaml', '2:24-2:29']]);
    expect(findings[0]!.message).toContain("Route 'b' repeats 'a' (a.yaml:2): same path '/x/**'");
    expect(findings[0]!.related[0]!.file).toBe('a.yaml');
  });

  it("treats '*' and a parameter as the same pattern", () => {
    const findings = duplicates('  - { name: a, paths: [/x/*], upstream: orders }\n  - { name: b, paths: ["/x/{id}"], upstream: legacy }\n');
    expect(findings).toHaveLength(1);
  });

  it('leaves a specific route behind a broader one to shadowed-route', () => {
    const routes = '  - { name: a, paths: [/x], upstream: orders }\n  - { name: b, paths: [/x], methods: [GET], upstream: legacy }\n';
    expect(duplicates(routes)).toEqual([]);
    expect(lintText({ 'routes.yaml': `routes:\n${routes}`, 'upstreams.yaml': UPSTREAMS }, 'shadowed-route')).toHaveLength(1);
  });

  it.each([
    ['different hosts', '  - { name: a, host: a.example.com, paths: [/x], upstream: orders }\n  - { name: b, host: b.example.com, paths: [/x], upstream: legacy }\n'],
    ['different methods', '  - { name: a, methods: [GET], paths: [/x], upstream: orders }\n  - { name: b, methods: [POST], paths: [/x], upstream: legacy }\n'],
    ['a narrower route before a broader one', '  - { name: a, methods: [GET], paths: [/x], upstream: orders }\n  - { name: b, paths: [/x], upstream: legacy }\n'],
    ['paths that differ by a trailing slash (strict)', '  - { name: a, paths: [/x], upstream: orders }\n  - { name: b, paths: [/x/], upstream: legacy }\n'],
    ['a literal and a parameter', '  - { name: a, paths: [/x/export], upstream: orders }\n  - { name: b, paths: ["/x/{id}"], upstream: legacy }\n'],
    ["'/**' and '{proxy+}'", '  - { name: a, paths: [/x/**], upstream: orders }\n  - { name: b, paths: ["/x/{proxy+}"], upstream: legacy }\n'],
    ['one route listing a path twice', '  - { name: a, paths: [/x, /x], upstream: orders }\n'],
  ])('stays quiet for %s', (_name, routes) => {
    expect(duplicates(routes)).toEqual([]);
  });
});
