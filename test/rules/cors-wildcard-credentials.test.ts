import { describe, expect, it } from 'vitest';
import { lintText, where } from '../helpers/lint-text.js';

const RULE = 'cors-wildcard-credentials';

function cors(policies: string, extra: Record<string, string> = {}): ReturnType<typeof lintText> {
  return lintText({ 'cors.yaml': `corsPolicies:\n${policies}`, ...extra }, RULE);
}

describe('cors-wildcard-credentials', () => {
  it("reports the '*' origin of a policy that allows credentials, with the credentials as related location", () => {
    const findings = cors('  web:\n    allowOrigins: ["https://app.example.com", "*"]\n    allowCredentials: true\n');
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding!.severity).toBe('error');
    expect(where(finding!)).toBe('3:47-3:50');
    expect(finding!.message).toBe(
      "CORS policy 'web' allows any origin ('*') together with allowCredentials: true. " +
        'Browsers refuse credentialed responses with a wildcard origin, so cookie- or token-carrying calls fail; ' +
        'gateways that echo the request Origin instead let any website make authenticated calls. List the allowed origins.',
    );
    expect(finding!.related).toEqual([{ file: 'cors.yaml', line: 4, column: 23, endLine: 4, endColumn: 27, message: 'credentials allowed here' }]);
  });

  it('names the routes that use the policy, directly or through gateway.defaults', () => {
    const findings = cors('  web:\n    allowOrigins: ["*"]\n    allowCredentials: true\n', {
      'gateway.yaml': 'gateway:\n  defaults: { cors: web }\n',
      'routes.yaml':
        'upstreams:\n  orders: { url: https://orders.internal }\nroutes:\n  - { name: r1, paths: [/a], upstream: orders, cors: web }\n  - { name: r2, paths: [/b], upstream: orders }\n',
    });
    expect(findings.map(where)).toEqual(['3:20-3:23']);
    expect(findings[0]!.message).toMatch(/List the allowed origins\. Used by routes 'r1' and 'r2'\.$/);
  });

  it('names a single route in the singular', () => {
    const findings = cors('  web:\n    allowOrigins: ["*"]\n    allowCredentials: true\n', {
      'routes.yaml': 'upstreams:\n  orders: { url: https://orders.internal }\nroutes:\n  - { name: r1, paths: [/a], upstream: orders, cors: web }\n',
    });
    expect(findings[0]!.message).toMatch(/Used by route 'r1'\.$/);
  });

  it('reports each offending policy', () => {
    const findings = cors(
      '  a: { allowOrigins: ["*"], allowCredentials: true }\n  b: { allowOrigins: [https://app.example.com], allowCredentials: true }\n  c: { allowOrigins: ["*"], allowCredentials: true }\n',
    );
    expect(findings.map(where)).toEqual(['2:23-2:26', '4:23-4:26']);
  });

  it.each([
    ['a wildcard without credentials', '  web: { allowOrigins: ["*"] }\n'],
    ['a wildcard with allowCredentials: false', '  web: { allowOrigins: ["*"], allowCredentials: false }\n'],
    ['listed origins with credentials', '  web: { allowOrigins: [https://app.example.com, https://admin.example.com], allowCredentials: true }\n'],
    ['a subdomain pattern with credentials', '  web: { allowOrigins: ["https://*.example.com"], allowCredentials: true }\n'],
    ['credentials with no origins at all', '  web: { allowCredentials: true }\n'],
  ])('stays quiet for %s', (_name, policies) => {
    expect(cors(policies)).toEqual([]);
  });

  it('leaves a credentials flag of the wrong type to the schema rule', () => {
    const files = { 'cors.yaml': 'corsPolicies:\n  web: { allowOrigins: ["*"], allowCredentials: "true" }\n' };
    expect(lintText(files, RULE)).toEqual([]);
    expect(lintText(files, 'schema')).toHaveLength(1);
  });
});
