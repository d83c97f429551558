import { defineRule, reportDialectFindings } from '../src/engine/rule.js';

/**
 * Kong's `rate-limiting` plugin: a longer window with a smaller limit than a shorter one
 * (`second: 10, minute: 5`). Kong's schema rejects it, so the configuration does not load. The
 * Kong adapter finds these while reading the plugin (src/adapters/kong/plugins.ts).
 */
export default defineRule({
  id: 'rate-limit-window-order',
  family: 'rate-limit',
  defaultSeverity: 'error',
  summary: 'A rate limit whose longer window allows fewer requests than a shorter one (Kong rejects such a rate-limiting plugin).',
  check: reportDialectFindings('rate-limit-window-order'),
});
