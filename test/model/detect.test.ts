import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/load/parse.js';
import { describeForeignDocument, detectDocument } from '../../src/model/detect.js';

function kindOf(text: string) {
  return detectDocument(parseSource({ path: '/v/x.yaml', displayPath: 'x.yaml', text }).documents[0]!.root);
}

describe('detectDocument', () => {
  it.each([
    ['routes: []', 'native'],
    ['gateway: { name: x }\nupstreams: {}', 'native'],
    ['_format_version: "3.0"\nroutes: [{ name: r, paths: [/x] }]', 'kong'],
    ['services:\n  - name: s\n    routes: []', 'kong'],
    ['upstreams:\n  - name: u\n    targets: []', 'kong'],
    ['gateway: { name: x }\nupstreams:\n  - { name: u, url: https://u }', 'native'],
    ['apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute', 'kubernetes'],
    ['apiVersion: v1\nkind: List\nitems: []', 'kubernetes'],
    ['- apiVersion: v1\n  kind: Service\n- apiVersion: gateway.networking.k8s.io/v1\n  kind: HTTPRoute', 'kubernetes'],
    ['gateways:\n  - apiVersion: gateway.networking.k8s.io/v1\n    kind: Gateway\nservices:\n  - apiVersion: v1\n    kind: Service', 'kubernetes'],
    ['services:\n  - name: s\n    url: http://s\nroutes: []', 'kong'],
    ['openapi: 3.0.1\npaths: {}', 'openapi'],
    ['swagger: "2.0"\npaths: {}', 'openapi'],
    ['Transform: AWS::Serverless-2016-10-31\nResources: {}', 'cloudformation'],
    ['name: CI\non: push', 'unknown'],
    ['- a\n- b', 'unknown'],
  ])('%j is %s', (text, kind) => {
    expect(kindOf(text)).toBe(kind);
  });

  it('names known formats that hold nothing gwlint reads', () => {
    expect(describeForeignDocument('kubernetes')).toBe('a Kubernetes manifest without Gateway API or Ingress objects');
    expect(describeForeignDocument('native')).toBeUndefined();
  });
});
