import { describe, expect, it } from 'vitest';
import { lintText, where } from '../../helpers/lint-text.js';

const GATEWAY = `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: { name: gw, namespace: shop }
spec:
  gatewayClassName: eg
  listeners:
    - { name: http, protocol: HTTP, port: 80 }
`;

function httpRoute(rule: string, name = 'orders'): string {
  return `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: { name: ${name}, namespace: shop }
spec:
  parentRefs: [{ name: gw }]
  rules:
    - matches: [{ path: { type: PathPrefix, value: /orders } }]
      backendRefs: [{ name: orders, port: 8080 }]
${rule}`;
}

describe('HTTPRoute timeouts', () => {
  it('reports backendRequest above request at backendRequest, with the request timeout as related', () => {
    const findings = lintText({ 'route.yaml': httpRoute('      timeouts:\n        request: 10s\n        backendRequest: 1m\n') }, 'timeout-exceeds-platform');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('error');
    expect(where(findings[0]!)).toBe('11:25-11:27');
    expect(findings[0]!.message).toContain('timeouts.backendRequest (60s) of HTTPRoute shop/orders is longer than timeouts.request (10s)');
    expect(findings[0]!.related).toEqual([expect.objectContaining({ line: 10, column: 18, message: 'timeouts.request' })]);
  });

  it('accepts backendRequest above a disabled (0s) request timeout, and reports the disabled timeout', () => {
    const files = { 'route.yaml': httpRoute('      timeouts:\n        request: 0s\n        backendRequest: 1m\n') };
    expect(lintText(files, 'timeout-exceeds-platform')).toEqual([]);
    const disabled = lintText(files, 'timeout-disabled');
    expect(disabled).toHaveLength(1);
    expect(where(disabled[0]!)).toBe('10:18-10:20');
    expect(disabled[0]!.message).toContain("Route 'shop/orders' has a timeout of 0");
  });

  it('reports durations outside the Gateway API format as schema errors', () => {
    const findings = lintText({ 'route.yaml': httpRoute('      timeouts:\n        request: 1.5s\n        backendRequest: 10\n') }, 'schema');
    expect(findings.map((finding) => [where(finding), finding.message.split(':')[0]])).toEqual([
      ['10:18-10:22', "'1.5s' is not a valid timeouts.request of HTTPRoute shop/orders"],
      ['11:25-11:27', '10 (not a string) is not a valid timeouts.backendRequest of HTTPRoute shop/orders'],
    ]);
    expect(findings[0]!.message).toContain("such as '10s', '1m30s' or '250ms'");
  });

  it('combines groups: 1h30m is 90 minutes', () => {
    expect(lintText({ 'route.yaml': httpRoute('      timeouts:\n        request: 1h30m\n        backendRequest: 90m\n') }, 'timeout-exceeds-platform')).toEqual([]);
    expect(lintText({ 'route.yaml': httpRoute('      timeouts:\n        request: 1h30m\n        backendRequest: 90m1ms\n') }, 'timeout-exceeds-platform')).toHaveLength(1);
  });
});

describe('Envoy Gateway policies', () => {
  const policy = (kind: string, spec: string, target = '{ group: gateway.networking.k8s.io, kind: HTTPRoute, name: orders }'): string =>
    `apiVersion: gateway.envoyproxy.io/v1alpha1\nkind: ${kind}\nmetadata: { name: p, namespace: shop }\nspec:\n  targetRefs: [${target}]\n${spec}`;

  it('reports BackendTrafficPolicy and ClientTrafficPolicy durations that are not durations', () => {
    const btp = policy('BackendTrafficPolicy', '  timeout:\n    tcp: { connectTimeout: 20kib }\n    http: { maxConnectionDuration: 22s }\n');
    const ctp = policy('ClientTrafficPolicy', '  timeout:\n    http: { requestReceivedTimeout: "5sec" }\n', '{ group: gateway.networking.k8s.io, kind: Gateway, name: gw }');
    const findings = lintText({ 'btp.yaml': btp, 'ctp.yaml': ctp }, 'schema');
    expect(findings.map((finding) => `${finding.file} ${where(finding)}`)).toEqual(['btp.yaml 7:28-7:33', 'ctp.yaml 7:37-7:43']);
    expect(findings[0]!.message).toContain("'20kib' is not a valid duration for timeout.tcp.connectTimeout of BackendTrafficPolicy shop/p");
  });

  it("applies a BackendTrafficPolicy's requestTimeout to the route, unless the route sets timeouts.request", () => {
    const btp = policy('BackendTrafficPolicy', '  timeout:\n    http: { requestTimeout: 0s }\n');
    expect(lintText({ 'gw.yaml': GATEWAY, 'route.yaml': httpRoute(''), 'btp.yaml': btp }, 'timeout-disabled')).toHaveLength(1);
    expect(lintText({ 'gw.yaml': GATEWAY, 'route.yaml': httpRoute('      timeouts: { request: 5s }\n'), 'btp.yaml': btp }, 'timeout-disabled')).toEqual([]);
  });

  it('reports a Gateway-wide requestTimeout of 0s once, however many routes inherit it', () => {
    const btp = policy('BackendTrafficPolicy', '  timeout:\n    http: { requestTimeout: 0s }\n', '{ group: gateway.networking.k8s.io, kind: Gateway, name: gw }');
    const findings = lintText({ 'gw.yaml': GATEWAY, 'a.yaml': httpRoute('', 'a'), 'b.yaml': httpRoute('', 'b'), 'btp.yaml': btp }, 'timeout-disabled');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.file).toBe('btp.yaml');
  });

  it('reports an invalid rate-limit header regex and a local rule unit that is not a multiple of the default', () => {
    const btp = policy(
      'BackendTrafficPolicy',
      `  rateLimit:
    type: Local
    local:
      rules:
        - limit: { requests: 1000, unit: Hour }
        - clientSelectors: [{ headers: [{ name: x-user, type: RegularExpression, value: "*.bad" }] }]
          limit: { requests: 10, unit: Minute }
`,
    );
    const findings = lintText({ 'btp.yaml': btp }, 'schema');
    expect(findings.map((finding) => finding.message.slice(0, 50))).toEqual([
      "'*.bad' is not a valid RE2 regular expression (not",
      'A local rate-limit rule of BackendTrafficPolicy sh',
    ]);
  });

  it('models a SecurityPolicy CORS block, so a wildcard origin with credentials is reported', () => {
    const sp = policy('SecurityPolicy', '  cors:\n    allowOrigins: ["*"]\n    allowCredentials: true\n');
    const findings = lintText({ 'gw.yaml': GATEWAY, 'route.yaml': httpRoute(''), 'sp.yaml': sp }, 'cors-wildcard-credentials');
    expect(findings).toHaveLength(1);
    expect(where(findings[0]!)).toBe('7:20-7:23');
    expect(findings[0]!.message).toContain("CORS policy 'SecurityPolicy shop/p' allows any origin");
    expect(findings[0]!.message).toContain("Used by route 'shop/orders'");
    const safe = policy('SecurityPolicy', '  cors:\n    allowOrigins: ["*", "https://*"]\n');
    expect(lintText({ 'sp.yaml': safe }, 'cors-wildcard-credentials')).toEqual([]);
  });

  it("models the HTTPRoute CORS filter the same way", () => {
    const filter = '      filters:\n        - type: CORS\n          cors:\n            allowOrigins: ["*"]\n            allowCredentials: true\n';
    const findings = lintText({ 'gw.yaml': GATEWAY, 'route.yaml': httpRoute(filter) }, 'cors-wildcard-credentials');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain("CORS policy 'shop/orders rules[0] CORS filter'");
  });

  it('reports an API key accepted from query parameters', () => {
    const sp = policy('SecurityPolicy', '  apiKeyAuth:\n    credentialRefs: [{ name: keys }]\n    extractFrom:\n      - params: [api_key]\n');
    const findings = lintText({ 'gw.yaml': GATEWAY, 'route.yaml': httpRoute(''), 'sp.yaml': sp }, 'api-key-in-query');
    expect(findings).toHaveLength(1);
    expect(where(findings[0]!)).toBe('9:17-9:26');
    const headers = policy('SecurityPolicy', '  apiKeyAuth:\n    credentialRefs: [{ name: keys }]\n    extractFrom:\n      - headers: [x-api-key]\n');
    expect(lintText({ 'sp.yaml': headers }, 'api-key-in-query')).toEqual([]);
  });
});

describe('HTTPRoute paths the API server rejects', () => {
  it("reports Ingress's 'Prefix' type and invalid Exact/PathPrefix values", () => {
    const route = `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: { name: r }
spec:
  parentRefs: [{ name: gw }]
  rules:
    - matches:
        - path: { type: Prefix, value: /a }
        - path: { type: Exact, value: /a//b }
        - path: { type: PathPrefix, value: api }
`;
    const schema = lintText({ 'r.yaml': route }, 'schema');
    expect(schema).toHaveLength(1);
    expect(where(schema[0]!)).toBe('8:25-8:31');
    expect(schema[0]!.message).toContain("Path match type 'Prefix' of HTTPRoute default/r is not one of Exact, PathPrefix or RegularExpression");
    const invalid = lintText({ 'r.yaml': route }, 'invalid-path');
    expect(invalid.map((finding) => finding.message.split(':')[0])).toEqual([
      "Path '/a//b' of route 'default/r rules[0].matches[1]' is invalid (it contains '//'; the Kubernetes API server rejects the HTTPRoute)",
      "Path 'api' of route 'default/r rules[0].matches[2]' is invalid (it must start with '/'; the Kubernetes API server rejects the HTTPRoute)",
    ]);
  });

  it('strips the matched prefix for URLRewrite ReplacePrefixMatch: / without a trailing-slash finding', () => {
    const route = `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: { name: r }
spec:
  parentRefs: [{ name: gw }]
  rules:
    - matches: [{ path: { type: PathPrefix, value: /api/ } }]
      filters:
        - type: URLRewrite
          urlRewrite: { path: { type: ReplacePrefixMatch, replacePrefixMatch: / } }
      backendRefs: [{ name: api, port: 80 }]
`;
    expect(lintText({ 'r.yaml': route }, 'trailing-slash-mismatch')).toEqual([]);
  });
});
