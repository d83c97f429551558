import { describe, expect, it } from 'vitest';
import { lintText, where } from '../helpers/lint-text.js';

const RULE = 'invalid-path';

const UPSTREAMS = 'upstreams:\n  orders: { url: https://orders.internal }\n';

/** Lints one route whose `paths` flow list holds `path` (written as YAML, quoted where needed). */
function pathFindings(path: string): ReturnType<typeof lintText> {
  return lintText({ 'routes.yaml': `routes:\n  - { name: a, paths: [${path}], upstream: orders }\n`, 'upstreams.yaml': UPSTREAMS }, RULE);
}

describe('invalid-path', () => {
  it('reports a path without a leading slash at the path, saying why it matters', () => {
    const findings = pathFindings('v1/orders');
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding!.severity).toBe('error');
    expect(where(finding!)).toBe('2:24-2:33');
    expect(finding!.message).toBe(
      "Path 'v1/orders' of route 'a' is invalid (it must start with '/'): the gateway rejects or misreads it, so requests to it get 404. It is left out of the routing checks.",
    );
  });

  it.each([
    ['/v1//orders', '2:24-2:35', "contains an empty segment ('//')"],
    ['/v1/./orders', '2:24-2:36', "contains a '.' segment, which clients and proxies normalise away"],
    ['/v1/../orders', '2:24-2:37', "contains a '..' segment, which clients and proxies normalise away"],
    ['"/v1/orders/{id"', '2:24-2:40', "has an unclosed '{' in '{id'"],
    ['/v1/**/orders', '2:24-2:37', "'**' must be the last segment"],
    ['"/v1/{proxy+}/orders"', '2:24-2:45', "'{proxy+}' must be the last segment"],
    ['"/v1/{}"', '2:24-2:32', "has an empty parameter '{}'"],
    ['"/v1/{1st}"', '2:24-2:35', "'{1st}' is not a valid parameter name"],
    ['"/v1/{id}/items/{id}"', '2:24-2:45', "uses the parameter '{id}' twice"],
    ['/v1/orders*', '2:24-2:35', "'*' must be a whole segment (in 'orders*')"],
    ['"/v1/order-{id}"', '2:24-2:40', "a parameter must be a whole segment (in 'order-{id}')"],
    ['"/v1/orders?page=1"', '2:24-2:43', "it contains '?', but a query string or fragment is never part of the matched path"],
    ['"/v1/my orders"', '2:24-2:39', 'contains white space'],
  ])('reports %s at %s', (path, position, reason) => {
    const findings = pathFindings(path);
    expect(findings).toHaveLength(1);
    expect(where(findings[0]!)).toBe(position);
    expect(findings[0]!.message).toContain(reason);
    expect(findings[0]!.message).toContain('requests to it get 404');
  });

  it('reports each bad path of a route, in a block list', () => {
    const findings = lintText(
      {
        'routes.yaml': 'routes:\n  - name: a\n    paths:\n      - /v1/orders\n      - v1/items\n      - /v1//users\n    upstream: orders\n',
        'upstreams.yaml': UPSTREAMS,
      },
      RULE,
    );
    expect(findings.map(where)).toEqual(['5:9-5:17', '6:9-6:19']);
  });

  it('keeps a bad path out of the routing checks', () => {
    const routes = 'routes:\n  - { name: a, paths: [v1/**], upstream: orders }\n  - { name: b, paths: [/v1/orders], upstream: orders }\n';
    const findings = lintText({ 'routes.yaml': routes, 'upstreams.yaml': UPSTREAMS });
    expect(findings.map((f) => f.ruleId)).toEqual([RULE]);
  });

  it.each([
    ['/'],
    ['/**'],
    ['/v1/orders'],
    ['/v1/orders/'],
    ['"/v1/orders/{id}"'],
    ['"/v1/orders/{order_id.v2-x}"'],
    ['/v1/*/items'],
    ['/v1/**'],
    ['"/v1/{proxy+}"'],
    ['/V1/Orders'],
  ])('accepts %s', (path) => {
    expect(pathFindings(path)).toEqual([]);
  });
});
