import { listNames } from '../src/analysis/request.js';
import { defineRule } from '../src/engine/rule.js';
import type { GatewayModel } from '../src/model/types.js';

function routesUsing(model: GatewayModel, policyName: string): string[] {
  return model.routes.filter((route) => route.cors?.target?.name === policyName).map((route) => route.name);
}

export default defineRule({
  id: 'cors-wildcard-credentials',
  family: 'cors',
  defaultSeverity: 'error',
  summary: 'A CORS policy that allows any origin together with credentials.',
  check({ model, report }) {
    for (const policy of model.corsPolicies.values()) {
      const wildcard = policy.allowOrigins.find((origin) => origin.value.trim() === '*');
      if (!wildcard || policy.allowCredentials?.value !== true) continue;
      const users = routesUsing(model, policy.name);
      const usedBy = users.length > 0 ? ` Used by ${users.length === 1 ? 'route' : 'routes'} ${listNames(users)}.` : '';
      report({
        span: wildcard.node,
        message:
          `CORS policy '${policy.name}' allows any origin ('*') together with allowCredentials: true. ` +
          `Browsers refuse credentialed responses with a wildcard origin, so cookie- or token-carrying calls fail; ` +
          `gateways that echo the request Origin instead let any website make authenticated calls. List the allowed origins.${usedBy}`,
        related: [{ span: policy.allowCredentials.node, message: 'credentials allowed here' }],
      });
    }
  },
});
