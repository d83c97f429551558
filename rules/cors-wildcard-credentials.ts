import { listNames } from '../src/analysis/request.js';
import { defineRule } from '../src/engine/rule.js';
import type { CorsPolicy, GatewayModel } from '../src/model/types.js';
import { pushTo } from '../src/util/group.js';

/** `*`, and `https://*` (any origin of a scheme, as API Gateway HTTP APIs and Envoy Gateway read it). */
const ANY_ORIGIN = /^(?:\*|(?:https?:\/\/)\*)$/;

/** Route names by the CORS policy they end up with, built once per run. */
function routesByPolicy(model: GatewayModel): Map<CorsPolicy, string[]> {
  const byPolicy = new Map<CorsPolicy, string[]>();
  for (const route of model.routes) if (route.cors?.target) pushTo(byPolicy, route.cors.target, route.name);
  return byPolicy;
}

export default defineRule({
  id: 'cors-wildcard-credentials',
  family: 'cors',
  defaultSeverity: 'error',
  summary: 'A CORS policy that allows any origin together with credentials.',
  check({ model, report }) {
    let usage: Map<CorsPolicy, string[]> | undefined;
    for (const policy of model.corsPolicies) {
      const wildcard = policy.allowOrigins.find((origin) => ANY_ORIGIN.test(origin.value.trim()));
      if (!wildcard || policy.allowCredentials?.value !== true) continue;
      usage ??= routesByPolicy(model);
      const users = usage.get(policy) ?? [];
      const usedBy = users.length > 0 ? ` Used by ${users.length === 1 ? 'route' : 'routes'} ${listNames(users)}.` : '';
      report({
        span: wildcard.node,
        message:
          `CORS policy '${policy.name}' allows any origin (${policy.anyOriginReason ?? `'${wildcard.value.trim()}'`}) together with allowCredentials: true. ` +
          (policy.rejectedBy
            ? `${policy.rejectedBy}, so nothing is deployed. List the allowed origins.${usedBy}`
            : `Browsers refuse credentialed responses with a wildcard origin, so cookie- or token-carrying calls fail; ` +
              `gateways that echo the request Origin instead let any website make authenticated calls. List the allowed origins.${usedBy}`),
        related: [{ span: policy.allowCredentials.node, message: 'credentials allowed here' }],
      });
    }
  },
});
