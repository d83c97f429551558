import { defineRule } from '../src/engine/rule.js';

export default defineRule({
  id: 'timeout-disabled',
  family: 'upstream',
  defaultSeverity: 'warning',
  summary: 'A route timeout of 0, which turns the timeout off: a hung upstream holds the request forever.',
  check({ model, report }) {
    const reportedDefaults = new Set<object>();
    for (const route of model.routes) {
      const timeout = route.timeoutMs;
      if (!timeout || timeout.value !== 0) continue;
      if (timeout.fromDefault) {
        if (reportedDefaults.has(timeout.node)) continue;
        reportedDefaults.add(timeout.node);
      }
      const subject = timeout.fromDefault ? `The default route timeout is 0, which turns the timeout off for every route that inherits it (such as '${route.name}')` : `Route '${route.name}' has a timeout of 0, which turns its timeout off`;
      report({
        span: timeout.node,
        message:
          `${subject}: a hung or very slow upstream holds the client's request and a gateway connection until someone gives up, ` +
          `and slow requests pile up instead of failing fast. Set a timeout a little above the upstream's slowest legitimate answer.`,
      });
    }
  },
});
