import { describe, expect, it } from 'vitest';
import { lintSources } from '../../src/lint.js';
import { lintText, where } from '../helpers/lint-text.js';

const RULE = 'timeout-exceeds-platform';

const NATIVE = `gateway:
  maxTimeout: 29s
  defaults:
    timeout: DEFAULT
upstreams:
  exports: { url: https://exports.internal }
routes:
  - { name: export, paths: [/v1/exports], upstream: exports, timeout: 60s }
  - { name: quick, paths: [/v1/quick], upstream: exports, timeout: 29s }
  - { name: a, paths: [/v1/a], upstream: exports }
  - { name: b, paths: [/v1/b], upstream: exports }
`;

/** A REST API on a Regional endpoint: its 29 s ceiling can be raised by a quota increase. */
const REGIONAL_API = `Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties: { StageName: prod, EndpointConfiguration: REGIONAL }
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: index.handler
      Runtime: nodejs20.x
      Events:
        Slow: { Type: Api, Properties: { Path: /slow, Method: get, RestApiId: !Ref Api, TimeoutInMillis: 45000 } }
`;

function lintWithOptions(text: string, options?: Record<string, unknown>) {
  const file = { path: '/virtual/template.yaml', displayPath: 'template.yaml', text };
  const ruleOptions = options ? new Map([[RULE, options]]) : undefined;
  return lintSources([{ file, explicit: false }], { ruleOptions }).findings.filter((finding) => finding.ruleId === RULE);
}

describe('timeout-exceeds-platform', () => {
  it("reports a route timeout above gateway.maxTimeout at the timeout, and a default above it once", () => {
    const findings = lintText({ 'gateway.yaml': NATIVE.replace('DEFAULT', '40s') }, RULE);
    expect(findings.map(where)).toEqual(['4:14-4:17', '8:71-8:74']);
    expect(findings[0]!.message).toMatch(/^The default route timeout of 40s is above the gateway's maxTimeout of 29s \(gateway.yaml:2\)/);
    expect(findings[1]!.message).toMatch(/^Route 'export' has a 60s timeout, which is above the gateway's maxTimeout of 29s/);
    expect(findings[1]!.related.map((related) => related.line)).toEqual([2]);
  });

  it('stays quiet at the limit and without a limit', () => {
    expect(lintText({ 'gateway.yaml': NATIVE.replace('DEFAULT', '29s').replace('timeout: 60s', 'timeout: 29s') }, RULE)).toEqual([]);
    expect(lintText({ 'gateway.yaml': NATIVE.replace('  maxTimeout: 29s\n', '').replace('DEFAULT', '40s') }, RULE)).toEqual([]);
  });

  it("reports an AWS integration timeout above the REST API's 29 s, unless raisedMaxTimeout allows it", () => {
    const findings = lintWithOptions(REGIONAL_API);
    expect(findings.map(where)).toEqual(['11:106-11:111']);
    expect(findings[0]!.message).toContain('45s timeout');
    expect(lintWithOptions(REGIONAL_API, { raisedMaxTimeout: '60s' })).toEqual([]);
    expect(lintWithOptions(REGIONAL_API, { raisedMaxTimeout: '40s' })[0]!.message).toContain('the raised limit of 40s (option raisedMaxTimeout)');
  });

  it('does not let raisedMaxTimeout lift a limit written in the configuration', () => {
    const findings = lintWithOptions(NATIVE.replace('DEFAULT', '20s'), { raisedMaxTimeout: '2m' });
    expect(findings.map(where)).toEqual(['8:71-8:74']);
  });
});
