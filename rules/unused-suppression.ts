import { defineRule } from '../src/engine/rule.js';

export default defineRule({
  id: 'unused-suppression',
  family: 'general',
  defaultSeverity: 'info',
  summary: 'A `# gwlint-disable…` comment that suppresses nothing, or names a rule that does not exist.',
  runsAfterSuppression: true,
  check: ({ unusedSuppressions, report }) => {
    for (const unused of unusedSuppressions ?? []) report(unused);
  },
});
