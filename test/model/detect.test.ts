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
    ['openapi: 3.0.1\npaths: {}', 'openapi'],
    ['swagger: "2.0"\npaths: {}', 'openapi'],
    ['Transform: AWS::Serverless-2016-10-31\nResources: {}', 'cloudformation'],
    ['name: CI\non: push', 'unknown'],
    ['- a\n- b', 'unknown'],
  ])('%j is %s', (text, kind) => {
    expect(kindOf(text)).toBe(kind);
  });

  it('names the formats gwlint does not read yet', () => {
    expect(describeForeignDocument('kong')).toBe('a Kong decK file');
    expect(describeForeignDocument('native')).toBeUndefined();
  });
});
