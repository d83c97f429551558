import { describe, expect, it } from 'vitest';
import { lintText, where } from '../helpers/lint-text.js';

const RULE = 'unknown-reference';

const DEFINITIONS = `upstreams:
  orders: { url: https://orders.internal }
corsPolicies:
  web: { allowOrigins: [https://app.example.com] }
rateLimits:
  standard: { requestsPerSecond: 100 }
authPolicies:
  jwt-default: { type: jwt, issuer: https://idp.example.com/, audiences: [orders-api] }
`;

function references(routes: string, gateway = 'gateway: { name: test }\n'): ReturnType<typeof lintText> {
  return lintText({ 'definitions.yaml': DEFINITIONS, 'gateway.yaml': gateway, 'routes.yaml': `routes:\n${routes}` }, RULE);
}

describe('unknown-reference', () => {
  it('reports an unknown upstream at the reference, with a suggestion', () => {
    const findings = references('  - name: a\n    paths: [/a]\n    upstream: order\n');
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding!.severity).toBe('error');
    expect(finding!.file).toBe('routes.yaml');
    expect(where(finding!)).toBe('4:15-4:20');
    expect(finding!.message).toBe(
      "Upstream 'order', referenced by route 'a', is not defined: the gateway has nowhere to send requests " +
        "(the configuration is rejected, or requests fail with 502/503). Did you mean 'orders'?",
    );
    expect(finding!.related).toEqual([]);
  });

  it('leaves out the suggestion when no name is close', () => {
    const findings = references('  - { name: a, paths: [/a], upstream: billing }\n');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toMatch(/is not defined: .*502\/503\)\.$/);
    expect(findings[0]!.message).not.toContain('Did you mean');
  });

  it('matches names exactly, case included', () => {
    const findings = references('  - { name: a, paths: [/a], upstream: Orders }\n');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain("Did you mean 'orders'?");
  });

  it.each([
    ['cors', 'wbe', '2:53-2:56', "CORS policy 'wbe', referenced by route 'a', is not defined: browser calls fail their CORS checks. Did you mean 'web'?"],
    ['rateLimit', 'standrad', '2:58-2:66', "Rate limit 'standrad', referenced by route 'a', is not defined: requests run without the rate limit you meant. Did you mean 'standard'?"],
    [
      'auth',
      'jwt-defualt',
      '2:53-2:64',
      "Auth policy 'jwt-defualt', referenced by route 'a', is not defined: the gateway rejects the configuration, or serves requests without the authentication you meant. Did you mean 'jwt-default'?",
    ],
  ])('reports an unknown %s policy', (field, name, position, message) => {
    const findings = references(`  - { name: a, paths: [/a], upstream: orders, ${field}: ${name} }\n`);
    expect(findings).toHaveLength(1);
    expect(where(findings[0]!)).toBe(position);
    expect(findings[0]!.message).toBe(message);
  });

  it('reports unknown names in gateway.defaults once, at the default, not once per route', () => {
    const gateway = 'gateway:\n  defaults:\n    auth: jwt-defualt\n    cors: webb\n    rateLimit: strict\n';
    const routes = '  - { name: a, paths: [/a], upstream: orders }\n  - { name: b, paths: [/b], upstream: orders }\n';
    const findings = references(routes, gateway);
    expect(findings.map((f) => [f.file, where(f)])).toEqual([
      ['gateway.yaml', '3:11-3:22'],
      ['gateway.yaml', '4:11-4:15'],
      ['gateway.yaml', '5:16-5:22'],
    ]);
    expect(findings[0]!.message).toBe(
      "Auth policy 'jwt-defualt', referenced by the gateway defaults, is not defined: the gateway rejects the configuration, " +
        "or serves requests without the authentication you meant. Did you mean 'jwt-default'?",
    );
    expect(findings[1]!.message).toMatch(/^CORS policy 'webb', referenced by the gateway defaults, is not defined/);
    expect(findings[2]!.message).toMatch(/^Rate limit 'strict', referenced by the gateway defaults, is not defined/);
  });

  it.each([
    ['every reference defined', '  - { name: a, paths: [/a], upstream: orders, auth: jwt-default, cors: web, rateLimit: standard }\n', undefined],
    ['auth: none on the route', '  - { name: a, paths: [/a], upstream: orders, auth: none }\n', undefined],
    ['auth: none in the defaults', '  - { name: a, paths: [/a], upstream: orders }\n', 'gateway:\n  defaults:\n    auth: none\n'],
    ['defaults that exist', '  - { name: a, paths: [/a], upstream: orders }\n', 'gateway:\n  defaults: { auth: jwt-default, cors: web, rateLimit: standard }\n'],
  ])('stays quiet for %s', (_name, routes, gateway) => {
    expect(references(routes, gateway)).toEqual([]);
  });

  it('resolves names defined in a file sorted after the route', () => {
    const files = {
      'a-routes.yaml': 'routes:\n  - { name: a, paths: [/a], upstream: z-orders }\n',
      'z-upstreams.yaml': 'upstreams:\n  z-orders: { url: https://orders.internal }\n',
    };
    expect(lintText(files, RULE)).toEqual([]);
  });
});
