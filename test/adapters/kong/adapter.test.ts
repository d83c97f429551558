/**
 * The Kong adapter's model: what decK files turn into, with Kong's defaults and positions.
 */
import { describe, expect, it } from 'vitest';
import { kongAdapter } from '../../../src/adapters/kong/index.js';
import { rankOf } from '../../../src/adapters/kong/dialect.js';
import { compareKeys } from '../../../src/dialect/dialect.js';
import { parseSource } from '../../../src/load/parse.js';
import { positionAt } from '../../../src/load/source.js';
import type { YNode } from '../../../src/load/tree.js';
import type { ModelPart, Route } from '../../../src/model/types.js';

function build(files: Record<string, string>): ModelPart {
  const items = Object.keys(files)
    .sort()
    .flatMap((name) => parseSource({ path: `/virtual/${name}`, displayPath: name, text: files[name]! }).documents)
    .flatMap((document) => {
      const item = kongAdapter.read(document);
      return item ? [item] : [];
    });
  return kongAdapter.build(items);
}

const one = (text: string): ModelPart => build({ 'kong.yaml': text });
const line = (node: YNode): number => positionAt(node.file, node.start).line;
const route = (model: ModelPart, name: string): Route => model.routes.find((r) => r.name === name)!;

describe('reading documents', () => {
  it('takes decK documents and leaves others (under --dialect kong) to unknown-document', () => {
    const docs = parseSource({ path: '/v/a.yaml', displayPath: 'a.yaml', text: 'apiVersion: v1\nkind: ConfigMap\n---\n- 1\n---\n_format_version: "3.0"\n' }).documents;
    expect(docs.map((document) => kongAdapter.read(document) !== undefined)).toEqual([false, false, true]);
  });

  it('makes one gateway per decK file: names are per file', () => {
    const text = '_format_version: "3.0"\nservices:\n  - name: svc\n    routes:\n      - name: r\n        paths: [/r]\n';
    const model = build({ 'a.yaml': text, 'b.yaml': text });
    expect(model.gateways.map((gateway) => [gateway.label, gateway.dialect.displayName])).toEqual([
      ['decK file a.yaml', 'Kong'],
      ['decK file b.yaml', 'Kong'],
    ]);
    expect(new Set(model.routes.map((r) => r.gateway.id)).size).toBe(2);
    expect(model.duplicates).toEqual([]);
  });

  it('reports services and routes named twice in one file', () => {
    const model = one(`_format_version: "3.0"
services:
  - name: svc
    routes:
      - name: r
        paths: [/a]
  - name: svc
routes:
  - name: r
    paths: [/b]
`);
    expect(model.duplicates.map((d) => [d.kind, d.name, line(d.duplicate), line(d.first)])).toEqual([
      ['upstream', 'svc', 7, 3],
      ['route', 'r', 9, 5],
    ]);
  });
});

describe('odd input', () => {
  it('reads values of the wrong type defensively, without a crash', () => {
    const model = one(`_format_version: 3
services:
  - "not a service"
  - name: [list]
    url: 5
    read_timeout: slow
    routes: { not: a list }
  - name: ok
    routes:
      - 42
      - name: r
        paths: { a: 1 }
        hosts: 7
        methods: get
        headers: x-a
        regex_priority: high
        plugins: [{ name: 5 }, { name: cors, config: !Ref Origins }, { name: rate-limiting, config: { second: "10", minute: 5 } }]
routes: "nope"
plugins:
  - name: key-auth
    config: ~
  - name: cors
    config: { origins: "https://a.example" , credentials: "yes" }
`);
    expect(model.routes.map((r) => [r.name, r.paths.length, r.methods?.map((m) => m.value)])).toEqual([['r', 0, ['GET']]]);
    expect(model.upstreams.map((u) => [u.name, u.url, u.timeoutMs?.value])).toEqual([
      ['service #2', undefined, 60000],
      ['ok', undefined, 60000],
    ]);
    expect(model.corsPolicies.map((p) => [p.allowOrigins.map((o) => o.value), p.allowCredentials])).toEqual([
      [['https://a.example'], undefined],
      [['*'], undefined],
    ]);
    // Kong's typed schema coerces nothing: text where a number belongs is reported, and read as unset.
    expect(model.dialectFindings.map((finding) => [finding.ruleId, finding.message.split(':')[0]])).toEqual([
      ['schema', `read_timeout of service #2 must be a whole number of milliseconds from 1 to 2147483646, not "slow"`],
      ['schema', `second of rate-limiting on route r must be a number of requests greater than 0, not "10"`],
      ['schema', `regex_priority of route 'r' must be a whole number, not "high"`],
    ]);
  });
});

describe('numbers Kong rejects', () => {
  it('reports them and reads them as unset: the default timeout, no retries, no rank for regex paths', () => {
    const model = one(`_format_version: "3.0"
services:
  - name: s
    url: http://s.internal
    read_timeout: .inf
    connect_timeout: 1e400
    retries: .nan
    routes:
      - name: a
        paths: ['~/a', /plain]
        regex_priority: 1e400
`);
    expect(model.dialectFindings.map((f) => [f.ruleId, line(f.node)])).toEqual([
      ['schema', 5],
      ['schema', 6],
      ['schema', 7],
      ['schema', 11],
    ]);
    const [upstream] = model.upstreams;
    expect([upstream!.timeoutMs?.value, line(upstream!.timeoutMs!.node), upstream!.connectTimeoutMs?.value]).toEqual([60000, 3, 60000]);
    const a = route(model, 'a');
    expect(a.retries).toBeUndefined();
    // The regex path has no rank Kong would give it, so it stays out of the routing analysis; the plain path keeps its rank.
    expect(a.paths.map((p) => [p.value, p.matcher !== undefined])).toEqual([
      ['~/a', false],
      ['/plain', true],
    ]);
    expect(model.invalidPaths).toEqual([]);
  });
});

describe('services and routes', () => {
  const text = `_format_version: "3.0"
services:
  - name: orders
    url: https://orders.internal:8443/v1
    read_timeout: 5000
    retries: 2
    routes:
      - name: nested
        paths: [/orders]
  - name: billing
    host: billing.internal
    port: 8080
    path: /api
  - id: 6b0e1c0a-0000-4000-8000-000000000001
    host: ids.internal
routes:
  - name: by-name
    service: billing
    paths: [/billing]
  - name: by-map
    service: { name: orders }
    paths: [/o]
  - name: by-id
    service:
      id: 6b0e1c0a-0000-4000-8000-000000000001
    paths: [/ids]
  - name: orphan
    paths: [/orphan]
`;
  const model = one(text);

  it('turns services into upstreams with Kong defaults', () => {
    expect(model.upstreams.map((u) => [u.name, u.url?.value, u.basePath, u.timeoutMs?.value, u.connectTimeoutMs?.value])).toEqual([
      ['orders', 'https://orders.internal:8443/v1', '/v1', 5000, 60000],
      ['billing', 'http://billing.internal:8080/api', '/api', 60000, 60000],
      ['6b0e1c0a-0000-4000-8000-000000000001', 'http://ids.internal', '', 60000, 60000],
    ]);
    // A default points at the service that leaves it out.
    expect(line(model.upstreams[1]!.timeoutMs!.node)).toBe(10);
  });

  it('links nested and top-level routes to their service by name or id', () => {
    expect(model.routes.map((r) => [r.name, r.upstream?.target?.name, r.order])).toEqual([
      ['nested', 'orders', 0],
      ['by-name', 'billing', 1],
      ['by-map', 'orders', 2],
      ['by-id', '6b0e1c0a-0000-4000-8000-000000000001', 3],
      ['orphan', undefined, 4],
    ]);
    expect(line(route(model, 'by-map').upstream!.node)).toBe(21);
    expect(model.unresolved).toEqual([]);
  });

  it('has no overall route timeout (Kong has none), and retries only where the file sets them', () => {
    expect(model.routes.map((r) => r.timeoutMs)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    const nested = route(model, 'nested');
    expect([nested.retries?.attempts?.value, nested.retries?.perTryTimeoutMs?.value]).toEqual([3, 5000]);
    expect(route(model, 'by-name').retries).toBeUndefined();
  });

  it('reports a service reference that names no service of the file', () => {
    const broken = one(`_format_version: "3.0"
services:
  - name: billing
routes:
  - name: r
    service: biling
    paths: [/r]
`);
    expect(broken.unresolved.map((u) => [u.kind, u.name, line(u.node), u.candidates, u.from])).toEqual([['upstream', 'biling', 6, ['billing'], "route 'r'"]]);
    // A file without services is a fragment: its services live in another file.
    expect(one('_format_version: "3.0"\nroutes:\n  - name: r\n    service: elsewhere\n    paths: [/r]\n').unresolved).toEqual([]);
  });
});

describe('match fields', () => {
  it('lower-cases hosts, upper-cases methods, and keeps *.x wildcards', () => {
    const model = one(`_format_version: "3.0"
routes:
  - name: r
    hosts: [API.Example.com, "*.Example.org"]
    methods: [get, POST]
    paths: [/r]
`);
    const r = route(model, 'r');
    expect(r.hosts?.map((h) => [h.value, h.wildcard])).toEqual([
      ['api.example.com', false],
      ['*.example.org', true],
    ]);
    expect(r.methods?.map((m) => m.value)).toEqual(['GET', 'POST']);
    expect(r.headers).toEqual([]);
  });

  it('models a host with a trailing wildcard (example.*) as a host condition on any host', () => {
    const r = route(one('_format_version: "3.0"\nroutes:\n  - name: r\n    hosts: [api.example.com, "example.*"]\n    paths: [/r]\n'), 'r');
    expect(r.hosts).toBeUndefined();
    expect(r.headers.map((h) => [h.name, h.match, h.value])).toEqual([['host', 'regex', '^api\\.example\\.com$|^example\\..+$']]);
  });

  it('turns headers into conditions: exact, `~*` regex, several values', () => {
    const r = route(
      one(`_format_version: "3.0"
routes:
  - name: r
    paths: [/r]
    headers:
      X-Version: ["2"]
      x-client: ["~*^mobile-.*$"]
      x-tier: [gold, silver]
`),
      'r',
    );
    expect(r.headers.map((h) => [h.name, h.match, h.value, line(h.node)])).toEqual([
      ['x-version', 'exact', '2', 6],
      ['x-client', 'regex', '^mobile-.*$', 7],
      ['x-tier', 'regex', '^gold$|^silver$', 8],
    ]);
  });

  it('keeps snis, sources and destinations as conditions', () => {
    const r = route(
      one(`_format_version: "3.0"
routes:
  - name: r
    paths: [/r]
    snis: [api.example.com]
    sources: [{ ip: 10.0.0.0/8 }]
`),
      'r',
    );
    expect(r.headers.map((h) => h.name)).toEqual(['(TLS SNI)', '(sources)']);
  });
});

describe('paths', () => {
  const paths = (text: string, name = 'r') => route(one(text), name).paths;

  it('reads plain 3.x paths as string prefixes and `~` paths as regexes anchored at the start', () => {
    const [plain, regex] = paths('_format_version: "3.0"\nroutes:\n  - name: r\n    paths: [/api, "~/v1/example/?$"]\n');
    expect(plain!.matcher).toEqual({ kind: 'prefix', value: '/api' });
    expect(regex!.matcher?.kind).toBe('regex');
    expect(regex!.matcher).toMatchObject({ source: '/v1/example/?$', mode: 'prefix' });
  });

  it('in a 1.1 file, reads a path with regex characters as a regex (Kong 2.x) and others as prefixes', () => {
    const [regex, plain] = paths('_format_version: "1.1"\nroutes:\n  - name: r\n    paths: ["/status/\\\\d+", /code]\n');
    expect(regex!.matcher).toMatchObject({ kind: 'regex', source: '/status/\\d+', mode: 'prefix' });
    expect(plain!.matcher).toEqual({ kind: 'prefix', value: '/code' });
  });

  it('warns about a 3.x plain path that looks like a regex, and keeps it as the literal prefix Kong uses', () => {
    const model = one('_format_version: "3.0"\nroutes:\n  - name: r\n    paths: ["/users/\\\\d+", "/files/a+b"]\n');
    expect(model.invalidPaths.map((p) => [p.path, p.severity, line(p.node)])).toEqual([['/users/\\d+', 'warning', 4]]);
    expect(model.invalidPaths[0]!.reason).toContain("write '~/users/\\d+'");
    expect(route(model, 'r').paths[0]!.matcher).toEqual({ kind: 'prefix', value: '/users/\\d+' });
  });

  it('reports paths Kong rejects, and leaves them out of routing', () => {
    const model = one(`_format_version: "3.0"
routes:
  - name: r
    paths: ["~/orders/(", api, "~api", /a//b, /a/../b]
`);
    expect(model.invalidPaths.map((p) => [p.path, p.severity])).toEqual([
      ['~/orders/(', undefined],
      ['api', undefined],
      ['~api', undefined],
      ['/a//b', undefined],
      ['/a/../b', undefined],
    ]);
    expect(model.invalidPaths.map((p) => p.reason)).toEqual([
      expect.stringContaining('not a valid regex'),
      "it must start with '/' (a plain path) or '~/' (a regex path)",
      "a regex path must start with '~/'",
      "Kong 3 rejects paths that are not normalised, and this one contains '//'",
      "Kong 3 rejects paths that are not normalised, and this one contains '/../'",
    ]);
    expect(route(model, 'r').paths.map((p) => p.matcher)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it('gives a route without paths one prefix / at the route, and none to stream and expression routes', () => {
    const model = one(`_format_version: "3.0"
routes:
  - name: hosts-only
    hosts: [api.example.com]
  - name: tcp
    protocols: [tcp]
    destinations: [{ port: 9000 }]
  - name: expr
    expression: http.path ^= "/x"
`);
    const [path] = route(model, 'hosts-only').paths;
    expect(path).toMatchObject({ value: '/', matcher: { kind: 'prefix', value: '/' } });
    expect(path!.node).toBe(route(model, 'hosts-only').node);
    expect(route(model, 'tcp').paths).toEqual([]);
    expect(route(model, 'expr').paths).toEqual([]);
    expect(model.invalidPaths).toEqual([]);
  });
});

describe('precedence (traditional_compatible, Kong 3.x)', () => {
  const model = one(`_format_version: "3.0"
routes:
  - name: plain-short
    paths: [/a]
  - name: plain-long
    paths: [/a/b/c]
  - name: regex
    paths: ["~/a/.*"]
  - name: regex-high
    regex_priority: 5
    paths: ["~/a/b$"]
  - name: methods
    methods: [GET]
    paths: [/a]
  - name: wildcard-host
    hosts: ["*.example.com"]
    paths: [/a]
  - name: plain-host
    hosts: [api.example.com]
    paths: [/a]
  - name: header
    hosts: ["*.example.com"]
    headers: { x-v: ["1"] }
    paths: [/a]
  - name: mixed
    paths: [/zz, "~/mixed"]
`);
  const key = (name: string, index = 0) => route(model, name).paths[index]!.precedence;
  const order = (...names: string[]) => [...names].sort((a, b) => compareKeys(key(a), key(b)));

  it('tries regex paths (by regex_priority) before plain ones, longer plain paths first', () => {
    expect(order('plain-short', 'plain-long', 'regex', 'regex-high')).toEqual(['regex-high', 'regex', 'plain-long', 'plain-short']);
  });

  it('tries routes with more match fields first, plain hosts before wildcard hosts', () => {
    expect(order('plain-long', 'methods', 'wildcard-host', 'plain-host', 'header')).toEqual(['header', 'plain-host', 'methods', 'wildcard-host', 'plain-long']);
    expect(compareKeys(key('methods'), key('wildcard-host'))).toBe(0);
  });

  it('ranks each path of a route on its own, as Kong splits routes by path kind and length', () => {
    expect(compareKeys(key('mixed', 1), key('mixed', 0))).toBeLessThan(0);
    expect(compareKeys(key('mixed', 1), key('regex'))).toBe(0);
    expect(rankOf(route(model, 'mixed').paths[0]!)).toMatchObject({ regex: false, length: 3, fields: ['paths'] });
  });
});

describe('precedence (traditional, Kong 2.x files)', () => {
  const model = one(`_format_version: "1.1"
routes:
  - name: methods
    methods: [GET]
    paths: [/a]
  - name: wildcard-host
    hosts: ["*.example.com"]
    paths: [/a]
  - name: header
    headers: { x-v: ["1"] }
    paths: [/a]
  - name: regex
    paths: ["/a/.*"]
`);
  const key = (name: string) => route(model, name).paths[0]!.precedence;

  it('breaks equal weights by category: hosts, then headers, then paths, then methods', () => {
    const names = ['methods', 'wildcard-host', 'header'];
    expect(names.sort((a, b) => compareKeys(key(a), key(b)))).toEqual(['wildcard-host', 'header', 'methods']);
    expect(route(model, 'regex').gateway.dialect.displayName).toBe('Kong 2.x');
  });
});

describe('plugins', () => {
  it('reads an origin regex that matches every origin as any origin', () => {
    const model = one(`_format_version: "3.0"
plugins:
  - name: cors
    config:
      origins: [".*"]
      credentials: true
`);
    expect(model.corsPolicies[0]!.allowOrigins.map((o) => o.value)).toEqual(['*']);
    expect(model.corsPolicies[0]!.anyOriginReason).toBe("the origin regex '.*' matches every origin");
  });

  it('models cors: empty or absent origins are any origin, at the plugin config', () => {
    const model = one(`_format_version: "3.0"
plugins:
  - name: cors
    config:
      origins: []
      credentials: true
services:
  - name: s
    plugins:
      - name: cors
        config:
          credentials: true
      - name: cors
        instance_name: listed
        config:
          origins: ["https://app.example.com", "*"]
          methods: [get]
          headers: [Authorization]
`);
    expect(model.corsPolicies.map((p) => [p.name, p.allowOrigins.map((o) => [o.value, line(o.node)]), p.allowCredentials?.value])).toEqual([
      ['global cors', [['*', 5]], true],
      ['cors on service s', [['*', 12]], true],
      [
        'listed',
        [
          // Next to other origins, Kong tries '*' as a regex (which matches nothing), not as "any".
          ['https://app.example.com', 16],
        ],
        undefined,
      ],
    ]);
    expect(model.corsPolicies[0]!.allowMethods.map((m) => m.value)).toContain('OPTIONS');
    expect(model.corsPolicies[0]!.allowHeaders.map((h) => h.value)).toEqual(['*']);
    expect(model.corsPolicies[2]!.allowMethods.map((m) => m.value)).toEqual(['GET']);
    expect(model.corsPolicies[2]!.allowHeaders.map((h) => h.value)).toEqual(['Authorization']);
  });

  it('gives each route the most specific plugin of each kind: route over service over global', () => {
    const model = one(`_format_version: "3.0"
plugins:
  - name: key-auth
  - name: rate-limiting
    config: { minute: 100 }
  - name: rate-limiting
    service: s
    config: { minute: 50 }
  - name: cors
    route: own-cors
services:
  - name: s
    plugins:
      - name: jwt
    routes:
      - name: inherits
        paths: [/i]
      - name: own-cors
        paths: [/c]
      - name: own-auth
        paths: [/a]
        plugins:
          - name: basic-auth
          - name: rate-limiting
            enabled: false
            config: { minute: 1 }
routes:
  - name: serviceless
    paths: [/x]
`);
    const summary = (name: string) => {
      const r = route(model, name);
      const auth = r.auth && 'target' in r.auth ? r.auth.target?.name : undefined;
      return [auth, r.rateLimit?.target?.name, r.cors?.target?.name, r.rateLimit?.fromDefault];
    };
    expect(summary('inherits')).toEqual(['jwt on service s', 'rate-limiting on service s', undefined, true]);
    expect(summary('own-cors')).toEqual(['jwt on service s', 'rate-limiting on service s', 'cors on route own-cors', true]);
    expect(summary('own-auth')).toEqual(['basic-auth on route own-auth', 'rate-limiting on service s', undefined, true]);
    expect(summary('serviceless')).toEqual(['global key-auth', 'global rate-limiting', undefined, true]);
    // The disabled plugin is no policy at all.
    expect(model.rateLimits.map((p) => p.name)).toEqual(['global rate-limiting', 'rate-limiting on service s']);
  });

  it('does not attach plugins for consumers to routes, but still checks them', () => {
    const model = one(`_format_version: "3.0"
consumers:
  - username: alice
    plugins:
      - name: rate-limiting
        config: { second: 10, minute: 5 }
plugins:
  - name: cors
    consumer: bob
routes:
  - name: r
    paths: [/r]
`);
    expect(route(model, 'r').rateLimit).toBeUndefined();
    expect(route(model, 'r').cors).toBeUndefined();
    expect(model.rateLimits.map((p) => p.name)).toEqual(['rate-limiting for consumer alice']);
    expect(model.corsPolicies.map((p) => p.name)).toEqual(['cors for consumer bob']);
    expect(model.dialectFindings.map((f) => f.ruleId)).toEqual(['rate-limit-window-order']);
  });

  it('models key-auth: key_in_query is true unless set, and then comes from the default at the plugin', () => {
    const model = one(`_format_version: "3.0"
plugins:
  - name: key-auth
  - name: key-auth
    service: s
    config: { key_in_query: false, key_names: [apikey] }
services:
  - name: s
`);
    expect(model.authPolicies.map((p) => [p.type?.value, p.apiKeyInQuery?.value, p.apiKeyInQuery?.fromDefault, line(p.apiKeyInQuery!.node)])).toEqual([
      ['apiKey', true, true, 3],
      ['apiKey', false, false, 6],
    ]);
  });

  it('models rate limits: per-second limit and what they count by', () => {
    const model = one(`_format_version: "3.0"
plugins:
  - name: rate-limiting
    config: { second: 5, hour: 10000 }
  - name: rate-limiting
    route: r
    config: { minute: 5, limit_by: header, header_name: X-Tenant }
  - name: rate-limiting-advanced
    service: s
    config: { limit: [10, 100], window_size: [1, 60], identifier: ip }
services:
  - name: s
routes:
  - name: r
    paths: [/r]
`);
    expect(model.rateLimits.map((p) => [p.name, p.requestsPerSecond?.value, p.key?.value])).toEqual([
      ['global rate-limiting', 5, 'consumerId'],
      ['rate-limiting on route r', undefined, 'header:x-tenant'],
      ['rate-limiting-advanced on service s', 10, 'ip'],
    ]);
    expect(model.dialectFindings).toEqual([]);
  });

  it('finds a longer rate-limiting window with a smaller limit, at the longer window', () => {
    const model = one(`_format_version: "3.0"
plugins:
  - name: rate-limiting
    config:
      second: 10
      minute: 5
      hour: 8
      day: 1000
`);
    expect(model.dialectFindings.map((f) => [f.ruleId, line(f.node), f.related?.map((r) => line(r.node))])).toEqual([
      ['rate-limit-window-order', 6, [5]],
      ['rate-limit-window-order', 7, [5]],
    ]);
    expect(model.dialectFindings[0]!.message).toContain('(\"The limit for minute(5.0) cannot be lower than the limit for second(10.0)\")');
  });
});

describe('rate-limiting-advanced', () => {
  it('reads the limit paired with a one-second window, and none from lists Kong rejects', () => {
    const model = one(`_format_version: "3.0"
plugins:
  - name: rate-limiting-advanced
    instance_name: paired
    config: { limit: [100, 5], window_size: [60, 1] }
  - name: rate-limiting-advanced
    instance_name: uneven
    config: { limit: [100, 5], window_size: [1] }
  - name: rate-limiting-advanced
    instance_name: texty
    config: { limit: [5, "x"], window_size: [1, 60] }
`);
    expect(model.rateLimits.map((policy) => [policy.name, policy.requestsPerSecond?.value])).toEqual([
      ['paired', 5],
      ['uneven', undefined],
      ['texty', undefined],
    ]);
  });
});
