import { describe, expect, it } from 'vitest';
import { lintText, where } from '../helpers/lint-text.js';

const RULE = 'trailing-slash-mismatch';

const UPSTREAMS = `upstreams:
  orders: { url: https://orders.internal }
  api: { url: https://api.internal/api }
  api-slash: { url: https://api.internal/api/ }
`;

function slashes(routes: string, gateway = 'gateway: { name: test }\n'): ReturnType<typeof lintText> {
  return lintText({ 'gateway.yaml': gateway, 'routes.yaml': `routes:\n${routes}`, 'upstreams.yaml': UPSTREAMS }, RULE);
}

/** Routes `a`, `b`, … on /v1/a, /v1/b, …, written without a trailing slash. */
function plainSiblings(names: string, host = ''): string {
  const hostField = host ? ` host: ${host},` : '';
  return [...names].map((name) => `  - { name: ${name},${hostField} paths: [/v1/${name}], upstream: orders }\n`).join('');
}

describe('trailing-slash-mismatch', () => {
  describe('paths that differ only by a trailing slash', () => {
    const twins = '  - { name: list, paths: [/v1/orders], upstream: orders }\n  - { name: list-slash, paths: [/v1/orders/], upstream: orders }\n';

    it('reports the later path under a strict gateway, naming the earlier one', () => {
      const findings = slashes(twins);
      expect(findings).toHaveLength(1);
      const [finding] = findings;
      expect(finding!.severity).toBe('warning');
      expect(finding!.file).toBe('routes.yaml');
      expect(where(finding!)).toBe('3:33-3:44');
      expect(finding!.message).toBe(
        "Path '/v1/orders/' of route 'list-slash' differs from '/v1/orders' of route 'list' (routes.yaml:2) only by a trailing slash. " +
          'With trailingSlash: strict these are different paths, so a client that adds or drops the slash silently reaches the other route.',
      );
      expect(finding!.related).toEqual([
        { file: 'routes.yaml', line: 2, column: 27, endLine: 2, endColumn: 37, message: "'/v1/orders' of route 'list'" },
      ]);
    });

    it('treats a missing gateway section as strict', () => {
      const findings = lintText({ 'routes.yaml': `routes:\n${twins}`, 'upstreams.yaml': UPSTREAMS }, RULE);
      expect(findings.map(where)).toEqual(['3:33-3:44']);
      expect(findings[0]!.message).toContain('With trailingSlash: strict');
    });

    it('reports the later path when the earlier one has the slash', () => {
      const findings = slashes('  - { name: a, paths: [/v1/orders/], upstream: orders }\n  - { name: b, paths: [/v1/orders], upstream: orders }\n');
      expect(findings.map(where)).toEqual(['3:24-3:34']);
      expect(findings[0]!.message).toMatch(/^Path '\/v1\/orders' of route 'b' differs from '\/v1\/orders\/' of route 'a' \(routes\.yaml:2\)/);
    });

    it('compares patterns with parameter names erased', () => {
      const findings = slashes('  - { name: a, paths: ["/v1/orders/{id}"], upstream: orders }\n  - { name: b, paths: ["/v1/orders/{key}/"], upstream: orders }\n');
      expect(findings.map(where)).toEqual(['3:24-3:43']);
      expect(findings[0]!.message).toContain("Path '/v1/orders/{key}/' of route 'b' differs from '/v1/orders/{id}' of route 'a'");
    });

    it('explains the redirect under trailingSlash: redirect', () => {
      const findings = slashes(twins, 'gateway: { trailingSlash: redirect }\n');
      expect(findings.map(where)).toEqual(['3:33-3:44']);
      expect(findings[0]!.message).toContain(
        'With trailingSlash: redirect the gateway answers one form with a redirect to the other, so one of these routes is never reached directly.',
      );
    });

    it('stays quiet under trailingSlash: ignore, where the two paths are one (duplicate-route reports them)', () => {
      const files = { 'gateway.yaml': 'gateway: { trailingSlash: ignore }\n', 'routes.yaml': `routes:\n${twins}`, 'upstreams.yaml': UPSTREAMS };
      expect(lintText(files, RULE)).toEqual([]);
      expect(lintText(files, 'duplicate-route')).toHaveLength(1);
    });

    it.each([
      ['different hosts', '  - { name: a, host: a.example.com, paths: [/v1/orders], upstream: orders }\n  - { name: b, host: b.example.com, paths: [/v1/orders/], upstream: orders }\n'],
      ['methods that do not overlap', '  - { name: a, methods: [GET], paths: [/v1/orders], upstream: orders }\n  - { name: b, methods: [POST], paths: [/v1/orders/], upstream: orders }\n'],
      ['both forms served by one route', '  - { name: a, paths: [/v1/orders, /v1/orders/], upstream: orders }\n'],
      ['paths under a prefix rather than exact', '  - { name: a, paths: [/v1/orders/**], upstream: orders }\n  - { name: b, paths: [/v1/orders/], upstream: orders }\n'],
      ['the root path next to another path', '  - { name: a, paths: [/], upstream: orders }\n  - { name: b, paths: [/v1/], upstream: orders }\n'],
    ])('stays quiet for %s', (_name, routes) => {
      expect(slashes(routes)).toEqual([]);
    });
  });

  describe('a path whose style differs from its siblings', () => {
    it('reports the one slashed path among four plain ones under a strict gateway', () => {
      const findings = slashes(`${plainSiblings('abcd')}  - { name: e, paths: [/v1/e/], upstream: orders }\n`);
      expect(findings).toHaveLength(1);
      expect(findings[0]!.severity).toBe('warning');
      expect(where(findings[0]!)).toBe('6:24-6:30');
      expect(findings[0]!.message).toBe(
        "Path '/v1/e/' of route 'e' ends with a slash, unlike the other 4 paths, which are written without one. " +
          "With trailingSlash: strict, clients following that convention call '/v1/e' and get 404.",
      );
      expect(findings[0]!.related).toEqual([{ file: 'routes.yaml', line: 2, column: 24, endLine: 2, endColumn: 29, message: "e.g. '/v1/a' of route 'a'" }]);
    });

    it('reports the one plain path among slashed ones', () => {
      const slashed = [...'abcd'].map((name) => `  - { name: ${name}, paths: [/v1/${name}/], upstream: orders }\n`).join('');
      const findings = slashes(`${slashed}  - { name: z, paths: [/v1/z], upstream: orders }\n`);
      expect(findings.map(where)).toEqual(['6:24-6:29']);
      expect(findings[0]!.message).toBe(
        "Path '/v1/z' of route 'z' does not end with a slash, unlike the other 4 paths, which are written with one. " +
          "With trailingSlash: strict, clients following that convention call '/v1/z/' and get 404.",
      );
    });

    it('names the host when the siblings share one', () => {
      const findings = slashes(`${plainSiblings('abcd', 'api.example.com')}  - { name: e, host: api.example.com, paths: [/v1/e/], upstream: orders }\n`);
      expect(findings.map(where)).toEqual(['6:47-6:53']);
      expect(findings[0]!.message).toContain('unlike the other 4 paths on api.example.com, which are written without one');
    });

    it('reports each of two odd paths among eight', () => {
      const findings = slashes(
        `${plainSiblings('abcdefgh')}  - { name: y, paths: [/v1/y/], upstream: orders }\n  - { name: z, paths: [/v1/z/], upstream: orders }\n`,
      );
      expect(findings.map(where)).toEqual(['10:24-10:30', '11:24-11:30']);
    });

    it('reports a slash twin once, not also as an odd sibling', () => {
      const findings = slashes(`${plainSiblings('abcd')}  - { name: e, paths: [/v1/a/], upstream: orders }\n`);
      expect(findings).toHaveLength(1);
      expect(findings[0]!.message).toContain('only by a trailing slash');
    });

    it.each([
      ['three siblings are too few to make a convention', `${plainSiblings('abc')}  - { name: e, paths: [/v1/e/], upstream: orders }\n`],
      ['two odd paths among four are not a lone exception', `${plainSiblings('abcd')}  - { name: y, paths: [/v1/y/], upstream: orders }\n  - { name: z, paths: [/v1/z/], upstream: orders }\n`],
      ['siblings on another host', `${plainSiblings('abcd', 'a.example.com')}  - { name: e, host: b.example.com, paths: [/v1/e/], upstream: orders }\n`],
      ['prefix paths, which have no style', `${[...'abcd'].map((n) => `  - { name: ${n}, paths: [/v1/${n}/**], upstream: orders }\n`).join('')}  - { name: e, paths: [/v1/e/], upstream: orders }\n`],
    ])('stays quiet when %s', (_name, routes) => {
      expect(slashes(routes)).toEqual([]);
    });

    it.each([['redirect'], ['ignore']])('stays quiet under trailingSlash: %s, where either form reaches the route', (mode) => {
      const routes = `${plainSiblings('abcd')}  - { name: e, paths: [/v1/e/], upstream: orders }\n`;
      expect(slashes(routes, `gateway: { trailingSlash: ${mode} }\n`)).toEqual([]);
    });
  });

  describe('rewrites that add or drop a slash', () => {
    it('reports a stripPrefix with a trailing slash that never applies to the route path, at the stripPrefix', () => {
      const findings = slashes('  - { name: a, paths: [/v1], stripPrefix: /v1/, upstream: orders }\n');
      expect(findings).toHaveLength(1);
      expect(findings[0]!.severity).toBe('warning');
      expect(where(findings[0]!)).toBe('2:43-2:47');
      expect(findings[0]!.message).toBe(
        "Route 'a': stripPrefix '/v1/' never applies to '/v1' (they differ by a trailing slash), so the prefix reaches the upstream unstripped. " +
          'The upstream sees a different path than intended and may answer 404 or a redirect.',
      );
      expect(findings[0]!.related).toEqual([
        { file: 'upstreams.yaml', line: 2, column: 18, endLine: 2, endColumn: 41, message: "url of upstream 'orders'" },
      ]);
    });

    it('reports a stripPrefix that takes the leading slash with it', () => {
      const findings = slashes('  - { name: a, paths: [/v1/orders], stripPrefix: /v1/, upstream: orders }\n');
      expect(findings.map(where)).toEqual(['2:50-2:54']);
      expect(findings[0]!.message).toContain(
        "a request to '/v1/orders' is forwarded as 'orders', without a leading slash (stripPrefix '/v1/' takes the slash with it).",
      );
    });

    it('reports an upstream base path fused with the next segment', () => {
      const findings = slashes('  - { name: a, paths: [/v1/orders], stripPrefix: /v1/, upstream: api }\n');
      expect(findings.map(where)).toEqual(['2:50-2:54']);
      expect(findings[0]!.message).toBe(
        "Route 'a': a request to '/v1/orders' is forwarded as '/apiorders', fusing the upstream base path '/api' with the next segment (stripPrefix '/v1/' takes the slash with it). " +
          'The upstream sees a different path than intended and may answer 404 or a redirect.',
      );
      expect(findings[0]!.related).toEqual([
        { file: 'upstreams.yaml', line: 3, column: 15, endLine: 3, endColumn: 39, message: "url of upstream 'api'" },
      ]);
    });

    it('reports a double slash from a base path ending in / at the route path when there is no stripPrefix', () => {
      const findings = slashes('  - { name: a, paths: [/v1/orders], upstream: api-slash }\n');
      expect(findings).toHaveLength(1);
      expect(findings[0]!.file).toBe('routes.yaml');
      expect(where(findings[0]!)).toBe('2:24-2:34');
      expect(findings[0]!.related[0]).toMatchObject({ file: 'upstreams.yaml', line: 4, column: 21 });
      expect(findings[0]!.message).toContain(
        "a request to '/v1/orders' is forwarded as '/api//v1/orders', with a double slash (the upstream base path '/api/' already ends with '/').",
      );
    });

    it('reports a double slash after stripPrefix at the stripPrefix', () => {
      const findings = slashes('  - { name: a, paths: ["/v1/{proxy+}"], stripPrefix: /v1, upstream: api-slash }\n');
      expect(findings.map((f) => [f.file, where(f)])).toEqual([['routes.yaml', '2:54-2:57']]);
      expect(findings[0]!.message).toContain("a request to '/v1/1/x' is forwarded as '/api//1/x', with a double slash");
    });

    it('reports a rewrite that drops a trailing slash', () => {
      const findings = slashes('  - { name: a, paths: [/v1/orders/], stripPrefix: /v1/orders/, upstream: api }\n');
      expect(findings.map(where)).toEqual(['2:51-2:62']);
      expect(findings[0]!.message).toContain("a request to '/v1/orders/' is forwarded as '/api': the rewrite drops a trailing slash.");
    });

    it('reports a rewrite that adds a trailing slash', () => {
      const findings = slashes('  - { name: a, paths: [/v1], stripPrefix: /v1, upstream: api-slash }\n');
      expect(findings.map(where)).toEqual(['2:43-2:46']);
      expect(findings[0]!.message).toContain("a request to '/v1' is forwarded as '/api/': the rewrite adds a trailing slash.");
    });

    it('checks rewrites under every trailingSlash mode', () => {
      const routes = '  - { name: a, paths: [/v1/orders], stripPrefix: /v1/, upstream: api }\n';
      expect(slashes(routes, 'gateway: { trailingSlash: ignore }\n')).toHaveLength(1);
      expect(slashes(routes, 'gateway: { trailingSlash: redirect }\n')).toHaveLength(1);
    });

    it.each([
      ['a stripPrefix without a trailing slash', '  - { name: a, paths: [/v1/orders], stripPrefix: /v1, upstream: orders }\n'],
      ['a stripPrefix onto a base path', '  - { name: a, paths: [/v1/orders], stripPrefix: /v1, upstream: api }\n'],
      ['a stripPrefix on a prefix route', '  - { name: a, paths: [/v1/orders/**], stripPrefix: /v1, upstream: api }\n'],
      ['a stripPrefix equal to the whole path', '  - { name: a, paths: [/v1], stripPrefix: /v1, upstream: api }\n'],
      ['a stripPrefix leaving only the slash', '  - { name: a, paths: [/v1/orders/], stripPrefix: /v1/orders, upstream: orders }\n'],
      ['a base path without a trailing slash', '  - { name: a, paths: [/v1/orders/], upstream: api }\n'],
      ['an upstream url with only a port', '  - { name: a, paths: [/v1/orders/], upstream: port }\n'],
      ['an upstream url ending in a bare /', '  - { name: a, paths: [/v1/orders], upstream: root }\n'],
    ])('stays quiet for %s', (_name, routes) => {
      const files = {
        'routes.yaml': `routes:\n${routes}`,
        'upstreams.yaml': `${UPSTREAMS}  port: { url: "https://api.internal:8443" }\n  root: { url: https://api.internal/ }\n`,
      };
      expect(lintText(files, RULE)).toEqual([]);
    });
  });
});

describe('trailing-slash-mismatch: routes that serve both forms', () => {
  it('does not call a route odd when it deliberately serves /x and /x/', () => {
    const routes =
      '  - { name: a, paths: [/v1/a], upstream: orders }\n  - { name: b, paths: [/v1/b], upstream: orders }\n' +
      '  - { name: c, paths: [/v1/c], upstream: orders }\n  - { name: d, paths: [/v1/d], upstream: orders }\n' +
      '  - { name: both, paths: [/v1/e, /v1/e/], upstream: orders }\n';
    expect(slashes(routes)).toEqual([]);
  });

  it('checks the rewrite of a catch-all route below its prefix', () => {
    const findings = lintText(
      {
        'upstreams.yaml': 'upstreams:\n  api: { url: "https://api.internal/api/" }\n',
        'routes.yaml': 'routes:\n  - { name: all, paths: ["/**"], upstream: api }\n',
      },
      RULE,
    );
    expect(findings.map(where)).toEqual(['2:26-2:31']);
    expect(findings[0]!.message).toContain("a request to '/x' is forwarded as '/api//x', with a double slash");
  });
});
