/**
 * API Gateway OpenAPI definitions read on their own: routes, AWS's most-specific-wins precedence,
 * integrations, timeouts, CORS and auth.
 */
import { describe, expect, it } from 'vitest';
import { lintText, where } from '../../helpers/lint-text.js';
import { awsModel, routeNamed, routeSummary } from './helpers.js';

/** An HTTP API (exported from API Gateway): its routes are independent keys, so {id} and {proxy+} may be siblings. */
const PETS = `openapi: 3.0.1
info: { title: pets }
x-amazon-apigateway-importexport-version: '1.0'
paths:
  /pets/{proxy+}:
    x-amazon-apigateway-any-method:
      x-amazon-apigateway-integration: { type: http_proxy, httpMethod: ANY, uri: "https://backend.example.com/{proxy}" }
  /pets/{id}:
    get:
      x-amazon-apigateway-integration: { type: http_proxy, httpMethod: GET, uri: "https://backend.example.com/pets/{id}" }
  /pets/dog:
    get:
      x-amazon-apigateway-integration: { type: http_proxy, httpMethod: GET, uri: https://backend.example.com/dog }
  /pets:
    get:
      x-amazon-apigateway-integration: { type: http_proxy, httpMethod: GET, uri: https://backend.example.com/pets }
    x-amazon-apigateway-any-method:
      x-amazon-apigateway-integration: { type: http_proxy, httpMethod: ANY, uri: https://backend.example.com/pets }
`;

describe('AWS OpenAPI: reading', () => {
  it('reads one route per operation, with ANY for x-amazon-apigateway-any-method', () => {
    const model = awsModel(PETS, 'pets.yaml');
    expect(model.gateways).toHaveLength(1);
    expect(model.gateways[0]!.dialect.id).toBe('aws');
    expect(model.routes.map((route) => route.name)).toEqual(['ANY /pets/{proxy+}', 'GET /pets/{id}', 'GET /pets/dog', 'GET /pets', 'ANY /pets']);
    // "The ANY method matches all methods that you haven't defined for a resource."
    expect(model.routes.map(routeSummary)).toEqual(['ANY /pets/{proxy+}', 'GET /pets/{id}', 'GET /pets/dog', 'GET /pets', 'PUT,POST,DELETE,OPTIONS,HEAD,PATCH /pets']);
    expect(routeNamed(model, 'ANY /pets').methods![0]!.node).toBe(routeNamed(model, 'ANY /pets').nameNode);
    const proxy = model.routes[0]!;
    expect(proxy.methods).toBeUndefined();
    expect(proxy.paths[0]!.matcher).toEqual({ kind: 'pattern', segments: [{ kind: 'literal', value: 'pets' }, { kind: 'param', name: 'proxy' }], tail: 'rest' });
    expect(proxy.upstream?.target?.url?.value).toBe('https://backend.example.com/{proxy}');
    // The integration URI is the whole backend URL of the route, never a base path.
    expect(proxy.upstream?.target?.basePath).toBe('');
  });

  it('orders paths by specificity: literal, then variable, then greedy; a method before ANY', () => {
    const model = awsModel(PETS, 'pets.yaml');
    const sorted = [...model.routes].sort((a, b) => {
      const x = a.paths[0]!.precedence;
      const y = b.paths[0]!.precedence;
      for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
      return x.length - y.length;
    });
    const order = sorted.map((route) => route.name);
    expect(order.indexOf('GET /pets/dog')).toBeLessThan(order.indexOf('GET /pets/{id}'));
    expect(order.indexOf('GET /pets/{id}')).toBeLessThan(order.indexOf('ANY /pets/{proxy+}'));
    expect(order.indexOf('GET /pets')).toBeLessThan(order.indexOf('ANY /pets'));
  });

  it('sets REST API timeouts: timeoutInMillis where written, 29 s by default, the ceiling in the settings', () => {
    const model = awsModel(
      `swagger: '2.0'
paths:
  /slow:
    get:
      x-amazon-apigateway-integration: { type: http, uri: https://b.example.com/slow, timeoutInMillis: 45000 }
  /fast:
    get:
      x-amazon-apigateway-integration: { type: http, uri: https://b.example.com/fast }
  /unknown:
    get:
      x-amazon-apigateway-integration: { type: http, uri: https://b.example.com/u, timeoutInMillis: { Ref: Timeout } }
`,
      'api.yaml',
    );
    const [slow, fast, unknown] = model.routes;
    expect(slow!.timeoutMs).toMatchObject({ value: 45000, fromDefault: false });
    expect(fast!.timeoutMs).toMatchObject({ value: 29000, fromDefault: true });
    expect(unknown!.timeoutMs).toBeUndefined();
    expect(model.gateways[0]!.settings.maxTimeoutMs).toMatchObject({ value: 29000, raisable: true });
  });

  it('is not AWS configuration without x-amazon-apigateway-* extensions', () => {
    expect(awsModel(`openapi: 3.0.0\ninfo: { title: t }\npaths:\n  /a:\n    get: { responses: {} }\n`, 'plain.yaml').routes).toEqual([]);
    expect(lintText({ 'plain.yaml': `openapi: 3.0.0\ninfo: { title: t }\npaths:\n  /a:\n    get: { responses: {} }\n` })).toEqual([]);
  });

  it('treats an HTTP API (x-amazon-apigateway-cors, $default) with its 30 s ceiling and a $default catch-all tried last', () => {
    const model = awsModel(
      `openapi: 3.0.1
info: { title: http }
x-amazon-apigateway-cors: { allowOrigins: [https://app.example.com] }
paths:
  $default:
    x-amazon-apigateway-any-method:
      isDefaultRoute: true
      x-amazon-apigateway-integration: { type: aws_proxy, uri: "arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:123456789012:function:catchAll/invocations", payloadFormatVersion: '2.0' }
  /orders:
    get:
      x-amazon-apigateway-integration: { type: aws_proxy, uri: "arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:123456789012:function:orders/invocations" }
`,
      'http.yaml',
    );
    expect(model.gateways[0]!.settings.maxTimeoutMs).toMatchObject({ value: 30000 });
    const [catchAll, orders] = model.routes;
    expect(catchAll!.name).toBe('$default');
    expect(catchAll!.upstream?.value).toBe('catchAll');
    expect(orders!.upstream?.value).toBe('orders');
    expect(catchAll!.paths[0]!.precedence[0]).toBeGreaterThan(orders!.paths[0]!.precedence[0]!);
    expect(orders!.cors?.target?.allowOrigins.map((origin) => origin.value)).toEqual(['https://app.example.com']);
  });

  it('reads security schemes: API keys never in the query string, Lambda and JWT authorizers, security: [] as no auth', () => {
    const model = awsModel(
      `swagger: '2.0'
securityDefinitions:
  api_key: { type: apiKey, name: x-api-key, in: header }
  tokenAuth:
    type: apiKey
    name: Authorization
    in: header
    x-amazon-apigateway-authtype: custom
    x-amazon-apigateway-authorizer: { type: token, authorizerUri: arn:aws:apigateway:x }
  cognito:
    type: apiKey
    name: Authorization
    in: header
    x-amazon-apigateway-authtype: cognito_user_pools
security: [{ api_key: [] }]
paths:
  /a:
    get:
      x-amazon-apigateway-integration: { type: mock }
  /b:
    get:
      security: [{ tokenAuth: [] }]
      x-amazon-apigateway-integration: { type: mock }
  /c:
    get:
      security: []
      x-amazon-apigateway-integration: { type: mock }
  /d:
    get:
      security: [{ missing: [] }]
      x-amazon-apigateway-integration: { type: mock }
`,
      'auth.yaml',
    );
    const policies = Object.fromEntries(model.authPolicies.map((policy) => [policy.name, policy]));
    expect(policies.api_key!.type?.value).toBe('apiKey');
    expect(policies.api_key!.apiKeyInQuery).toMatchObject({ value: false, fromDefault: true });
    expect(policies.tokenAuth!.type?.value).toBe('lambda');
    expect(policies.cognito!.type?.value).toBe('jwt');
    expect(routeNamed(model, 'GET /a').auth).toMatchObject({ value: 'api_key', fromDefault: true });
    expect(routeNamed(model, 'GET /b').auth).toMatchObject({ value: 'tokenAuth', fromDefault: false });
    expect(routeNamed(model, 'GET /c').auth).toMatchObject({ value: 'none' });
    expect(model.unresolved).toMatchObject([{ kind: 'authPolicy', name: 'missing' }]);
  });

  it('never crashes on odd values: intrinsics, wrong types, empty paths', () => {
    const text = `openapi: 3.0.1
x-amazon-apigateway-cors: !If [c, {allowOrigins: ['*']}, !Ref AWS::NoValue]
paths:
  /a: !Ref Something
  /b:
    get: [not, a, map]
    post:
      x-amazon-apigateway-integration: !Sub "whatever"
  /c:
    put:
      security: !Ref S
      x-amazon-apigateway-integration: { type: [x], uri: { Fn::GetAtt: [Fn, Arn] }, timeoutInMillis: "not a number" }
  7: { get: {} }
`;
    const model = awsModel(text, 'odd.yaml');
    expect(model.routes.map(routeSummary)).toEqual(['POST /b', 'PUT /c', 'GET 7']);
    expect(lintText({ 'odd.yaml': text }).map((finding) => finding.ruleId)).toEqual(['invalid-path']);
  });
});

describe('AWS OpenAPI: routing findings', () => {
  it('never reports a {proxy+} or ANY route as shadowing a more specific route, whatever the order', () => {
    expect(lintText({ 'pets.yaml': PETS }, 'shadowed-route')).toEqual([]);
    expect(lintText({ 'pets.yaml': PETS }, 'duplicate-route')).toEqual([]);
  });

  it('lets a REST API have a root {proxy+} next to specific routes, but no {proxy+} next to another variable', () => {
    const valid = `swagger: '2.0'
paths:
  /{proxy+}:
    x-amazon-apigateway-any-method: { x-amazon-apigateway-integration: { type: http_proxy, uri: "https://web.example.com/{proxy}" } }
  /pets/{id}:
    get: { x-amazon-apigateway-integration: { type: mock } }
  /pets/dog:
    get: { x-amazon-apigateway-integration: { type: mock } }
`;
    expect(lintText({ 'api.yaml': valid })).toEqual([]);
    const invalid = `swagger: '2.0'
paths:
  /pets/{proxy+}:
    x-amazon-apigateway-any-method: { x-amazon-apigateway-integration: { type: mock } }
  /pets/{id}:
    get: { x-amazon-apigateway-integration: { type: mock } }
`;
    const findings = lintText({ 'api.yaml': invalid });
    expect(findings.map((finding) => [finding.ruleId, where(finding)])).toEqual([['schema', '5:3-5:13']]);
    expect(findings[0]!.message).toContain('A sibling ({proxy+}) of this resource already has a variable path part -- only one is allowed');
    expect(findings[0]!.message).toContain('Move the specific routes under a literal segment of their own, or use an HTTP API.');
  });

  it('while the same table in the native format, catch-all first, IS shadowed', () => {
    const native = `routes:
  - { name: pets-proxy, paths: ["/pets/**"] }
  - { name: pet, paths: ["/pets/{id}"], methods: [GET] }
  - { name: dog, paths: ["/pets/dog"], methods: [GET] }
`;
    const findings = lintText({ 'gateway.yaml': native }, 'shadowed-route');
    expect(findings.map((finding) => finding.message.slice(0, 12))).toEqual(["Route 'pet' ", "Route 'dog' "]);
  });

  it('reports /pets/{id} and /pets/{petId} with the same method as the same route (duplicate-route)', () => {
    const text = `swagger: '2.0'
paths:
  /pets/{id}:
    get:
      x-amazon-apigateway-integration: { type: mock }
  /pets/{petId}:
    get:
      x-amazon-apigateway-integration: { type: mock }
`;
    const findings = lintText({ 'api.yaml': text });
    expect(findings.map((finding) => finding.ruleId)).toEqual(['duplicate-route']);
    expect(where(findings[0]!)).toBe('6:3-6:16');
    expect(findings[0]!.message).toContain(
      "API Gateway (or SAM) rejects the deployment: a method can be defined only once per path ('/pets/{id}' and '/pets/{petId}' are the same resource: path variable names do not tell routes apart)",
    );
  });

  it('reports two variable names under one REST API resource even for different routes (schema)', () => {
    const text = `swagger: '2.0'
paths:
  /carriers/{id}:
    get:
      x-amazon-apigateway-integration: { type: mock }
  /carriers/{carrierId}/pops:
    get:
      x-amazon-apigateway-integration: { type: mock }
  /carriers/{id}/sites:
    get:
      x-amazon-apigateway-integration: { type: mock }
`;
    const findings = lintText({ 'api.yaml': text });
    expect(findings.map((finding) => finding.ruleId)).toEqual(['schema']);
    expect(where(findings[0]!)).toBe('6:3-6:29');
    expect(findings[0]!.message).toContain('A sibling ({id}) of this resource already has a variable path part -- only one is allowed');
  });

  it('reports path parts a REST API rejects, and * used as a wildcard', () => {
    const text = `swagger: '2.0'
paths:
  /files/report$1:
    get: { x-amazon-apigateway-integration: { type: mock } }
  /static/*:
    get: { x-amazon-apigateway-integration: { type: mock } }
`;
    const findings = lintText({ 'api.yaml': text }, 'invalid-path');
    expect(findings.map((finding) => [where(finding), finding.message])).toEqual([
      ['3:3-3:18', expect.stringContaining("REST API path parts allow only a-zA-Z0-9._-: and a '{variable}' or greedy '{variable+}' as a whole part, not 'report$1'")],
      ['5:3-5:12', expect.stringContaining("'*' is not a wildcard in API Gateway paths")],
    ]);
  });
});

describe('AWS OpenAPI: timeouts', () => {
  it('reports timeoutInMillis above 29 s on a REST API, at the value (timeout-exceeds-platform)', () => {
    const text = `swagger: '2.0'
paths:
  /report:
    get:
      x-amazon-apigateway-integration:
        type: http_proxy
        uri: https://reports.example.com/report
        timeoutInMillis: 60000
`;
    const findings = lintText({ 'api.yaml': text }, 'timeout-exceeds-platform');
    expect(findings.map(where)).toEqual(['8:26-8:31']);
    expect(findings[0]!.message).toContain("API Gateway's default 29 s integration timeout limit for REST APIs");
  });

  it('reports timeoutInMillis below 50 ms (schema)', () => {
    const text = `swagger: '2.0'
paths:
  /x:
    get:
      x-amazon-apigateway-integration: { type: http_proxy, uri: https://x.example.com, timeoutInMillis: 20 }
`;
    const findings = lintText({ 'api.yaml': text }, 'schema');
    expect(findings.map((finding) => [where(finding), finding.message])).toEqual([
      ['5:105-5:107', "Integration timeout 20 ms of route 'GET /x' is below 50 ms: API Gateway rejects integration timeouts below 50 ms."],
    ]);
  });

  it('reports a timeoutInMillis that is no number (.inf, .nan, 1e400), at the value, and reads it as unknown', () => {
    const text = `openapi: 3.0.1
paths:
  /x:
    get:
      x-amazon-apigateway-integration: { type: http_proxy, uri: https://x.example.com, timeoutInMillis: .nan }
    put:
      x-amazon-apigateway-integration: { type: http_proxy, uri: https://x.example.com, timeoutInMillis: 1e400 }
`;
    const findings = lintText({ 'api.yaml': text });
    expect(findings.map((finding) => [finding.ruleId, where(finding)])).toEqual([
      ['schema', '5:105-5:109'],
      ['schema', '7:105-7:110'],
    ]);
    expect(findings[1]!.message).toBe(
      "Integration timeout 1e400 of route 'PUT /x' is not a valid number of milliseconds: API Gateway accepts whole milliseconds from 50 up to the API's integration timeout limit, so the deployment fails.",
    );
    expect(awsModel(text).routes.map((route) => [route.name, route.timeoutMs])).toEqual([
      ['GET /x', undefined],
      ['PUT /x', undefined],
    ]);
  });
});

describe('AWS OpenAPI: CORS', () => {
  it("reports an HTTP API's x-amazon-apigateway-cors with allowOrigins ['*'] and allowCredentials", () => {
    const text = `openapi: 3.0.1
x-amazon-apigateway-cors:
  allowOrigins: ['*']
  allowCredentials: true
paths:
  /me:
    get:
      x-amazon-apigateway-integration: { type: http_proxy, uri: https://b.example.com/me, payloadFormatVersion: '1.0' }
`;
    const findings = lintText({ 'api.yaml': text }, 'cors-wildcard-credentials');
    expect(findings.map(where)).toEqual(['3:18-3:21']);
    expect(findings[0]!.message).toContain("CORS policy 'x-amazon-apigateway-cors' allows any origin");
  });

  it("reads a REST API's OPTIONS mock integration headers as the CORS policy of its path", () => {
    const text = `swagger: '2.0'
paths:
  /me:
    get:
      x-amazon-apigateway-integration: { type: http_proxy, uri: https://b.example.com/me }
    options:
      x-amazon-apigateway-integration:
        type: mock
        responses:
          default:
            statusCode: '200'
            responseParameters:
              method.response.header.Access-Control-Allow-Origin: "'*'"
              method.response.header.Access-Control-Allow-Credentials: "'true'"
              method.response.header.Access-Control-Allow-Methods: "'GET,OPTIONS'"
`;
    const model = awsModel(text, 'api.yaml');
    const policy = routeNamed(model, 'GET /me').cors?.target;
    expect(policy?.allowMethods.map((method) => method.value)).toEqual(['GET', 'OPTIONS']);
    const findings = lintText({ 'api.yaml': text }, 'cors-wildcard-credentials');
    expect(findings.map(where)).toEqual(['13:67-13:72']);
  });
});

describe('AWS precedence: the HTTP API routing example of the API Gateway docs', () => {
  const text = `openapi: 3.0.1
info: { title: routing }
paths:
  $default:
    x-amazon-apigateway-any-method: { isDefaultRoute: true }
  /{proxy+}:
    x-amazon-apigateway-any-method: {}
  /pets/{proxy+}:
    get: {}
  /pets/dog/{id}:
    get: {}
  /pets/dog/1:
    get: {}
`;

  it('tries the routes in the documented order: full matches, then greedy variables, then $default', () => {
    const model = awsModel(text, 'http.yaml');
    const sorted = [...model.routes].sort((a, b) => {
      const x = a.paths[0]!.precedence;
      const y = b.paths[0]!.precedence;
      for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
      return x.length - y.length;
    });
    expect(sorted.map((route) => route.name)).toEqual(['GET /pets/dog/1', 'GET /pets/dog/{id}', 'GET /pets/{proxy+}', 'ANY /{proxy+}', '$default']);
    expect(lintText({ 'http.yaml': text })).toEqual([]);
  });

  it('explains why a route is tried first', () => {
    const model = awsModel(text, 'http.yaml');
    const at = (name: string) => {
      const route = routeNamed(model, name);
      return { route, path: route.paths[0]! };
    };
    const dialect = model.gateways[0]!.dialect;
    expect(dialect.explainPrecedence(at('GET /pets/dog/1'), at('GET /pets/dog/{id}'))).toBe(
      "API Gateway picks the most specific match: at segment 3, the literal '1' is more specific than the path variable '{id}'",
    );
    expect(dialect.explainPrecedence(at('GET /pets/dog/{id}'), at('GET /pets/{proxy+}'))).toBe(
      "API Gateway picks the most specific match: at segment 2, the literal 'dog' is more specific than the greedy variable '{proxy+}'",
    );
    expect(dialect.explainPrecedence(at('ANY /{proxy+}'), at('$default'))).toBe("API Gateway sends a request to the '$default' route only when no other route matches it");
  });
});
