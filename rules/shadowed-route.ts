import { analyseShadowing, type Loss } from '../src/analysis/shadowing.js';
import { listNames } from '../src/analysis/request.js';
import { ANY_HOST, ANY_METHOD } from '../src/analysis/routing-index.js';
import { defineRule, type RelatedLocation, type Report } from '../src/engine/rule.js';
import { shortLocation } from '../src/engine/finding.js';
import type { Route, RoutePath } from '../src/model/types.js';
import type { YNode } from '../src/load/tree.js';
import { pushTo } from '../src/util/group.js';

export default defineRule({
  id: 'shadowed-route',
  family: 'routing',
  defaultSeverity: 'error',
  summary: 'A route (or some of its methods or hosts) can never be reached because a route tried earlier matches its requests first.',
  check({ model, report }) {
    for (const { route, unitCount, losses } of analyseShadowing(model).values()) {
      const shadowed = losses.filter((loss) => !loss.duplicate && !loss.ownRequestOnly);
      // A path gwlint cannot evaluate (a regex feature its engine lacks) may still take requests.
      const opaque = route.paths.some((path) => !path.matcher);
      if (shadowed.length > 0 && shadowed.length === unitCount && !opaque && shadowed.every((loss) => !loss.hit.byExample)) {
        reportUnreachable(route, shadowed, report);
        continue;
      }
      for (const [path, pathLosses] of groupByPath(shadowed)) reportPartial(route, path, pathLosses, report);
      const ownRequestLosses = new Map<RoutePath, Loss>();
      for (const loss of losses) if (loss.ownRequestOnly && !ownRequestLosses.has(loss.path)) ownRequestLosses.set(loss.path, loss);
      for (const loss of ownRequestLosses.values()) reportOwnRequest(route, loss, report);
    }
  },
});

function winnersOf(losses: readonly Loss[]): Route[] {
  return [...new Set(losses.map((loss) => loss.hit.winner.route))];
}

function winnerPhrase(route: Route, losses: readonly Loss[]): string {
  const winners = winnersOf(losses);
  const first = winners[0]!;
  const named = `'${first.name}' (${shortLocation(first.node)})`;
  if (winners.length > 1) return `${named} and ${listNames(winners.slice(1).map((w) => w.name))} are tried first`;
  const loss = losses.find((candidate) => candidate.hit.winner.route === first)!;
  const why = route.gateway.dialect.explainPrecedence(loss.hit.winner, { route, path: loss.path });
  return `${named} is tried first (${why})`;
}

/** Said when a regex winner was only tried on example paths. */
function byExampleNote(losses: readonly Loss[]): string {
  return losses.some((loss) => loss.hit.byExample) ? ' (found by example: its regex matches every example request gwlint tried)' : '';
}

function relatedOf(winners: readonly Route[]): RelatedLocation[] {
  return winners.map((winner) => ({ span: winner.node, message: `shadowing route '${winner.name}'` }));
}

function reportUnreachable(route: Route, losses: readonly Loss[], report: Report): void {
  const winners = winnersOf(losses);
  report({
    span: route.node,
    message:
      `Route '${route.name}' is unreachable: ${winnerPhrase(route, losses)} and ` +
      `${winners.length === 1 ? 'matches' : 'match'} every request it would match, e.g. ${losses[0]!.witness}. ` +
      `Its requests go to the wrong upstream or policy.`,
    related: relatedOf(winners),
  });
}

function groupByPath(losses: readonly Loss[]): Map<RoutePath, Loss[]> {
  const groups = new Map<RoutePath, Loss[]>();
  for (const loss of losses) pushTo(groups, loss.path, loss);
  return groups;
}

/** "GET, POST on api.example.com": what a partially shadowed path loses. */
function describeLost(route: Route, losses: readonly Loss[]): string {
  const byHost = new Map<string, string[]>();
  for (const loss of losses) pushTo(byHost, loss.host, loss.method);
  return [...byHost]
    .map(([host, methods]) => {
      const what = methods.includes(ANY_METHOD) ? 'all requests' : methods.join(', ');
      return host !== ANY_HOST && (route.hosts?.length ?? 0) > 1 ? `${what} on ${host}` : what;
    })
    .join('; ');
}

/** The node that best shows what is lost: the lost method or host itself when that is all. */
function partialNode(route: Route, path: RoutePath, losses: readonly Loss[]): YNode {
  const hostCount = route.hosts?.length ?? 1;
  const methodCount = route.methods?.length ?? 1;
  const lostHosts = new Set(losses.map((loss) => loss.host));
  const lostMethods = new Set(losses.map((loss) => loss.method));
  if (route.paths.length === 1 && route.methods && lostHosts.size === hostCount && losses.length === lostMethods.size * hostCount) {
    return route.methods.find((method) => lostMethods.has(method.value))!.node;
  }
  if (route.paths.length === 1 && route.hosts && lostMethods.size === methodCount && losses.length === lostHosts.size * methodCount) {
    return route.hosts.find((host) => lostHosts.has(host.value))!.node;
  }
  return path.node;
}

function reportPartial(route: Route, path: RoutePath, losses: readonly Loss[], report: Report): void {
  const winners = winnersOf(losses);
  const units = (route.hosts?.length ?? 1) * (route.methods?.length ?? 1);
  const example = losses[0]!.witness;
  if (losses.length === units) {
    report({
      span: path.node,
      severity: 'warning',
      message:
        `Path '${path.value}' of route '${route.name}' is never reached: ${winnerPhrase(route, losses)} and ` +
        `${winners.length === 1 ? 'matches' : 'match'} every request to it${byExampleNote(losses)}, e.g. ${example}.`,
      related: relatedOf(winners),
    });
    return;
  }
  report({
    span: partialNode(route, path, losses),
    severity: 'warning',
    message:
      `Route '${route.name}' never receives ${describeLost(route, losses)} for '${path.value}': ` +
      `${winnerPhrase(route, losses)} and ${winners.length === 1 ? 'takes' : 'take'} those requests${byExampleNote(losses)}, e.g. ${example}.`,
    related: relatedOf(winners),
  });
}

/** A prefix route that still gets longer paths, but not a request for its own path. */
function reportOwnRequest(route: Route, loss: Loss, report: Report): void {
  const winner = loss.hit.winner.route;
  report({
    span: loss.path.node,
    severity: 'warning',
    message:
      `A request for the path of route '${route.name}' itself, ${loss.witness}, goes to '${winner.name}' (${shortLocation(winner.node)}), ` +
      `which is tried first (${route.gateway.dialect.explainPrecedence(loss.hit.winner, { route, path: loss.path })}); ` +
      `only longer paths under the prefix '${loss.path.value}' reach '${route.name}'.`,
    related: relatedOf([winner]),
  });
}
