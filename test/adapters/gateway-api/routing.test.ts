import { describe, expect, it } from 'vitest';
import { lintText, where } from '../../helpers/lint-text.js';

const GATEWAY = `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: { name: gw, namespace: infra }
spec:
  gatewayClassName: eg
  listeners:
    - name: http
      protocol: HTTP
      port: 80
      allowedRoutes: { namespaces: { from: All } }
`;

interface RouteSpec {
  name: string;
  namespace?: string;
  created?: string;
  hostnames?: string[];
  parent?: string;
  rules: string;
}

/** One HTTPRoute document; `rules` is the YAML of `spec.rules`, indented by 4. */
function route({ name, namespace = 'shop', created, hostnames, parent = '{ name: gw, namespace: infra }', rules }: RouteSpec): string {
  return [
    'apiVersion: gateway.networking.k8s.io/v1',
    'kind: HTTPRoute',
    'metadata:',
    `  name: ${name}`,
    `  namespace: ${namespace}`,
    ...(created ? [`  creationTimestamp: "${created}"`] : []),
    'spec:',
    `  parentRefs: [${parent}]`,
    ...(hostnames ? [`  hostnames: [${hostnames.join(', ')}]`] : []),
    '  rules:',
    rules.replace(/\n$/, ''),
    '',
  ].join('\n');
}

const exact = (value: string): string => `    - matches: [{ path: { type: Exact, value: ${value} } }]\n      backendRefs: [{ name: svc, port: 80 }]\n`;
const prefix = (value: string): string => `    - matches: [{ path: { type: PathPrefix, value: ${value} } }]\n      backendRefs: [{ name: svc, port: 80 }]\n`;

function lintRoutes(rule: string, ...routes: string[]): ReturnType<typeof lintText> {
  return lintText({ 'gateway.yaml': GATEWAY, 'routes.yaml': routes.join('---\n') }, rule);
}

describe('Gateway API routing: identical matches in different HTTPRoutes', () => {
  it('reports them as duplicates whose winner depends on creation time, which the manifests do not fix', () => {
    const findings = lintRoutes('duplicate-route', route({ name: 'a', rules: exact('/testPath') }), route({ name: 'b', rules: exact('/testPath') }));
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding!.severity).toBe('error');
    expect(where(finding!)).toBe('20:47-20:56');
    expect(finding!.message).toBe(
      "Route 'shop/b' repeats 'shop/a' (routes.yaml:9): same path '/testPath', every method on any host. " +
        'Which one gets such requests (e.g. GET /testPath) is ambiguous: the Gateway API gives them to the oldest HTTPRoute by creation time, ' +
        "which the manifests do not fix (if both were created in the same second, 'shop/a' wins by namespace/name). " +
        'Re-creating either route silently moves the traffic; remove or narrow one of the matches.',
    );
    expect(finding!.related![0]).toMatchObject({ file: 'routes.yaml', line: 9, column: 47 });
  });

  it('names the older HTTPRoute as the winner when both carry a creationTimestamp', () => {
    const findings = lintRoutes(
      'duplicate-route',
      route({ name: 'a', created: '2024-05-02T10:00:00Z', rules: prefix('/api') }),
      route({ name: 'b', created: '2024-01-01T10:00:00Z', rules: prefix('/api/') }),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain("Route 'shop/a' repeats 'shop/b'");
    expect(findings[0]!.message).toContain("to the older HTTPRoute, 'shop/b' (created 2024-01-01T10:00:00Z)");
  });

  it('says the first rule wins when one HTTPRoute repeats a match', () => {
    const findings = lintRoutes('duplicate-route', route({ name: 'a', rules: exact('/x') + exact('/x') }));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain("Route 'shop/a rules[1]' repeats 'shop/a rules[0]'");
    expect(findings[0]!.message).toContain('Within one HTTPRoute the first matching rule wins');
  });

  it('treats a rule without matches as PathPrefix / and a match without type as PathPrefix', () => {
    const noMatches = '    - backendRefs: [{ name: svc, port: 80 }]\n';
    const untyped = '    - matches: [{ path: { value: / } }]\n';
    expect(lintRoutes('duplicate-route', route({ name: 'a', rules: noMatches }), route({ name: 'b', rules: untyped }))).toHaveLength(1);
  });

  it('keeps matches with different methods, headers or query parameters apart', () => {
    const withMethod = '    - matches: [{ path: { type: Exact, value: /x }, method: POST }]\n';
    const withHeader = '    - matches: [{ path: { type: Exact, value: /x }, headers: [{ name: version, value: "2" }] }]\n';
    const withQuery = '    - matches: [{ path: { type: Exact, value: /x }, queryParams: [{ name: debug, value: "1" }] }]\n';
    const findings = lintText(
      {
        'gateway.yaml': GATEWAY,
        'routes.yaml': [route({ name: 'a', rules: exact('/x') }), route({ name: 'b', rules: withMethod }), route({ name: 'c', rules: withHeader }), route({ name: 'd', rules: withQuery })].join('---\n'),
      },
    );
    expect(findings.filter((f) => ['duplicate-route', 'shadowed-route'].includes(f.ruleId))).toEqual([]);
  });
});

describe('Gateway API routing: declaration order does not shadow', () => {
  it('never shadows an Exact match declared after a PathPrefix with the same value', () => {
    const findings = lintRoutes('shadowed-route', route({ name: 'catch-all', rules: prefix('/foo') + prefix('/') }), route({ name: 'foo', rules: exact('/foo') }));
    expect(findings).toEqual([]);
  });

  it('while the same table in the native format is shadowed (first match wins)', () => {
    const native = 'upstreams:\n  svc: { url: https://svc.internal }\nroutes:\n  - { name: catch-all, paths: ["/foo/**"], upstream: svc }\n  - { name: foo, paths: [/foo], upstream: svc }\n';
    const findings = lintText({ 'gateway.yaml': native }, 'shadowed-route');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain("'foo'");
  });

  it('matches PathPrefix element by element: /api does not cover /apiv2', () => {
    const findings = lintText({ 'gateway.yaml': GATEWAY, 'routes.yaml': route({ name: 'api', rules: prefix('/api') }) + '---\n' + route({ name: 'v2', rules: exact('/apiv2') + prefix('/apiv2') }) });
    expect(findings.filter((f) => f.severity === 'error' || f.ruleId === 'shadowed-route')).toEqual([]);
  });

  it('reports the Exact /abc and /abc/ pair that differs only by a trailing slash', () => {
    const findings = lintRoutes('trailing-slash-mismatch', route({ name: 'a', rules: exact('/abc') }), route({ name: 'b', rules: exact('/abc/') }));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain("differs from '/abc'");
  });

  it('gives a method match precedence over a route without one, in either order', () => {
    const get = '    - matches: [{ path: { type: PathPrefix, value: /x }, method: GET }]\n';
    expect(lintRoutes('shadowed-route', route({ name: 'a', rules: prefix('/x') }), route({ name: 'b', rules: get }))).toEqual([]);
    expect(lintRoutes('shadowed-route', route({ name: 'b', rules: get }), route({ name: 'a', rules: prefix('/x') }))).toEqual([]);
  });
});

describe('Gateway API routing: RegularExpression matches (Envoy Gateway: after Exact, before PathPrefix)', () => {
  const regex = (value: string): string => `    - matches: [{ path: { type: RegularExpression, value: "${value}" } }]\n`;

  it('reports a PathPrefix whose requests a regex takes, saying why', () => {
    const findings = lintRoutes('shadowed-route', route({ name: 'orders', rules: prefix('/v1/orders') }), route({ name: 'legacy', rules: regex('/v1/.*') }));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain("'shop/legacy'");
    expect(findings[0]!.message).toContain('Envoy Gateway tries those before every PathPrefix match');
  });

  it('stays quiet when the regex does not match the prefix', () => {
    expect(lintRoutes('shadowed-route', route({ name: 'orders', rules: prefix('/v1/orders') }), route({ name: 'legacy', rules: regex('/v2/.*') }))).toEqual([]);
  });

  it('never lets a regex shadow an Exact match', () => {
    expect(lintRoutes('shadowed-route', route({ name: 'health', rules: exact('/v1/health') }), route({ name: 'legacy', rules: regex('/v1/.*') }))).toEqual([]);
  });

  it('reports an invalid RE2 regex as an invalid path', () => {
    const findings = lintRoutes('invalid-path', route({ name: 'bad', rules: regex('*.foo.bar.com') }));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain("Path '*.foo.bar.com' of route 'shop/bad' is invalid (not a valid RE2 regular expression");
  });
});

describe('Gateway API routing: hostnames, listeners and parents', () => {
  it('keeps routes for different hostnames apart', () => {
    expect(
      lintRoutes('duplicate-route', route({ name: 'a', hostnames: ['a.example.com'], rules: exact('/x') }), route({ name: 'b', hostnames: ['b.example.com'], rules: exact('/x') })),
    ).toEqual([]);
  });

  it('compares routes by the hostnames they get on the listener (no hostnames = the listener hostname)', () => {
    const gateway = GATEWAY.replace('port: 80\n', 'port: 80\n      hostname: api.example.com\n');
    const findings = lintText(
      { 'gateway.yaml': gateway, 'routes.yaml': route({ name: 'a', rules: exact('/x') }) + '---\n' + route({ name: 'b', hostnames: ['"*.example.com"'], rules: exact('/x') }) },
      'duplicate-route',
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('every method on api.example.com');
  });

  it('does not attach a route whose hostnames do not intersect the listener hostname', () => {
    const gateway = GATEWAY.replace('port: 80\n', 'port: 80\n      hostname: "*.example.com"\n');
    const findings = lintText(
      { 'gateway.yaml': gateway, 'routes.yaml': route({ name: 'a', hostnames: ['example.com'], rules: exact('/x') }) + '---\n' + route({ name: 'b', hostnames: ['example.com'], rules: exact('/x') }) },
      'duplicate-route',
    );
    expect(findings).toEqual([]);
  });

  it('keeps listeners on different ports apart (the HTTP-to-HTTPS redirect pattern)', () => {
    const gateway = `${GATEWAY}    - name: https\n      protocol: HTTPS\n      port: 443\n      allowedRoutes: { namespaces: { from: All } }\n`;
    const redirect = route({ name: 'redirect', parent: '{ name: gw, namespace: infra, sectionName: http }', rules: prefix('/') });
    const app = route({ name: 'app', parent: '{ name: gw, namespace: infra, sectionName: https }', rules: prefix('/') });
    expect(lintText({ 'gateway.yaml': gateway, 'routes.yaml': `${redirect}---\n${app}` }, 'duplicate-route')).toEqual([]);
  });

  it("honours allowedRoutes: a route from another namespace does not attach to a 'Same' listener", () => {
    const gateway = GATEWAY.replace('from: All', 'from: Same');
    const findings = lintText(
      { 'gateway.yaml': gateway, 'routes.yaml': route({ name: 'a', rules: exact('/x') }) + '---\n' + route({ name: 'b', rules: exact('/x') }) },
      'duplicate-route',
    );
    expect(findings).toEqual([]);
    const same = lintText(
      { 'gateway.yaml': gateway, 'routes.yaml': route({ name: 'a', namespace: 'infra', rules: exact('/x') }) + '---\n' + route({ name: 'b', namespace: 'infra', rules: exact('/x') }) },
      'duplicate-route',
    );
    expect(same).toHaveLength(1);
  });

  it('still groups routes whose Gateway is not in the linted files, per parentRef', () => {
    const a = route({ name: 'a', parent: '{ name: elsewhere }', rules: exact('/x') });
    const b = route({ name: 'b', parent: '{ name: elsewhere }', rules: exact('/x') });
    const c = route({ name: 'c', parent: '{ name: other }', rules: exact('/x') });
    const findings = lintText({ 'routes.yaml': [a, b, c].join('---\n') }, 'duplicate-route');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain("Route 'shop/b' repeats 'shop/a'");
  });

  it('attaches routes in one file to a Gateway in another, but keeps harness files apart', () => {
    const files = { 'gateway.yaml': GATEWAY, 'a.yaml': route({ name: 'a', rules: exact('/x') }), 'b.yaml': route({ name: 'b', rules: exact('/x') }) };
    expect(lintText(files, 'duplicate-route')).toHaveLength(1);
    const harness = (name: string): string =>
      `gateways:\n${indentItem(GATEWAY)}httpRoutes:\n${indentItem(route({ name, rules: exact('/x') }))}`;
    expect(lintText({ 'a.in.yaml': harness('a'), 'b.in.yaml': harness('b') }, 'duplicate-route')).toEqual([]);
  });
});

/** A document as the item of a YAML list (harness style). */
function indentItem(document: string): string {
  return document
    .replace(/\n$/, '')
    .split('\n')
    .map((line, index) => (index === 0 ? `- ${line}` : `  ${line}`))
    .join('\n')
    .concat('\n');
}

describe('Gateway API routing: Envoy Gateway CONNECT routes', () => {
  it('leaves a route that a BackendTrafficPolicy turns into a CONNECT route out of the overlap', () => {
    const policy = `apiVersion: gateway.envoyproxy.io/v1alpha1
kind: BackendTrafficPolicy
metadata: { name: connect, namespace: shop }
spec:
  targetRefs: [{ group: gateway.networking.k8s.io, kind: HTTPRoute, name: b }]
  httpUpgrade:
    - type: CONNECT
`;
    const files = { 'gateway.yaml': GATEWAY, 'routes.yaml': route({ name: 'a', rules: exact('/x') }) + '---\n' + route({ name: 'b', rules: exact('/x') }), 'policy.yaml': policy };
    expect(lintText(files, 'duplicate-route')).toEqual([]);
    expect(lintText(files, 'shadowed-route')).toEqual([]);
  });
});
