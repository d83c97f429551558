import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../src/load/parse.js';
import { positionAt, type SourceFile } from '../src/load/source.js';
import type { YMap } from '../src/load/tree.js';
import { ALL_SCHEMAS, CONFIG_SCHEMA_ID, createAjv, DOCUMENT_SCHEMA_ID, SECTION_NAMES, VALIDATOR_SCHEMA_IDS } from '../src/validate/schemas.js';
import { toValue } from '../src/validate/to-value.js';
import { ENTRIES_PER_VALIDATION, ENTRY_SECTIONS, validateNativeDocument } from '../src/validate/validate.js';

function load(text: string, path = '/x/routes.yaml') {
  const file: SourceFile = { path, displayPath: path.slice(3), text };
  const parsed = parseSource(file);
  expect(parsed.problems).toEqual([]);
  return { file, documents: parsed.documents };
}

/** Each problem as line, column, the text it covers, and its message. */
function problems(text: string, path?: string) {
  const { file, documents } = load(text, path);
  return documents.flatMap((document) =>
    validateNativeDocument(document.root).map(({ span, message }) => ({
      ...positionAt(file, span.start),
      text: file.text.slice(span.start, span.end),
      message,
    })),
  );
}

const gatewayExample = `
gateway:
  name: shop-edge
  trailingSlash: redirect
  maxTimeout: 1m
  requestId:
    header: x-correlation-id
    generate: false
  accessLog: false
  defaults:
    timeout: 20s
    auth: shop-tokens
    cors: storefront
    rateLimit: per-customer
    maxBodySize: 256KB
`;

const upstreamsExample = `
upstreams:
  catalog:
    url: http://catalog.svc.cluster.local:9000
    timeout: 12s
    connectTimeout: 500ms
    keepAliveTimeout: 1h
    tls: { verify: false }
    healthCheck: { path: /ready, interval: 15s }
    maxBodySize: 2GB
`;

const routesExample = `
routes:
  - name: get-product
    host: shop.example.net
    paths: ["/api/products/{sku}"]
    methods: [GET, HEAD, PURGE]
    upstream: catalog
    priority: -5
    timeout: 8s
    retries: { attempts: 3, perTryTimeout: 2500ms }
    auth: shop-tokens
    cors: storefront
    rateLimit: per-customer
    maxBodySize: 0
    contentTypes: [application/json, "text/plain; charset=utf-8", "image/*"]
    stripPrefix: /api
  - name: everything-else
    hosts: ["*.example.net", 10.0.0.7]
    paths: ["/*/legacy", "/files/**", "/aws/{proxy+}", "/**"]
    upstream: catalog
    auth: none
    timeout: 2500
    maxBodySize: 64mb
`;

const corsExample = `
corsPolicies:
  storefront:
    allowOrigins: ["https://shop.example.net", "*"]
    allowMethods: [GET, PUT, DELETE, "*"]
    allowHeaders: [Authorization, X-Client-Version]
    exposeHeaders: [Retry-After]
    allowCredentials: false
    maxAge: 3600
`;

const rateLimitsExample = `
rateLimits:
  per-customer:
    requestsPerSecond: 20
    burst: 40
    key: jwtClaim:customer_id
    retryAfter: false
  per-ip:
    requestsPerMinute: 300
    key: ip
  per-key:
    requestsPerSecond: 0.25
    key: header:X-Shop-Key
`;

const authExample = `
authPolicies:
  shop-tokens:
    type: jwt
    issuer: https://login.example.net
    audiences: [shop, shop-admin]
    algorithms: [ES256, RS512]
    jwksUri: https://login.example.net/keys
    clockSkew: 45s
    requiredClaims: [exp, sub]
    scopes: [shop.read]
  integrators:
    type: apiKey
    in: query
    name: key
    plan: gold
  backoffice:
    type: iam
    scopes: [execute-api:Invoke]
  staff:
    type: basic
    plan: employees
  third-party:
    type: oauth2
    issuer: https://auth.partner.example
    audiences: [shop]
    scopes: [orders.write]
`;

const sectionExamples = [gatewayExample, upstreamsExample, routesExample, corsExample, rateLimitsExample, authExample];

describe('valid documents', () => {
  it('accepts every field of the format in one document', () => {
    expect(problems(sectionExamples.join(''))).toEqual([]);
  });

  it.each(sectionExamples.map((example) => [example.trim().split(':')[0], example]))('accepts the %s section alone', (_, example) => {
    expect(problems(example)).toEqual([]);
  });

  it('accepts several documents in one file and JSON files', () => {
    expect(problems(`${routesExample}\n---\n${corsExample}`)).toEqual([]);
    const json = JSON.stringify({ rateLimits: { standard: { requestsPerSecond: 100, burst: 200, key: 'ip' } } }, null, 2);
    expect(problems(json, '/x/rate-limits.json')).toEqual([]);
  });

  it('accepts the same documents with the whole-document schema editors use', () => {
    const validate = createAjv().getSchema(DOCUMENT_SCHEMA_ID)!;
    for (const text of [...sectionExamples, sectionExamples.join('')]) {
      const [document] = load(text).documents;
      expect(validate(toValue(document!.root)), JSON.stringify(validate.errors)).toBe(true);
    }
    expect(validate({})).toBe(false);
    expect(validate({ route: [] })).toBe(false);
  });
});

describe('schema problems', () => {
  it('reports a value of the wrong type', () => {
    expect(problems('rateLimits:\n  standard:\n    requestsPerSecond: 100\n    burst: two\n')).toEqual([
      { line: 4, column: 12, text: 'two', message: '`burst` must be a number, got "two"' },
    ]);
  });

  it('reports a malformed duration once, whatever ajv complains about', () => {
    expect(problems('upstreams:\n  orders:\n    url: https://orders\n    timeout: 30 seconds\n    connectTimeout: true\n    keepAliveTimeout: -1\n')).toEqual([
      { line: 4, column: 14, text: '30 seconds', message: '`timeout` must be a duration such as 30s, 1500ms or 2m, got "30 seconds"' },
      { line: 5, column: 21, text: 'true', message: '`connectTimeout` must be a duration such as 30s, 1500ms or 2m, got true' },
      { line: 6, column: 23, text: '-1', message: '`keepAliveTimeout` must be a duration such as 30s, 1500ms or 2m, got -1' },
    ]);
  });

  it('quotes numbers as the file writes them, not as JavaScript prints them', () => {
    expect(problems('upstreams:\n  orders:\n    url: https://orders\n    timeout: 1e400\n    connectTimeout: -.inf\n    keepAliveTimeout: True\n')).toEqual([
      { line: 4, column: 14, text: '1e400', message: '`timeout` must be a duration such as 30s, 1500ms or 2m, got 1e400' },
      { line: 5, column: 21, text: '-.inf', message: '`connectTimeout` must be a duration such as 30s, 1500ms or 2m, got -.inf' },
      { line: 6, column: 23, text: 'True', message: '`keepAliveTimeout` must be a duration such as 30s, 1500ms or 2m, got True' },
    ]);
  });

  it('reports a malformed size', () => {
    expect(problems('gateway:\n  defaults:\n    maxBodySize: 1 megabyte\n')).toEqual([
      { line: 3, column: 18, text: '1 megabyte', message: '`maxBodySize` must be a size such as 1MB, 512KB or 100B, got "1 megabyte"' },
    ]);
  });

  it('reports a missing required field on the object', () => {
    expect(problems('routes:\n  - name: a\n    paths: [/a]\n')).toEqual([
      { line: 2, column: 5, text: 'name: a\n    paths: [/a]', message: 'route is missing the required field `upstream`' },
    ]);
    expect(problems('routes:\n  - {}\n')).toEqual([
      { line: 2, column: 5, text: '{}', message: 'route is missing the required fields `name`, `paths` and `upstream`' },
    ]);
  });

  it('reports an unknown field on its key, with a suggestion when one is close', () => {
    expect(problems('routes:\n  - name: a\n    paths: [/a]\n    upstream: u\n    timout: 10s\n    colour: red\n')).toEqual([
      { line: 5, column: 5, text: 'timout', message: 'unknown field `timout` in route; did you mean `timeout`?' },
      { line: 6, column: 5, text: 'colour', message: 'unknown field `colour` in route' },
    ]);
    expect(problems('routes:\n  - name: a\n    paths: [/a]\n    upstream: u\n    retries: { attemps: 2 }\n')).toEqual([
      { line: 5, column: 16, text: 'attemps', message: 'unknown field `attemps` in `retries`; did you mean `attempts`?' },
    ]);
  });

  it('reports an unknown top-level key', () => {
    expect(problems('rout: []\nroutes: []\nextra: 1\n')).toEqual([
      { line: 1, column: 1, text: 'rout', message: 'unknown top-level key `rout`; did you mean `routes`?' },
      {
        line: 3,
        column: 1,
        text: 'extra',
        message: 'unknown top-level key `extra`; expected one of gateway, upstreams, routes, corsPolicies, rateLimits, authPolicies',
      },
    ]);
  });

  it('reports a value outside an enum', () => {
    expect(problems('gateway:\n  trailingSlash: loose\n')).toEqual([
      { line: 2, column: 18, text: 'loose', message: '`trailingSlash` must be one of strict, ignore, redirect, got "loose"' },
    ]);
    expect(problems('authPolicies:\n  p: { type: JWT }\n')).toEqual([
      { line: 2, column: 14, text: 'JWT', message: '`type` must be one of jwt, oauth2, apiKey, basic, iam, got "JWT"; did you mean `jwt`?' },
    ]);
  });

  it('reports host and hosts together on the second one', () => {
    expect(problems('routes:\n  - name: a\n    host: a.example.com\n    hosts: [b.example.com]\n    paths: [/a]\n    upstream: u\n')).toEqual([
      { line: 4, column: 5, text: 'hosts', message: 'use either `host` or `hosts`, not both' },
    ]);
  });

  it('reports list items by their index', () => {
    expect(problems('routes:\n  - name: a\n    hosts: [a.example.com, "bad host"]\n    paths: [/a]\n    methods: [GET, get]\n    upstream: u\n')).toEqual([
      { line: 3, column: 28, text: '"bad host"', message: '`hosts[1]` must be a host name such as api.example.com or *.example.com, got "bad host"' },
      { line: 5, column: 20, text: 'get', message: '`methods[1]` must be an upper-case HTTP method such as GET or POST, got "get"' },
    ]);
  });

  it('reports empty lists and non-mapping entries', () => {
    expect(problems('routes:\n  - name: a\n    paths: []\n    upstream: u\n  - just text\n')).toEqual([
      { line: 3, column: 12, text: '[]', message: '`paths` must not be empty' },
      { line: 5, column: 5, text: 'just text', message: '`routes[1]` must be a mapping, got "just text"' },
    ]);
    expect(problems('upstreams:\n  orders: 5\n')).toEqual([{ line: 2, column: 11, text: '5', message: 'upstream `orders` must be a mapping, got 5' }]);
  });

  it('requires exactly one of requestsPerSecond and requestsPerMinute', () => {
    expect(problems('rateLimits:\n  a: { burst: 10 }\n  b: { requestsPerSecond: 1, requestsPerMinute: 60 }\n')).toEqual([
      { line: 2, column: 6, text: '{ burst: 10 }', message: 'rate limit is missing `requestsPerSecond` or `requestsPerMinute`' },
      { line: 3, column: 30, text: 'requestsPerMinute', message: 'use either `requestsPerSecond` or `requestsPerMinute`, not both' },
    ]);
  });

  it('reports rate-limit keys and rates out of range', () => {
    expect(problems('rateLimits:\n  a:\n    requestsPerSecond: 0\n    key: user\n')).toEqual([
      { line: 3, column: 24, text: '0', message: '`requestsPerSecond` must be greater than 0, got 0' },
      { line: 4, column: 10, text: 'user', message: '`key` must be one of consumerId, ip, apiKey, header:<name>, jwtClaim:<name>, got "user"' },
    ]);
  });

  it('reports auth fields that do not apply to the policy type', () => {
    expect(problems('authPolicies:\n  keys:\n    type: apiKey\n    in: body\n    issuer: https://idp\n')).toEqual([
      { line: 4, column: 9, text: 'body', message: '`in` must be one of header, query, got "body"' },
      { line: 5, column: 5, text: 'issuer', message: '`issuer` does not apply when `type` is apiKey' },
    ]);
    expect(problems('authPolicies:\n  p: { issuer: https://idp }\n')).toEqual([
      { line: 2, column: 6, text: '{ issuer: https://idp }', message: 'auth policy is missing the required field `type`' },
    ]);
  });

  it('reports upstream URLs that are not http or https', () => {
    expect(problems('upstreams:\n  a: { url: ftp://files.internal }\n  b: { url: orders }\n')).toEqual([
      { line: 2, column: 13, text: 'ftp://files.internal', message: '`url` must be an http:// or https:// URL, got "ftp://files.internal"' },
      { line: 3, column: 13, text: 'orders', message: '`url` must be an http:// or https:// URL, got "orders"' },
    ]);
  });

  it('reports a section of the wrong shape, and integers, booleans and empty values', () => {
    expect(problems('gateway: []\nroutes:\n')).toEqual([
      { line: 1, column: 10, text: '[]', message: '`gateway` must be a mapping, got a list' },
      { line: 2, column: 8, text: '', message: '`routes` must be a list, got an empty value' },
    ]);
    expect(problems('routes:\n  - name: a\n    paths: [/a]\n    upstream: u\n    priority: 1.5\nupstreams:\n  u: { url: "https://u", tls: { verify: "no" } }\n')).toEqual([
      { line: 5, column: 15, text: '1.5', message: '`priority` must be an integer, got 1.5' },
      { line: 7, column: 41, text: '"no"', message: '`verify` must be true or false, got "no"' },
    ]);
  });

  it('reports a node shared through YAML aliases once', () => {
    expect(problems('upstreams:\n  a: &u { url: https://a, timeout: soon }\n  b: *u\n')).toEqual([
      { line: 2, column: 36, text: 'soon', message: '`timeout` must be a duration such as 30s, 1500ms or 2m, got "soon"' },
    ]);
  });

  it('treats keys such as __proto__ as ordinary names', () => {
    expect(problems('upstreams:\n  __proto__: { url: https://a }\n  constructor: { url: 5 }\n')).toEqual([
      { line: 3, column: 23, text: '5', message: '`url` must be an http:// or https:// URL, got 5' },
    ]);
  });

  it('reports documents that are not mappings', () => {
    expect(problems('- routes\n')).toEqual([
      {
        line: 1,
        column: 1,
        text: '- routes',
        message: 'a gwlint document must be a mapping with any of the keys gateway, upstreams, routes, corsPolicies, rateLimits, authPolicies, got a list',
      },
    ]);
  });

  it('never leaks JSON pointers or schema keywords into messages', () => {
    const bad = `
gateway: { trailingSlash: 1, requestId: { header: "a b" }, defaults: { auth: "" } }
upstreams: { u: { url: 1, healthCheck: { path: healthz, interval: x } } }
routes: [{ name: "", paths: [""], upstream: u, contentTypes: [json], stripPrefix: v1, retries: { attempts: two } }]
corsPolicies: { c: { allowOrigins: [""], allowMethods: [get], exposeHeaders: ["x y"], maxAge: [] } }
rateLimits: { "": { requestsPerSecond: "1" } }
authPolicies: { a: { type: basic, scopes: [x], jwksUri: ftp://x } }
`;
    const found = problems(bad);
    expect(found.length).toBeGreaterThan(15);
    for (const { message } of found) {
      expect(message).not.toMatch(/#\/|\/properties\/|\$defs|schema|pattern|must match|NOT have|instance/i);
      expect(message).not.toMatch(/\.$/);
    }
  });
});

describe('sections larger than one validation slice', () => {
  const count = ENTRIES_PER_VALIDATION * 2 + 3;
  const bad = new Set([0, ENTRIES_PER_VALIDATION - 1, ENTRIES_PER_VALIDATION, count - 1]);

  it('place each route problem on its own route', () => {
    const routes = Array.from({ length: count }, (_, i) => `  - { name: r${i}, paths: [/r${i}], upstream: u${bad.has(i) ? ', colour: red' : ''} }`);
    const found = problems(`routes:\n${routes.join('\n')}\n`);
    expect(found.map(({ line, text, message }) => [line, text, message])).toEqual(
      [...bad].map((i) => [i + 2, 'colour', 'unknown field `colour` in route']),
    );
  });

  it('place each policy problem on its own policy', () => {
    const limits = Array.from({ length: count }, (_, i) => `  l${i}: { requestsPerSecond: ${bad.has(i) ? 'many' : 5} }`);
    const found = problems(`rateLimits:\n${limits.join('\n')}\n`);
    expect(found.map(({ line, text }) => [line, text])).toEqual([...bad].map((i) => [i + 2, 'many']));
  });
});

describe('toValue', () => {
  it('keeps every key as data, __proto__ included, and shares aliased values within one conversion', () => {
    const [document] = load('a: &x { __proto__: 1, constructor: 2, list: [1, two] }\nb: *x\nc: [&y [3], *y]\n').documents;
    const value = toValue(document!.root) as Record<string, Record<string, unknown>>;
    expect(value['a']).toBe(value['b']);
    const [first, second] = value['c'] as unknown as unknown[];
    expect(first).toBe(second);
    expect(Object.getPrototypeOf(value['a'])).toBe(Object.prototype);
    expect(Object.keys(value['a']!)).toEqual(['__proto__', 'constructor', 'list']);
    expect(Object.getOwnPropertyDescriptor(value['a'], '__proto__')?.value).toBe(1);
    expect(value['a']!['constructor']).toBe(2);
    expect(value['a']!['list']).toEqual([1, 'two']);
    // A conversion keeps nothing: a later one builds new values.
    expect(toValue((document!.root as YMap).pairs[0]!.value)).not.toBe(value['a']);
  });
});

describe('schema files', () => {
  const folder = new URL('../schemas/', import.meta.url);
  const files = readdirSync(folder).filter((name) => name.endsWith('.json'));
  const schemas = files.map((name) => [name, JSON.parse(readFileSync(new URL(name, folder), 'utf8'))] as const);

  it('are all known to the validator', () => {
    expect(files.length).toBe(9);
    expect(ALL_SCHEMAS.map((schema) => schema.$id).sort()).toEqual(files.map((name) => `https://gwlint.dev/schemas/${name}`).sort());
  });

  it('are named by the ids the validators use', () => {
    const ids = ALL_SCHEMAS.map((schema) => schema.$id);
    for (const id of [...Object.values(VALIDATOR_SCHEMA_IDS), DOCUMENT_SCHEMA_ID, CONFIG_SCHEMA_ID]) expect(ids).toContain(id);
    expect(Object.keys(VALIDATOR_SCHEMA_IDS)).toEqual([...SECTION_NAMES, 'config']);
    const byId = new Map(ALL_SCHEMAS.map((schema) => [schema.$id, schema as { title?: string }]));
    expect(SECTION_NAMES.map((section) => byId.get(VALIDATOR_SCHEMA_IDS[section])?.title)).toEqual([...SECTION_NAMES]);
  });

  it.each(schemas)('%s is a valid draft 2020-12 schema that compiles in strict mode', (name, schema) => {
    const ajv = createAjv();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(`https://gwlint.dev/schemas/${name}`);
    expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
    expect(() => ajv.getSchema(schema.$id)).not.toThrow();
  });

  it('never name a property after a member of Object.prototype, which plain data inherits', () => {
    const inherited = new Set(Object.getOwnPropertyNames(Object.prototype));
    const named: string[] = [];
    walk(schemas, '', (node, where) => {
      for (const key of ['properties', 'patternProperties', 'dependentSchemas', 'dependentRequired']) {
        for (const name of Object.keys((node[key] as object | undefined) ?? {})) if (inherited.has(name)) named.push(`${where}/${key}/${name}`);
      }
      for (const name of (node['required'] as string[] | undefined) ?? []) if (inherited.has(name)) named.push(`${where}/required/${name}`);
    });
    expect(named).toEqual([]);
  });

  it('of sections validated some entries at a time say nothing of the section as a whole', () => {
    const byId = new Map(ALL_SCHEMAS.map((schema) => [schema.$id, schema as Record<string, unknown>]));
    for (const [section, kind] of ENTRY_SECTIONS) {
      const schema = byId.get(VALIDATOR_SCHEMA_IDS[section])!;
      const perEntry = kind === 'seq' ? ['items'] : ['additionalProperties', 'propertyNames'];
      const whole = Object.keys(schema).filter((key) => !['$schema', '$id', '$defs', 'title', 'description', 'type', ...perEntry].includes(key));
      expect(whole, section).toEqual([]);
      expect(schema['type'], section).toBe(kind === 'seq' ? 'array' : 'object');
    }
  });

  it.each(schemas)('%s describes every property and closes every object', (_, schema) => {
    const undocumented: string[] = [];
    const open: string[] = [];
    walk(schema, '', (node, where) => {
      if (node['type'] === 'object' && node['additionalProperties'] === undefined) open.push(where);
      const properties = node['properties'] as Record<string, unknown> | undefined;
      if (!properties || where.includes('/then') || where.includes('/if') || where.includes('/dependentSchemas')) return;
      for (const [key, property] of Object.entries(properties)) {
        if (typeof (property as { description?: unknown }).description !== 'string') undocumented.push(`${where}/${key}`);
      }
    });
    expect(undocumented).toEqual([]);
    expect(open).toEqual([]);
  });
});

function walk(node: unknown, where: string, visit: (node: Record<string, unknown>, where: string) => void): void {
  if (typeof node !== 'object' || node === null) return;
  if (!Array.isArray(node)) visit(node as Record<string, unknown>, where);
  for (const [key, child] of Object.entries(node)) walk(child, `${where}/${key}`, visit);
}
