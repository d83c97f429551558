import { defineRule, reportDialectFindings, type Report } from '../src/engine/rule.js';
import { shortLocation } from '../src/engine/finding.js';
import type { PlatformLimit, Route } from '../src/model/types.js';
import { formatDuration, parseDuration } from '../src/model/units.js';

export default defineRule({
  id: 'timeout-exceeds-platform',
  family: 'upstream',
  defaultSeverity: 'error',
  summary: "A route timeout above what the gateway platform allows (gateway.maxTimeout, AWS's 29 s integration limit, Gateway API backendRequest above request).",
  optionsSchema: {
    type: 'object',
    properties: {
      raisedMaxTimeout: {
        description: "The ceiling after a quota increase, for platform limits that can be raised (API Gateway REST APIs' 29 s): '60s', '2m', or milliseconds.",
        type: ['string', 'number'],
      },
    },
    additionalProperties: false,
  },
  check(context) {
    const raised = parseDuration(context.options.raisedMaxTimeout);
    const reportedDefaults = new Set<object>();
    for (const route of context.model.routes) {
      const limit = route.gateway.settings.maxTimeoutMs;
      if (!limit) continue;
      const ceiling = limit.raisable && raised !== undefined ? { ...limit, value: raised, description: `the raised limit of ${formatDuration(raised)} (option raisedMaxTimeout)` } : limit;
      checkRoute(route, ceiling, reportedDefaults, context.report);
    }
    reportDialectFindings('timeout-exceeds-platform')(context);
  },
});

function describeLimit(limit: PlatformLimit): string {
  if (limit.node) return `the gateway's maxTimeout of ${formatDuration(limit.value)} (${shortLocation(limit.node)})`;
  return limit.description ?? `the platform limit of ${formatDuration(limit.value)}`;
}

function checkRoute(route: Route, limit: PlatformLimit, reportedDefaults: Set<object>, report: Report): void {
  const timeout = route.timeoutMs;
  if (!timeout || timeout.value <= limit.value) return;
  // An inherited default is one mistake, reported once where it is written.
  if (timeout.fromDefault) {
    if (reportedDefaults.has(timeout.node)) return;
    reportedDefaults.add(timeout.node);
  }
  const whose = timeout.fromDefault ? `The default route timeout of ${formatDuration(timeout.value)}` : `Route '${route.name}' has a ${formatDuration(timeout.value)} timeout, which`;
  report({
    span: timeout.node,
    message:
      `${whose} is above ${describeLimit(limit)}: the platform rejects the configuration or cuts requests off at ` +
      `${formatDuration(limit.value)} with a 504, whatever the route says. Lower the timeout, or make the work asynchronous.`,
    related: limit.node ? [{ span: limit.node, message: 'platform limit' }] : [],
  });
}
