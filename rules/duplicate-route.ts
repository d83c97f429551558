import { analyseShadowing, type Loss } from '../src/analysis/shadowing.js';
import { ANY_HOST, ANY_METHOD } from '../src/analysis/routing-index.js';
import { defineRule } from '../src/engine/rule.js';
import { shortLocation } from '../src/engine/finding.js';
import { pushTo } from '../src/util/group.js';

export default defineRule({
  id: 'duplicate-route',
  family: 'routing',
  defaultSeverity: 'error',
  summary: 'Two routes with the same host, method and path pattern: the gateway silently picks one.',
  check({ model, report }) {
    for (const { route, losses } of analyseShadowing(model).values()) {
      // One finding per path and earlier twin, listing every host and method they share.
      const groups = new Map<string, Loss[]>();
      for (const loss of losses) {
        if (!loss.duplicate) continue;
        const key = `${route.paths.indexOf(loss.path)}\u0000${loss.hit.winner.route.order}`;
        pushTo(groups, key, loss);
      }
      for (const group of groups.values()) {
        const first = group[0]!;
        const twin = first.hit.winner.route;
        const methods = [...new Set(group.map((loss) => loss.method))];
        const hosts = [...new Set(group.map((loss) => loss.host))];
        const what = [
          methods.includes(ANY_METHOD) ? 'every method' : methods.join(', '),
          hosts.includes(ANY_HOST) ? 'any host' : hosts.join(', '),
        ].join(' on ');
        const tie = route.gateway.dialect.describeTie(first.hit.winner, { route, path: first.path }, first.witness);
        report({
          span: first.path.node,
          message:
            `Route '${route.name}' repeats '${twin.name}' (${shortLocation(twin.node)}): same path '${first.path.value}', ${what}. ` +
            `${tie}.`,
          related: [{ span: first.hit.winner.path.node, message: `same route as '${twin.name}'` }],
        });
      }
    }
  },
});
