import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/finding.js';
import { lintSources } from '../../src/lint.js';
import { lintText, where } from '../helpers/lint-text.js';

const RULE = 'unknown-document';

/** Lints files as if named on the command line (lintText marks its files as found in a folder). */
function explicitFindings(files: Record<string, string>): Finding[] {
  const sources = Object.keys(files)
    .sort()
    .map((name) => ({ file: { path: `/virtual/${name}`, displayPath: name, text: files[name]! }, explicit: true }));
  const { findings, failures } = lintSources(sources);
  if (failures.length > 0) throw failures[0]!.error;
  return findings.filter((finding) => finding.ruleId === RULE);
}

const EXPECTED = "'gateway', 'upstreams', 'routes', 'corsPolicies', 'rateLimits', 'authPolicies'";

describe('unknown-document', () => {
  it('reports a document of an explicit file that is not gateway configuration, at its first key', () => {
    const findings = explicitFindings({ 'deployment.yaml': '# a Kubernetes manifest\nkind: Deployment\nmetadata: { name: orders }\n' });
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding!.severity).toBe('warning');
    expect(finding!.file).toBe('deployment.yaml');
    expect(where(finding!)).toBe('2:1-2:5');
    expect(finding!.message).toBe(
      `This document is not gateway configuration gwlint understands (expected a mapping with ${EXPECTED}), so nothing in it was checked.`,
    );
  });

  it("names another gateway's or tool's format when it recognises one", () => {
    const findings = explicitFindings({ 'deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: orders }\n' });
    expect(findings.map(where)).toEqual(['1:1-1:11']);
    expect(findings[0]!.message).toBe('This document is a Kubernetes manifest without Gateway API or Ingress objects, so nothing in it was checked.');
  });

  it('numbers the document when it is not the first of its file', () => {
    const findings = explicitFindings({ 'all.yaml': 'upstreams:\n  orders: { url: https://orders.internal }\n---\nkind: Deployment\n' });
    expect(findings.map(where)).toEqual(['4:1-4:5']);
    expect(findings[0]!.message).toMatch(/^Document 2 of this file is not gateway configuration gwlint understands/);
  });

  it.each([
    ['a list', 'list.yaml', '- a\n- b\n', '1:1-2:4'],
    ['a scalar', 'scalar.yaml', 'hello\n', '1:1-1:6'],
    ['an empty mapping', 'empty.yaml', '{}\n', '1:1-1:3'],
    ['an OpenAPI definition', 'openapi.json', '{ "openapi": "3.0.0" }\n', '1:3-1:12'],
  ])('reports %s', (_name, file, text, position) => {
    expect(explicitFindings({ [file]: text }).map(where)).toEqual([position]);
  });

  it('stays quiet for files found by walking a folder', () => {
    expect(lintText({ 'deployment.yaml': 'kind: Deployment\n' }, RULE)).toEqual([]);
  });

  it.each([
    ['native configuration', 'upstreams:\n  orders: { url: https://orders.internal }\n'],
    ['a document with a single native section', 'gateway: { name: public-api }\n'],
    ['a file of comments only', '# nothing here yet\n'],
    ['a Kong decK file, even an empty one', '_format_version: "3.0"\nservices: []\n'],
    [
      'a Kubernetes bundle: an HTTPRoute next to a Deployment',
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: orders }\n---\napiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: { name: orders }\nspec: {}\n',
    ],
  ])('stays quiet for an explicit file holding %s', (_name, text) => {
    expect(explicitFindings({ 'config.yaml': text })).toEqual([]);
  });
});
