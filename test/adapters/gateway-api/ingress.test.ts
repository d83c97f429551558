import { describe, expect, it } from 'vitest';
import { lintText, where } from '../../helpers/lint-text.js';

function ingress(name: string, paths: string, { className = 'nginx', host = 'shop.example.com' } = {}): string {
  return `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: ${name}, namespace: shop }
spec:
  ingressClassName: ${className}
  rules:
    - host: ${host}
      http:
        paths:
${paths}`;
}

const path = (value: string, type = 'Prefix', service = 'web'): string =>
  `          - { path: ${value}, pathType: ${type}, backend: { service: { name: ${service}, port: { number: 80 } } } }\n`;

describe('Ingress', () => {
  it('reports the same host and path in two Ingresses of one class as a duplicate the controller decides', () => {
    const findings = lintText({ 'a.yaml': ingress('a', path('/api')), 'b.yaml': ingress('b', path('/api/', 'Prefix', 'api')) }, 'duplicate-route');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.file).toBe('b.yaml');
    expect(where(findings[0]!)).toBe('10:21-10:26');
    expect(findings[0]!.message).toContain("Route 'shop/b' repeats 'shop/a' (a.yaml:10): same path '/api/', every method on shop.example.com.");
    expect(findings[0]!.message).toContain('The Ingress API does not say which Ingress gets such requests (e.g. GET shop.example.com/api)');
  });

  it('keeps Ingresses of different classes and hosts apart', () => {
    expect(lintText({ 'a.yaml': ingress('a', path('/api')), 'b.yaml': ingress('b', path('/api'), { className: 'traefik' }) }, 'duplicate-route')).toEqual([]);
    expect(lintText({ 'a.yaml': ingress('a', path('/api')), 'b.yaml': ingress('b', path('/api'), { host: 'other.example.com' }) }, 'duplicate-route')).toEqual([]);
  });

  it('tries the longest path first, and Exact before Prefix, whatever the order', () => {
    const findings = lintText({ 'a.yaml': ingress('a', path('/') + path('/api') + path('/api', 'Exact') + path('/apiv2', 'Exact')) });
    expect(findings.filter((finding) => finding.ruleId === 'shadowed-route' || finding.ruleId === 'duplicate-route')).toEqual([]);
  });

  it('leaves ImplementationSpecific paths out, and reports a pathType the API server rejects', () => {
    const paths = path('/.*', 'ImplementationSpecific') + path('/.*', 'ImplementationSpecific') + path('/x', 'PathPrefix');
    const findings = lintText({ 'a.yaml': ingress('a', paths) });
    expect(findings.map((finding) => finding.ruleId)).toEqual(['schema']);
    expect(findings[0]!.message).toContain("pathType 'PathPrefix' of Ingress shop/a is not one of Exact, Prefix or ImplementationSpecific");
  });
});
