/**
 * Envoy Gateway's translator test cases (`../shared/corpora/envoy-gateway-gatewayapi`, read in
 * place, never copied): each file is an unrelated test case, so each is linted on its own. The
 * `.out.yaml` files repeat the `.in.yaml` objects with their expected status, so they must give
 * the same findings. Skipped when the corpus is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/engine/finding.js';
import { lintSources } from '../../../src/lint.js';
import { parseSource } from '../../../src/load/parse.js';
import { detectDocument } from '../../../src/model/detect.js';

const root = fileURLToPath(new URL('../../../../shared/corpora/envoy-gateway-gatewayapi/', import.meta.url));
const folder = path.join(root, 'internal', 'gatewayapi', 'testdata');
const present = existsSync(folder);
const files = present ? readdirSync(folder).filter((name) => name.endsWith('.yaml')).sort() : [];

/**
 * The known-bad cases (SOURCE.txt) gwlint catches, with the rules that catch them; every other
 * file must have no error. Known-bad cases outside gwlint's scope, left unflagged on purpose:
 * overlapping TLS listener hostnames, a ClientTrafficPolicy on listeners sharing a port,
 * conflicting filters in one rule, and an OIDC issuer whose discovery fails at run time.
 */
const KNOWN_BAD: Record<string, readonly string[]> = {
  'httproute-overlapping-matches': ['duplicate-route'],
  'httproute-and-backendtrafficpolicy-with-timeout-error': ['schema'],
  'backendtrafficpolicy-with-timeout-error': ['schema'],
  'clienttrafficpolicy-timeout-with-error': ['schema'],
  'httproute-with-invalid-regex': ['invalid-path'],
  'backendtrafficpolicy-with-ratelimit-invalid-regex': ['schema'],
  'backendtrafficpolicy-with-local-ratelimit-invalid-limit-unit': ['schema'],
};

const caseOf = (file: string): string => file.replace(/\.(in|out)\.yaml$/, '');

interface Result {
  readonly findings: Finding[];
  readonly routeCount: number;
  readonly kinds: string[];
}

function lintOne(name: string): Result {
  const text = readFileSync(path.join(folder, name), 'utf8');
  const file = { path: path.join(folder, name), displayPath: name, text };
  const kinds = parseSource(file).documents.map((document) => detectDocument(document.root));
  const result = lintSources([{ file, explicit: true }]);
  if (result.failures.length > 0) throw result.failures[0]!.error;
  return { findings: result.findings, routeCount: result.routeCount, kinds };
}

describe.skipIf(!present)('corpus: envoy-gateway-gatewayapi', () => {
  const results = new Map<string, Result>(files.map((name) => [name, lintOne(name)]));

  it('reads every file as Kubernetes, without a crash, with positioned findings', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const [name, { findings, kinds }] of results) {
      expect(kinds, name).not.toHaveLength(0);
      expect(kinds.every((kind) => kind === 'kubernetes'), name).toBe(true);
      expect(findings.filter((f) => f.ruleId === 'parse-error' || f.ruleId === 'unknown-document'), name).toEqual([]);
      for (const finding of findings) {
        expect(finding.file, name).toBe(name);
        expect(finding.line, name).toBeGreaterThanOrEqual(1);
        expect(finding.column, name).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('flags the known-bad cases in scope, in both the input and the expected output', () => {
    for (const [name, { findings }] of results) {
      const expected = KNOWN_BAD[caseOf(name)];
      const errors = [...new Set(findings.filter((f) => f.severity === 'error').map((f) => f.ruleId))].sort();
      expect(errors, name).toEqual(expected ? [...expected].sort() : []);
    }
  });

  it('reports no overlap where a BackendTrafficPolicy makes one route a CONNECT route', () => {
    for (const name of ['httproute-overlapping-matches-connect.in.yaml', 'httproute-overlapping-matches-connect.out.yaml']) {
      const { findings, routeCount } = results.get(name)!;
      expect(routeCount, name).toBe(2);
      expect(findings.filter((f) => f.ruleId === 'duplicate-route' || f.ruleId === 'shadowed-route'), name).toEqual([]);
    }
  });

  it('summarises what was read (for the issue note)', () => {
    const byRule = new Map<string, number>();
    let routes = 0;
    for (const { findings, routeCount } of results.values()) {
      routes += routeCount;
      for (const finding of findings) byRule.set(finding.ruleId, (byRule.get(finding.ruleId) ?? 0) + 1);
    }
    const summary = { files: results.size, routes, findings: Object.fromEntries([...byRule].sort()) };
    console.log(`envoy-gateway-gatewayapi: ${JSON.stringify(summary)}`);
    expect(routes).toBeGreaterThan(0);
  });
});
