import { describe, expect, it } from 'vitest';
import { gatewayApiAdapter } from '../../../src/adapters/gateway-api/index.js';
import { compareKeys } from '../../../src/dialect/dialect.js';
import { lintSources } from '../../../src/lint.js';
import { parseSource } from '../../../src/load/parse.js';
import type { Route } from '../../../src/model/types.js';
import { lintText, where } from '../../helpers/lint-text.js';

function model(files: Record<string, string>): ReturnType<typeof gatewayApiAdapter.build> {
  const items = Object.keys(files)
    .sort()
    .flatMap((name) => parseSource({ path: `/virtual/${name}`, displayPath: name, text: files[name]! }).documents)
    .map((document) => gatewayApiAdapter.read(document))
    .filter((item) => item !== undefined);
  return gatewayApiAdapter.build(items);
}

const GATEWAY = `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: { name: gw, namespace: infra }
spec:
  listeners:
    - { name: a, protocol: HTTP, port: 80, hostname: "*.example.com", allowedRoutes: { namespaces: { from: All } } }
    - { name: b, protocol: HTTP, port: 80, hostname: api.other.net, allowedRoutes: { namespaces: { from: All } } }
    - { name: tls, protocol: TLS, port: 443, allowedRoutes: { namespaces: { from: All } } }
`;

const ROUTE = `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: { name: r, namespace: shop }
spec:
  parentRefs: [{ name: gw, namespace: infra }]
  hostnames: [Foo.Example.com, "*.other.net", example.com]
  rules:
    - matches:
        - path: { type: PathPrefix, value: /v2/ }
          method: get
          headers: [{ name: X-Version, value: "2" }, { name: x-version, value: "3" }]
        - path: { type: Exact, value: /v2 }
      backendRefs: [{ name: api, port: 8080 }]
`;

const hostsOf = (route: Route): string[] | undefined => route.hosts?.map((host) => host.value);

describe('gateway-api adapter: reading', () => {
  it('finds objects in every Kubernetes layout; a document without gateway objects is not understood', () => {
    const list = `apiVersion: v1\nkind: List\nitems:\n  - ${ROUTE.replace(/\n/g, '\n    ').trimEnd()}\n`;
    const topLevel = `- ${ROUTE.replace(/\n/g, '\n  ').trimEnd()}\n`;
    const deployment = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: web }\nspec: {}\n';
    for (const text of [ROUTE, list, topLevel]) {
      const [document] = parseSource({ path: '/v/x.yaml', displayPath: 'x.yaml', text }).documents;
      expect(gatewayApiAdapter.read(document!)?.objects.map((object) => object.kind)).toEqual(['HTTPRoute']);
    }
    const [document] = parseSource({ path: '/v/d.yaml', displayPath: 'd.yaml', text: deployment }).documents;
    expect(gatewayApiAdapter.read(document!)).toBeUndefined();
    // Named on the command line, it is reported; in a bundle with an HTTPRoute, it is simply ignored.
    const unknown = (text: string): number[] =>
      lintSources([{ file: { path: '/v/d.yaml', displayPath: 'd.yaml', text }, explicit: true }])
        .findings.filter((finding) => finding.ruleId === 'unknown-document')
        .map((finding) => finding.line);
    expect(unknown(deployment)).toEqual([1]);
    expect(unknown(`${deployment}---\n${ROUTE}`)).toEqual([]);
  });

  it('models one route per match and listener port, with hosts intersected with the listener hostnames', () => {
    const part = model({ 'gw.yaml': GATEWAY, 'route.yaml': ROUTE });
    expect(part.gateways.map((gateway) => [gateway.id, gateway.label])).toEqual([['manifests|gateway|infra/gw|80', 'Gateway infra/gw port 80']]);
    expect(part.routes.map((route) => [route.name, hostsOf(route), route.methods?.map((m) => m.value), route.paths[0]!.value])).toEqual([
      ['shop/r rules[0].matches[0]', ['foo.example.com', 'api.other.net'], ['GET'], '/v2/'],
      ['shop/r rules[0].matches[1]', ['foo.example.com', 'api.other.net'], undefined, '/v2'],
    ]);
    const [prefix, exact] = part.routes;
    expect(prefix!.paths[0]!.matcher).toEqual({ kind: 'pattern', segments: [{ kind: 'literal', value: 'v2' }], tail: 'rest' });
    expect(exact!.paths[0]!.matcher).toEqual({ kind: 'pattern', segments: [{ kind: 'literal', value: 'v2' }], tail: 'none' });
    // Only the first header entry of a name counts; names are case-insensitive.
    expect(prefix!.headers.map((header) => [header.name, header.value])).toEqual([['x-version', '2']]);
    expect(prefix!.upstream?.target?.name).toBe('shop/api:8080');
    // Exact first, whatever the order; then PathPrefix by length.
    expect(compareKeys(exact!.paths[0]!.precedence, prefix!.paths[0]!.precedence)).toBeLessThan(0);
    expect(exact!.paths[0]!.precedence[0]).toBe(0);
    expect(prefix!.paths[0]!.precedence.slice(0, 3)).toEqual([2, -3, 0]);
  });

  it('models PathPrefix / as every path', () => {
    const route = ROUTE.replace('{ type: PathPrefix, value: /v2/ }', '{ type: PathPrefix, value: / }');
    const part = model({ 'route.yaml': route });
    expect(part.routes[0]!.paths[0]!.matcher).toEqual({ kind: 'pattern', segments: [], tail: 'rest' });
    expect(part.gateways[0]!.label).toBe('Gateway infra/gw (not in the linted files)');
  });

  it('keeps only the first of a repeated HTTPRoute, reporting a repeat within one file', () => {
    expect(lintText({ 'a.yaml': ROUTE, 'b.yaml': ROUTE })).toEqual([]);
    const findings = lintText({ 'a.yaml': `${ROUTE}---\n${ROUTE}` });
    expect(findings.map((finding) => [finding.ruleId, finding.line])).toEqual([['duplicate-name', 17]]);
  });

  it('reports listener and parentRef ports the API server rejects, at the value; the rejected objects attach nothing', () => {
    const gateway = `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: { name: gw, namespace: ns }
spec:
  listeners:
    - { name: http, protocol: HTTP, port: .inf }
    - { protocol: HTTP, port: 0 }
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: { name: r, namespace: ns }
spec:
  parentRefs:
    - { name: gw, port: 1e400 }
    - { name: gw, port: 80.5 }
  rules:
    - matches: [{ path: { type: PathPrefix, value: /r } }]
`;
    const findings = lintText({ 'gw.yaml': gateway });
    expect(findings.map((finding) => [finding.ruleId, where(finding)])).toEqual([
      ['schema', '6:43-6:47'],
      ['schema', '7:31-7:32'],
      ['schema', '14:25-14:30'],
      ['schema', '15:25-15:29'],
    ]);
    expect(findings.map((finding) => finding.message)).toEqual([
      ".inf is not a valid port of listener 'http' of Gateway ns/gw: ports are whole numbers from 1 to 65535. The Kubernetes API server rejects the Gateway.",
      '0 is not a valid port of a listener of Gateway ns/gw: ports are whole numbers from 1 to 65535. The Kubernetes API server rejects the Gateway.',
      "1e400 is not a valid port of parentRef 'gw' of HTTPRoute ns/r: ports are whole numbers from 1 to 65535. The Kubernetes API server rejects the HTTPRoute.",
      "80.5 is not a valid port of parentRef 'gw' of HTTPRoute ns/r: ports are whole numbers from 1 to 65535. The Kubernetes API server rejects the HTTPRoute.",
    ]);
    // The API server rejects the Gateway's listeners and the HTTPRoute: nothing attaches through them.
    expect(model({ 'gw.yaml': gateway }).routes).toEqual([]);
    // Ordinary ports say nothing.
    expect(lintText({ 'gw.yaml': gateway.replace('.inf', '8080').replace('port: 0', 'port: 65535').replace('1e400', '8080').replace('80.5', '65535') })).toEqual([]);
  });

  it('reports a port written as text or a list, which the API server rejects, and leaves template placeholders alone', () => {
    const gateway = `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: { name: gw, namespace: ns }
spec:
  listeners:
    - { name: http, protocol: HTTP, port: "80" }
    - { name: https, protocol: HTTPS, port: "{{ .Values.httpsPort }}" }
    - { name: grpc, protocol: HTTPS, port: "\${GRPC_PORT}" }
    - { name: alt, protocol: HTTP, port: [8080] }
`;
    const findings = lintText({ 'gw.yaml': gateway });
    expect(findings.map((finding) => [finding.ruleId, where(finding), finding.message])).toEqual([
      ['schema', '6:43-6:47', `"80" is not a valid port of listener 'http' of Gateway ns/gw: ports are whole numbers from 1 to 65535. The Kubernetes API server rejects the Gateway.`],
      ['schema', '9:42-9:48', "A list is not a valid port of listener 'alt' of Gateway ns/gw: ports are whole numbers from 1 to 65535. The Kubernetes API server rejects the Gateway."],
    ]);
  });

  it('reports backendRef and requestMirror ports the API server rejects; the HTTPRoute then attaches nothing', () => {
    const route = `${GATEWAY}---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: { name: r, namespace: ns }
spec:
  parentRefs: [{ name: gw, namespace: infra }]
  rules:
    - matches: [{ path: { type: PathPrefix, value: /r } }]
      backendRefs:
        - name: api
          port: 70000
          filters: [{ type: RequestMirror, requestMirror: { backendRef: { name: shadow, port: "9090" } } }]
      filters: [{ type: RequestMirror, requestMirror: { backendRef: { name: audit, port: 0 } } }]
`;
    const findings = lintText({ 'gw.yaml': route });
    const line = (text: string): number => route.split('\n').findIndex((l) => l.includes(text)) + 1;
    expect(findings.map((finding) => [finding.ruleId, finding.line, finding.message])).toEqual([
      ['schema', line('port: 70000'), "70000 is not a valid port of backendRef 'api' of HTTPRoute ns/r: ports are whole numbers from 1 to 65535. The Kubernetes API server rejects the HTTPRoute."],
      ['schema', line('name: shadow'), `"9090" is not a valid port of backendRef 'shadow' of HTTPRoute ns/r: ports are whole numbers from 1 to 65535. The Kubernetes API server rejects the HTTPRoute.`],
      ['schema', line('name: audit'), "0 is not a valid port of backendRef 'audit' of HTTPRoute ns/r: ports are whole numbers from 1 to 65535. The Kubernetes API server rejects the HTTPRoute."],
    ]);
    expect(model({ 'gw.yaml': route }).routes).toEqual([]);
    const valid = route.replace('70000', '8080').replace('"9090"', '9090').replace('port: 0', 'port: 65535');
    expect(lintText({ 'gw.yaml': valid })).toEqual([]);
    expect(model({ 'gw.yaml': valid }).routes.map((r) => r.name)).toEqual(['ns/r']);
  });

  it('does not attach an HTTPRoute with a rejected parentRef port to every listener', () => {
    const gateway = `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: { name: gw, namespace: ns }
spec:
  listeners:
    - { name: http, protocol: HTTP, port: 80 }
    - { name: alt, protocol: HTTP, port: 8080 }
`;
    const route = (name: string, port: string) => `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: { name: ${name}, namespace: ns }
spec:
  parentRefs: [{ name: gw, port: ${port} }]
  rules:
    - matches: [{ path: { type: PathPrefix, value: /api } }]
`;
    const findings = lintText({ 'gw.yaml': gateway, 'a.yaml': route('a-catchall', '8080'), 'b.yaml': route('b-orders', '80800') });
    expect(findings.map((finding) => [finding.file, finding.ruleId])).toEqual([['b.yaml', 'schema']]);
  });

  it('never crashes on odd input', () => {
    const odd = [
      'apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: { name: x }\nspec: { parentRefs: [{ name: gw }], rules: [{ matches: [{ path: { type: Exact, value: !Ref foo } }], timeouts: { request: [1] } }] }\n',
      'apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: { name: y }\nspec: { parentRefs: 3, hostnames: [1, null], rules: [null, { matches: [null, { path: 1 }] }] }\n',
      'apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata: {}\nspec: { listeners: [null, { port: x }] }\n',
      'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: { name: z }\nspec: { rules: [{ http: { paths: [{ path: 1 }] } }, null] }\n',
      'apiVersion: gateway.envoyproxy.io/v1alpha1\nkind: BackendTrafficPolicy\nmetadata: { name: p }\nspec: { targetRefs: [null, { kind: HTTPRoute }], timeout: [1], rateLimit: { local: { rules: [null] } } }\n',
    ];
    const findings = lintText(Object.fromEntries(odd.map((text, index) => [`${index}.yaml`, text])));
    expect(findings.filter((finding) => finding.message.includes('could not process'))).toEqual([]);
    expect(findings.map((finding) => finding.ruleId).sort()).toEqual(['invalid-path', 'schema', 'schema']);
  });
});
