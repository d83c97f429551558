import { describe, expect, it } from 'vitest';
import { lintText, where } from '../helpers/lint-text.js';

const RULE = 'timeout-disabled';

describe('timeout-disabled', () => {
  it('reports a route timeout of 0 at the value', () => {
    const findings = lintText({ 'routes.yaml': 'routes:\n  - { name: report, paths: [/r], timeout: 0 }\n  - { name: other, paths: [/o], timeout: 0s }\n' }, RULE);
    expect(findings.map(where)).toEqual(['2:43-2:44', '3:42-3:44']);
    expect(findings[0]!.message).toMatch(/^Route 'report' has a timeout of 0, which turns its timeout off: a hung or very slow upstream/);
  });

  it('reports a default of 0 once, at the default, naming a route that inherits it', () => {
    const text = 'gateway:\n  defaults:\n    timeout: 0\nroutes:\n  - { name: a, paths: [/a] }\n  - { name: b, paths: [/b] }\n';
    const findings = lintText({ 'gateway.yaml': text }, RULE);
    expect(findings.map(where)).toEqual(['3:14-3:15']);
    expect(findings[0]!.message).toContain("for every route that inherits it (such as 'a')");
  });

  it('stays quiet for routes with a timeout, or none at all', () => {
    expect(lintText({ 'routes.yaml': 'routes:\n  - { name: a, paths: [/a], timeout: 1ms }\n  - { name: b, paths: [/b] }\n' }, RULE)).toEqual([]);
  });
});
