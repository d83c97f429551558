/**
 * Configurations real users write, found by review, that once drew wrong findings: each must stay
 * quiet (or say the right thing) in its dialect.
 */
import { describe, expect, it } from 'vitest';
import { lintText } from '../helpers/lint-text.js';

const ids = (files: Record<string, string>) => lintText(files).map((finding) => finding.ruleId);

describe('false positives found by review', () => {
  it('Ingress: an ingress-nginx canary repeating the main Ingress is no duplicate', () => {
    const ingress = (name: string, annotations: string) => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: ${name}, namespace: echo${annotations}}
spec:
  ingressClassName: nginx
  rules: [{host: echo.example.com, http: {paths: [{path: /, pathType: Prefix, backend: {service: {name: ${name}, port: {number: 80}}}}]}}]
`;
    const canary = ', annotations: {nginx.ingress.kubernetes.io/canary: "true", nginx.ingress.kubernetes.io/canary-weight: "20"}';
    expect(ids({ 'ingress.yaml': `${ingress('production', '')}---\n${ingress('canary', canary)}` })).toEqual([]);
    expect(ids({ 'ingress.yaml': `${ingress('production', '')}---\n${ingress('canary', '')}` })).toEqual(['duplicate-route']);
  });

  it('Kong: a route may name a service of another decK file of the run, as decK merges them', () => {
    const files = {
      'a.yaml': '_format_version: "3.0"\nservices: [{name: orders, url: http://orders.svc}]\n',
      'b.yaml': '_format_version: "3.0"\nservices: [{name: billing, url: http://billing.svc}]\nroutes: [{name: orders-api, service: {name: orders}, paths: [/orders]}]\n',
    };
    expect(ids(files)).toEqual([]);
    expect(ids({ 'b.yaml': files['b.yaml'] })).toEqual(['unknown-reference']);
  });

  it('Gateway API: one rule deliberately matching /guide and /guide/ is no trailing-slash mismatch', () => {
    const route = (matches: string) => `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: docs, namespace: web}
spec:
  parentRefs: [{name: gw}]
  rules:
${matches}`;
    const oneRule = '  - matches: [{path: {type: Exact, value: /guide}}, {path: {type: Exact, value: /guide/}}]\n    backendRefs: [{name: docs, port: 80}]\n';
    expect(ids({ 'route.yaml': route(oneRule) })).toEqual([]);
    const twoBackends =
      '  - matches: [{path: {type: Exact, value: /guide}}]\n    backendRefs: [{name: docs, port: 80}]\n' +
      '  - matches: [{path: {type: Exact, value: /guide/}}]\n    backendRefs: [{name: legacy-docs, port: 80}]\n';
    const findings = lintText({ 'route.yaml': route(twoBackends) });
    expect(findings.map((finding) => finding.ruleId)).toEqual(['trailing-slash-mismatch']);
    expect(findings[0]!.message).toContain('In the Kubernetes Gateway API these are different paths');
  });

  it('Gateway API: a regex that takes only some paths under a prefix does not shadow the prefix', () => {
    const text = `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: docs, namespace: web}
spec:
  parentRefs: [{name: gw}]
  rules:
  - matches: [{path: {type: RegularExpression, value: "/docs/[a-z/-]*"}}]
    backendRefs: [{name: docs-static, port: 80}]
  - matches: [{path: {type: PathPrefix, value: /docs/api}}]
    backendRefs: [{name: api-reference, port: 80}]
`;
    expect(ids({ 'route.yaml': text })).toEqual([]);
  });

  it('Kong: a regex anchored to exactly the path of a prefix route is an exact match beside it, not shadowing', () => {
    const deck = (regex: string, plain: string) =>
      `_format_version: "3.0"\nservices:\n- name: spa\n  url: http://spa.svc\n  routes:\n  - {name: exact, paths: ['${regex}']}\n  - {name: prefix, paths: [${plain}]}\n`;
    expect(ids({ 'kong.yaml': deck('~/$', '/') })).toEqual([]);
    expect(ids({ 'kong.yaml': deck('~/users$', '/users') })).toEqual([]);
    // A regex that also takes some longer paths leaves the prefix route only those it does not match.
    const findings = lintText({ 'kong.yaml': deck('~/users/?[a-z]*$', '/users') }, 'shadowed-route');
    expect(findings.map((finding) => finding.severity)).toEqual(['warning']);
    expect(findings[0]!.message).toContain("A request for the path of route 'prefix' itself, GET /users, goes to 'exact'");
  });

  it('Kong: a non-boolean key_in_query is a schema error, not a key in the query string', () => {
    const text = '_format_version: "3.0"\nplugins:\n  - name: key-auth\n    config: { key_in_query: "false" }\n';
    expect(ids({ 'kong.yaml': text })).toEqual(['schema']);
    expect(lintText({ 'kong.yaml': text })[0]!.message).toBe(
      'key_in_query of global key-auth must be true or false, not "false": Kong rejects the plugin, so the configuration does not load. Write it without quotes.',
    );
    expect(lintText({ 'kong.yaml': text.replace('"false"', '[no]') })[0]!.message).toBe(
      'key_in_query of global key-auth must be true or false, not a list: Kong rejects the plugin, so the configuration does not load.',
    );
  });

  it("Kong: '*' next to other origins is no wildcard; an origin regex matching everything is", () => {
    const cors = (origins: string) => `_format_version: "3.0"\nplugins:\n  - name: cors\n    config: { origins: ${origins}, credentials: true }\n`;
    expect(ids({ 'kong.yaml': cors('["*", "https://app.example.com"]') })).toEqual([]);
    expect(ids({ 'kong.yaml': cors('["https://app.example.com", ".*"]') })).toEqual(['cors-wildcard-credentials']);
  });

  it('SAM: credentials with any origin fail the transform, and the message says so', () => {
    const text = `Transform: AWS::Serverless-2016-10-31
Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      Cors: { AllowCredentials: true, AllowMethods: "'GET'" }
`;
    const [finding] = lintText({ 'template.yaml': text }, 'cors-wildcard-credentials');
    expect(finding!.message).toContain("allows any origin (AllowOrigin is not set, and SAM's default is '*')");
    expect(finding!.message).toContain('SAM rejects the template');
  });

  it("HTTP API: 'https://*' allows any HTTPS origin, so credentials with it are reported", () => {
    const text = `Transform: AWS::Serverless-2016-10-31
Resources:
  Http:
    Type: AWS::Serverless::HttpApi
    Properties:
      CorsConfiguration: { AllowOrigins: ["https://*"], AllowCredentials: true }
`;
    const [finding] = lintText({ 'template.yaml': text }, 'cors-wildcard-credentials');
    expect(finding!.message).toContain("allows any origin ('https://*')");
  });
});
