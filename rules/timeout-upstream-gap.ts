import { defineRule, type Report } from '../src/engine/rule.js';
import { shortLocation } from '../src/engine/finding.js';
import { formatDuration } from '../src/model/units.js';
import type { Route } from '../src/model/types.js';
import { listNames } from '../src/analysis/request.js';
import { pushTo } from '../src/util/group.js';

export default defineRule({
  id: 'timeout-upstream-gap',
  family: 'upstream',
  defaultSeverity: 'error',
  summary: "The gateway gives up before the upstream does: a route timeout below its upstream's, or retries that cannot fit in the route timeout.",
  check({ model, report }) {
    const gaps = new Map<string, Route[]>();
    for (const route of model.routes) {
      const gap = upstreamGapKey(route);
      if (gap !== undefined) pushTo(gaps, gap, route);
      checkRetries(route, report);
    }
    for (const routes of gaps.values()) reportUpstreamGap(routes, report);
  },
});

function routeTimeoutSource(route: Route): string {
  const timeout = route.timeoutMs!;
  if (!timeout.fromDefault) return `a ${formatDuration(timeout.value)} timeout`;
  if (timeout.description) return `${timeout.description} of ${formatDuration(timeout.value)}`;
  return `the gateway default timeout of ${formatDuration(timeout.value)} (${shortLocation(timeout.node)})`;
}

/**
 * Routes whose timeout is below their upstream's, keyed so that routes sharing a platform default
 * and an upstream (the events of one function behind API Gateway's default) are one mistake,
 * reported once.
 */
function upstreamGapKey(route: Route): string | undefined {
  const upstream = route.upstream?.target;
  const routeTimeout = route.timeoutMs;
  const upstreamTimeout = upstream?.timeoutMs;
  // A timeout of 0 means "no timeout" (as in Envoy and Gateway API): nothing can run out.
  if (!upstream || !routeTimeout || !upstreamTimeout || routeTimeout.value === 0 || routeTimeout.value >= upstreamTimeout.value) return undefined;
  // A platform default stated nowhere is one default for every route of the gateway; a written
  // default is fixed at each route's upstream reference, where each finding points.
  if (!routeTimeout.description) return `route ${route.gateway.id} ${route.order}`;
  return `platform ${route.gateway.id} ${routeTimeout.value} upstream ${upstreamTimeout.node.file.path}:${upstreamTimeout.node.start}`;
}

function reportUpstreamGap(routes: readonly Route[], report: Report): void {
  const route = routes[0]!;
  const upstream = route.upstream!.target!;
  const routeTimeout = route.timeoutMs!;
  const upstreamTimeout = upstream.timeoutMs!;
  const others = routes.length > 1 ? ` (as do ${routes.length - 1} more ${routes.length === 2 ? 'route' : 'routes'} with the same upstream: ${listNames(routes.slice(1).map((other) => other.name))})` : '';
  report({
    // Inherited timeouts have no node in the route: point at the reference that brings in the slow upstream.
    span: routeTimeout.fromDefault ? route.upstream!.node : routeTimeout.node,
    message:
      `Route '${route.name}' has ${routeTimeoutSource(route)}${others}, but its upstream '${upstream.name}' may take up to ` +
      `${formatDuration(upstreamTimeout.value)} (${shortLocation(upstreamTimeout.node)}): the gateway answers 504 while the upstream is still working. ` +
      advice(route, upstreamTimeout.value),
    related: [
      { span: upstreamTimeout.node, message: `timeout of upstream '${upstream.name}'` },
      ...(routeTimeout.fromDefault && !routeTimeout.description ? [{ span: routeTimeout.node, message: 'gateway default timeout' }] : []),
    ],
  });
}

/** What to do: raise the route timeout, unless the platform does not allow that much. */
function advice(route: Route, upstreamTimeout: number): string {
  const ceiling = route.gateway.settings.maxTimeoutMs;
  if (ceiling && ceiling.value < upstreamTimeout) {
    return `The platform allows at most ${formatDuration(ceiling.value)}, so lower the upstream's timeout, or make the work asynchronous (answer 202 and let the client poll).`;
  }
  return `Give the route at least ${formatDuration(upstreamTimeout)}, or lower the upstream's timeout.`;
}

function checkRetries(route: Route, report: Report): void {
  const retries = route.retries;
  const routeTimeout = route.timeoutMs;
  const perTry = retries?.perTryTimeoutMs;
  const attempts = retries?.attempts;
  // A single attempt is no retry at all: its own deadline is the upstream timeout's business.
  if (!retries || !routeTimeout || !perTry || !attempts || attempts.value <= 1) return;
  if (routeTimeout.value === 0 || perTry.value === 0) return;
  const related = [{ span: routeTimeout.node, message: routeTimeout.fromDefault ? 'gateway default timeout' : 'route timeout' }];
  if (perTry.value >= routeTimeout.value) {
    report({
      span: perTry.node,
      message:
        `Route '${route.name}' gives each try ${formatDuration(perTry.value)}, no less than the route's whole timeout ` +
        `(${formatDuration(routeTimeout.value)}): a slow first try uses up the route timeout, so no retry can ever run.`,
      related,
    });
    return;
  }
  const total = attempts.value * perTry.value;
  if (total <= routeTimeout.value) return;
  const fitting = Math.floor(routeTimeout.value / perTry.value);
  report({
    span: retries.node,
    message:
      `Route '${route.name}' allows ${attempts.value} attempts × ${formatDuration(perTry.value)} = ${formatDuration(total)}, ` +
      `more than its ${formatDuration(routeTimeout.value)} timeout: only ${fitting} slow ${fitting === 1 ? 'try fits' : 'tries fit'}, ` +
      `and the route times out (504) before the last retries run.`,
    related,
  });
}
