import { listNames } from '../src/analysis/request.js';
import { defineRule } from '../src/engine/rule.js';
import type { AuthPolicy, GatewayModel } from '../src/model/types.js';
import { pushTo } from '../src/util/group.js';

function routesByPolicy(model: GatewayModel): Map<AuthPolicy, string[]> {
  const byPolicy = new Map<AuthPolicy, string[]>();
  for (const route of model.routes) {
    const auth = route.auth;
    if (auth && 'target' in auth && auth.target) pushTo(byPolicy, auth.target, route.name);
  }
  return byPolicy;
}

export default defineRule({
  id: 'api-key-in-query',
  family: 'auth',
  defaultSeverity: 'warning',
  summary: 'An API-key policy that accepts the key in the query string, where it ends up in access logs, browser history and Referer headers.',
  check({ model, report }) {
    let usage: Map<AuthPolicy, string[]> | undefined;
    for (const policy of model.authPolicies) {
      const inQuery = policy.apiKeyInQuery;
      if (!inQuery?.value) continue;
      usage ??= routesByPolicy(model);
      const users = usage.get(policy) ?? [];
      const how = inQuery.fromDefault ? 'accepts the key in the query string by default (nothing turns it off)' : 'accepts the key in the query string';
      report({
        span: inQuery.node,
        message:
          `API-key policy '${policy.name}' ${how}: URLs with keys are written to access logs, proxies, browser history and Referer headers, ` +
          `so keys leak to anyone who reads them. Accept the key in a header only.` +
          (users.length > 0 ? ` Used by ${users.length === 1 ? 'route' : 'routes'} ${listNames(users)}.` : ''),
      });
    }
  },
});
